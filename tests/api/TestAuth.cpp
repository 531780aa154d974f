// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "SandboxHarness.h"
#include "auth/TokenAuthenticator.h"

using namespace Qt::StringLiterals;
using namespace balie::test;

// Every auth scheme, with good and bad credentials, against the sandbox over loopback.
class TestAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void staticSchemes_data();
    void staticSchemes();
    void loginGoodAndBad();
    void oneRefreshForManyConcurrent401s();
    void keptRefreshTokenIsUsedBeforeTheFirstRequest();
    void failedRefreshMeansLoginRequired();
    void refreshRouteIsFoundOrNamed();
    void logoutForgetsBothTokens();
    void aLostRefreshAnswerIsNotTheRequestsOutcome();
    void plainHttpOnlyToLoopback();

private:
    std::unique_ptr<SandboxHarness> h;
};

void TestAuth::initTestCase()
{
    SandboxOptions options;
    options.customers = 40;
    h = std::make_unique<SandboxHarness>(options);
    QVERIFY2(h->started, qPrintable(h->sandbox->errorString()));
}

void TestAuth::staticSchemes_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<AuthScheme>("scheme");
    QTest::newRow("oas X-Api-Key") << Flavour::Oas << AuthScheme::ApiKeyHeader;
    QTest::newRow("balie X-Api-Key") << Flavour::Balie << AuthScheme::ApiKeyHeader;
    QTest::newRow("otesse Bearer key") << Flavour::Otesse << AuthScheme::BearerKey;
    QTest::newRow("booking Bearer key") << Flavour::Booking << AuthScheme::BearerKey;
    QTest::newRow("telesto raw key") << Flavour::Telesto << AuthScheme::RawKey;
    QTest::newRow("outseta key:secret") << Flavour::Outseta << AuthScheme::KeyAndSecret;
}

void TestAuth::staticSchemes()
{
    QFETCH(Flavour, flavour);
    QFETCH(AuthScheme, scheme);

    auto good = h->connector(flavour, scheme);
    auto ok = await(good->testConnection());
    QVERIFY2(ok->isOk(), qPrintable(ok->error().message() + u' ' + ok->error().technicalDetails()));

    Credentials bad = SandboxHarness::goodCredentials(flavour);
    bad.apiKey = "wrong-key";
    auto wrong = h->connector(flavour, scheme, bad);
    auto refused = await(wrong->testConnection());
    QVERIFY(!refused->isOk());
    QCOMPARE(refused->error().kind(), ApiError::Kind::Auth);
    QCOMPARE(refused->error().httpStatus(), 401);
    QVERIFY(!refused->error().requestId().isEmpty());

    if (flavour == Flavour::Outseta) {
        Credentials badSecret = SandboxHarness::goodCredentials(flavour);
        badSecret.secret = "wrong-secret";
        auto c = h->connector(flavour, scheme, badSecret);
        QCOMPARE(await(c->testConnection())->error().kind(), ApiError::Kind::Auth);
    }
}

void TestAuth::loginGoodAndBad()
{
    auto c = h->connector(Flavour::Balie, AuthScheme::Login, Credentials{});
    auto refused = await(c->login(u"not-the-password"_s));
    QCOMPARE(refused->error().kind(), ApiError::Kind::Auth);
    QVERIFY(c->refreshToken().isEmpty());

    auto login = await(c->login(Sandbox::demoCredentials().password));
    QVERIFY2(login->isOk(), qPrintable(login->error().message()));
    QVERIFY(!c->refreshToken().isEmpty());
    auto hello = await(c->testConnection());
    QVERIFY(hello->isOk());
    QVERIFY(hello->body().contains("demo"));

    auto orgs = collect(c->organisations());
    QVERIFY(orgs.job->isOk());
    QCOMPARE(orgs.rows.size(), h->sandbox->organisationIds().size());
}

void TestAuth::oneRefreshForManyConcurrent401s()
{
    auto c = h->connector(Flavour::Balie, AuthScheme::Login, Credentials{});
    QVERIFY(await(c->login(Sandbox::demoCredentials().password))->isOk());
    const QString org = QString::number(h->sandbox->organisationIds().first());

    h->sandbox->expireAccessTokens();
    const qint64 refreshesBefore = h->sandbox->stats().refreshes;

    constexpr int n = 12;
    QList<ApiJob*> jobs;
    for (int i = 0; i < n; ++i)
        jobs << held(i % 2 ? c->testConnection() : c->activateOrganisation(org));
    int ok = 0;
    for (ApiJob* job : jobs) {
        auto done = await(job);
        if (done->isOk())
            ++ok;
        else
            qWarning() << done->error().technicalDetails();
        QVERIFY(done->attempts() <= 2); // the first try and one replay, no more
    }
    QCOMPARE(ok, n);
    QCOMPARE(h->sandbox->stats().refreshes - refreshesBefore, 1);
}

void TestAuth::keptRefreshTokenIsUsedBeforeTheFirstRequest()
{
    auto first = h->connector(Flavour::Balie, AuthScheme::Login, Credentials{});
    QVERIFY(await(first->login(Sandbox::demoCredentials().password))->isOk());

    // The next run starts with the refresh token from the keychain only.
    Credentials kept;
    kept.refreshToken = first->refreshToken();
    auto next = h->connector(Flavour::Balie, AuthScheme::Login, kept);
    const auto before = h->sandbox->stats();
    auto a = held(next->testConnection());
    auto b = held(next->testConnection());
    auto doneA = await(a);
    auto doneB = await(b);
    QVERIFY(doneA->isOk() && doneB->isOk());
    QCOMPARE(doneA->attempts(), 1); // no 401 first
    QCOMPARE(doneB->attempts(), 1);
    QCOMPARE(h->sandbox->stats().refreshes - before.refreshes, 1);
    QCOMPARE(h->sandbox->stats().requests - before.requests, 3); // a refresh and two calls
}

void TestAuth::failedRefreshMeansLoginRequired()
{
    Credentials stale;
    stale.refreshToken = "eyJ.not-a-valid.refresh";
    auto c = h->connector(Flavour::Balie, AuthScheme::Login, stale);
    QSignalSpy loginRequired(c.get(), &Connector::loginRequired);

    auto first = held(c->testConnection());
    auto second = held(c->testConnection());
    auto a = await(first);
    auto b = await(second);
    QCOMPARE(a->error().kind(), ApiError::Kind::LoginRequired);
    QCOMPARE(b->error().kind(), ApiError::Kind::LoginRequired);
    QCOMPARE(loginRequired.count(), 1);
    QVERIFY(c->refreshToken().isEmpty());
    // Until a new login, requests do not even go out.
    const qint64 requests = h->sandbox->stats().requests;
    QCOMPARE(await(c->testConnection())->error().kind(), ApiError::Kind::LoginRequired);
    QCOMPARE(h->sandbox->stats().requests, requests);
}

void TestAuth::refreshRouteIsFoundOrNamed()
{
    // The OAS guide names no refresh route. A server that renews at a common other route is
    // found and remembered; one that renews somewhere else entirely gets a message that says
    // what to set, and the session is kept.
    for (const QString& route : {u"/api/token/refresh/"_s, u"/oauth/renew/"_s}) {
        SandboxOptions options;
        options.customers = 5;
        options.refreshPath = route;
        SandboxHarness elsewhere(options);
        QVERIFY(elsewhere.started);
        auto c = elsewhere.connector(Flavour::Balie, AuthScheme::Login, Credentials{});
        QVERIFY(await(c->login(Sandbox::demoCredentials().password))->isOk());
        QSignalSpy found(c.get(), &Connector::refreshPathFound);
        elsewhere.sandbox->expireAccessTokens();
        auto done = await(c->testConnection());
        if (route == u"/api/token/refresh/") {
            QVERIFY2(done->isOk(), qPrintable(done->error().technicalDetails()));
            QCOMPARE(found.count(), 1);
            QCOMPARE(found.first().first().toString(), route);
            QCOMPARE(c->settings().refreshPath, route);
        } else {
            QVERIFY(!done->isOk());
            QCOMPARE(done->error().code(), u"refresh_route"_s);
            QVERIFY2(done->error().message().contains(u"--refresh-path"_s),
                     qPrintable(done->error().message()));
            QVERIFY(!c->refreshToken().isEmpty()); // a wrong route is no reason to log out
            QCOMPARE(found.count(), 0);
        }
    }
}

void TestAuth::logoutForgetsBothTokens()
{
    auto c = h->connector(Flavour::Balie, AuthScheme::Login, Credentials{});
    QVERIFY(await(c->login(Sandbox::demoCredentials().password))->isOk());
    QVERIFY(!c->refreshToken().isEmpty());
    c->logout();
    QVERIFY(c->refreshToken().isEmpty());
    // Nothing is sent with the old access token either: the request ends at once.
    const qint64 requests = h->sandbox->stats().requests;
    auto done = await(c->testConnection());
    QCOMPARE(done->error().kind(), ApiError::Kind::LoginRequired);
    QCOMPARE(h->sandbox->stats().requests, requests);
}

void TestAuth::aLostRefreshAnswerIsNotTheRequestsOutcome()
{
    // The refresh is carried out and its answer lost: the request that waited for it never
    // went, so it says "could not be reached", not "outcome unknown".
    auto c = h->connector(Flavour::Balie, AuthScheme::Login, Credentials{});
    QVERIFY(await(c->login(Sandbox::demoCredentials().password))->isOk());
    h->sandbox->expireAccessTokens();
    h->sandbox->scriptFaults({std::nullopt, balie::sandbox::FaultKind::CommitDrop});
    auto done = await(c->testConnection());
    h->sandbox->scriptFaults({});
    QVERIFY(!done->isOk());
    QCOMPARE(done->error().kind(), ApiError::Kind::Network);
}

void TestAuth::plainHttpOnlyToLoopback()
{
    ConnectionSettings s = h->settings(Flavour::Oas);
    s.baseUrl = QUrl(u"http://example.com"_s);
    QVERIFY(!s.validate().isEmpty());
    auto c = Connector::create(s, &h->nam, &h->budgets);
    c->setCredentials(SandboxHarness::goodCredentials(Flavour::Oas));
    auto job = await(c->testConnection());
    QCOMPARE(job->error().kind(), ApiError::Kind::Insecure);

    s.baseUrl = QUrl(u"https://example.com"_s);
    QVERIFY(s.validate().isEmpty());
    s.baseUrl = QUrl(u"https://key:secret@example.com"_s); // never into the settings
    QVERIFY(!s.validate().isEmpty());
    s.baseUrl = QUrl(u"http://[::1]:8080"_s);
    QVERIFY(s.validate().isEmpty());
}

QTEST_GUILESS_MAIN(TestAuth)
#include "TestAuth.moc"
