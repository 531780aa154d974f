// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "DemoCommand.h"

#include "BookingCommands.h"
#include "CliSession.h"
#include "CustomerCommands.h"
#include "OrganisationCommands.h"
#include "ProductCommands.h"
#include "ServiceCommands.h"
#include "config/ConnectionStore.h"
#include "sandbox/DemoAccount.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace balie::cli {

namespace {
constexpr int demoRows = 10;
}

DemoCommand::DemoCommand(CliSession* session, Parts parts, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_parts(parts)
{}

void DemoCommand::run(const Invocation& invocation)
{
    // Always as tables: the walk-through is for people.
    m_session->out().setFormat(CliOutput::Format::Table);
    if (!invocation.isSet(u"url"_s)) {
        m_session->failUsage(tr("Give the sandbox's address with --url, such as "
                                "http://127.0.0.1:8080."));
        return;
    }
    if (!m_config.isValid()) {
        m_session->fail(
            ExitCode::Failure,
            tr("Cannot make a temporary folder for the demo: %1").arg(m_config.errorString()));
        return;
    }
    // A configuration of its own: the demo never touches the user's connections.
    m_session->useSettingsFile(m_config.filePath(u"balie-demo.ini"_s));

    const balie::sandbox::DemoCredentials demo;
    api::ConnectionSettings connection;
    connection.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    connection.name = tr("Balie demo");
    connection.flavour = api::Flavour::Balie;
    connection.auth = api::AuthScheme::Login;
    connection.baseUrl = QUrl(invocation.value(u"url"_s), QUrl::StrictMode);
    connection.username = demo.username;
    connection.email = demo.email;
    const QString problem = connection.validate();
    if (!problem.isEmpty()) {
        m_session->failUsage(problem);
        return;
    }
    m_session->store()->save(connection);
    m_session->store()->setActiveConnectionId(connection.id);

    m_session->keychain()->probe([this, connection](const api::CredentialStore::Result& result) {
        if (!result.ok()) {
            m_session->out().info(tr("No keychain is available here: the demo keeps its "
                                     "credentials in memory only and writes them nowhere."));
            if (m_session->options().verbose)
                m_session->out().errorDetail(result.message);
        }
        m_session->openConnection(connection, result.ok());
        start(result.ok());
    });
}

void DemoCommand::start(bool keychainWorks)
{
    const balie::sandbox::DemoCredentials demo;
    const api::ConnectionSettings& connection = m_session->connection();
    if (keychainWorks) {
        // However the demo ends, its secrets leave the keychain.
        const QString id = connection.id;
        m_session->setCleanup([this, id](const std::function<void()>& done) {
            m_session->keepTokensInMemory();
            m_session->keychain()->removeAll(
                id, api::CredentialStore::secretNames(),
                [this, done](const api::CredentialStore::Result& result) {
                    if (result.ok())
                        m_session->out().info(tr("The demo's keychain entries are removed."));
                    else
                        m_session->out().error(result.message);
                    done();
                });
        });
    }
    m_session->out().info(tr("Logging in to %1 as %2 (%3)…")
                              .arg(connection.baseUrl.toString(), demo.username, demo.email));
    api::ApiJob* job = m_session->connector()->login(demo.password);
    connect(job, &api::ApiJob::finished, this, [this, keychainWorks](api::ApiJob* done) {
        if (!done->isOk()) {
            m_session->fail(done->error(), {}, false);
            return;
        }
        auto listOrganisations = [this] {
            m_parts.organisations->printOrganisations(
                tr("Organisations"), [this](const QList<api::Organisation>& rows) {
                    if (rows.isEmpty()) {
                        m_session->fail(ExitCode::NotFound,
                                        tr("The demo account has no organisations."));
                        return;
                    }
                    const api::Organisation first = rows.first();
                    m_parts.organisations->makeActive(first.id, first.name,
                                                      [this, first] { walkThrough(first.id); });
                });
        };
        if (!keychainWorks) {
            listOrganisations();
            return;
        }
        m_session->keepTokens(
            [this, listOrganisations](const api::CredentialStore::Result& result) {
                if (result.ok()) {
                    m_session->out().info(tr("Logged in; the session is kept in the keychain "
                                             "until the demo ends.\n"));
                } else {
                    m_session->keepTokensInMemory();
                    m_session->out().info(tr("The keychain did not keep the session (%1); the "
                                             "demo goes on with it in memory only.\n")
                                              .arg(result.message));
                }
                listOrganisations();
            });
    });
}

void DemoCommand::walkThrough(const QString& organisationId)
{
    m_session->out().info(QString());
    m_parts.customers->printCustomers(
        organisationId, {}, demoRows, tr("The first %n customer(s)", "", demoRows),
        [this, organisationId] {
            m_parts.services->printServices(organisationId, tr("Services"), [this, organisationId] {
                m_parts.bookings->printBookings(
                    organisationId, {}, demoRows, tr("The first %n booking(s)", "", demoRows),
                    [this, organisationId] {
                        m_parts.products->printProducts(
                            organisationId, demoRows, tr("The first %n product(s)", "", demoRows),
                            [this] {
                                m_session->out().info(tr("That was the demo. Try balie-cli --help "
                                                         "for everything else."));
                                m_session->finish();
                            });
                    });
            });
        });
}

} // namespace balie::cli
