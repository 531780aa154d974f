// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "SandboxHarness.h"
#include "connectors/BookingApiConnector.h"
#include "net/RateBudget.h"

#include <QElapsedTimer>
#include <QLocale>
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
    void budgetsFollowTheKeyNotTheConnection();
    void aTelestoBlockIsRememberedAndNamed();

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
    for (int i = 0; i < Flavours::info(Flavour::Booking).rateLimit.documented; ++i) {
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

void TestBudgets::budgetsFollowTheKeyNotTheConnection()
{
    // Outseta limits each key: two connections with one key spend one budget, another key has
    // its own.
    ConnectionSettings first = h->settings(Flavour::Outseta);
    first.id = u"outseta-one"_s;
    ConnectionSettings second = first;
    second.id = u"outseta-two"_s;
    const Credentials key = SandboxHarness::goodCredentials(Flavour::Outseta);
    auto a = h->connector(first, key);
    auto b = h->connector(second, key);
    QCOMPARE(a->budgets().size(), 1);
    QCOMPARE(a->budgets().first(), b->budgets().first());
    Credentials otherKey = key;
    otherKey.apiKey = "another-outseta-key";
    auto c = h->connector(second, otherKey);
    QVERIFY(c->budgets().first() != a->budgets().first());
    // The key itself names nothing on disk.
    QVERIFY(!a->budgets().first()->name().contains(QString::fromLatin1(key.apiKey)));
}

void TestBudgets::aTelestoBlockIsRememberedAndNamed()
{
    // A plan whose limit is lower than the connection was told: Telesto answers 429 and blocks
    // the address for 15 minutes. Balie remembers the block, says until when, and sends
    // nothing more to it.
    SandboxOptions options;
    options.telestoLimit = 3;
    SandboxHarness strict(options);
    QVERIFY(strict.started);
    ConnectionSettings s = strict.settings(Flavour::Telesto);
    s.requestBudget = 10; // wrong: more than the server allows
    auto c = strict.connector(s, SandboxHarness::goodCredentials(Flavour::Telesto));
    for (int i = 0; i < 3; ++i)
        QVERIFY(await(c->testConnection())->isOk());
    auto blocked = await(c->testConnection());
    QCOMPARE(blocked->error().kind(), ApiError::Kind::RateLimited);
    QCOMPARE(blocked->error().code(), u"server_block"_s);
    QCOMPARE(blocked->attempts(), 1); // never retried into the block
    const QString until =
        QLocale().toString(blocked->error().retryAt().toLocalTime().time(), QLocale::ShortFormat);
    QVERIFY2(blocked->error().message().contains(u"Telesto"_s) &&
                 blocked->error().message().contains(until),
             qPrintable(blocked->error().message()));
    QVERIFY(blocked->error().retryAt() > QDateTime::currentDateTimeUtc().addSecs(14 * 60));

    // Refused here from now on, also by a new connection (another process reads the file).
    const qint64 requests = strict.sandbox->stats().requests;
    auto again = strict.connector(s, SandboxHarness::goodCredentials(Flavour::Telesto));
    auto refused = await(again->products(Connector::implicitOrganisationId()));
    QCOMPARE(refused->error().code(), u"server_block"_s);
    QCOMPARE(strict.sandbox->stats().requests, requests);
    QCOMPARE(strict.sandbox->stats().telestoBlocks, 1);
}

QTEST_GUILESS_MAIN(TestBudgets)
#include "TestBudgets.moc"
