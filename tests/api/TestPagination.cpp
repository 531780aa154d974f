#include "SandboxHarness.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace balie::test;

// Each pagination style, to a partial last page, over loopback.
class TestPagination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void drfCustomers();
    void drfFollowsNextOneByOneWithoutCount();
    void otesseCustomers();
    void outsetaPeople();
    void plainArrays();
    void organisationScoping();
    void parallelFetchIsBounded();

private:
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

QTEST_GUILESS_MAIN(TestPagination)
#include "TestPagination.moc"
