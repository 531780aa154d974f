#include "SandboxHarness.h"
#include "connectors/BookingApiConnector.h"
#include "net/RateBudget.h"

#include <QElapsedTimer>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace balie::test;

// The client-side budgets keep Balie under each documented limit, against the sandbox that
// enforces those limits: the server must never have to say 429, and Telesto must never block.
class TestBudgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void telestoNeverTriggersTheBlock();
    void outsetaStaysUnderFourPerSecond();
    void bookingCreationsPerMinute();

private:
    std::unique_ptr<SandboxHarness> h;
};

void TestBudgets::initTestCase()
{
    SandboxOptions options;
    options.customers = 20;
    options.products = 5;
    h = std::make_unique<SandboxHarness>(options); // the documented limits, unchanged
    QVERIFY2(h->started, qPrintable(h->sandbox->errorString()));
}

void TestBudgets::telestoNeverTriggersTheBlock()
{
    auto c = h->connector(Flavour::Telesto);
    const auto before = h->sandbox->stats();
    int ok = 0;
    for (int i = 0; i < 100; ++i) {
        auto job = await(c->testConnection());
        QVERIFY2(job->isOk(), qPrintable(job->error().technicalDetails()));
        ++ok;
    }
    QCOMPARE(ok, 100);

    // The 101st would exceed 100 an hour and block the address for 15 minutes: it is refused
    // here, with the time the next one may go, and never reaches the server.
    const qint64 requestsBefore = h->sandbox->stats().requests;
    auto refused = await(c->products(Connector::implicitOrganisationId()));
    QCOMPARE(refused->error().kind(), ApiError::Kind::RateLimited);
    QCOMPARE(refused->error().code(), u"client_budget"_s);
    QVERIFY(refused->error().retryAt() > QDateTime::currentDateTimeUtc().addSecs(3000));
    QVERIFY(refused->error().message().contains(
        QLocale().toString(refused->error().retryAt().toLocalTime().time(), QLocale::ShortFormat)));
    QCOMPARE(h->sandbox->stats().requests, requestsBefore);

    const auto after = h->sandbox->stats();
    QCOMPARE(after.telestoBlocks, before.telestoBlocks);
    QCOMPARE(after.rateLimited, before.rateLimited);

    // The budget is per machine: a second Telesto connection shares it.
    ConnectionSettings other = h->settings(Flavour::Telesto);
    other.id = u"another-telesto"_s;
    auto second = h->connector(other, SandboxHarness::goodCredentials(Flavour::Telesto));
    QCOMPARE(await(second->testConnection())->error().code(), u"client_budget"_s);
}

void TestBudgets::outsetaStaysUnderFourPerSecond()
{
    auto c = h->connector(Flavour::Outseta);
    const auto before = h->sandbox->stats();
    QElapsedTimer clock;
    clock.start();
    QList<ApiJob*> jobs;
    for (int i = 0; i < 12; ++i)
        jobs << held(c->testConnection());
    for (ApiJob* job : jobs) {
        auto done = await(job);
        QVERIFY2(done->isOk(), qPrintable(done->error().technicalDetails()));
        QCOMPARE(done->attempts(), 1); // never a 429 to retry
    }
    // 12 requests at 4 a second: the last four cannot go before two seconds have passed.
    QVERIFY2(clock.elapsed() >= 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(h->sandbox->stats().rateLimited, before.rateLimited);
}

void TestBudgets::bookingCreationsPerMinute()
{
    auto c = h->connector(Flavour::Booking);
    auto services = collect(c->services(Connector::implicitOrganisationId()));
    QVERIFY(services.job->isOk() && !services.rows.isEmpty());
    const Service service = services.rows.first();
    const QTimeZone zone(service.availability.timeZone);
    QVERIFY(zone.isValid());

    // Far enough ahead that no demo booking is in the way, on days the service is open.
    QDate day = QDate::currentDate().addYears(2);
    const auto before = h->sandbox->stats();
    for (int i = 0; i < BookingApiConnector::CreationsPerMinute; ++i) {
        while (!service.availability.days.contains(Qt::DayOfWeek(day.dayOfWeek())))
            day = day.addDays(1);
        BookingDraft draft;
        draft.serviceId = service.id;
        draft.customerName = u"Budget Test %1"_s.arg(i);
        draft.customerEmail = u"budget%1@example.nl"_s.arg(i);
        draft.scheduledAt = QDateTime(day, service.availability.start, zone).toUTC();
        auto created = await(c->createBooking(Connector::implicitOrganisationId(), draft,
                                              ApiRequest::newIdempotencyKey()));
        QVERIFY2(created->isOk(), qPrintable(created->error().technicalDetails()));
        day = day.addDays(1);
    }
    const qint64 requestsBefore = h->sandbox->stats().requests;
    BookingDraft eleventh;
    eleventh.serviceId = service.id;
    eleventh.customerName = u"One Too Many"_s;
    eleventh.customerEmail = u"toomany@example.nl"_s;
    eleventh.scheduledAt = QDateTime(day.addDays(7), service.availability.start, zone).toUTC();
    auto refused = await(c->createBooking(Connector::implicitOrganisationId(), eleventh,
                                          ApiRequest::newIdempotencyKey()));
    QCOMPARE(refused->error().kind(), ApiError::Kind::RateLimited);
    QCOMPARE(refused->error().code(), u"client_budget"_s);
    QVERIFY(refused->error().retryAfterMs() > 0);
    QVERIFY(refused->error().retryAfterMs() <= 61'000);
    QCOMPARE(h->sandbox->stats().requests, requestsBefore);
    QCOMPARE(h->sandbox->stats().rateLimited, before.rateLimited);

    // Reading is not a creation: it still goes.
    QVERIFY(await(c->testConnection())->isOk());
}

QTEST_GUILESS_MAIN(TestBudgets)
#include "TestBudgets.moc"
