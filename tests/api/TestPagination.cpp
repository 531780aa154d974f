// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "SandboxHarness.h"

#include <QElapsedTimer>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace balie::test;

// Each pagination style, to a partial last page, over loopback.
class TestPagination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void drfCustomers();
    void drfFollowsNextOneByOneWithoutCount();
    void otesseCustomers();
    void outsetaPeople();
    void plainArrays();
    void organisationScoping();
    void parallelFetchIsBounded();
    void anUnreadablePageIsFetchedAgain();
    void aWrongRowFailsTheListAndIsNotFetchedAgain();
    void aMissingPageIsAnError();
    void aShortListIsAnError();
    void listsWithoutTotalsGoOnWhilePagesAreFull();
    void pageCeilingAndDeadline();
    void aRateLimitedListSlowsDownAndCompletes();
    void outsetaOffsetInPages();

private:
    // Customers of the first organisation in pages of 20 (13 pages), on the platform.
    CustomerListJob* pagedCustomers(std::unique_ptr<Connector>& keep)
    {
        ConnectionSettings s = h->settings(Flavour::Balie, AuthScheme::ApiKeyHeader);
        s.pageSize = 20;
        keep = h->connector(s, SandboxHarness::goodCredentials(Flavour::Balie));
        return keep->customers(h->firstOrganisation(), {});
    }

    template <class T>
    static QSet<QString> ids(const QList<T>& rows)
    {
        QSet<QString> set;
        for (const T& r : rows)
            set.insert(r.id);
        return set;
    }

    std::unique_ptr<SandboxHarness> h;
};

void TestPagination::initTestCase()
{
    SandboxOptions options;
    options.customers = 250; // pages of 100: 100, 100, 50
    options.products = 37;
    h = std::make_unique<SandboxHarness>(options);
    QVERIFY2(h->started, qPrintable(h->sandbox->errorString()));
}

void TestPagination::cleanup()
{
    // A list that failed leaves pages in flight; they reach the sandbox when the event loop
    // next runs. They do so now, with no fault scripted, rather than take the next test's.
    h->sandbox->scriptFaults({});
    QTest::qWait(300);
}

void TestPagination::drfCustomers()
{
    ConnectionSettings s = h->settings(Flavour::Balie, AuthScheme::ApiKeyHeader);
    s.pageSize = 100;
    auto c = h->connector(s, SandboxHarness::goodCredentials(Flavour::Balie));
    const QString org = h->firstOrganisation();
    auto result = collect(c->customers(org, {}));
    QVERIFY2(result.job->isOk(), qPrintable(result.job->error().message()));
    QCOMPARE(result.rows.size(), 250);
    QCOMPARE(ids(result.rows).size(), 250);
    QCOMPARE(result.job->total(), 250);
    QCOMPARE(result.job->pagesFetched(), 3);
    QCOMPARE(result.batches, 3); // rows streamed page by page
    QCOMPARE(h->sandbox->rowCount(u"customers"_s, org.toLongLong()), 250);
    for (const Customer& customer : std::as_const(result.rows)) {
        QCOMPARE(customer.organisationId, org);
        QVERIFY(!customer.name.isEmpty());
    }
}

void TestPagination::drfFollowsNextOneByOneWithoutCount()
{
    // OAS sends no page size, so the server's default page size applies; organisations of the
    // demo user fit one page, and a `next` of null ends the list.
    auto c = h->connector(Flavour::Oas);
    auto result = collect(c->organisations());
    QVERIFY(result.job->isOk());
    QCOMPARE(result.rows.size(), h->sandbox->organisationIds().size());
    QCOMPARE(result.job->pagesFetched(), 1);
}

void TestPagination::otesseCustomers()
{
    auto c = h->connector(Flavour::Otesse);
    auto result = collect(c->customers(Connector::implicitOrganisationId(), {}));
    QVERIFY2(result.job->isOk(), qPrintable(result.job->error().technicalDetails()));
    QCOMPARE(result.rows.size(), 250);
    QCOMPARE(ids(result.rows).size(), 250);
    QCOMPARE(result.job->pagesFetched(), 3);
}

void TestPagination::outsetaPeople()
{
    auto c = h->connector(Flavour::Outseta);
    auto result = collect(c->customers(Connector::implicitOrganisationId(), {}), 60'000);
    QVERIFY2(result.job->isOk(), qPrintable(result.job->error().technicalDetails()));
    QCOMPARE(result.rows.size(), 250);
    QCOMPARE(ids(result.rows).size(), 250);
    QCOMPARE(result.job->pagesFetched(), 3);
    for (const Customer& person : std::as_const(result.rows))
        QVERIFY(person.email.contains(u'@'));
}

void TestPagination::plainArrays()
{
    auto telesto = h->connector(Flavour::Telesto);
    auto products = collect(telesto->products(Connector::implicitOrganisationId()));
    QVERIFY2(products.job->isOk(), qPrintable(products.job->error().technicalDetails()));
    QCOMPARE(products.rows.size(), 37);
    QCOMPARE(products.job->pagesFetched(), 1);
    bool someStock = false;
    for (const Product& p : std::as_const(products.rows))
        someStock = someStock || p.stockOnHand.has_value();
    QVERIFY(someStock); // "50" arrived as the number 50

    auto booking = h->connector(Flavour::Booking);
    auto services = collect(booking->services(Connector::implicitOrganisationId()));
    QVERIFY(services.job->isOk());
    QVERIFY(!services.rows.isEmpty());
    for (const Service& s : std::as_const(services.rows)) {
        QVERIFY(s.durationMinutes > 0);
        QVERIFY(!s.availability.timeZone.isEmpty());
    }
}

void TestPagination::organisationScoping()
{
    auto c = h->connector(Flavour::Balie, AuthScheme::ApiKeyHeader);
    const QList<qint64> orgs = h->sandbox->organisationIds();
    QVERIFY(orgs.size() >= 2);
    auto first = collect(c->customers(QString::number(orgs.at(0)), {}));
    auto second = collect(c->customers(QString::number(orgs.at(1)), {}));
    QVERIFY(first.job->isOk() && second.job->isOk());
    QVERIFY(!ids(first.rows).intersects(ids(second.rows)));
    QCOMPARE(first.job->foreignRowsDropped(), 0);

    // An organisation of another user does not exist for this one.
    qint64 foreign = 0;
    for (qint64 id = 1; id < 100 && foreign == 0; ++id) {
        if (!orgs.contains(id) && h->sandbox->rowCount(u"customers"_s, id) > 0)
            foreign = id;
    }
    QVERIFY(foreign > 0);
    auto refused = collect(c->customers(QString::number(foreign), {}));
    QCOMPARE(refused.job->error().kind(), ApiError::Kind::NotFound);
    QVERIFY(refused.rows.isEmpty());
}

void TestPagination::parallelFetchIsBounded()
{
    ConnectionSettings s = h->settings(Flavour::Balie, AuthScheme::ApiKeyHeader);
    s.pageSize = 10; // 25 pages
    auto c = h->connector(s, SandboxHarness::goodCredentials(Flavour::Balie));
    auto* job = c->customers(h->firstOrganisation(), {});
    job->setMaxParallel(3);
    int maxInFlight = 0;
    QObject::connect(job, &ListJob::progress, job,
                     [&] { maxInFlight = qMax(maxInFlight, c->client()->jobsInFlight()); });
    auto result = collect(job);
    QVERIFY(result.job->isOk());
    QCOMPARE(result.rows.size(), 250);
    QCOMPARE(result.job->pagesFetched(), 25);
    QVERIFY2(maxInFlight <= 3, qPrintable(QString::number(maxInFlight)));
    QVERIFY(maxInFlight >= 2); // the pages did go in parallel
}

void TestPagination::anUnreadablePageIsFetchedAgain()
{
    // A 2xx page that is not JSON, one cut short, and a 500: each fetched again, nothing lost.
    std::unique_ptr<Connector> c;
    auto* job = pagedCustomers(c);
    using balie::sandbox::FaultKind;
    h->sandbox->scriptFaults(
        {std::nullopt, FaultKind::BadJson, FaultKind::Truncate, FaultKind::ServerError});
    auto result = collect(job);
    h->sandbox->scriptFaults({});
    QVERIFY2(result.job->isOk(), qPrintable(result.job->error().technicalDetails()));
    QCOMPARE(result.rows.size(), 250);
    QCOMPARE(ids(result.rows).size(), 250);
}

void TestPagination::aWrongRowFailsTheListAndIsNotFetchedAgain()
{
    // A page that is JSON but holds a row without an id is what the server has, not a passing
    // fault: fetched again it would only cost requests (and, fetched again with the fault gone,
    // hide that the server's data is wrong). The list fails at once, naming the row.
    std::unique_ptr<Connector> c;
    auto* job = pagedCustomers(c);
    h->sandbox->resetStats();
    h->sandbox->scriptFaults({std::nullopt, balie::sandbox::FaultKind::BadRow});
    auto result = collect(job);
    h->sandbox->scriptFaults({});
    QVERIFY(!result.job->isOk());
    // Pages already on the wire when the list failed reach the sandbox later: let them arrive,
    // so that they are counted here and do not take the next test's scripted faults.
    for (qint64 seen = -1; seen != h->sandbox->stats().requests;) {
        seen = h->sandbox->stats().requests;
        QTest::qWait(100);
    }
    QCOMPARE(result.job->error().kind(), ApiError::Kind::BadResponse);
    QVERIFY2(result.job->error().message().contains(u"id"_s),
             qPrintable(result.job->error().message()));
    // Each of the 13 pages asked for once at most: the wrong one was not fetched again.
    QVERIFY2(h->sandbox->stats().requests <= 13,
             qPrintable(QString::number(h->sandbox->stats().requests)));
}

void TestPagination::aMissingPageIsAnError()
{
    // A page the server announced answers 404: the list has a hole, and says so.
    std::unique_ptr<Connector> c;
    auto* job = pagedCustomers(c);
    h->sandbox->scriptFaults({std::nullopt, balie::sandbox::FaultKind::NotFound});
    auto result = collect(job);
    h->sandbox->scriptFaults({});
    QVERIFY(!result.job->isOk());
    QCOMPARE(result.job->error().code(), u"page_not_found"_s);
    QVERIFY(result.job->error().message().contains(u"404"_s));
}

void TestPagination::aShortListIsAnError()
{
    // Every page answers 200, but one holds half its rows: 240 of 250 is not the list.
    std::unique_ptr<Connector> c;
    auto* job = pagedCustomers(c);
    h->sandbox->scriptFaults({std::nullopt, balie::sandbox::FaultKind::ShortPage});
    auto result = collect(job);
    h->sandbox->scriptFaults({});
    QVERIFY(!result.job->isOk());
    QCOMPARE(result.job->error().code(), u"short_list"_s);
    QCOMPARE(result.rows.size(), 240);
    const QString message = result.job->error().message();
    QVERIFY2(message.contains(u"250"_s) && message.contains(u"240"_s), qPrintable(message));
}

void TestPagination::listsWithoutTotalsGoOnWhilePagesAreFull()
{
    // Without Otesse's total_pages or Outseta's metadata.total a full page means "maybe more":
    // the list goes on until a page comes back short.
    SandboxOptions options;
    options.customers = 250;
    options.announceTotals = false;
    SandboxHarness quiet(options);
    QVERIFY(quiet.started);
    for (const Flavour flavour : {Flavour::Otesse, Flavour::Outseta}) {
        ConnectionSettings s = quiet.settings(flavour);
        s.pageSize = 50; // exactly 5 full pages, then an empty one
        auto c = quiet.connector(s, SandboxHarness::goodCredentials(flavour));
        auto result = collect(c->customers(Connector::implicitOrganisationId(), {}), 60'000);
        QVERIFY2(result.job->isOk(), qPrintable(result.job->error().technicalDetails()));
        QCOMPARE(result.rows.size(), 250);
        QCOMPARE(ids(result.rows).size(), 250);
        QCOMPARE(result.job->pagesFetched(), 6);
    }
}

void TestPagination::pageCeilingAndDeadline()
{
    std::unique_ptr<Connector> c;
    auto* job = pagedCustomers(c);
    job->setMaxPages(3);
    auto capped = collect(job);
    QVERIFY(!capped.job->isOk());
    QCOMPARE(capped.job->error().code(), u"page_ceiling"_s);

    // Every answer slow, the list's own deadline short: it ends on time with a clear error,
    // however patient each request would be.
    job = pagedCustomers(c);
    job->setDeadlineMs(800);
    h->sandbox->setFaults(1.0, {balie::sandbox::FaultKind::Slow});
    QElapsedTimer clock;
    clock.start();
    auto late = collect(job);
    h->sandbox->setFaults(0, {});
    QVERIFY(!late.job->isOk());
    QCOMPARE(late.job->error().kind(), ApiError::Kind::Timeout);
    QCOMPARE(late.job->error().code(), u"list_deadline"_s);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
}

void TestPagination::aRateLimitedListSlowsDownAndCompletes()
{
    // Outseta allows 2 requests a second here; four pages at once run into 429 + Retry-After.
    // Those waits are the server's pace, not failures: the list lowers its parallelism and
    // completes.
    SandboxOptions options;
    options.customers = 250;
    options.outsetaRatePerSecond = 2;
    SandboxHarness strict(options);
    QVERIFY(strict.started);
    ConnectionSettings s = strict.settings(Flavour::Outseta);
    s.pageSize = 25; // 10 pages
    auto c = strict.connector(s, SandboxHarness::goodCredentials(Flavour::Outseta));
    auto* job = c->customers(Connector::implicitOrganisationId(), {});
    job->setMaxParallel(4);
    auto result = collect(job, 60'000);
    QVERIFY2(result.job->isOk(), qPrintable(result.job->error().technicalDetails()));
    QCOMPARE(result.rows.size(), 250);
    QVERIFY(strict.sandbox->stats().rateLimited > 0);
    QVERIFY(c->client()->listParallelism(4) < 4);
}

void TestPagination::outsetaOffsetInPages()
{
    // Outseta's guide does not say what offset counts. Read as items against a server that
    // means pages, the list would be wrong: it is an error that says so, never a silent short
    // list; set on the connection, every person comes, once.
    SandboxOptions options;
    options.customers = 250;
    options.outsetaOffsetInPages = true;
    SandboxHarness pages(options);
    QVERIFY(pages.started);
    ConnectionSettings s = pages.settings(Flavour::Outseta);
    s.pageSize = 50;
    auto asItems = pages.connector(s, SandboxHarness::goodCredentials(Flavour::Outseta));
    auto wrong = collect(asItems->customers(Connector::implicitOrganisationId(), {}), 60'000);
    QVERIFY(!wrong.job->isOk());
    QCOMPARE(wrong.job->error().code(), u"short_list"_s);

    s.offsetCountsPages = true;
    auto asPages = pages.connector(s, SandboxHarness::goodCredentials(Flavour::Outseta));
    auto right = collect(asPages->customers(Connector::implicitOrganisationId(), {}), 60'000);
    QVERIFY2(right.job->isOk(), qPrintable(right.job->error().technicalDetails()));
    QCOMPARE(right.rows.size(), 250);
    QCOMPARE(ids(right.rows).size(), 250);
}

QTEST_GUILESS_MAIN(TestPagination)
#include "TestPagination.moc"
