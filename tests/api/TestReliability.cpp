#include "SandboxHarness.h"

#include <QElapsedTimer>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace balie::test;
using balie::sandbox::FaultKind;

// Faults injected by the sandbox, over loopback: what is retried, what is not, Retry-After,
// timeouts, and a retried POST that creates exactly one object.
class TestReliability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void faultKinds_data();
    void faultKinds();
    void retryAfterIsHonoured();
    void retriedPostCreatesOneObject();
    void postWithoutKeyIsNotRetried();
    void postIsNotRetriedWhereTheVendorIgnoresTheKey();
    void wholeListSurvivesRandomFaults();
    void cancelEndsAtOnceAndOnlyOnce();

private:
    // Turns faults off as soon as the first attempt has failed, so the retry succeeds.
    void healOnRetry(ApiJob* job)
    {
        connect(job, &ApiJob::retrying, job, [this] { h->sandbox->setFaults(0, {}); });
    }

    std::unique_ptr<SandboxHarness> h;
};

void TestReliability::initTestCase()
{
    SandboxOptions options;
    options.customers = 300;
    options.slowMs = 1500;
    h = std::make_unique<SandboxHarness>(options);
    QVERIFY2(h->started, qPrintable(h->sandbox->errorString()));
}

void TestReliability::init()
{
    h->sandbox->setFaults(0, {});
}

void TestReliability::faultKinds_data()
{
    QTest::addColumn<FaultKind>("fault");
    QTest::addColumn<bool>("retried");
    QTest::addColumn<ApiError::Kind>("kindWhenNotRetried");

    QTest::newRow("500 is not retried")
        << FaultKind::ServerError << false << ApiError::Kind::Server;
    QTest::newRow("429") << FaultKind::RateLimited << true << ApiError::Kind::None;
    QTest::newRow("dropped connection") << FaultKind::Drop << true << ApiError::Kind::None;
    QTest::newRow("truncated body") << FaultKind::Truncate << true << ApiError::Kind::None;
    QTest::newRow("html 502 page") << FaultKind::HtmlPage << true << ApiError::Kind::None;
    QTest::newRow("slow answer times out") << FaultKind::Slow << true << ApiError::Kind::None;
    QTest::newRow("bad json is not retried")
        << FaultKind::BadJson << false << ApiError::Kind::BadResponse;
}

void TestReliability::faultKinds()
{
    QFETCH(FaultKind, fault);
    QFETCH(bool, retried);
    QFETCH(ApiError::Kind, kindWhenNotRetried);

    auto c = h->connector(Flavour::Balie, AuthScheme::ApiKeyHeader);
    ApiRequest request = ApiRequest::get(u"/api/organisations/"_s);
    request.transferTimeoutMs = 500; // the sandbox's slow answers take 1500 ms
    h->sandbox->setFaults(1.0, {fault});
    ApiJob* job = c->client()->send(request);
    QList<ApiError::Kind> retriedAfter;
    connect(job, &ApiJob::retrying, job,
            [&retriedAfter](int, int, const ApiError& e) { retriedAfter << e.kind(); });
    healOnRetry(job);
    auto done = await(job);

    if (retried) {
        QVERIFY2(done->isOk(), qPrintable(done->error().technicalDetails()));
        QCOMPARE(done->attempts(), 2);
        QCOMPARE(retriedAfter.size(), 1);
        if (fault == FaultKind::Slow)
            QCOMPARE(retriedAfter.first(), ApiError::Kind::Timeout);
    } else {
        QVERIFY(!done->isOk());
        QCOMPARE(done->attempts(), 1);
        QCOMPARE(done->error().kind(), kindWhenNotRetried);
        QVERIFY(!done->error().message().isEmpty());
    }
}

void TestReliability::retryAfterIsHonoured()
{
    auto c = h->connector(Flavour::Balie, AuthScheme::ApiKeyHeader);
    h->sandbox->setFaults(1.0, {FaultKind::RateLimited}); // 429 with Retry-After: 1
    QElapsedTimer clock;
    clock.start();
    ApiJob* job = c->testConnection();
    int delay = -1;
    connect(job, &ApiJob::retrying, job, [&delay](int, int ms, const ApiError&) { delay = ms; });
    healOnRetry(job);
    auto done = await(job);
    QVERIFY(done->isOk());
    QCOMPARE(delay, 1000);
    QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
}

void TestReliability::retriedPostCreatesOneObject()
{
    auto c = h->connector(Flavour::Balie, AuthScheme::ApiKeyHeader);
    const QString org = h->firstOrganisation();
    const int before = h->sandbox->rowCount(u"customers"_s, org.toLongLong());
    const qint64 creationsBefore = h->sandbox->stats().creations;

    // The server creates the customer, then the answer is cut off: the client cannot know
    // whether it worked, and retries with the same Idempotency-Key.
    h->sandbox->setFaults(1.0, {FaultKind::Truncate});
    CustomerDraft draft{u"Fenna Bakker"_s, u"fenna.bakker@example.nl"_s, u"+31 6 12345678"_s};
    auto* job = c->createCustomer(org, draft, ApiRequest::newIdempotencyKey());
    healOnRetry(job);
    auto done = await(job);
    QVERIFY2(done->isOk(), qPrintable(done->error().technicalDetails()));
    QCOMPARE(done->attempts(), 2);
    QCOMPARE(done->value().name, u"Fenna Bakker"_s);
    QCOMPARE(h->sandbox->rowCount(u"customers"_s, org.toLongLong()), before + 1);
    QCOMPARE(h->sandbox->stats().creations - creationsBefore, 1);
}

void TestReliability::postWithoutKeyIsNotRetried()
{
    auto c = h->connector(Flavour::Balie, AuthScheme::ApiKeyHeader);
    const QString org = h->firstOrganisation();
    const int before = h->sandbox->rowCount(u"customers"_s, org.toLongLong());
    h->sandbox->setFaults(1.0, {FaultKind::Truncate});
    CustomerDraft draft{u"Sem Visser"_s, u"sem.visser@example.nl"_s, {}};
    auto done = await(c->createCustomer(org, draft, QByteArray()));
    QCOMPARE(done->attempts(), 1);
    QCOMPARE(done->error().kind(), ApiError::Kind::Network);
    // It was created once; without a key a retry could have made a second one.
    QCOMPARE(h->sandbox->rowCount(u"customers"_s, org.toLongLong()), before + 1);
}

void TestReliability::postIsNotRetriedWhereTheVendorIgnoresTheKey()
{
    // The Booking API documents no Idempotency-Key: a retried create could book twice.
    auto c = h->connector(Flavour::Booking);
    auto services = collect(c->services(Connector::implicitOrganisationId()));
    QVERIFY(services.job->isOk() && !services.rows.isEmpty());
    const Service service = services.rows.first();
    QDate day = QDate::currentDate().addYears(3);
    while (!service.availability.days.contains(Qt::DayOfWeek(day.dayOfWeek())))
        day = day.addDays(1);
    BookingDraft draft;
    draft.serviceId = service.id;
    draft.customerName = u"Noa Smit"_s;
    draft.customerEmail = u"noa.smit@example.nl"_s;
    draft.scheduledAt =
        QDateTime(day, service.availability.start, QTimeZone(service.availability.timeZone));
    const qint64 creations = h->sandbox->stats().creations;
    h->sandbox->setFaults(1.0, {FaultKind::Truncate});
    auto done = await(c->createBooking(Connector::implicitOrganisationId(), draft,
                                       ApiRequest::newIdempotencyKey()));
    QCOMPARE(done->attempts(), 1);
    QCOMPARE(done->error().kind(), ApiError::Kind::Network);
    QVERIFY(h->sandbox->stats().creations - creations >= 1); // created once, and only once
    QVERIFY(h->sandbox->stats().creations - creations <= 2); // (the customer may be new too)
}

void TestReliability::wholeListSurvivesRandomFaults()
{
    ConnectionSettings s = h->settings(Flavour::Balie, AuthScheme::ApiKeyHeader);
    s.pageSize = 20; // 15 pages
    auto c = h->connector(s, SandboxHarness::goodCredentials(Flavour::Balie));
    const QString org = h->firstOrganisation();
    const int expected = h->sandbox->rowCount(u"customers"_s, org.toLongLong());
    h->sandbox->setFaults(
        0.25, {FaultKind::Drop, FaultKind::HtmlPage, FaultKind::RateLimited, FaultKind::Truncate});
    auto result = collect(c->customers(org, {}), 60'000);
    h->sandbox->setFaults(0, {});
    QVERIFY2(result.job->isOk(), qPrintable(result.job->error().technicalDetails()));
    QCOMPARE(result.rows.size(), expected);
    QVERIFY(h->sandbox->stats().faults > 0);
}

void TestReliability::cancelEndsAtOnceAndOnlyOnce()
{
    auto c = h->connector(Flavour::Balie, AuthScheme::ApiKeyHeader);
    h->sandbox->setFaults(1.0, {FaultKind::Slow});
    ApiJob* job = c->testConnection();
    job->setAutoDelete(false);
    std::unique_ptr<ApiJob> owned(job);
    QSignalSpy finished(job, &ApiJob::finished);
    QTest::qWait(100);
    QVERIFY(!job->isFinished());
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job->error().kind(), ApiError::Kind::Cancelled);
    job->cancel();
    QTest::qWait(1700); // past the slow answer: nothing more may arrive
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestReliability)
#include "TestReliability.moc"
