// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "OrganisationSession.h"
#include "ResourceModels.h"
#include "SandboxHarness.h"
#include "StoreThread.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTcpServer>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace balie::test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString text() const { return QString::fromUtf8(out + err); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// The exit codes documented in docs/cli.md.
enum Exit
{
    Ok = 0,
    Usage = 2,
    Auth = 3,
    NotFound = 4,
    Conflict = 5,
    RateLimited = 6,
    Network = 7,
    Unsupported = 9,
    OutcomeUnknown = 10
};

} // namespace

// End to end: the real balie-cli executable, started with QProcess, against an in-process
// sandbox over loopback, with secrets in the real keychain of the test session (./dev test
// runs one). The test's event loop keeps running while balie-cli works, so that the sandbox
// can answer: nothing waits with waitForFinished().
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void badCommandLines();
    void addConnectionTakesTheKeyFromStdin();
    void wrongPasswordIsAnAuthError();
    void loginKeepsTheRefreshTokenInTheKeychain();
    void organisationsListAndActivate();
    void customersAsCsv();
    void cachedListsReadWhatTheConsoleKept();
    void csvNeutralisesFormulasAndJsonKeepsTheRawData();
    void serverTextCannotDriveTheTerminal();
    void badEmailSendsNothing();
    void bookingCreateConflictCancel();
    void productsList();
    void oneColumnSchemaWithTheConsole();
    void aShortListIsAnErrorNotAnExport();
    void aLostAnswerIsRepeatedSafelyWithItsKey();
    void parallelRunsShareOneBudget();
    void rescheduleFindsAServiceNamedByName();
    void outsetaAccountsHaveTheirOwnList();
    void unsupportedByTheFlavour();
    void closedPortIsANetworkError();
    void settingsHoldNoSecret();
    void logoutForgetsTheSession();
    void removeDeletesTheSecrets();

private:
    bool run(const QStringList& args, CliRun* result, const QByteArray& input = {});
    QString connectionId(const QString& name);
    balie::api::CredentialStore::Result readSecret(const QString& connectionId,
                                                   const QString& name);

    std::unique_ptr<SandboxHarness> h;
    QTemporaryDir m_dir;
    QString m_config;
    QString m_service;
    std::unique_ptr<balie::api::CredentialStore> m_keychain;
    QString m_organisation;
    QByteArray m_refreshToken;
};

bool TestCli::run(const QStringList& args, CliRun* result, const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BALIE_KEYCHAIN_SERVICE"_s, m_service);
    env.remove(u"BALIE_CONFIG"_s);
    env.insert(u"LANG"_s, u"C"_s);
    env.insert(u"LC_ALL"_s, u"C"_s);
    // Where the console's local stores are (never the user's own).
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(BALIE_CLI_PATH), QStringList{u"--config"_s, m_config} + args);
    if (!process.waitForStarted(10'000)) {
        qWarning() << "balie-cli did not start:" << process.errorString();
        return false;
    }
    // Secrets go in on standard input, never as arguments.
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(60'000)) {
        qWarning() << "balie-cli" << args << "did not finish";
        process.kill();
        return false;
    }
    result->exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result->out = process.readAllStandardOutput();
    result->err = process.readAllStandardError();
    if (QTest::currentTestFunction())
        qDebug().noquote() << "balie-cli" << args.join(u' ') << "->" << result->exitCode << "\n"
                           << QString::fromUtf8(result->err).trimmed();
    return true;
}

QString TestCli::connectionId(const QString& name)
{
    CliRun list;
    if (!run({u"connections"_s, u"list"_s, u"--json"_s}, &list))
        return {};
    const QJsonArray rows = list.json().array();
    for (const QJsonValue& row : rows) {
        if (row[u"name"_s].toString() == name)
            return row[u"id"_s].toString();
    }
    return {};
}

balie::api::CredentialStore::Result TestCli::readSecret(const QString& connectionId,
                                                        const QString& name)
{
    std::optional<balie::api::CredentialStore::Result> result;
    m_keychain->read(connectionId, name,
                     [&result](const balie::api::CredentialStore::Result& r) { result = r; });
    QDeadlineTimer deadline(15'000);
    while (!result && !deadline.hasExpired())
        QTest::qWait(10);
    if (!result)
        qWarning() << "the keychain did not answer";
    // Failed (not NotFound) when it did not answer: the callers' comparisons then fail.
    return result.value_or(balie::api::CredentialStore::Result{});
}

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(BALIE_CLI_PATH)));
    SandboxOptions options;
    options.customers = 130;
    options.pageSizeMax = 40; // several pages per list
    h = std::make_unique<SandboxHarness>(options);
    QVERIFY2(h->started, qPrintable(h->sandbox->errorString()));
    QVERIFY(m_dir.isValid());
    m_config = m_dir.filePath(u"cli.ini"_s);
    m_service = u"balie-test-cli-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_keychain = std::make_unique<balie::api::CredentialStore>(m_service);

    // The keychain must work here: a test that needs it fails rather than skips without it.
    std::optional<balie::api::CredentialStore::Result> probe;
    m_keychain->probe([&probe](const balie::api::CredentialStore::Result& r) { probe = r; });
    QTRY_VERIFY_WITH_TIMEOUT(probe.has_value(), 15'000);
    QVERIFY2(probe->ok(), qPrintable(u"no keychain: "_s + probe->message));
}

void TestCli::cleanupTestCase()
{
    // Whatever a failed test left behind leaves the keychain too.
    if (!m_keychain)
        return;
    CliRun list;
    if (!run({u"connections"_s, u"list"_s, u"--json"_s}, &list))
        return;
    const QJsonArray rows = list.json().array();
    for (const QJsonValue& row : rows) {
        CliRun removed;
        run({u"connections"_s, u"remove"_s, row[u"id"_s].toString()}, &removed);
    }
}

void TestCli::badCommandLines()
{
    CliRun r;
    QVERIFY(run({u"customers"_s, u"frobnicate"_s}, &r));
    QCOMPARE(r.exitCode, Usage);
    QVERIFY(r.err.contains("balie-cli: "));

    QVERIFY(run({u"customers"_s, u"list"_s, u"--flavour"_s, u"balie"_s}, &r));
    QCOMPARE(r.exitCode, Usage);

    QVERIFY(run({u"customers"_s, u"list"_s, u"--json"_s, u"--csv"_s}, &r));
    QCOMPARE(r.exitCode, Usage);

    // No connection yet.
    QVERIFY(run({u"customers"_s, u"list"_s}, &r));
    QCOMPARE(r.exitCode, Usage);
    QVERIFY(r.err.contains("connections add"));

    QVERIFY(run({u"--help"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    QVERIFY(r.out.contains("Exit codes"));
    QVERIFY(r.out.contains("bookings reschedule"));

    // A secret is never an argument: there is no option to pass one.
    QVERIFY(run({u"connections"_s, u"add"_s, u"x"_s, u"--flavour"_s, u"oas"_s, u"--url"_s,
                 h->sandbox->baseUrl().toString(), u"--api-key"_s, u"k"_s},
                &r));
    QCOMPARE(r.exitCode, Usage);
    QVERIFY(connectionId(u"x"_s).isEmpty());
}

void TestCli::addConnectionTakesTheKeyFromStdin()
{
    const auto demo = Sandbox::demoCredentials();
    CliRun r;
    // An unknown flavour and an insecure address are refused before anything is stored.
    QVERIFY(run({u"connections"_s, u"add"_s, u"keyed"_s, u"--flavour"_s, u"nope"_s, u"--url"_s,
                 h->sandbox->baseUrl().toString()},
                &r, demo.apiKey.toUtf8() + '\n'));
    QCOMPARE(r.exitCode, Usage);
    QVERIFY(run({u"connections"_s, u"add"_s, u"keyed"_s, u"--flavour"_s, u"oas"_s, u"--url"_s,
                 u"http://example.com"_s},
                &r, demo.apiKey.toUtf8() + '\n'));
    QCOMPARE(r.exitCode, Usage);
    // No key on standard input.
    QVERIFY(run({u"connections"_s, u"add"_s, u"keyed"_s, u"--flavour"_s, u"oas"_s, u"--url"_s,
                 h->sandbox->baseUrl().toString()},
                &r));
    QCOMPARE(r.exitCode, Usage);
    QVERIFY(connectionId(u"keyed"_s).isEmpty());

    QVERIFY(run({u"connections"_s, u"add"_s, u"keyed"_s, u"--flavour"_s, u"oas"_s, u"--auth"_s,
                 u"api-key"_s, u"--url"_s, h->sandbox->baseUrl().toString()},
                &r, demo.apiKey.toUtf8() + '\n'));
    QCOMPARE(r.exitCode, Ok);
    const QString id = connectionId(u"keyed"_s);
    QVERIFY(!id.isEmpty());
    const auto stored = readSecret(id, SecretEntry::apiKey);
    QVERIFY(stored.ok());
    QCOMPARE(stored.data, demo.apiKey.toUtf8());

    QVERIFY(run({u"connections"_s, u"test"_s, u"--connection"_s, u"keyed"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    QVERIFY(r.out.contains("@demo"));
    // -v says which command ran on what, and the requests; never the key.
    QVERIFY(run({u"connections"_s, u"test"_s, u"--connection"_s, u"keyed"_s, u"-v"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    QVERIFY2(r.err.contains("command connections test connection keyed"), r.err.constData());
    QVERIFY(!r.err.contains(demo.apiKey.toUtf8()));
    QVERIFY(!r.out.contains(demo.apiKey.toUtf8()));

    // The same name twice is refused.
    QVERIFY(run({u"connections"_s, u"add"_s, u"keyed"_s, u"--flavour"_s, u"oas"_s, u"--url"_s,
                 h->sandbox->baseUrl().toString()},
                &r, demo.apiKey.toUtf8() + '\n'));
    QCOMPARE(r.exitCode, Usage);
}

void TestCli::wrongPasswordIsAnAuthError()
{
    const auto demo = Sandbox::demoCredentials();
    CliRun r;
    QVERIFY(run({u"connections"_s, u"add"_s, u"sandbox"_s, u"--flavour"_s, u"balie"_s, u"--url"_s,
                 h->sandbox->baseUrl().toString(), u"--username"_s, demo.username, u"--email"_s,
                 demo.email},
                &r));
    QCOMPARE(r.exitCode, Ok);
    QVERIFY(run({u"connections"_s, u"use"_s, u"sandbox"_s}, &r));
    QCOMPARE(r.exitCode, Ok);

    // Not logged in yet: the message says how to.
    QVERIFY(run({u"organisations"_s, u"list"_s}, &r));
    QCOMPARE(r.exitCode, Auth);
    QVERIFY2(r.err.contains("log in with: balie-cli login"), r.err.constData());

    const qint64 requestsBefore = h->sandbox->stats().requests;
    QVERIFY(run({u"login"_s}, &r, "not-the-password\n"));
    QCOMPARE(r.exitCode, Auth);
    QVERIFY(h->sandbox->stats().requests > requestsBefore); // it did ask the server
    QCOMPARE(readSecret(connectionId(u"sandbox"_s), SecretEntry::refreshToken).status,
             balie::api::CredentialStore::Result::Status::NotFound);
}

void TestCli::loginKeepsTheRefreshTokenInTheKeychain()
{
    CliRun r;
    QVERIFY(run({u"login"_s}, &r, Sandbox::demoCredentials().password.toUtf8() + '\n'));
    QCOMPARE(r.exitCode, Ok);
    const auto token = readSecret(connectionId(u"sandbox"_s), SecretEntry::refreshToken);
    QVERIFY(token.ok());
    QVERIFY(!token.data.isEmpty());
    m_refreshToken = token.data;
    QVERIFY(!r.text().contains(QString::fromUtf8(m_refreshToken)));

    // The session's access token is kept too: the next commands go straight to work instead
    // of renewing the session first, each time.
    const auto access = readSecret(connectionId(u"sandbox"_s), SecretEntry::accessToken);
    QVERIFY(access.ok());
    QVERIFY(!access.data.isEmpty());
    const qint64 refreshes = h->sandbox->stats().refreshes;
    QVERIFY(run({u"organisations"_s, u"list"_s, u"--json"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    QVERIFY(run({u"connections"_s, u"test"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    QCOMPARE(h->sandbox->stats().refreshes, refreshes);
    QVERIFY(!r.text().contains(QString::fromUtf8(access.data)));
}

void TestCli::organisationsListAndActivate()
{
    CliRun r;
    QVERIFY(run({u"organisations"_s, u"list"_s, u"--json"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    QStringList ids;
    const QJsonArray rows = r.json().array();
    for (const QJsonValue& row : rows) {
        ids << row[u"id"_s].toString();
        QVERIFY(row.toObject().contains(u"base_currency"_s));
    }
    QStringList expected;
    for (qint64 id : h->sandbox->organisationIds())
        expected << QString::number(id);
    QCOMPARE(ids, expected);

    QVERIFY(run({u"organisations"_s, u"activate"_s, u"999999"_s}, &r));
    QCOMPARE(r.exitCode, NotFound);

    m_organisation = expected.value(1);
    QVERIFY(run({u"organisations"_s, u"activate"_s, m_organisation}, &r));
    QCOMPARE(r.exitCode, Ok);
    QVERIFY(run({u"organisations"_s, u"list"_s, u"--json"_s}, &r));
    const QJsonArray after = r.json().array();
    for (const QJsonValue& row : after)
        QCOMPARE(row[u"active"_s].toBool(), row[u"id"_s].toString() == m_organisation);

    // Creating one validates the currencies before sending.
    const qint64 requests = h->sandbox->stats().requests;
    QVERIFY(
        run({u"organisations"_s, u"create"_s, u"--name"_s, u"X"_s, u"--base-currency"_s, u"EURO"_s},
            &r));
    QCOMPARE(r.exitCode, Usage);
    QCOMPARE(h->sandbox->stats().requests, requests);
}

void TestCli::customersAsCsv()
{
    CliRun r;
    QVERIFY(run({u"customers"_s, u"list"_s, u"--csv"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    QStringList lines = QString::fromUtf8(r.out).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.takeFirst(), u"id,name,email,phone,company,updated_at,created_at"_s);
    QCOMPARE(lines.size(), h->sandbox->rowCount(u"customers"_s, m_organisation.toLongLong()));
    // ISO 8601 UTC in CSV, whatever the locale.
    static const QRegularExpression iso(u"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s);
    QVERIFY2(iso.match(lines.first()).hasMatch(), qPrintable(lines.first()));

    QVERIFY(run({u"customers"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"3"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    QCOMPARE(r.json().array().size(), 3);
}

void TestCli::cachedListsReadWhatTheConsoleKept()
{
    // Nothing kept yet: said, and no request either.
    CliRun r;
    h->sandbox->resetStats();
    QVERIFY(run({u"customers"_s, u"list"_s, u"--cached"_s}, &r));
    QCOMPARE(r.exitCode, NotFound);
    QVERIFY2(r.text().contains(u"console"_s), qPrintable(r.text()));
    QCOMPARE(h->sandbox->stats().requests, 0);

    // The console opens the same connection, from the same settings and keychain, and keeps
    // its active organisation. balie-cli (organisation "Balie", application "balie") finds the
    // stores under $XDG_DATA_HOME.
    const QString folder = m_dir.filePath(u"data/Balie/balie/stores"_s);
    {
        QSettings settings(m_config, QSettings::IniFormat);
        balie::models::Workspace console(&settings, m_keychain.get(), &h->nam, &h->budgets, folder);
        console.openAll();
        QTRY_VERIFY_WITH_TIMEOUT(console.session() &&
                                     console.session()->customers()->lastSynced().isValid() &&
                                     console.session()->bookings()->lastSynced().isValid(),
                                 30'000);
        QCOMPARE(console.active().organisationId, m_organisation);
        console.store(console.active().connectionId)->flush();
    }

    h->sandbox->resetStats();
    QVERIFY(run({u"customers"_s, u"list"_s, u"--cached"_s, u"--json"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    QCOMPARE(r.json().array().size(),
             h->sandbox->rowCount(u"customers"_s, m_organisation.toLongLong()));
    // How old it is goes to standard error, away from the JSON.
    QVERIFY2(r.err.contains("Kept on this computer: as the server gave it at"), r.err.constData());
    QVERIFY2(r.err.contains("(just now)") || r.err.contains(" minute ago)"), r.err.constData());

    // The filters and the limit work on what is kept as on the server's list.
    const QString name = r.json().array().at(5).toObject()[u"name"_s].toString();
    QVERIFY(run({u"customers"_s, u"list"_s, u"--cached"_s, u"--json"_s, u"--search"_s, name}, &r));
    QCOMPARE(r.exitCode, Ok);
    QVERIFY(!r.json().array().isEmpty());
    for (const QJsonValue& row : r.json().array())
        QCOMPARE(row.toObject()[u"name"_s].toString(), name);
    QVERIFY(run({u"customers"_s, u"list"_s, u"--cached"_s, u"--json"_s, u"--limit"_s, u"2"_s}, &r));
    QCOMPARE(r.json().array().size(), 2);

    QVERIFY(run({u"bookings"_s, u"list"_s, u"--cached"_s, u"--json"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    const QJsonArray bookings = r.json().array();
    QVERIFY(!bookings.isEmpty());
    QString status;
    for (const QJsonValue& row : bookings)
        status = row.toObject()[u"status"_s].toString();
    QVERIFY(run({u"bookings"_s, u"list"_s, u"--cached"_s, u"--json"_s, u"--status"_s, status}, &r));
    QVERIFY(!r.json().array().isEmpty());
    QVERIFY(r.json().array().size() <= bookings.size());
    for (const QJsonValue& row : r.json().array())
        QCOMPARE(row.toObject()[u"status"_s].toString(), status);

    QVERIFY(run({u"organisations"_s, u"list"_s, u"--cached"_s, u"--json"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    QCOMPARE(r.json().array().size(), int(h->sandbox->organisationIds().size()));
    QVERIFY2(r.err.contains("as the server gave it at"), r.err.constData());

    // A table for a person says it too.
    QVERIFY(run({u"services"_s, u"list"_s, u"--cached"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    QVERIFY2(r.out.contains("Kept on this computer"), r.out.constData());
    QCOMPARE(h->sandbox->stats().requests, 0);

    // Only lists read what is kept.
    QVERIFY(run({u"customers"_s, u"create"_s, u"--name"_s, u"X"_s, u"--email"_s, u"x@example.com"_s,
                 u"--cached"_s},
                &r));
    QCOMPARE(r.exitCode, Usage);
    QCOMPARE(h->sandbox->stats().requests, 0);
}

void TestCli::csvNeutralisesFormulasAndJsonKeepsTheRawData()
{
    // A CSV file is most often opened in a spreadsheet: what would run there as a formula is
    // neutralised, through the console's writer, while the rest stays RFC 4180 for scripts.
    // --json keeps every value as the server sent it.
    CliRun r;
    QVERIFY(
        run({u"customers"_s, u"create"_s, u"--name"_s, u"=HYPERLINK(\"http://x\")"_s, u"--email"_s,
             u"formula@example.com"_s, u"--phone"_s, u"+31 6 12345678"_s, u"--json"_s},
            &r));
    QCOMPARE(r.exitCode, Ok);
    const QString id = r.json().object()[u"id"_s].toVariant().toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(run({u"customers"_s, u"list"_s, u"--csv"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    QVERIFY(r.out.startsWith("id,name,")); // no byte order mark, a comma
    const QStringList lines = QString::fromUtf8(r.out).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QString line;
    for (const QString& l : lines) {
        if (l.startsWith(id + u','))
            line = l;
    }
    QVERIFY2(line.startsWith(id + u",\"'=HYPERLINK(\"\"http://x\"\")\",formula@example.com,"
                                  u"\"'+31 6 12345678\","_s),
             qPrintable(line));

    QVERIFY(run({u"customers"_s, u"list"_s, u"--json"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    bool found = false;
    const QJsonArray rows = r.json().array();
    for (const QJsonValue& row : rows) {
        if (row[u"id"_s].toVariant().toString() != id)
            continue;
        found = true;
        QCOMPARE(row[u"name"_s].toString(), u"=HYPERLINK(\"http://x\")"_s);
        QCOMPARE(row[u"phone"_s].toString(), u"+31 6 12345678"_s);
    }
    QVERIFY(found);
}

void TestCli::serverTextCannotDriveTheTerminal()
{
    // A name with an escape sequence that sets the terminal's title, a bell, a C1 control and
    // a right-to-left override.
    const QString name = u"Eve\x1b]0;pwned\x07 \u009b2J \u202Egnp.exe"_s;
    CliRun r;
    QVERIFY(run({u"customers"_s, u"create"_s, u"--name"_s, name, u"--email"_s, u"eve@example.com"_s,
                 u"--json"_s},
                &r));
    QCOMPARE(r.exitCode, Ok);
    QCOMPARE(r.json().object()[u"name"_s].toString(), name); // JSON escapes it, as it should
    QVERIFY(run({u"customers"_s, u"list"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(u"Eve\uFFFD]0;pwned\uFFFD \uFFFD2J \uFFFDgnp.exe"_s), r.out.constData());
    for (const QChar c : out) {
        const char16_t u = c.unicode();
        QVERIFY2(u == u'\n' || (u >= 0x20 && u != 0x7f && !(u >= 0x80 && u <= 0x9f) &&
                                !(u >= 0x202a && u <= 0x202e) && !(u >= 0x2066 && u <= 0x2069)),
                 qPrintable(QString::number(u, 16)));
    }
}

void TestCli::badEmailSendsNothing()
{
    const qint64 requests = h->sandbox->stats().requests;
    const int customers = h->sandbox->rowCount(u"customers"_s, m_organisation.toLongLong());
    CliRun r;
    QVERIFY(run(
        {u"customers"_s, u"create"_s, u"--name"_s, u"Jan"_s, u"--email"_s, u"jan@@example"_s}, &r));
    QCOMPARE(r.exitCode, Usage);
    QVERIFY(r.err.contains("jan@@example"));
    QVERIFY(
        run({u"bookings"_s, u"create"_s, u"--service"_s, u"srv_1"_s, u"--customer-name"_s, u"Jan"_s,
             u"--customer-email"_s, u"not-an-address"_s, u"--at"_s, u"2027-06-01 10:00"_s},
            &r));
    QCOMPARE(r.exitCode, Usage);
    QCOMPARE(h->sandbox->stats().requests, requests);
    QCOMPARE(h->sandbox->rowCount(u"customers"_s, m_organisation.toLongLong()), customers);

    QVERIFY(run({u"customers"_s, u"create"_s, u"--name"_s, u"Jan de Vries"_s, u"--email"_s,
                 u"jan@example.nl"_s, u"--json"_s},
                &r));
    QCOMPARE(r.exitCode, Ok);
    QCOMPARE(r.json().object().value(u"email"_s).toString(), u"jan@example.nl"_s);
    QCOMPARE(h->sandbox->rowCount(u"customers"_s, m_organisation.toLongLong()), customers + 1);
}

void TestCli::bookingCreateConflictCancel()
{
    CliRun r;
    QVERIFY(run({u"services"_s, u"list"_s, u"--json"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    const QJsonArray services = r.json().array();
    QVERIFY(!services.isEmpty());
    const QJsonObject service = services.first().toObject();
    const QString serviceId = service[u"id"_s].toString();
    const QTimeZone zone(service[u"timezone"_s].toString().toUtf8());
    QVERIFY(zone.isValid());
    const QTime opens = QTime::fromString(service[u"hours_start"_s].toString(), u"HH:mm"_s);
    QVERIFY(opens.isValid());
    QStringList days;
    for (const QJsonValue& day : service[u"days"_s].toArray())
        days << day.toString();
    QVERIFY(!days.isEmpty());
    // A day the service is open, well after the demo data.
    QDate date(2027, 6, 1);
    while (!days.contains(QLocale::c().dayName(date.dayOfWeek()).toLower()))
        date = date.addDays(1);

    QVERIFY(run({u"customers"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"1"_s}, &r));
    const QString customerId = r.json().array().first()[u"id"_s].toString();
    QVERIFY(!customerId.isEmpty());

    const QString at = date.toString(Qt::ISODate) + u' ' + opens.toString(u"HH:mm"_s);
    const QDateTime expectedStart = QDateTime(date, opens, zone).toUTC();
    const int bookingsBefore = h->sandbox->rowCount(u"bookings"_s, m_organisation.toLongLong());
    const QStringList create = {u"bookings"_s,   u"create"_s,
                                u"--service"_s,  serviceId,
                                u"--customer"_s, customerId,
                                u"--at"_s,       at,
                                u"--note"_s,     u"from the CLI test"_s,
                                u"--json"_s};
    QVERIFY(run(create, &r));
    QCOMPARE(r.exitCode, Ok);
    const QJsonObject booking = r.json().object();
    const QString bookingId = booking[u"id"_s].toString();
    QVERIFY(!bookingId.isEmpty());
    // --at was read in the service's time zone (no --tz given).
    QCOMPARE(QDateTime::fromString(booking[u"scheduled_at"_s].toString(), Qt::ISODate),
             expectedStart);
    QCOMPARE(booking[u"status"_s].toString(), u"created"_s);
    QCOMPARE(h->sandbox->rowCount(u"bookings"_s, m_organisation.toLongLong()), bookingsBefore + 1);

    // The same slot again: a conflict, with the next available slot, and nothing created.
    QVERIFY(run(create, &r));
    QCOMPARE(r.exitCode, Conflict);
    static const QRegularExpression iso(u"(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)"_s);
    const QRegularExpressionMatch next = iso.match(QString::fromUtf8(r.err));
    QVERIFY2(next.hasMatch(), r.err.constData());
    const QDateTime nextAvailable = QDateTime::fromString(next.captured(1), Qt::ISODate);
    QVERIFY(nextAvailable >= expectedStart.addSecs(60 * service[u"duration_minutes"_s].toInt()));
    QVERIFY(r.err.contains(service[u"timezone"_s].toString().toUtf8()));
    QCOMPARE(h->sandbox->rowCount(u"bookings"_s, m_organisation.toLongLong()), bookingsBefore + 1);

    // Moved a quarter of an hour later and made 45 minutes long in one change.
    const QString later =
        date.toString(Qt::ISODate) + u' ' + opens.addSecs(15 * 60).toString(u"HH:mm"_s);
    QVERIFY(run({u"bookings"_s, u"reschedule"_s, bookingId, u"--at"_s, later, u"--duration"_s,
                 u"45"_s, u"--json"_s},
                &r));
    QCOMPARE(r.exitCode, Ok);
    QCOMPARE(QDateTime::fromString(r.json().object()[u"scheduled_at"_s].toString(), Qt::ISODate),
             expectedStart.addSecs(15 * 60));
    QCOMPARE(r.json().object()[u"duration_minutes"_s].toInt(), 45);
    QVERIFY(run(
        {u"bookings"_s, u"reschedule"_s, bookingId, u"--at"_s, later, u"--duration"_s, u"soon"_s},
        &r));
    QCOMPARE(r.exitCode, Usage);

    // Confirm, then cancel; a cancelled booking cannot be completed.
    QVERIFY(run({u"bookings"_s, u"confirm"_s, bookingId, u"--json"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    QCOMPARE(r.json().object()[u"status"_s].toString(), u"confirmed"_s);
    QVERIFY(run({u"bookings"_s, u"cancel"_s, bookingId, u"--json"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    QCOMPARE(r.json().object()[u"status"_s].toString(), u"cancelled"_s);
    QVERIFY(run({u"bookings"_s, u"complete"_s, bookingId}, &r));
    QCOMPARE(r.exitCode, Conflict);
    QVERIFY(run({u"bookings"_s, u"cancel"_s, u"bk_does_not_exist"_s}, &r));
    QCOMPARE(r.exitCode, NotFound);

    QVERIFY(run({u"bookings"_s, u"list"_s, u"--status"_s, u"cancelled"_s, u"--json"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    bool listed = false;
    for (const QJsonValue& row : r.json().array()) {
        QCOMPARE(row[u"status"_s].toString(), u"cancelled"_s);
        listed = listed || row[u"id"_s].toString() == bookingId;
    }
    QVERIFY(listed);
}

void TestCli::productsList()
{
    CliRun r;
    QVERIFY(run({u"products"_s, u"list"_s, u"--json"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    QCOMPARE(r.json().array().size(),
             h->sandbox->rowCount(u"products"_s, m_organisation.toLongLong()));
    // A table for people: headers, one line per product, stock right-aligned.
    QVERIFY(run({u"products"_s, u"list"_s, u"--limit"_s, u"5"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n');
    QVERIFY(lines.value(0).startsWith(u"ID"_s));
    QVERIFY(lines.value(0).contains(u"Stock"_s));
    QVERIFY(lines.value(1).startsWith(u"---"_s));

    QVERIFY(run(
        {u"products"_s, u"create"_s, u"--name"_s, u"Zeep"_s, u"--ean"_s, u"4006381333932"_s}, &r));
    QCOMPARE(r.exitCode, Usage); // wrong check digit
    QVERIFY(run({u"products"_s, u"create"_s, u"--name"_s, u"Zeep"_s, u"--ean"_s, u"4006381333931"_s,
                 u"--stock"_s, u"12"_s, u"--json"_s},
                &r));
    QCOMPARE(r.exitCode, Ok);
    QCOMPARE(r.json().object()[u"stock_onhand"_s].toInt(), 12);
}

void TestCli::oneColumnSchemaWithTheConsole()
{
    // balie-cli's --csv heads its columns with the keys of the console's tables (and of its
    // export): the same schema, so a script reads either file. Only the summaries for people
    // (a service's availability in words) stay out of the scripts' files.
    const QList<std::pair<QString, std::shared_ptr<balie::models::RecordTableModel>>> lists{
        {u"customers"_s, std::make_shared<balie::models::CustomerTableModel>()},
        {u"services"_s, std::make_shared<balie::models::ServiceTableModel>()},
        {u"bookings"_s, std::make_shared<balie::models::BookingTableModel>()},
        {u"products"_s, std::make_shared<balie::models::ProductTableModel>()},
    };
    for (const auto& [command, model] : lists) {
        CliRun r;
        QVERIFY(run({command, u"list"_s, u"--csv"_s, u"--limit"_s, u"1"_s}, &r));
        QCOMPARE(r.exitCode, Ok);
        const QStringList header = QString::fromUtf8(r.out).section(u"\r\n"_s, 0, 0).split(u',');
        QStringList consoleKeys;
        for (int c = 0; c < model->columnCount(); ++c)
            consoleKeys << model->columnKey(c);
        consoleKeys.removeAll(u"availability"_s);
        QCOMPARE(header.first(), u"id"_s); // the commands take it: it leads
        QCOMPARE(QSet<QString>(header.cbegin(), header.cend()),
                 QSet<QString>(consoleKeys.cbegin(), consoleKeys.cend()));
    }
}

void TestCli::aShortListIsAnErrorNotAnExport()
{
    // Every page holds half the rows the server announced: a script must not get 65 of 130
    // customers and exit 0.
    h->sandbox->setFaults(1.0, {balie::sandbox::FaultKind::ShortPage});
    CliRun r;
    const bool ran = run({u"customers"_s, u"list"_s, u"--csv"_s}, &r);
    h->sandbox->setFaults(0, {});
    QVERIFY(ran);
    QCOMPARE(r.exitCode, Network);
    // Half of each page missing leaves a hole too: either way the list is called incomplete.
    QVERIFY2(r.err.contains("incomplete"), r.err.constData());
    QVERIFY2(r.out.isEmpty(), r.out.constData()); // not a line of a partial list
}

void TestCli::aLostAnswerIsRepeatedSafelyWithItsKey()
{
    // A platform connection with an API key: nothing but the create goes to the server.
    CliRun added;
    QVERIFY(run({u"connections"_s, u"add"_s, u"platform-key"_s, u"--flavour"_s, u"balie"_s,
                 u"--auth"_s, u"api-key"_s, u"--url"_s, h->sandbox->baseUrl().toString()},
                &added, Sandbox::demoCredentials().apiKey.toUtf8() + '\n'));
    QCOMPARE(added.exitCode, Ok);
    const QStringList create = {u"customers"_s,
                                u"create"_s,
                                u"--connection"_s,
                                u"platform-key"_s,
                                u"--org"_s,
                                m_organisation,
                                u"--name"_s,
                                u"Mees Jansen"_s,
                                u"--email"_s,
                                u"mees.jansen@example.nl"_s,
                                u"--idempotency-key"_s,
                                u"import-2026-11-30-0042"_s,
                                u"--json"_s};
    CliRun r;
    QVERIFY(run({u"customers"_s, u"create"_s, u"--name"_s, u"Mees"_s, u"--email"_s,
                 u"mees@example.nl"_s, u"--idempotency-key"_s, u"two words"_s},
                &r));
    QCOMPARE(r.exitCode, Usage);

    // The server carries the create out each time, and each answer is lost.
    const int before = h->sandbox->rowCount(u"customers"_s, m_organisation.toLongLong());
    h->sandbox->setFaults(1.0, {balie::sandbox::FaultKind::CommitDrop});
    const bool ran = run(create, &r);
    h->sandbox->setFaults(0, {});
    QVERIFY(ran);
    QCOMPARE(r.exitCode, OutcomeUnknown);
    QVERIFY2(r.err.contains("cannot tell"), r.err.constData());
    QVERIFY2(r.err.contains("--idempotency-key import-2026-11-30-0042"), r.err.constData());
    QCOMPARE(h->sandbox->rowCount(u"customers"_s, m_organisation.toLongLong()), before + 1);

    // The script repeats the command: the first result, not a second customer.
    QVERIFY(run(create, &r));
    QCOMPARE(r.exitCode, Ok);
    QCOMPARE(r.json().object()[u"name"_s].toString(), u"Mees Jansen"_s);
    QCOMPARE(h->sandbox->rowCount(u"customers"_s, m_organisation.toLongLong()), before + 1);
}

void TestCli::parallelRunsShareOneBudget()
{
    // Twelve scripts list Telesto's products at once, on a plan of 5 requests an hour: five go,
    // seven are refused here with the time the next may go. None of them may overspend, as
    // 130 parallel runs once did until Telesto blocked the address.
    CliRun added;
    QUrl url = h->sandbox->baseUrl();
    url.setPath(u"/telesto/v2"_s);
    QVERIFY(run({u"connections"_s, u"add"_s, u"telesto-plan"_s, u"--flavour"_s, u"telesto"_s,
                 u"--url"_s, url.toString(), u"--budget"_s, u"5"_s},
                &added, Sandbox::demoCredentials().telestoKey.toUtf8() + '\n'));
    QCOMPARE(added.exitCode, Ok);

    const qint64 requestsBefore = h->sandbox->stats().requests;
    std::vector<std::unique_ptr<QProcess>> processes;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BALIE_KEYCHAIN_SERVICE"_s, m_service);
    env.insert(u"LC_ALL"_s, u"C"_s);
    for (int i = 0; i < 12; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(BALIE_CLI_PATH),
                       {u"--config"_s, m_config, u"products"_s, u"list"_s, u"--connection"_s,
                        u"telesto-plan"_s, u"--json"_s});
        process->closeWriteChannel();
        processes.push_back(std::move(process));
    }
    int ok = 0;
    int refused = 0;
    for (const auto& process : processes) {
        QTRY_VERIFY_WITH_TIMEOUT(process->state() == QProcess::NotRunning, 60'000);
        if (process->exitCode() == Ok)
            ++ok;
        else if (process->exitCode() == RateLimited)
            ++refused;
        else
            qWarning() << process->exitCode() << process->readAllStandardError();
    }
    QCOMPARE(ok, 5);
    QCOMPARE(refused, 7);
    QCOMPARE(h->sandbox->stats().requests - requestsBefore, 5);
    QCOMPARE(h->sandbox->stats().telestoBlocks, 0);
}

void TestCli::rescheduleFindsAServiceNamedByName()
{
    // A Booking API server as in its guide: bookings say "service": "consultation", the
    // services list "srv_…" ids. The time zone is still the service's, and the move goes out.
    SandboxOptions options;
    options.customers = 10;
    options.bookingServiceByName = true;
    SandboxHarness byName(options);
    QVERIFY(byName.started);
    QUrl url = byName.sandbox->baseUrl();
    url.setPath(u"/booking/v1"_s);
    CliRun r;
    QVERIFY(run({u"connections"_s, u"add"_s, u"booking-by-name"_s, u"--flavour"_s, u"booking"_s,
                 u"--url"_s, url.toString()},
                &r, Sandbox::demoCredentials().bookingKey.toUtf8() + '\n'));
    QCOMPARE(r.exitCode, Ok);
    QVERIFY(run({u"bookings"_s, u"list"_s, u"--connection"_s, u"booking-by-name"_s, u"--status"_s,
                 u"confirmed"_s, u"--json"_s},
                &r));
    QCOMPARE(r.exitCode, Ok);
    const QJsonArray bookings = r.json().array();
    QVERIFY(!bookings.isEmpty());
    const QJsonObject booking = bookings.first().toObject();
    QVERIFY2(!booking[u"service"_s].toString().startsWith(u"srv_"_s),
             qPrintable(booking[u"service"_s].toString()));

    const qint64 before = byName.sandbox->stats().requests;
    QVERIFY(run({u"bookings"_s, u"reschedule"_s, booking[u"id"_s].toString(), u"--connection"_s,
                 u"booking-by-name"_s, u"--at"_s, u"2031-03-04 10:00"_s},
                &r));
    QVERIFY2(!r.err.contains("time zone is unknown") && !r.err.contains("no service"),
             r.err.constData());
    // bookings, services, then the move itself reached the server (its answer may be a
    // conflict or a refusal of the time: the server judged it).
    QCOMPARE(byName.sandbox->stats().requests - before, 3);
    QVERIFY2(r.exitCode == Ok || r.exitCode == Conflict || r.exitCode == Usage,
             qPrintable(QString::number(r.exitCode)));
    // Its guide moves a booking's time only: a new length is refused before anything is sent.
    const qint64 sent = byName.sandbox->stats().requests;
    QVERIFY(run({u"bookings"_s, u"reschedule"_s, booking[u"id"_s].toString(), u"--connection"_s,
                 u"booking-by-name"_s, u"--at"_s, u"2031-03-04 10:00"_s, u"--duration"_s, u"45"_s},
                &r));
    QCOMPARE(r.exitCode, Unsupported);
    QVERIFY2(r.err.contains("length"), r.err.constData());
    QCOMPARE(byName.sandbox->stats().requests, sent);
}

void TestCli::outsetaAccountsHaveTheirOwnList()
{
    QUrl url = h->sandbox->baseUrl();
    url.setPath(u"/outseta/api/v1"_s);
    const auto demo = Sandbox::demoCredentials();
    CliRun r;
    QVERIFY(run({u"connections"_s, u"add"_s, u"outseta"_s, u"--flavour"_s, u"outseta"_s, u"--url"_s,
                 url.toString()},
                &r, demo.outsetaKey.toUtf8() + '\n' + demo.outsetaSecret.toUtf8() + '\n'));
    QCOMPARE(r.exitCode, Ok);
    QVERIFY(run({u"accounts"_s, u"list"_s, u"--connection"_s, u"outseta"_s, u"--json"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    const QJsonArray accounts = r.json().array();
    // The sandbox's Outseta serves the first organisation's accounts.
    QCOMPARE(accounts.size(),
             h->sandbox->rowCount(u"accounts"_s, h->sandbox->organisationIds().first()));
    QVERIFY(!accounts.isEmpty());
    QSet<QString> ids;
    for (const QJsonValue& a : accounts) {
        ids.insert(a[u"id"_s].toString());
        QVERIFY(!a[u"name"_s].toString().isEmpty());
    }
    QCOMPARE(ids.size(), accounts.size());
    // Where a flavour has none, the command says so before anything is sent.
    QVERIFY(run({u"accounts"_s, u"list"_s}, &r));
    QCOMPARE(r.exitCode, Unsupported);
}

void TestCli::unsupportedByTheFlavour()
{
    QUrl url = h->sandbox->baseUrl();
    url.setPath(prefixOf(Flavour::Telesto));
    CliRun r;
    QVERIFY(run({u"connections"_s, u"add"_s, u"telesto"_s, u"--flavour"_s, u"telesto"_s, u"--url"_s,
                 url.toString()},
                &r, Sandbox::demoCredentials().telestoKey.toUtf8() + '\n'));
    QCOMPARE(r.exitCode, Ok);
    QVERIFY(run({u"customers"_s, u"list"_s, u"--connection"_s, u"telesto"_s}, &r));
    QCOMPARE(r.exitCode, Unsupported);
    QVERIFY(run({u"login"_s, u"--connection"_s, u"telesto"_s}, &r));
    QCOMPARE(r.exitCode, Unsupported);
    // What it does offer works, in its one implicit organisation.
    QVERIFY(run({u"products"_s, u"list"_s, u"--connection"_s, u"telesto"_s, u"--json"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    QVERIFY(!r.json().array().isEmpty());
}

void TestCli::closedPortIsANetworkError()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    CliRun r;
    QVERIFY(run({u"connections"_s, u"add"_s, u"closed"_s, u"--flavour"_s, u"oas"_s, u"--auth"_s,
                 u"api-key"_s, u"--url"_s, u"http://127.0.0.1:%1"_s.arg(port)},
                &r, "some-key\n"));
    QCOMPARE(r.exitCode, Ok);
    QVERIFY(run({u"connections"_s, u"test"_s, u"--connection"_s, u"closed"_s}, &r));
    QCOMPARE(r.exitCode, Network);
    QVERIFY(run({u"connections"_s, u"remove"_s, u"closed"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
}

void TestCli::settingsHoldNoSecret()
{
    QFile ini(m_config);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains("baseUrl"));
    const auto demo = Sandbox::demoCredentials();
    QVERIFY(!m_refreshToken.isEmpty());
    for (const QByteArray& secret :
         {demo.password.toUtf8(), demo.apiKey.toUtf8(), demo.telestoKey.toUtf8(),
          QByteArray("some-key"), m_refreshToken}) {
        QVERIFY2(!text.contains(secret), "a secret is in the settings file");
    }
}

void TestCli::logoutForgetsTheSession()
{
    const QString id = connectionId(u"sandbox"_s);
    CliRun r;
    QVERIFY(run({u"logout"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    QCOMPARE(readSecret(id, SecretEntry::refreshToken).status,
             balie::api::CredentialStore::Result::Status::NotFound);
    QVERIFY(run({u"customers"_s, u"list"_s}, &r));
    QCOMPARE(r.exitCode, Auth);
    QVERIFY(r.err.contains("log in with: balie-cli login"));
}

void TestCli::removeDeletesTheSecrets()
{
    const QString keyed = connectionId(u"keyed"_s);
    const QString telesto = connectionId(u"telesto"_s);
    QVERIFY(readSecret(keyed, SecretEntry::apiKey).ok());
    CliRun r;
    QVERIFY(run({u"connections"_s, u"remove"_s, u"keyed"_s}, &r));
    QCOMPARE(r.exitCode, Ok);
    QVERIFY(run({u"connections"_s, u"remove"_s, telesto}, &r));
    QCOMPARE(r.exitCode, Ok);
    QVERIFY(run({u"connections"_s, u"remove"_s, u"keyed"_s}, &r));
    QCOMPARE(r.exitCode, NotFound);
    using Status = balie::api::CredentialStore::Result::Status;
    for (const QString& id : {keyed, telesto}) {
        for (const QString& name : balie::api::CredentialStore::secretNames())
            QCOMPARE(readSecret(id, name).status, Status::NotFound);
    }
    QVERIFY(connectionId(u"keyed"_s).isEmpty());
    QVERIFY(!connectionId(u"sandbox"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
