// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "net/ApiRequest.h"
#include "net/RateBudget.h"
#include "net/RetryPolicy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace balie::api;

class TestRetryAndBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retriesOnlyWhatIsSafe_data();
    void retriesOnlyWhatIsSafe();
    void backoffGrowsAndIsBounded();
    void retryAfterWins();
    void deadlineStopsRetries();
    void postIsRepeatedOnlyWhereTheServerHonoursTheKey();
    void budgetSlidingWindow();
    void budgetIsSharedThroughItsFile();
    void budgetHoldersAliveTogetherNeverOverspend();
    void aServerBlockIsSharedAndKept();
};

static ApiError errorWith(ApiError::Kind kind, int status, const QString& code = {})
{
    ApiError e(kind, QString());
    e.setHttpStatus(status);
    e.setCode(code);
    return e;
}

void TestRetryAndBudget::retriesOnlyWhatIsSafe_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("idempotencyKey");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("retried");

    const int server = int(ApiError::Kind::Server);
    QTest::newRow("GET 503") << "GET"_ba << false << server << 503 << QString() << true;
    QTest::newRow("GET 502") << "GET"_ba << false << server << 502 << QString() << true;
    QTest::newRow("GET 504") << "GET"_ba << false << server << 504 << QString() << true;
    QTest::newRow("GET 500") << "GET"_ba << false << server << 500 << QString() << true;
    QTest::newRow("GET 501") << "GET"_ba << false << server << 501 << QString() << false;
    QTest::newRow("POST 500 no key") << "POST"_ba << false << server << 500 << QString() << false;
    QTest::newRow("GET 200 not JSON") << "GET"_ba << false << int(ApiError::Kind::BadResponse)
                                      << 200 << u"unreadable_body"_s << true;
    QTest::newRow("GET 200 not the expected shape")
        << "GET"_ba << false << int(ApiError::Kind::BadResponse) << 200 << QString() << false;
    QTest::newRow("GET 500 server_error")
        << "GET"_ba << false << server << 500 << u"server_error"_s << true;
    QTest::newRow("GET 429") << "GET"_ba << false << int(ApiError::Kind::RateLimited) << 429
                             << QString() << true;
    QTest::newRow("GET network") << "GET"_ba << false << int(ApiError::Kind::Network) << 0
                                 << QString() << true;
    QTest::newRow("GET 404") << "GET"_ba << false << int(ApiError::Kind::NotFound) << 404
                             << QString() << false;
    QTest::newRow("GET 401") << "GET"_ba << false << int(ApiError::Kind::Auth) << 401 << QString()
                             << false;
    QTest::newRow("POST 503 no key") << "POST"_ba << false << server << 503 << QString() << false;
    QTest::newRow("POST 503 with key") << "POST"_ba << true << server << 503 << QString() << true;
    QTest::newRow("POST network no key")
        << "POST"_ba << false << int(ApiError::Kind::Network) << 0 << QString() << false;
    QTest::newRow("PATCH 503") << "PATCH"_ba << false << server << 503 << QString() << false;
}

void TestRetryAndBudget::retriesOnlyWhatIsSafe()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, idempotencyKey);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, retried);
    RetryPolicy policy;
    policy.retryableCodes = {u"server_error"_s}; // as the Otesse connector declares
    const bool repeatable = RetryPolicy::isSafeToRepeat(method, idempotencyKey);
    const auto delay = policy.delayBeforeRetry(2, errorWith(ApiError::Kind(kind), status, code),
                                               method, repeatable, 0);
    QCOMPARE(delay.has_value(), retried);
}

void TestRetryAndBudget::backoffGrowsAndIsBounded()
{
    RetryPolicy policy;
    policy.maxAttempts = 10;
    policy.deadlineMs = 1'000'000;
    policy.setJitterSource([] { return 0.999; });
    const ApiError e = errorWith(ApiError::Kind::Server, 503);
    int previous = 0;
    for (int attempt = 2; attempt <= 6; ++attempt) {
        const int delay = *policy.delayBeforeRetry(attempt, e, "GET", false, 0);
        QVERIFY2(delay > previous, qPrintable(u"attempt %1: %2"_s.arg(attempt).arg(delay)));
        previous = delay;
    }
    QVERIFY(*policy.delayBeforeRetry(10, e, "GET", false, 0) <= policy.maxDelayMs);
    QVERIFY(!policy.delayBeforeRetry(11, e, "GET", false, 0));
    // Full jitter: a low draw gives a short delay, never below the floor.
    policy.setJitterSource([] { return 0.0; });
    QCOMPARE(*policy.delayBeforeRetry(5, e, "GET", false, 0), policy.baseDelayMs / 2);
}

void TestRetryAndBudget::retryAfterWins()
{
    RetryPolicy policy;
    policy.setJitterSource([] { return 0.5; });
    ApiError e = errorWith(ApiError::Kind::RateLimited, 429);
    e.setRetryAfterMs(7'000);
    QCOMPARE(*policy.delayBeforeRetry(2, e, "GET", false, 0), 7'000);
}

void TestRetryAndBudget::deadlineStopsRetries()
{
    RetryPolicy policy;
    policy.deadlineMs = 10'000;
    ApiError e = errorWith(ApiError::Kind::RateLimited, 429);
    e.setRetryAfterMs(900'000); // Telesto's 15-minute block
    QVERIFY(!policy.delayBeforeRetry(2, e, "GET", false, 0));
    e.setRetryAfterMs(2'000);
    QVERIFY(!policy.delayBeforeRetry(2, e, "GET", false, 9'000));
    QVERIFY(policy.delayBeforeRetry(2, e, "GET", false, 1'000));
}

void TestRetryAndBudget::postIsRepeatedOnlyWhereTheServerHonoursTheKey()
{
    QVERIFY(RetryPolicy::isSafeToRepeat("POST", true, true));
    QVERIFY(!RetryPolicy::isSafeToRepeat("POST", true, false)); // Booking API, Telesto, Outseta
    QVERIFY(!RetryPolicy::isSafeToRepeat("POST", false, true));
    QVERIFY(RetryPolicy::isSafeToRepeat("GET", false, false));
    ApiRequest request = ApiRequest::post(u"/bookings"_s);
    request.idempotencyKey = ApiRequest::newIdempotencyKey();
    QVERIFY(!request.isRepeatable());
    request.serverHonoursIdempotencyKey = true;
    QVERIFY(request.isRepeatable());
}

void TestRetryAndBudget::budgetSlidingWindow()
{
    qint64 now = 1'000'000;
    RateBudget budget(u"test"_s, 3, 1'000, 0);
    budget.setClock([&now] { return now; });
    QCOMPARE(budget.remaining(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(budget.waitMs(), 0);
        QCOMPARE(budget.acquire(), 0);
        now += 100;
    }
    QCOMPARE(budget.remaining(), 0);
    // The first send was at 1'000'000; it leaves the window just after 1'001'000.
    QCOMPARE(now, 1'000'300);
    QCOMPARE(budget.waitMs(), 701);
    now += 701;
    QCOMPARE(budget.waitMs(), 0);
    QCOMPARE(budget.remaining(), 1);
}

void TestRetryAndBudget::budgetIsSharedThroughItsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"telesto.json"_s);
    qint64 now = 5'000'000;
    {
        RateBudget first(u"telesto"_s, 5, 60'000, 0);
        first.setClock([&now] { return now; });
        first.setPersistencePath(path);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(first.acquire(), 0);
    }
    // A second run (another balie-cli) starts with what the first one spent.
    RateBudget second(u"telesto"_s, 5, 60'000, 0);
    second.setClock([&now] { return now; });
    second.setPersistencePath(path);
    QCOMPARE(second.remaining(), 1);
    QCOMPARE(second.acquire(), 0);
    QVERIFY(second.waitMs() > 0);
    QVERIFY(second.acquire() > 0); // refused, and nothing spent
}

void TestRetryAndBudget::budgetHoldersAliveTogetherNeverOverspend()
{
    // Two processes (here two holders of one file) spend in turns: together they get the
    // limit, not the limit each, because every acquire reads, decides and writes under a lock.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"outseta.json"_s);
    RateBudget a(u"outseta"_s, 6, 60'000, 0);
    RateBudget b(u"outseta"_s, 6, 60'000, 0);
    a.setPersistencePath(path);
    b.setPersistencePath(path);
    int granted = 0;
    for (int i = 0; i < 10; ++i) {
        granted += a.acquire() == 0 ? 1 : 0;
        granted += b.acquire() == 0 ? 1 : 0;
    }
    QCOMPARE(granted, 6);
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(path + u".lock"_s)); // let go after each decision
}

void TestRetryAndBudget::aServerBlockIsSharedAndKept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"telesto.json"_s);
    qint64 now = 9'000'000;
    RateBudget first(u"telesto"_s, 100, 3'600'000, 0);
    first.setClock([&now] { return now; });
    first.setPersistencePath(path);
    first.setBlockOnRefusal(15 * 60'000);
    QCOMPARE(first.acquire(), 0);
    first.noteRefusal(-1); // a 429 without Retry-After
    QCOMPARE(first.blockedUntil(), now + 15 * 60'000);

    // Another process learns of it from the file, and sends nothing until it ends.
    RateBudget second(u"telesto"_s, 100, 3'600'000, 0);
    second.setClock([&now] { return now; });
    second.setPersistencePath(path);
    now += 60'000;
    QCOMPARE(second.acquire(), 14 * 60'000);
    QCOMPARE(second.remaining(), 0);
    now += 14 * 60'000;
    QCOMPARE(second.acquire(), 0);
}

QTEST_GUILESS_MAIN(TestRetryAndBudget)
#include "TestRetryAndBudget.moc"
