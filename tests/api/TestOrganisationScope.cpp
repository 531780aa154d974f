// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "SandboxHarness.h"

using namespace Qt::StringLiterals;
using namespace balie::test;

// Requests are bound to the organisation that asked: a switch cancels the previous
// organisation's requests, and no row of one organisation is ever delivered for another.
class TestOrganisationScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void switchCancelsThePreviousOrganisation();
    void listCancelledBeforeItStartsNeverRequests();
    void rapidSwitchingNeverMixesRows();
    void crossOriginNextIsRefused();

private:
    std::unique_ptr<SandboxHarness> h;
};

void TestOrganisationScope::initTestCase()
{
    SandboxOptions options;
    options.customers = 600;
    h = std::make_unique<SandboxHarness>(options);
    QVERIFY2(h->started, qPrintable(h->sandbox->errorString()));
}

void TestOrganisationScope::switchCancelsThePreviousOrganisation()
{
    ConnectionSettings s = h->settings(Flavour::Balie, AuthScheme::ApiKeyHeader);
    s.pageSize = 25; // 24 pages: still loading when the user switches
    auto c = h->connector(s, SandboxHarness::goodCredentials(Flavour::Balie));
    const QList<qint64> orgs = h->sandbox->organisationIds();
    const QString a = QString::number(orgs.at(0));
    const QString b = QString::number(orgs.at(1));

    auto* jobA = c->customers(a, {});
    jobA->setAutoDelete(false);
    std::unique_ptr<CustomerListJob> ownedA(jobA);
    int rowsA = 0;
    bool switched = false;
    connect(jobA, &ListJob::rowsAvailable, jobA, [&] {
        rowsA += int(jobA->takeRows().size());
        // The first page is in and more are in flight: the user switches to b now. (Waiting
        // for it by polling could let a fast machine finish the whole list first.)
        if (!switched) {
            switched = true;
            c->cancelOrganisation(a);
        }
    });
    QTRY_VERIFY(switched);
    QVERIFY(jobA->isFinished());
    QCOMPARE(jobA->error().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(c->client()->jobsInFlight(), 0);
    const int rowsAtSwitch = rowsA;

    auto resultB = collect(c->customers(b, {}));
    QVERIFY(resultB.job->isOk());
    QCOMPARE(resultB.rows.size(), 600);
    QCOMPARE(rowsA, rowsAtSwitch); // nothing of a arrived after the switch
    for (const Customer& customer : std::as_const(resultB.rows))
        QCOMPARE(customer.organisationId, b);
}

void TestOrganisationScope::listCancelledBeforeItStartsNeverRequests()
{
    auto c = h->connector(Flavour::Balie, AuthScheme::ApiKeyHeader);
    const QString org = h->firstOrganisation();
    const qint64 requests = h->sandbox->stats().requests;
    auto* job = held(c->customers(org, {}));
    std::unique_ptr<CustomerListJob> owned(job);
    QSignalSpy rows(job, &ListJob::rowsAvailable);
    c->cancelOrganisation(org); // the user switched before the event loop ran
    QVERIFY(job->isFinished());
    QCOMPARE(job->error().kind(), ApiError::Kind::Cancelled);
    QTest::qWait(200);
    QCOMPARE(rows.count(), 0);
    QCOMPARE(h->sandbox->stats().requests, requests);
}

void TestOrganisationScope::rapidSwitchingNeverMixesRows()
{
    ConnectionSettings s = h->settings(Flavour::Balie, AuthScheme::ApiKeyHeader);
    s.pageSize = 50;
    auto c = h->connector(s, SandboxHarness::goodCredentials(Flavour::Balie));
    const QList<qint64> orgs = h->sandbox->organisationIds();

    // What a view would do: on each switch, cancel the old organisation's work and keep
    // only rows that arrive for the organisation now shown.
    QString shown;
    int foreign = 0;
    int delivered = 0;
    CustomerListJob* last = nullptr;
    for (int i = 0; i < 40; ++i) {
        if (!shown.isEmpty())
            c->cancelOrganisation(shown);
        shown = QString::number(orgs.at(i % orgs.size()));
        auto* job = c->customers(shown, {});
        if (i == 39)
            held(job); // awaited below: it must not delete itself while the loop still waits
        const QString askedFor = shown;
        connect(job, &ListJob::rowsAvailable, this, [&, job, askedFor] {
            const QList<Customer> rows = job->takeRows();
            if (askedFor != shown)
                ++foreign; // a cancelled job must never deliver
            for (const Customer& row : rows) {
                if (row.organisationId != shown)
                    ++foreign;
            }
            delivered += int(rows.size());
        });
        last = job;
        QTest::qWait(i % 3 == 0 ? 15 : 1);
    }
    auto done = await(last);
    QVERIFY(done->isOk());
    QCOMPARE(foreign, 0);
    QVERIFY(delivered >= 600);
    QTRY_COMPARE(c->client()->jobsInFlight(), 0);
}

void TestOrganisationScope::crossOriginNextIsRefused()
{
    // A server (or a proxy in front of it) that links the next page to another host: following
    // it would send the API key there.
    SandboxOptions options;
    options.customers = 120;
    options.publicBaseUrl = QUrl(u"http://127.0.0.2:9"_s);
    SandboxHarness evil(options);
    QVERIFY(evil.started);
    ConnectionSettings s = evil.settings(Flavour::Balie, AuthScheme::ApiKeyHeader);
    s.pageSize = 50;
    auto c = evil.connector(s, SandboxHarness::goodCredentials(Flavour::Balie));
    auto result = collect(c->customers(evil.firstOrganisation(), {}));
    QVERIFY(!result.job->isOk());
    QCOMPARE(result.job->error().code(), u"cross_origin_link"_s);
    QVERIFY(result.job->error().message().contains(u"127.0.0.2"_s));
    QCOMPARE(result.rows.size(), 50); // the first page, from the real server, is kept
}

QTEST_GUILESS_MAIN(TestOrganisationScope)
#include "TestOrganisationScope.moc"
