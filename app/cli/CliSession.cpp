// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "CliSession.h"

#include "KeptRecords.h"
#include "LocalStore.h"
#include "RecordTables.h"
#include "ResourceModels.h"
#include "Workspace.h"
#include "config/ConnectionStore.h"
#include "net/BudgetBook.h"

#include <QSettings>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace balie::cli {

CliSession::CliSession(const CliOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_keychain(new api::CredentialStore(options.keychainService, this))
    , m_budgets(new api::BudgetBook(api::BudgetBook::defaultDirectory(), this))
{
    if (m_options.configFile.isEmpty())
        m_settings = std::make_unique<QSettings>(u"Balie"_s, u"balie"_s);
    else
        m_settings = std::make_unique<QSettings>(m_options.configFile, QSettings::IniFormat);
    makeWorkspace();
}

CliSession::~CliSession()
{
    // Jobs refer to the connectors' authenticators: the workspace ends them first.
    m_connector = nullptr;
    m_workspace.reset();
}

void CliSession::makeWorkspace()
{
    m_connector = nullptr;
    m_workspace.reset();
    // No store folder: the console's local store is its own; --cached only reads it.
    m_workspace =
        std::make_unique<models::Workspace>(m_settings.get(), m_keychain, &m_network, m_budgets);
}

api::ConnectionStore* CliSession::store() const
{
    return m_workspace->connectionStore();
}

void CliSession::useSettingsFile(const QString& path)
{
    m_workspace.reset();
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    makeWorkspace();
}

QString CliSession::loginCommand() const
{
    QString command = u"balie-cli login"_s;
    if (!m_options.connection.isEmpty())
        command += u" --connection "_s + m_options.connection;
    if (!m_options.configFile.isEmpty() && qEnvironmentVariableIsEmpty("BALIE_CONFIG"))
        command += u" --config "_s + m_options.configFile;
    return command;
}

std::optional<api::ConnectionSettings> CliSession::findConnection()
{
    std::optional<api::ConnectionSettings> found;
    if (!m_options.connection.isEmpty()) {
        found = store()->find(m_options.connection);
        if (!found) {
            fail(ExitCode::NotFound, tr("There is no connection named \"%1\". See the list with: "
                                        "balie-cli connections list")
                                         .arg(m_options.connection));
            return std::nullopt;
        }
    } else {
        const QString active = store()->activeConnectionId();
        if (!active.isEmpty())
            found = store()->find(active);
        const QList<api::ConnectionSettings> all = store()->connections();
        if (!found && all.size() == 1)
            found = all.first();
        if (!found) {
            failUsage(all.isEmpty()
                          ? tr("There is no connection yet. Add one with: balie-cli connections "
                               "add NAME --flavour FLAVOUR --url URL")
                          : tr("No connection is active. Choose one with --connection NAME, or "
                               "make one active with: balie-cli connections use NAME"));
            return std::nullopt;
        }
    }
    return found;
}

void CliSession::openConnection(const std::function<void()>& ready)
{
    const std::optional<api::ConnectionSettings> found = findConnection();
    if (!found)
        return;
    const api::ConnectionSettings settings = *found;
    const QString problem = settings.validate();
    if (!problem.isEmpty()) {
        failUsage(tr("The connection \"%1\" cannot be used: %2").arg(settings.name, problem));
        return;
    }
    m_connection = settings;
    if (m_options.cached) {
        // No secret is needed to read what is kept, and no request is sent.
        m_kept =
            std::make_unique<models::KeptRecords>(store::LocalStore::defaultFolder(), settings.id);
        if (!m_kept->open()) {
            fail(ExitCode::NotFound, m_kept->error());
            return;
        }
        ready();
        return;
    }
    m_workspace->prepare(settings.id, [this, ready](api::Connector* connector,
                                                    const api::CredentialStore::Result& result) {
        if (!connector) {
            failKeychain(result);
            return;
        }
        m_connector = connector;
        ready();
    });
}

void CliSession::openConnection(const api::ConnectionSettings& settings, bool keepTokensInKeychain)
{
    m_connection = settings;
    m_connector =
        m_workspace->prepareWith(settings.id, {},
                                 keepTokensInKeychain ? models::Workspace::Session::KeptInKeychain
                                                      : models::Workspace::Session::InMemoryOnly);
}

QString CliSession::organisationId()
{
    if (!m_options.organisation.isEmpty())
        return m_options.organisation;
    const QString active = store()->activeOrganisationId(m_connection.id);
    if (!active.isEmpty())
        return active;
    if ((m_connector || m_kept) && !can(api::Capability::Organisations))
        return api::Connector::implicitOrganisationId();
    failUsage(tr("No organisation is chosen. Pass --org ID, or make one active with: balie-cli "
                 "organisations activate ID"));
    return {};
}

bool CliSession::can(api::Capability capability) const
{
    if (m_connector)
        return m_connector->can(capability);
    return m_kept && api::Flavours::info(m_connection.flavour).can(capability);
}

bool CliSession::require(api::Capability capability, const QString& what)
{
    if (can(capability))
        return true;
    fail(ExitCode::Unsupported,
         tr("The connection \"%1\" is a %2 server, which does not offer %3.")
             .arg(m_connection.name, api::Flavours::info(m_connection.flavour).displayName, what));
    return false;
}

bool CliSession::noteKeptAsOf(const QDateTime& asOf, bool empty)
{
    if (!asOf.isValid() && empty) {
        fail(ExitCode::NotFound, tr("This list is not kept on this computer yet: open it in the "
                                    "console first."));
        return false;
    }
    if (!asOf.isValid()) {
        m_out.info(tr("Kept on this computer; when it was loaded is not known."));
        return true;
    }
    const qint64 minutes = qMax<qint64>(0, asOf.secsTo(QDateTime::currentDateTimeUtc()) / 60);
    const QString age = minutes < 1         ? tr("just now")
                        : minutes < 60      ? tr("%n minute(s) ago", nullptr, int(minutes))
                        : minutes < 48 * 60 ? tr("%n hour(s) ago", nullptr, int(minutes / 60))
                                            : tr("%n day(s) ago", nullptr, int(minutes / 1440));
    m_out.info(tr("Kept on this computer: as the server gave it at %1 (%2).")
                   .arg(QLocale().toString(asOf.toLocalTime(), QLocale::ShortFormat), age));
    return true;
}

void CliSession::keepTokens(const api::CredentialStore::Callback& done)
{
    m_workspace->keepTokens(m_connection.id, done);
}

void CliSession::keepTokensInMemory()
{
    m_workspace->keepSecretsInMemory(m_connection.id);
}

void CliSession::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_connector)
        m_connector->cancelAll();
    if (m_cleanup) {
        const Cleanup cleanup = std::exchange(m_cleanup, {});
        cleanup([this, code] { keepTokensAndExit(code); });
        return;
    }
    keepTokensAndExit(code);
}

void CliSession::keepTokensAndExit(ExitCode code)
{
    if (!m_connector) {
        exitNow(code);
        return;
    }
    keepTokens([this, code](const api::CredentialStore::Result& result) {
        if (!result.ok()) {
            m_out.error(
                tr("The new session could not be kept in the keychain: %1").arg(result.message));
        }
        exitNow(code);
    });
}

void CliSession::exitNow(ExitCode code)
{
    m_out.flush();
    // Later, from the event loop: the caller may still be unwinding through a job's signal.
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(int(code)); });
}

void CliSession::fail(const api::ApiError& error, const QStringList& notes, bool suggestLogin)
{
    if (m_finished)
        return;
    using Kind = api::ApiError::Kind;
    m_out.error(error.message());
    const auto fields = error.fieldErrors();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        m_out.errorDetail(tr("%1: %2", "a field, then what is wrong with it")
                              .arg(it.key(), it.value().join(u"; "_s)));
    if (error.kind() == Kind::RateLimited && error.retryAt().isValid()) {
        m_out.errorDetail(tr("The next request can go at %1 (%2).")
                              .arg(models::Format::dateTime(error.retryAt()),
                                   RecordTables::isoUtc(error.retryAt()).toString()));
    }
    for (const QString& note : notes)
        m_out.errorDetail(note);
    if (error.kind() == Kind::OutcomeUnknown && !m_idempotencyKey.isEmpty()) {
        if (m_connector && m_connector->honoursIdempotencyKey()) {
            m_out.errorDetail(
                tr("To repeat it safely, run the same command with --idempotency-key %1: the "
                   "server then answers with the first result instead of making it twice.")
                    .arg(QString::fromLatin1(m_idempotencyKey)));
        } else {
            m_out.errorDetail(tr("This server does not promise to recognise a repeat: list what "
                                 "you created before you run the command again."));
        }
    }
    const bool loginConnection = m_connector && m_connector->usesLogin();
    if (suggestLogin &&
        (error.kind() == Kind::LoginRequired || (error.kind() == Kind::Auth && loginConnection))) {
        m_out.errorDetail(tr("log in with: %1").arg(loginCommand()));
    }
    if (m_options.verbose)
        m_out.errorDetail(error.technicalDetails());
    ExitCode code = exitCodeFor(error.kind());
    if (code == ExitCode::Ok)
        code = ExitCode::Failure;
    finish(code);
}

void CliSession::fail(ExitCode code, const QString& message)
{
    if (m_finished)
        return;
    m_out.error(message);
    finish(code);
}

std::optional<QByteArray> CliSession::idempotencyKey(const Invocation& invocation)
{
    if (!invocation.isSet(u"idempotency-key"_s)) {
        m_idempotencyKey = api::ApiRequest::newIdempotencyKey();
        return m_idempotencyKey;
    }
    const QString key = invocation.value(u"idempotency-key"_s);
    // What a header can carry unchanged: 1 to 255 visible ASCII characters.
    const bool valid =
        !key.isEmpty() && key.size() <= 255 && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
            return c.unicode() > 0x20 && c.unicode() < 0x7F;
        });
    if (!valid) {
        failUsage(tr("--idempotency-key needs 1 to 255 visible ASCII characters (letters, digits, "
                     "- and the like), such as a UUID."));
        return std::nullopt;
    }
    m_idempotencyKey = key.toLatin1();
    return m_idempotencyKey;
}

void CliSession::failUsage(const QString& message)
{
    if (m_finished)
        return;
    m_out.error(message);
    m_out.errorDetail(tr("See: balie-cli --help"));
    finish(ExitCode::Usage);
}

void CliSession::failKeychain(const api::CredentialStore::Result& result)
{
    if (m_finished)
        return;
    keepTokensInMemory(); // a keychain that failed once is not asked again
    m_out.error(result.message.isEmpty() ? tr("The keychain could not be used.") : result.message);
    finish(ExitCode::Keychain);
}

} // namespace balie::cli
