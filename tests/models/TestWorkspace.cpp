// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "KeptRecords.h"
#include "LocalStore.h"
#include "OperationWait.h"
#include "OrganisationDirectory.h"
#include "OrganisationSession.h"
#include "Outbox.h"
#include "OutboxChange.h"
#include "ResourceModels.h"
#include "SandboxHarness.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "config/ConnectionStore.h"
#include "connectors/Connector.h"
#include "net/BudgetBook.h"
#include "net/RateBudget.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace balie::test;
using namespace balie::models;

// The workspace over a real sandbox and a real Secret Service (./dev test's throwaway keyring).
class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void inMemoryConnectionOpensAndActivates();
    void switchingCancelsAndMakesActive();
    void savedConnectionKeepsSecretsInTheKeychainOnly();
    void loginConnectionNeedsLoginThenOpens();
    void aLostAnswerIsSentAgainWithItsKey();
    void theLocalStoreHoldsNoSecretAndGoesWithItsConnection();
    void aRefreshAsksOnlyForWhatChanged();
    void storedRowsThatCannotBeReadAreLoadedAgain();
    void refreshesOfATableNeverOverlap();
    void theTablesRefreshByThemselves();
    void automaticRefreshesKeepWithinTheBudget();
    void offlineChangesWaitAndGoOutOnceInOrder();
    void aSendCutShortIsSentAgainWithItsKey();
    void aSendCutShortWhereKeysAreNotHonouredWaitsForTheUser();
    void aConsoleKilledWhileSendingSendsOnceAfterARestart_data();
    void aConsoleKilledWhileSendingSendsOnceAfterARestart();

private:
    // A console that keeps its rows in dir/stores, with one connection open and the tables its
    // test needs loaded; `s` gets the saved connection.
    bool openKeeping(std::optional<Workspace>& workspace, Flavour flavour, ConnectionSettings* s);
    bool waitDone(const std::function<void(Workspace::Done)>& call, QString* message = nullptr);
    CredentialStore::Result readSecret(const QString& id, const QString& name);

    std::unique_ptr<SandboxHarness> h;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<CredentialStore> keychain;
    std::unique_ptr<Workspace> workspace;
};

bool TestWorkspace::waitDone(const std::function<void(Workspace::Done)>& call, QString* message)
{
    bool finished = false;
    bool ok = false;
    call([&](bool success, const QString& why) {
        finished = true;
        ok = success;
        if (message)
            *message = why;
    });
    return QTest::qWaitFor([&] { return finished; }, 15'000) && ok;
}

CredentialStore::Result TestWorkspace::readSecret(const QString& id, const QString& name)
{
    bool read = false;
    CredentialStore::Result result;
    keychain->read(id, name, [&](const CredentialStore::Result& r) {
        result = r;
        read = true;
    });
    if (!QTest::qWaitFor([&] { return read; }, 10'000))
        qWarning("the keychain did not answer");
    return result;
}

bool TestWorkspace::openKeeping(std::optional<Workspace>& w, Flavour flavour, ConnectionSettings* s)
{
    *s = h->settings(flavour);
    if (flavour == Flavour::Balie)
        s->auth = AuthScheme::ApiKeyHeader;
    s->id.clear();
    w.emplace(settings.get(), keychain.get(), &h->nam, &h->budgets, dir->filePath(u"stores"_s));
    *s = w->connectionStore()->save(*s);
    w->useInMemoryCredentials(s->id, SandboxHarness::goodCredentials(flavour));
    return QTest::qWaitFor(
        [&w] {
            OrganisationSession* session = w->session();
            if (!session)
                return false;
            const QList<RecordTableModel*> tables = session->tables();
            // (Bound to the connector on the next turn of the event loop.)
            return std::all_of(tables.cbegin(), tables.cend(), [](const RecordTableModel* t) {
                return t->connector() && (!t->isSupported() || t->lastSynced().isValid());
            });
        },
        20'000);
}

void TestWorkspace::initTestCase()
{
    SandboxOptions options;
    options.customers = 300;
    h = std::make_unique<SandboxHarness>(options);
    QVERIFY(h->started);
    keychain = std::make_unique<CredentialStore>(
        u"balie-test-workspace-%1"_s.arg(QCoreApplication::applicationPid()));
}

void TestWorkspace::init()
{
    dir = std::make_unique<QTemporaryDir>();
    settings = std::make_unique<QSettings>(dir->filePath(u"balie.ini"_s), QSettings::IniFormat);
    workspace = std::make_unique<Workspace>(settings.get(), keychain.get(), &h->nam, &h->budgets);
    QAbstractItemModelTester* tester = new QAbstractItemModelTester(
        workspace->directory(), QAbstractItemModelTester::FailureReportingMode::QtTest,
        workspace.get());
    Q_UNUSED(tester);
}

void TestWorkspace::cleanup()
{
    workspace.reset();
    settings.reset();
    dir.reset();
}

void TestWorkspace::inMemoryConnectionOpensAndActivates()
{
    ConnectionSettings s = h->settings(Flavour::Balie, AuthScheme::ApiKeyHeader);
    s.id.clear();
    s = workspace->connectionStore()->save(s);
    QSignalSpy active(workspace.get(), &Workspace::activeChanged);
    workspace->useInMemoryCredentials(s.id, SandboxHarness::goodCredentials(Flavour::Balie));
    QTRY_COMPARE(workspace->state(s.id), Workspace::ConnectionState::Ready);
    QCOMPARE(workspace->directory()->rowCount(), int(h->sandbox->organisationIds().size()));
    QTRY_VERIFY(workspace->active().isValid());
    QCOMPARE(active.count(), 1);
    QCOMPARE(workspace->active().connectionId, s.id);
    QVERIFY(!workspace->activeOrganisation().name.isEmpty());
    QVERIFY(workspace->activeConnector() != nullptr);
}

void TestWorkspace::switchingCancelsAndMakesActive()
{
    ConnectionSettings s = h->settings(Flavour::Balie, AuthScheme::ApiKeyHeader);
    s.id.clear();
    s.pageSize = 10; // a long load: 30 pages
    s = workspace->connectionStore()->save(s);
    workspace->useInMemoryCredentials(s.id, SandboxHarness::goodCredentials(Flavour::Balie));
    QTRY_VERIFY(workspace->active().isValid());

    CustomerTableModel customers;
    customers.setScope(workspace->activeConnector(), workspace->active().organisationId);
    QTRY_VERIFY(customers.rowCount() > 0);
    QVERIFY(customers.isLoading());

    const QList<qint64> orgs = h->sandbox->organisationIds();
    const OrganisationRef second{s.id, QString::number(orgs.at(1))};
    workspace->activate(second);
    // Everything of the organisation left behind was cancelled at once.
    QVERIFY(!customers.isLoading());
    QCOMPARE(workspace->activeConnector()->client()->jobsInFlight(), 1); // make_active only
    QCOMPARE(workspace->active(), second);

    // The server now has the second organisation active.
    auto list = collect(workspace->activeConnector()->organisations());
    bool secondActive = false;
    for (const Organisation& o : std::as_const(list.rows)) {
        if (o.id == second.organisationId)
            secondActive = o.isActive;
    }
    QVERIFY(secondActive);
    // And it is remembered for the next start.
    QCOMPARE(workspace->connectionStore()->activeOrganisationId(s.id), second.organisationId);
}

void TestWorkspace::savedConnectionKeepsSecretsInTheKeychainOnly()
{
    ConnectionSettings s = h->settings(Flavour::Telesto);
    s.id.clear();
    Credentials secrets = SandboxHarness::goodCredentials(Flavour::Telesto);
    QString why;
    QVERIFY2(waitDone([&](auto done) { workspace->saveConnection(s, secrets, done); }, &why),
             qPrintable(why));
    QCOMPARE(workspace->connections().size(), 1);
    const QString id = workspace->connections().first().id;
    QTRY_COMPARE(workspace->state(id), Workspace::ConnectionState::Ready);
    QTRY_VERIFY(workspace->active().isValid());
    QCOMPARE(workspace->activeOrganisation().isImplicit, true);

    settings->sync();
    QFile ini(dir->filePath(u"balie.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(secrets.apiKey));

    // A second workspace (the next start) opens it from the keychain.
    QSettings again(dir->filePath(u"balie.ini"_s), QSettings::IniFormat);
    Workspace next(&again, keychain.get(), &h->nam, &h->budgets);
    next.openAll();
    QTRY_COMPARE(next.state(id), Workspace::ConnectionState::Ready);

    QVERIFY(waitDone([&](auto done) { workspace->removeConnection(id, done); }));
    QVERIFY(workspace->connections().isEmpty());
    QCOMPARE(workspace->directory()->rowCount(), 0);
    QCOMPARE(readSecret(id, SecretEntry::apiKey).status, CredentialStore::Result::Status::NotFound);
}

void TestWorkspace::aLostAnswerIsSentAgainWithItsKey()
{
    // The customer is made, the answer lost. Every change carries a key, and the platform
    // recognises a repeat by it: sent again with the same key, it makes one customer.
    ConnectionSettings s = h->settings(Flavour::Balie, AuthScheme::ApiKeyHeader);
    s.id.clear();
    s = workspace->connectionStore()->save(s);
    workspace->useInMemoryCredentials(s.id, SandboxHarness::goodCredentials(Flavour::Balie));
    QTRY_VERIFY(workspace->session() != nullptr);
    OrganisationSession* session = workspace->session();
    CustomerTableModel* customers = session->customers();
    QTRY_VERIFY_WITH_TIMEOUT(customers->lastSynced().isValid() && !customers->isLoading(), 15'000);
    const int before = customers->rowCount();

    h->sandbox->resetStats();
    h->sandbox->scriptFaults({balie::sandbox::FaultKind::CommitDrop});
    const auto outcome = awaitOperation(session->createCustomer(
        CustomerDraft{u"Isa Vermeulen"_s, u"isa.vermeulen@example.nl"_s, {}}, QByteArray()));
    QVERIFY(outcome.finished);
    QVERIFY(outcome.ok);
    QTRY_COMPARE_WITH_TIMEOUT(session->outbox()->pendingCount(), 0, 15'000);
    QCOMPARE(customers->rowCount(), before + 1);
    QCOMPARE(h->sandbox->stats().creations, 1);
    QVERIFY(customers->pendingIds().isEmpty());
    QVERIFY(!customers
                 ->match(customers->index(0, 0), Qt::DisplayRole, u"Isa Vermeulen"_s, 1,
                         Qt::MatchExactly | Qt::MatchRecursive)
                 .isEmpty());
}

void TestWorkspace::loginConnectionNeedsLoginThenOpens()
{
    ConnectionSettings s = h->settings(Flavour::Balie, AuthScheme::Login);
    s.id.clear();
    QVERIFY(waitDone([&](auto done) { workspace->saveConnection(s, {}, done); }));
    const QString id = workspace->connections().first().id;
    QTRY_COMPARE(workspace->state(id), Workspace::ConnectionState::NeedsLogin);

    const auto refused = awaitOperation(workspace->login(id, u"wrong"_s));
    QVERIFY(refused.finished);
    QCOMPARE(refused.error.kind(), ApiError::Kind::Auth);
    const auto ok = awaitOperation(workspace->login(id, Sandbox::demoCredentials().password));
    QVERIFY(ok.ok);
    QTRY_COMPARE(workspace->state(id), Workspace::ConnectionState::Ready);

    // The session is kept in the keychain for the next start: keepTokens() says when.
    bool kept = false;
    workspace->keepAllTokens([&kept] { kept = true; });
    QTRY_VERIFY(kept);
    const QByteArray refresh = workspace->connector(id)->refreshToken();
    const QByteArray access = workspace->connector(id)->accessToken();
    QVERIFY(!refresh.isEmpty() && !access.isEmpty());
    QCOMPARE(readSecret(id, SecretEntry::refreshToken).data, refresh);
    QCOMPARE(readSecret(id, SecretEntry::accessToken).data, access);

    // The next start (balie-cli's, here) takes both and renews nothing before its request.
    const qint64 requests = h->sandbox->stats().requests;
    Workspace next(settings.get(), keychain.get(), &h->nam, &h->budgets);
    Connector* prepared = nullptr;
    next.prepare(id, [&prepared](Connector* c, const CredentialStore::Result&) { prepared = c; });
    QTRY_VERIFY(prepared);
    QCOMPARE(prepared->refreshToken(), refresh);
    QCOMPARE(prepared->accessToken(), access);
    QTest::qWait(200);                                // time for a request, if one had gone
    QCOMPARE(h->sandbox->stats().requests, requests); // nothing was asked of the server
    QCOMPARE(next.state(id), Workspace::ConnectionState::Opening);

    workspace->logout(id);
    QCOMPARE(workspace->state(id), Workspace::ConnectionState::NeedsLogin);
    QCOMPARE(workspace->directory()->rowCount(), 0);
    kept = false;
    workspace->keepTokens(id, [&kept](const CredentialStore::Result& r) { kept = r.ok(); });
    QTRY_VERIFY(kept);
    QCOMPARE(readSecret(id, SecretEntry::refreshToken).status,
             CredentialStore::Result::Status::NotFound);
    QCOMPARE(readSecret(id, SecretEntry::accessToken).status,
             CredentialStore::Result::Status::NotFound);
    QVERIFY(waitDone([&](auto done) { workspace->removeConnection(id, done); }));
}

void TestWorkspace::theLocalStoreHoldsNoSecretAndGoesWithItsConnection()
{
    // A workspace that keeps rows, with a connection that signs in (a refresh token) and one
    // with an API key, each loaded in full.
    const QString folder = dir->filePath(u"stores"_s);
    Workspace keeping(settings.get(), keychain.get(), &h->nam, &h->budgets, folder);
    const auto demo = Sandbox::demoCredentials();
    ConnectionSettings login = h->settings(Flavour::Balie, AuthScheme::Login);
    login.id.clear();
    QVERIFY(waitDone([&](auto done) { keeping.saveConnection(login, {}, done, demo.password); }));
    const QString loginId = keeping.connections().first().id;
    QTRY_COMPARE(keeping.state(loginId), Workspace::ConnectionState::Ready);
    QTRY_VERIFY(keeping.session() && keeping.session()->customers()->lastSynced().isValid() &&
                keeping.session()->bookings()->lastSynced().isValid());
    const QByteArray refreshToken = keeping.connector(loginId)->refreshToken();
    QVERIFY(!refreshToken.isEmpty());

    ConnectionSettings keyed = h->settings(Flavour::Otesse);
    keyed.id.clear();
    QVERIFY(waitDone([&](auto done) {
        keeping.saveConnection(keyed, SandboxHarness::goodCredentials(Flavour::Otesse), done);
    }));
    QString keyedId;
    for (const ConnectionSettings& c : keeping.connections()) {
        if (c.id != loginId)
            keyedId = c.id;
    }
    QTRY_COMPARE(keeping.state(keyedId), Workspace::ConnectionState::Ready);
    for (int row = 0; row < keeping.directory()->rowCount(); ++row) {
        if (keeping.directory()->refAt(row).connectionId == keyedId) {
            keeping.activate(keeping.directory()->refAt(row));
            break;
        }
    }
    QTRY_COMPARE(keeping.active().connectionId, keyedId);
    QTRY_VERIFY(keeping.session()->customers()->lastSynced().isValid());
    keeping.store(loginId)->flush();
    keeping.store(keyedId)->flush();

    // Every file of both stores, with whatever SQLite keeps beside them.
    const QStringList secrets = {
        demo.password,   demo.apiKey,     demo.otesseKey,     demo.bookingKey,
        demo.telestoKey, demo.outsetaKey, demo.outsetaSecret, QString::fromUtf8(refreshToken)};
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files);
    QVERIFY(files.size() >= 2);
    qint64 bytes = 0;
    for (const QFileInfo& file : files) {
        QFile f(file.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        bytes += content.size();
        for (const QString& secret : secrets)
            QVERIFY2(!content.contains(secret.toUtf8()),
                     qPrintable(file.fileName() + u" holds a secret"_s));
    }
    QVERIFY(bytes > 0);
    // The rows are in there: the check above looked at something.
    const QString name = keeping.session()->customers()->record(0).name;
    bool named = false;
    for (const QFileInfo& file : files) {
        QFile f(file.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        named = named || f.readAll().contains(name.toUtf8());
    }
    QVERIFY2(named, qPrintable(name));

    // Removing a connection deletes its store, and only its.
    const QString loginStore = keeping.store(loginId)->path();
    const QString keyedStore = keeping.store(keyedId)->path();
    QVERIFY(QFile::exists(loginStore));
    QVERIFY(waitDone([&](auto done) { keeping.removeConnection(loginId, done); }));
    QVERIFY(!QFile::exists(loginStore));
    QVERIFY(!QFile::exists(loginStore + u"-wal"_s));
    QVERIFY(QFile::exists(keyedStore));
}

void TestWorkspace::aRefreshAsksOnlyForWhatChanged()
{
    // The platform lists customers changed after a time: a refresh asks for those only, and
    // merges them in place.
    const QString folder = dir->filePath(u"stores"_s);
    ConnectionSettings s = h->settings(Flavour::Balie, AuthScheme::ApiKeyHeader);
    s.id.clear();
    s.pageSize = 10; // 300 customers: 30 pages in full
    std::optional<Workspace> keeping;
    keeping.emplace(settings.get(), keychain.get(), &h->nam, &h->budgets, folder);
    s = keeping->connectionStore()->save(s);
    keeping->useInMemoryCredentials(s.id, SandboxHarness::goodCredentials(Flavour::Balie));
    QTRY_VERIFY_WITH_TIMEOUT(
        keeping->session() && keeping->session()->customers()->lastSynced().isValid(), 20'000);
    CustomerTableModel* customers = keeping->session()->customers();
    const int count = customers->rowCount();
    QCOMPARE(count,
             h->sandbox->rowCount(u"customers"_s, keeping->active().organisationId.toLongLong()));

    auto refreshAndCount = [&](CustomerTableModel* table, bool full) {
        QSignalSpy done(table, &RecordTableModel::loadSucceeded);
        h->sandbox->resetStats();
        full ? table->reconcile() : table->refresh();
        if (!done.wait(20'000))
            return qint64(-1);
        return h->sandbox->stats().requests;
    };

    // Nothing changed: one request, nothing moves.
    QSignalSpy resets(customers, &QAbstractItemModel::modelReset);
    QSignalSpy removed(customers, &QAbstractItemModel::rowsRemoved);
    QCOMPARE(refreshAndCount(customers, false), 1);
    QCOMPARE(customers->rowCount(), count);

    // Another desk renames a customer: one request, the row changes in place.
    const Customer before = customers->record(count / 2);
    auto other = h->connector(Flavour::Balie, AuthScheme::ApiKeyHeader);
    CustomerDraft draft{u"Renamed Elsewhere"_s, before.email, before.phone};
    const auto updated =
        await(other->updateCustomer(keeping->active().organisationId, before.id, draft));
    QVERIFY2(updated->isOk(), qPrintable(updated->error().message()));
    QCOMPARE(refreshAndCount(customers, false), 1);
    QCOMPARE(customers->rowCount(), count);
    QCOMPARE(customers->record(count / 2).id, before.id);
    QCOMPARE(customers->record(count / 2).name, u"Renamed Elsewhere"_s);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 0);

    // Shift+F5: everything again, in full.
    QVERIFY(refreshAndCount(customers, true) >= count / 10);
    QCOMPARE(customers->rowCount(), count);

    // The next start: the stored rows, then only what changed since.
    keeping->store(s.id)->flush();
    keeping.reset();
    h->sandbox->resetStats();
    Workspace next(settings.get(), keychain.get(), &h->nam, &h->budgets, folder);
    next.useInMemoryCredentials(s.id, SandboxHarness::goodCredentials(Flavour::Balie));
    QTRY_VERIFY_WITH_TIMEOUT(next.session() && next.session()->customers()->rowCount() == count,
                             20'000);
    QTRY_VERIFY_WITH_TIMEOUT(!next.session()->customers()->isFromStore(), 20'000);
    // (Every table has asked the server once; then one refresh is one request.)
    auto quiet = [&next] {
        const QList<RecordTableModel*> tables = next.session()->tables();
        return std::none_of(tables.cbegin(), tables.cend(),
                            [](const RecordTableModel* t) { return t->isLoading(); }) &&
               next.activeConnector()->client()->jobsInFlight() == 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(quiet(), 20'000);
    QCOMPARE(next.session()->customers()->rowCount(), count);
    QCOMPARE(next.session()->customers()->find(before.id)->name, u"Renamed Elsewhere"_s);
    QCOMPARE(refreshAndCount(next.session()->customers(), false), 1);
}

void TestWorkspace::storedRowsThatCannotBeReadAreLoadedAgain()
{
    // A store whose file was damaged under two rows (one unreadable, one holding another
    // customer's row): the other rows show from it, and loads are full ones until one has
    // brought the two back.
    const QString folder = dir->filePath(u"stores"_s);
    ConnectionSettings s = h->settings(Flavour::Balie, AuthScheme::ApiKeyHeader);
    s.id.clear();
    s.pageSize = 10; // 300 customers: 30 pages in full
    QString path, organisationId;
    QList<Customer> before;
    {
        Workspace keeping(settings.get(), keychain.get(), &h->nam, &h->budgets, folder);
        s = keeping.connectionStore()->save(s);
        keeping.useInMemoryCredentials(s.id, SandboxHarness::goodCredentials(Flavour::Balie));
        QTRY_VERIFY_WITH_TIMEOUT(
            keeping.session() && keeping.session()->customers()->lastSynced().isValid(), 20'000);
        for (int row = 0; row < keeping.session()->customers()->rowCount(); ++row)
            before << keeping.session()->customers()->record(row);
        organisationId = keeping.active().organisationId;
        path = keeping.store(s.id)->path();
        keeping.store(s.id)->flush();
    }
    QVERIFY(before.size() > 100);
    const QString key = KeptRecords::keyOf(CustomerTableModel::staticMetaObject);
    {
        balie::store::LocalStore file(path);
        QVERIFY(file.open());
        const QList<balie::store::LocalStore::Row> rows = file.rows(key, organisationId);
        QCOMPARE(rows.size(), before.size());
        QVERIFY(file.upsertRows(key, organisationId,
                                {{rows.at(10).id, QByteArray("\x07"
                                                             "damaged")},
                                 {rows.at(20).id, rows.at(30).data}}));
    }

    // The console starts while the server is away: the other rows show from the store, and
    // the load after them fails.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^2 rows of the local store could not be read"_s));
    std::optional<SandboxHarness::Outage> outage(std::in_place, *h);
    Workspace next(settings.get(), keychain.get(), &h->nam, &h->budgets, folder);
    next.useInMemoryCredentials(s.id, SandboxHarness::goodCredentials(Flavour::Balie));
    QTRY_VERIFY_WITH_TIMEOUT(next.session(), 20'000);
    CustomerTableModel* customers = next.session()->customers();
    QTRY_VERIFY_WITH_TIMEOUT(customers->isFromStore() && !customers->isLoading() &&
                                 customers->lastError().isError(),
                             20'000);
    QCOMPARE(customers->rowCount(), before.size() - 2);
    QVERIFY(!customers->find(before.at(10).id));
    QVERIFY(!customers->find(before.at(20).id));
    QCOMPARE(customers->find(before.at(30).id)->name, before.at(30).name);

    // The server is back, and F5: that load is a full one (every page), not a list of what
    // changed, which would leave the two rows out for good.
    QList<int> requestsPerLoad;
    connect(customers, &RecordTableModel::loadSucceeded, this,
            [&] { requestsPerLoad << customers->lastLoadRequests(); });
    QVERIFY2(outage->back(), qPrintable(h->sandbox->errorString()));
    outage.reset();
    customers->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!requestsPerLoad.isEmpty() && !customers->isLoading(), 20'000);
    QCOMPARE(requestsPerLoad.first(), int((before.size() + 9) / 10)); // pages of 10
    QCOMPARE(customers->rowCount(), before.size());
    for (const Customer& customer : std::as_const(before)) {
        const std::optional<Customer> now = customers->find(customer.id);
        QVERIFY2(now, qPrintable(customer.id));
        QCOMPARE(now->name, customer.name);
    }
    // Once whole again, a refresh asks only for what changed.
    requestsPerLoad.clear();
    customers->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!requestsPerLoad.isEmpty() && !customers->isLoading(), 20'000);
    QCOMPARE(requestsPerLoad.first(), 1);
}

void TestWorkspace::refreshesOfATableNeverOverlap()
{
    // F5 three times while a refresh runs: the running one ends, one more follows.
    ConnectionSettings s = h->settings(Flavour::Balie, AuthScheme::ApiKeyHeader);
    s.id.clear();
    s = workspace->connectionStore()->save(s);
    workspace->useInMemoryCredentials(s.id, SandboxHarness::goodCredentials(Flavour::Balie));
    QTRY_VERIFY_WITH_TIMEOUT(
        workspace->session() && workspace->session()->customers()->lastSynced().isValid(), 20'000);
    CustomerTableModel* customers = workspace->session()->customers();
    QTRY_VERIFY(!customers->isLoading());

    QList<bool> loading;
    connect(customers, &RecordTableModel::loadingChanged, this,
            [&loading](bool on) { loading.append(on); });
    QSignalSpy done(customers, &RecordTableModel::loadSucceeded);
    h->sandbox->resetStats();
    customers->refresh();
    QVERIFY(customers->isLoading());
    customers->refresh();
    customers->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10'000);
    QTRY_VERIFY(!customers->isLoading());
    QTest::qWait(200);
    QCOMPARE(done.count(), 2);
    // Each is one request (only what changed), one after the other.
    QCOMPARE(h->sandbox->stats().requests, 2);
    QCOMPARE(loading, (QList<bool>{true, false, true, false}));
}

void TestWorkspace::theTablesRefreshByThemselves()
{
    // What another desk changes shows without F5: the bookings soon, the other tables later.
    ConnectionSettings s = h->settings(Flavour::Balie, AuthScheme::ApiKeyHeader);
    s.id.clear();
    s = workspace->connectionStore()->save(s);
    RefreshPace pace;
    pace.bookingsMs = 300;
    pace.othersMs = 1'500;
    pace.onReturnMs = 100;
    pace.perRequestMs = 10;
    pace.checkEveryMs = 50;
    workspace->setAutoRefresh(pace);
    workspace->useInMemoryCredentials(s.id, SandboxHarness::goodCredentials(Flavour::Balie));
    QTRY_VERIFY_WITH_TIMEOUT(workspace->session() &&
                                 workspace->session()->bookings()->lastSynced().isValid() &&
                                 workspace->session()->customers()->lastSynced().isValid(),
                             20'000);
    OrganisationSession* session = workspace->session();
    QVERIFY(session->schedule());
    BookingTableModel* bookings = session->bookings();
    CustomerTableModel* customers = session->customers();
    QSignalSpy refreshing(session->schedule(), &RefreshSchedule::refreshing);

    // A booking is cancelled elsewhere.
    std::optional<Booking> open;
    for (int row = 0; row < bookings->rowCount() && !open; ++row) {
        if (BookingStatuses::allows(bookings->record(row).status, BookingAction::Cancel))
            open = bookings->record(row);
    }
    QVERIFY(open);
    const QString organisationId = workspace->active().organisationId;
    auto other = h->connector(Flavour::Balie, AuthScheme::ApiKeyHeader);
    const auto cancelled =
        await(other->bookingAction(organisationId, open->id, BookingAction::Cancel));
    QVERIFY2(cancelled->isOk(), qPrintable(cancelled->error().message()));
    QTRY_COMPARE_WITH_TIMEOUT(bookings->find(open->id)->status, BookingStatus::Cancelled, 5'000);

    // A customer is renamed elsewhere.
    const Customer before = customers->record(0);
    const CustomerDraft draft{u"Renamed By Another Desk"_s, before.email, before.phone};
    const auto renamed = await(other->updateCustomer(organisationId, before.id, draft));
    QVERIFY2(renamed->isOk(), qPrintable(renamed->error().message()));
    QTRY_COMPARE_WITH_TIMEOUT(customers->find(before.id)->name, draft.name, 10'000);

    // The bookings come more often than the rest.
    int bookingRefreshes = 0;
    int customerRefreshes = 0;
    for (const QList<QVariant>& args : std::as_const(refreshing)) {
        const auto* table = args.at(0).value<RecordTableModel*>();
        bookingRefreshes += table == bookings ? 1 : 0;
        customerRefreshes += table == customers ? 1 : 0;
    }
    QVERIFY2(customerRefreshes >= 1, qPrintable(QString::number(customerRefreshes)));
    QVERIFY2(bookingRefreshes > customerRefreshes,
             qPrintable(u"%1 ≤ %2"_s.arg(bookingRefreshes).arg(customerRefreshes)));

    // Back at the window after a while: the customers are refreshed at once.
    QTRY_VERIFY(!customers->isLoading());
    QTest::qWait(150);
    refreshing.clear();
    workspace->windowReturned();
    QVERIFY(std::any_of(refreshing.cbegin(), refreshing.cend(), [&](const QList<QVariant>& args) {
        return args.at(0).value<RecordTableModel*>() == customers;
    }));

    // With the server stopped the schedule leaves the retries to the session.
    SandboxHarness::Outage outage(*h);
    QTRY_VERIFY_WITH_TIMEOUT(session->isOffline(), 5'000);
    refreshing.clear();
    QTest::qWait(1'000);
    QCOMPARE(refreshing.count(), 0);
    QVERIFY2(outage.back(), qPrintable(h->sandbox->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isOffline(), 20'000);
}

void TestWorkspace::automaticRefreshesKeepWithinTheBudget()
{
    // Telesto allows 100 requests an hour, and blocks the address for 15 minutes after one
    // more: automatic refreshes take a quarter of that at most, and none once half is spent.
    QTemporaryDir budgetsDir;
    balie::api::BudgetBook book(budgetsDir.path());
    Workspace w(settings.get(), keychain.get(), &h->nam, &book);
    ConnectionSettings s = h->settings(Flavour::Telesto);
    s.id.clear();
    s = w.connectionStore()->save(s);
    RefreshPace pace;
    pace.othersMs = 100;
    pace.perRequestMs = 0;
    pace.checkEveryMs = 50;
    w.setAutoRefresh(pace);
    w.useInMemoryCredentials(s.id, SandboxHarness::goodCredentials(Flavour::Telesto));
    QTRY_VERIFY_WITH_TIMEOUT(w.session() && w.session()->products()->lastSynced().isValid(),
                             20'000);
    ProductTableModel* products = w.session()->products();
    QTRY_VERIFY(!products->isLoading());
    const int cost = qMax(1, products->lastLoadRequests());
    // However short the pace, the products get their share of 25 requests an hour (the
    // budget's hour has a margin against clocks that differ).
    balie::api::RateBudget* budget = w.activeConnector()->budgets().value(0);
    QVERIFY(budget);
    QCOMPARE(budget->limit(), 100);
    QVERIFY(budget->windowMs() >= 3'600'000);
    QCOMPARE(w.session()->schedule()->intervalOf(products), cost * budget->windowMs() / 25);

    // A pace that would refresh at once, were it not for the budget.
    pace.budgetShare = 1'000;
    w.setAutoRefresh(pace);
    QSignalSpy refreshing(w.session()->schedule(), &RefreshSchedule::refreshing);
    QVERIFY(refreshing.wait(5'000));
    QTRY_VERIFY(!products->isLoading());

    // Another process spends the budget down to less than half.
    while (budget->remaining() * 2 >= budget->limit())
        QCOMPARE(budget->acquire(), 0);
    refreshing.clear();
    h->sandbox->resetStats();
    QTest::qWait(1'000);
    QCOMPARE(refreshing.count(), 0);
    QCOMPARE(h->sandbox->stats().requests, 0);
}

namespace {
// A booking of the session that can still be moved and cancelled.
std::optional<Booking> openBooking(BookingTableModel* bookings, const QString& except = {})
{
    for (const Booking& b : bookings->records()) {
        if (b.id != except && BookingStatuses::allows(b.status, BookingAction::Cancel) &&
            BookingStatuses::allows(b.status, BookingAction::Reschedule))
            return b;
    }
    return std::nullopt;
}
} // namespace

void TestWorkspace::offlineChangesWaitAndGoOutOnceInOrder()
{
    // The server is away: a booking made, one moved, one cancelled and a customer renamed all
    // show at once, marked pending, and wait. Quit and start again: they are still there. The
    // server comes back: they go out in the order they were made, each once.
    const QString folder = dir->filePath(u"stores"_s);
    ConnectionSettings s;
    std::optional<Workspace> first;
    QVERIFY(openKeeping(first, Flavour::Balie, &s));
    OrganisationSession* session = first->session();
    session->setHoldMs(100);
    BookingTableModel* bookings = session->bookings();
    const std::optional<Booking> moved = openBooking(bookings);
    QVERIFY(moved);
    const std::optional<Booking> cancelled = openBooking(bookings, moved->id);
    QVERIFY(cancelled);
    const Customer customer = session->customers()->record(1);
    const Service service = session->services()->record(0);
    const QString organisationId = first->active().organisationId;
    const int customersOnServer = h->sandbox->rowCount(u"customers"_s, organisationId.toLongLong());
    const int bookingsOnServer = h->sandbox->rowCount(u"bookings"_s, organisationId.toLongLong());

    SandboxHarness::Outage outage(*h);

    BookingDraft draft;
    draft.serviceId = service.id;
    draft.customerId = customer.id;
    // A Wednesday afternoon eight weeks ahead: within every demo service's hours, and free.
    const QDate today = QDate::currentDate();
    draft.scheduledAt = QDateTime(today.addDays(56 + (Qt::Wednesday - today.dayOfWeek() + 7) % 7),
                                  QTime(13, 0), QTimeZone(QByteArrayLiteral("Europe/Amsterdam")))
                            .toUTC();
    const QByteArray key = OrganisationSession::newIdempotencyKey();
    // A Thursday 14:15 eleven weeks ahead, in the service's zone: within its hours, and free
    // (the server keeps what earlier tests made).
    const QDate thursday = today.addDays(77 + (Qt::Thursday - today.dayOfWeek() + 7) % 7);
    const QDateTime newTime =
        QDateTime(thursday, QTime(14, 15),
                  QTimeZone(session->services()->find(moved->serviceId)->availability.timeZone))
            .toUTC();
    // The move gives it a new length too (a block's lower edge dragged), kept with the change.
    const int newLength = moved->durationMinutes == 45 ? 60 : 45;
    const auto made = awaitOperation<Booking>(session->createBooking(draft, key));
    const auto move = awaitOperation<Booking>(
        session->bookingAction(moved->id, BookingAction::Reschedule, newTime, newLength));
    const auto cancel =
        awaitOperation<Booking>(session->bookingAction(cancelled->id, BookingAction::Cancel));
    const auto rename = awaitOperation<Customer>(session->updateCustomer(
        customer.id, CustomerDraft{u"Renamed Offline"_s, customer.email, customer.phone}));
    for (const auto* outcome : {&made.queued, &move.queued, &cancel.queued, &rename.queued})
        QVERIFY(*outcome);
    QCOMPARE(made.value.customerName, customer.name);
    QCOMPARE(session->outbox()->pendingCount(), 4);
    // Shown as they will be, marked pending.
    QCOMPARE(bookings->find(moved->id)->scheduledAt, newTime);
    QCOMPARE(bookings->find(moved->id)->durationMinutes, newLength);
    QVERIFY(bookings->isPending(bookings->rowOf(moved->id)));
    QCOMPARE(bookings->find(cancelled->id)->status, BookingStatus::Cancelled);
    QVERIFY(bookings->isPending(bookings->rowOf(made.value.id)));
    QCOMPARE(session->customers()->find(customer.id)->name, u"Renamed Offline"_s);
    QVERIFY(bookings->data(bookings->index(bookings->rowOf(moved->id), 0), Qt::ToolTipRole)
                .toString()
                .contains(u"Waiting to be sent"_s));
    QTest::qWait(300); // past the cancel's hold: it is tried, and waits too
    QCOMPARE(first->changesWaiting(), 4);

    // Quit and start again, the server still away: the changes are still there, and shown.
    first->store(s.id)->flush();
    first.reset();
    {
        // What the store keeps as the server's rows holds no stand-in of a change.
        KeptRecords kept(folder, s.id);
        QVERIFY(kept.open());
        const QList<Booking> keptBookings = kept.bookings(organisationId).rows;
        QVERIFY(!keptBookings.isEmpty());
        for (const Booking& b : keptBookings)
            QVERIFY2(!RecordTableModel::isStandIn(b.id), qPrintable(b.id));
    }
    Workspace next(settings.get(), keychain.get(), &h->nam, &h->budgets, folder);
    next.useInMemoryCredentials(s.id, SandboxHarness::goodCredentials(Flavour::Balie));
    QTRY_VERIFY_WITH_TIMEOUT(next.session() && next.session()->bookings()->rowCount() > 0, 20'000);
    QTRY_COMPARE(next.changesWaiting(), 4);
    BookingTableModel* again = next.session()->bookings();
    QTRY_VERIFY(again->rowOf(moved->id) >= 0 && again->isPending(again->rowOf(moved->id)));
    QCOMPARE(again->find(moved->id)->scheduledAt, newTime);
    QCOMPARE(again->find(moved->id)->durationMinutes, newLength);

    // The server is back.
    QSignalSpy delivered(next.outbox(s.id), &Outbox::delivered);
    h->sandbox->resetStats();
    QVERIFY2(outage.back(), qPrintable(h->sandbox->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(next.changesWaiting(), 0, 30'000);
    QCOMPARE(delivered.count(), 4);
    QList<OutboxChange::Kind> order;
    for (const QList<QVariant>& args : std::as_const(delivered))
        order << args.at(0).value<Outbox::Entry>().change.kind;
    QCOMPARE(order, (QList<OutboxChange::Kind>{
                        OutboxChange::Kind::CreateBooking, OutboxChange::Kind::BookingAction,
                        OutboxChange::Kind::BookingAction, OutboxChange::Kind::UpdateCustomer}));
    QCOMPARE(h->sandbox->rowCount(u"bookings"_s, organisationId.toLongLong()),
             bookingsOnServer + 1);
    QCOMPARE(h->sandbox->rowCount(u"customers"_s, organisationId.toLongLong()), customersOnServer);
    QCOMPARE(h->sandbox->stats().creations, 1);
    auto onServer = collect(next.activeConnector()->bookings(organisationId, {}));
    int madeOnServer = 0;
    for (const Booking& b : std::as_const(onServer.rows)) {
        if (b.id == moved->id) {
            QCOMPARE(b.scheduledAt, newTime);
            QCOMPARE(b.durationMinutes, newLength);
        }
        if (b.id == cancelled->id)
            QCOMPARE(b.status, BookingStatus::Cancelled);
        if (b.customerId == customer.id && b.scheduledAt == draft.scheduledAt)
            ++madeOnServer;
    }
    QCOMPARE(madeOnServer, 1);
    // The stand-in row made way for the server's, and nothing is pending any more.
    QTRY_VERIFY(again->pendingIds().isEmpty());
    for (const Booking& b : again->records())
        QVERIFY2(!b.id.startsWith(u"pending:"_s), qPrintable(b.id));
}

void TestWorkspace::aSendCutShortIsSentAgainWithItsKey()
{
    // The console goes while a booking is on its way and the server has made it (a crash, a
    // kill, a power cut: the answer never comes). At the next start the platform, which
    // recognises the key, gets it again and answers with the first booking: one booking.
    const QString folder = dir->filePath(u"stores"_s);
    ConnectionSettings s;
    std::optional<Workspace> first;
    QVERIFY(openKeeping(first, Flavour::Balie, &s));
    OrganisationSession* session = first->session();
    BookingDraft draft;
    draft.serviceId = session->services()->record(0).id;
    draft.customerId = session->customers()->record(2).id;
    const QDate today = QDate::currentDate();
    draft.scheduledAt = QDateTime(today.addDays(63 + (Qt::Thursday - today.dayOfWeek() + 7) % 7),
                                  QTime(14, 0), QTimeZone(QByteArrayLiteral("Europe/Amsterdam")))
                            .toUTC();
    const QString organisationId = first->active().organisationId;
    const int before = h->sandbox->rowCount(u"bookings"_s, organisationId.toLongLong());

    h->sandbox->resetStats();
    h->sandbox->scriptFaults({balie::sandbox::FaultKind::Slow}); // made, answered 3 s later
    session->createBooking(draft, OrganisationSession::newIdempotencyKey());
    QTRY_COMPARE_WITH_TIMEOUT(h->sandbox->stats().creations, 1, 10'000);
    first->store(s.id)->flush();
    first.reset(); // gone before the answer

    Workspace next(settings.get(), keychain.get(), &h->nam, &h->budgets, folder);
    next.useInMemoryCredentials(s.id, SandboxHarness::goodCredentials(Flavour::Balie));
    QTRY_VERIFY_WITH_TIMEOUT(next.session() != nullptr, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(next.changesWaiting(), 0, 20'000);
    QCOMPARE(h->sandbox->stats().creations, 1);
    QCOMPARE(h->sandbox->rowCount(u"bookings"_s, organisationId.toLongLong()), before + 1);
}

void TestWorkspace::aSendCutShortWhereKeysAreNotHonouredWaitsForTheUser()
{
    // The Booking API does not recognise a repeat: sent again, a cut-short booking could be
    // made twice. It waits for the person at the desk, who checks first.
    const QString folder = dir->filePath(u"stores"_s);
    ConnectionSettings s;
    std::optional<Workspace> first;
    QVERIFY(openKeeping(first, Flavour::Booking, &s));
    OrganisationSession* session = first->session();
    BookingDraft draft;
    draft.serviceId = session->services()->record(0).id;
    draft.customerName = u"Noor Visser"_s;
    draft.customerEmail = u"noor.visser@example.nl"_s;
    const QDate today = QDate::currentDate();
    draft.scheduledAt = QDateTime(today.addDays(70 + (Qt::Wednesday - today.dayOfWeek() + 7) % 7),
                                  QTime(15, 0), QTimeZone(QByteArrayLiteral("Europe/Amsterdam")))
                            .toUTC();
    h->sandbox->resetStats();
    h->sandbox->scriptFaults({balie::sandbox::FaultKind::Slow});
    session->createBooking(draft, OrganisationSession::newIdempotencyKey());
    // (The Booking API makes the customer with the booking.)
    QTRY_VERIFY_WITH_TIMEOUT(h->sandbox->stats().creations > 0, 10'000);
    QTest::qWait(100);
    const qint64 made = h->sandbox->stats().creations;
    first->store(s.id)->flush();
    first.reset();

    Workspace next(settings.get(), keychain.get(), &h->nam, &h->budgets, folder);
    next.useInMemoryCredentials(s.id, SandboxHarness::goodCredentials(Flavour::Booking));
    QTRY_VERIFY_WITH_TIMEOUT(next.session() && next.outbox(s.id)->isLoaded(), 20'000);
    Outbox* outbox = next.outbox(s.id);
    QCOMPARE(outbox->pendingCount(), 1);
    QCOMPARE(outbox->needsUserCount(), 1);
    QCOMPARE(outbox->entries().first().state, Outbox::State::Unknown);
    QVERIFY(!outbox->entries().first().reason.isEmpty());
    QTest::qWait(500);
    QCOMPARE(h->sandbox->stats().creations, made);
    // Checked and found: dropped, never sent.
    QVERIFY(outbox->drop(outbox->entries().first().seq));
    QCOMPARE(next.changesWaiting(), 0);
    QCOMPARE(h->sandbox->stats().creations, made);
}

void TestWorkspace::aConsoleKilledWhileSendingSendsOnceAfterARestart_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<bool>("honoursKeys");
    QTest::addColumn<QTime>("time"); // (the flavours share the sandbox's agenda)
    QTest::newRow("platform") << Flavour::Balie << true << QTime(10, 30);
    QTest::newRow("Booking API") << Flavour::Booking << false << QTime(14, 30);
}

void TestWorkspace::aConsoleKilledWhileSendingSendsOnceAfterARestart()
{
    // A real process, killed with SIGKILL while its booking is on the way and the server has
    // made it: no destructor runs, nothing is flushed. What the outbox wrote before the send is
    // all the next start has. The platform gets the booking again with its key and answers with
    // the first one; the Booking API, which would make a second, waits for the user.
    QFETCH(Flavour, flavour);
    QFETCH(bool, honoursKeys);
    QFETCH(QTime, time);
    const QString folder = dir->filePath(u"stores"_s);
    const QString budgetFolder = dir->filePath(u"budgets"_s);
    ConnectionSettings s;
    QJsonObject draft;
    QString organisationId;
    {
        std::optional<Workspace> before;
        QVERIFY(openKeeping(before, flavour, &s));
        OrganisationSession* session = before->session();
        organisationId = before->active().organisationId;
        draft[u"service"_s] = session->services()->record(0).id;
        if (flavour == Flavour::Booking) {
            draft[u"customerName"_s] = u"Sem de Wit"_s;
            draft[u"customerEmail"_s] = u"sem.de.wit@example.nl"_s;
        } else {
            draft[u"customer"_s] = session->customers()->record(3).id;
        }
    }
    settings->sync();
    const QDate today = QDate::currentDate();
    const QDateTime at = QDateTime(today.addDays(77 + (Qt::Tuesday - today.dayOfWeek() + 7) % 7),
                                   time, QTimeZone(QByteArrayLiteral("Europe/Amsterdam")))
                             .toUTC();
    draft[u"at"_s] = at.toString(Qt::ISODate);
    const QByteArray key = OrganisationSession::newIdempotencyKey();
    draft[u"key"_s] = QString::fromLatin1(key);
    const int onServer = h->sandbox->rowCount(u"bookings"_s, organisationId.toLongLong());

    h->sandbox->resetStats();
    // The booking is made, and answered seconds later.
    h->sandbox->scriptWriteFaults({balie::sandbox::FaultKind::Slow});
    QProcess console;
    console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    console.start(QStringLiteral(BALIE_OUTBOX_SENDER_PATH),
                  {settings->fileName(), folder, budgetFolder, s.id,
                   QString::fromUtf8(QJsonDocument(draft).toJson(QJsonDocument::Compact))});
    QVERIFY2(console.waitForStarted(10'000), qPrintable(console.errorString()));
    console.write(SandboxHarness::goodCredentials(flavour).apiKey + '\n');
    console.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(h->sandbox->stats().creations > 0, 20'000);
    QVERIFY(console.readAllStandardOutput().contains("submitted"));
    const qint64 made = h->sandbox->stats().creations;
    console.kill(); // SIGKILL
    QVERIFY(console.waitForFinished(10'000));
    QCOMPARE(console.exitStatus(), QProcess::CrashExit);
    QCOMPARE(h->sandbox->rowCount(u"bookings"_s, organisationId.toLongLong()), onServer + 1);

    // The console starts again.
    Workspace next(settings.get(), keychain.get(), &h->nam, &h->budgets, folder);
    next.useInMemoryCredentials(s.id, SandboxHarness::goodCredentials(flavour));
    QTRY_VERIFY_WITH_TIMEOUT(next.session() && next.outbox(s.id)->isLoaded(), 20'000);
    Outbox* outbox = next.outbox(s.id);
    if (honoursKeys) {
        QTRY_COMPARE_WITH_TIMEOUT(next.changesWaiting(), 0, 20'000);
        QCOMPARE(h->sandbox->stats().creations, made);
        QCOMPARE(h->sandbox->rowCount(u"bookings"_s, organisationId.toLongLong()), onServer + 1);
        // The booking the console shows is the one the server made the first time.
        BookingTableModel* bookings = next.session()->bookings();
        QTRY_VERIFY(bookings->pendingIds().isEmpty() && !bookings->isLoading());
        int shown = 0;
        for (const Booking& b : bookings->records())
            shown += b.scheduledAt == at ? 1 : 0;
        QCOMPARE(shown, 1);
    } else {
        QCOMPARE(outbox->pendingCount(), 1);
        QCOMPARE(outbox->entries().first().state, Outbox::State::Unknown);
        QCOMPARE(outbox->entries().first().change.idempotencyKey, key);
        QTest::qWait(1'000);
        QCOMPARE(h->sandbox->stats().creations, made);
        QCOMPARE(h->sandbox->rowCount(u"bookings"_s, organisationId.toLongLong()), onServer + 1);
    }
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "TestWorkspace.moc"
