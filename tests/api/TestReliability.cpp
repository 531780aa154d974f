// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "SandboxHarness.h"

#include <QElapsedTimer>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace balie::test;
using balie::sandbox::FaultKind;
using balie::sandbox::SandboxStats;

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
    void serverWaitsDoNotCountAsAttempts();
    void retryAfterIsHonoured();
    void retriedPostCreatesOneObject();
    void postWithoutKeyIsNotRetried();
    void postIsNotRetriedWhereTheVendorIgnoresTheKey();
    void aWriteReachesTheServerOnce_data();
    void aWriteReachesTheServerOnce();
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
    options.trickleMs = 100; // a byte well within the transfer timeout, yet never done
    h = std::make_unique<SandboxHarness>(options);
    QVERIFY2(h->started, qPrintable(h->sandbox->errorString()));
}

void TestReliability::init()
{
    h->sandbox->setFaults(0, {});
    h->sandbox->scriptFaults({});
}

void TestReliability::faultKinds_data()
{
    QTest::addColumn<FaultKind>("fault");
    QTest::addColumn<bool>("retried");
    QTest::addColumn<ApiError::Kind>("kindWhenNotRetried");
    QTest::addColumn<QString>("codeWhenNotRetried");

    const auto none = ApiError::Kind::None;
    QTest::newRow("500") << FaultKind::ServerError << true << none << QString();
    QTest::newRow("429") << FaultKind::RateLimited << true << none << QString();
    QTest::newRow("dropped connection") << FaultKind::Drop << true << none << QString();
    QTest::newRow("carried out, then dropped")
        << FaultKind::CommitDrop << true << none << QString();
    QTest::newRow("truncated body") << FaultKind::Truncate << true << none << QString();
    QTest::newRow("html 502 page") << FaultKind::HtmlPage << true << none << QString();
    QTest::newRow("slow answer times out") << FaultKind::Slow << true << none << QString();
    QTest::newRow("a byte at a time passes the deadline")
        << FaultKind::Trickle << true << none << QString();
    QTest::newRow("200 that is not JSON") << FaultKind::BadJson << true << none << QString();
    QTest::newRow("404 is not retried")
        << FaultKind::NotFound << false << ApiError::Kind::NotFound << QString();
    QTest::newRow("redirect to another server is refused, not retried")
        << FaultKind::Redirect << false << ApiError::Kind::BadResponse
        << u"cross_origin_redirect"_s;
    QTest::newRow("endless answer is cut at the cap")
        << FaultKind::Endless << false << ApiError::Kind::BadResponse << u"response_too_large"_s;
}

void TestReliability::faultKinds()
{
    QFETCH(FaultKind, fault);
    QFETCH(bool, retried);
    QFETCH(ApiError::Kind, kindWhenNotRetried);
    QFETCH(QString, codeWhenNotRetried);

    auto c = h->connector(Flavour::Balie, AuthScheme::ApiKeyHeader);
    ApiRequest request = ApiRequest::get(u"/api/organisations/"_s);
    request.transferTimeoutMs = 500;  // the sandbox's slow answers take 1500 ms
    request.attemptDeadlineMs = 1500; // a trickled answer takes a minute
    request.maxResponseBytes = 1 << 20;
    h->sandbox->setFaults(1.0, {fault});
    QElapsedTimer clock;
    clock.start();
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
        if (fault == FaultKind::Slow || fault == FaultKind::Trickle)
            QCOMPARE(retriedAfter.first(), ApiError::Kind::Timeout);
    } else {
        QVERIFY(!done->isOk());
        QCOMPARE(done->attempts(), 1);
        QCOMPARE(done->error().kind(), kindWhenNotRetried);
        QCOMPARE(done->error().code(), codeWhenNotRetried);
        QVERIFY(!done->error().message().isEmpty());
        if (fault == FaultKind::Redirect)
            QVERIFY2(done->error().message().contains(u"elsewhere.invalid"_s),
                     qPrintable(done->error().message()));
        if (fault == FaultKind::Endless)
            QVERIFY(done->body().isEmpty());
    }
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void TestReliability::serverWaitsDoNotCountAsAttempts()
{
    // Five 429s with Retry-After in a row, then an answer: the server set the pace, no attempt
    // failed, so a policy of two attempts still gets through.
    auto c = h->connector(Flavour::Balie, AuthScheme::ApiKeyHeader);
    ApiRequest request = ApiRequest::get(u"/api/organisations/"_s);
    request.retry.maxAttempts = 2;
    const std::optional<FaultKind> limited = FaultKind::RateLimited;
    h->sandbox->scriptFaults({limited, limited, limited, limited, limited});
    auto done = await(c->client()->send(request), 20'000);
    QVERIFY2(done->isOk(), qPrintable(done->error().technicalDetails()));
    QCOMPARE(done->attempts(), 6);

    // Two failures of its own are the limit, waits or not.
    h->sandbox->scriptFaults({limited, FaultKind::ServerError, FaultKind::ServerError});
    done = await(c->client()->send(request), 20'000);
    QVERIFY(!done->isOk());
    QCOMPARE(done->error().httpStatus(), 500);
    QCOMPARE(done->attempts(), 3);
    h->sandbox->scriptFaults({});
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
    QCOMPARE(done->error().kind(), ApiError::Kind::OutcomeUnknown);
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
    QCOMPARE(done->error().kind(), ApiError::Kind::OutcomeUnknown);
    QVERIFY(h->sandbox->stats().creations - creations >= 1); // created once, and only once
    QVERIFY(h->sandbox->stats().creations - creations <= 2); // (the customer may be new too)
}

void TestReliability::aWriteReachesTheServerOnce_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<bool>("repeatable");

    QTest::newRow("platform customer") << Flavour::Balie << u"customer"_s << false << false;
    QTest::newRow("platform customer, with a key")
        << Flavour::Balie << u"customer"_s << true << true;
    QTest::newRow("platform booking confirm") << Flavour::Balie << u"confirm"_s << false << false;
    QTest::newRow("Booking API booking") << Flavour::Booking << u"booking"_s << true << false;
    QTest::newRow("Booking API confirm") << Flavour::Booking << u"confirm"_s << false << false;
    QTest::newRow("Telesto product") << Flavour::Telesto << u"product"_s << true << false;
    QTest::newRow("Otesse customer, with a key")
        << Flavour::Otesse << u"customer"_s << true << true;
    QTest::newRow("Outseta person") << Flavour::Outseta << u"customer"_s << true << false;
}

void TestReliability::aWriteReachesTheServerOnce()
{
    // The server carries the write out, then the connection drops before the answer. Qt's
    // HTTP channel would send it again on its own; it must not: exactly one request reaches
    // the server per attempt, one object is made, and where the write cannot be repeated the
    // error says that the outcome is unknown.
    QFETCH(Flavour, flavour);
    QFETCH(QString, what);
    QFETCH(bool, withKey);
    QFETCH(bool, repeatable);

    auto c =
        h->connector(flavour, flavour == Flavour::Balie ? std::optional(AuthScheme::ApiKeyHeader)
                                                        : std::nullopt);
    const bool implicit = flavour != Flavour::Balie;
    const QString org = implicit ? Connector::implicitOrganisationId() : h->firstOrganisation();
    const QByteArray key = withKey ? ApiRequest::newIdempotencyKey() : QByteArray();

    // What the write needs is looked up before the fault is armed.
    Booking target;
    Service service;
    if (what == u"confirm") {
        BookingQuery query;
        query.status = BookingStatus::Created;
        auto bookings = collect(c->bookings(org, query));
        QVERIFY2(bookings.job->isOk(), qPrintable(bookings.job->error().technicalDetails()));
        QVERIFY(!bookings.rows.isEmpty());
        target = bookings.rows.first();
    } else if (what == u"booking") {
        auto services = collect(c->services(org));
        QVERIFY(services.job->isOk() && !services.rows.isEmpty());
        service = services.rows.first();
    }

    const SandboxStats before = h->sandbox->stats();
    h->sandbox->scriptFaults({FaultKind::CommitDrop});
    ApiJob* job = nullptr;
    if (what == u"customer") {
        // An address of its own per row: a second "Lotte" would be refused as a duplicate.
        const QString email = u"lotte.%1@example.nl"_s.arg(
            QString::fromLatin1(QTest::currentDataTag()).remove(u' ').remove(u','));
        job = c->createCustomer(org, CustomerDraft{u"Lotte de Wit"_s, email, u"+31 6 11223344"_s},
                                key);
    } else if (what == u"product") {
        job = c->createProduct(org, ProductDraft{u"Handcrème"_s, u"8712345678906"_s, 12}, key);
    } else if (what == u"booking") {
        QDate day = QDate::currentDate().addYears(2);
        while (!service.availability.days.contains(Qt::DayOfWeek(day.dayOfWeek())))
            day = day.addDays(1);
        BookingDraft draft;
        draft.serviceId = service.id;
        draft.customerName = u"Jip Mulder"_s;
        draft.customerEmail = u"jip.mulder@example.nl"_s;
        draft.scheduledAt =
            QDateTime(day, service.availability.start, QTimeZone(service.availability.timeZone));
        job = c->createBooking(org, draft, key);
    } else {
        job = c->bookingAction(org, target.id, BookingAction::Confirm, {});
    }
    auto done = await(job);
    const SandboxStats after = h->sandbox->stats();

    QCOMPARE(after.requests - before.requests, qint64(done->attempts()));
    if (what == u"confirm") {
        QVERIFY(!done->isOk());
        QCOMPARE(done->attempts(), 1);
        QCOMPARE(done->error().kind(), ApiError::Kind::OutcomeUnknown);
        QVERIFY(done->error().message().contains(u"cannot tell"_s));
        return;
    }
    QVERIFY2(after.creations - before.creations >= 1, qPrintable(done->error().technicalDetails()));
    if (repeatable) {
        // Repeated with the same key: the server answers with the first result.
        QVERIFY2(done->isOk(), qPrintable(done->error().technicalDetails()));
        QCOMPARE(done->attempts(), 2);
        QCOMPARE(after.creations - before.creations, qint64(1));
    } else {
        QVERIFY(!done->isOk());
        QCOMPARE(done->attempts(), 1);
        QCOMPARE(done->error().kind(), ApiError::Kind::OutcomeUnknown);
        // A booking may bring its new customer: one of each at most.
        QVERIFY(after.creations - before.creations <= (what == u"booking" ? 2 : 1));
    }
}

void TestReliability::wholeListSurvivesRandomFaults()
{
    ConnectionSettings s = h->settings(Flavour::Balie, AuthScheme::ApiKeyHeader);
    s.pageSize = 20; // 15 pages
    auto c = h->connector(s, SandboxHarness::goodCredentials(Flavour::Balie));
    const QString org = h->firstOrganisation();
    const int expected = h->sandbox->rowCount(u"customers"_s, org.toLongLong());
    h->sandbox->setFaults(0.25, {FaultKind::Drop, FaultKind::HtmlPage, FaultKind::RateLimited,
                                 FaultKind::Truncate, FaultKind::ServerError, FaultKind::BadJson,
                                 FaultKind::CommitDrop});
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
