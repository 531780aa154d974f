#include "CsvExporter.h"
#include "RecordFilterProxy.h"
#include "ResourceModels.h"
#include "SandboxHarness.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace balie::test;
using namespace balie::models;

// Every resource model, fed page by page from the sandbox, under QAbstractItemModelTester.
class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyModelPassesTheTester_data();
    void everyModelPassesTheTester();
    void scopeChangeNeverShowsForeignRows();
    void localeFormatting();
    void filterAndSortProxy();
    void csvExportsTheWholeFilteredSet();
    void upsertAfterCreate();

private:
    std::unique_ptr<SandboxHarness> h;
    std::unique_ptr<Connector> c;
};

void TestModels::initTestCase()
{
    SandboxOptions options;
    options.customers = 230;
    h = std::make_unique<SandboxHarness>(options);
    QVERIFY(h->started);
    ConnectionSettings s = h->settings(Flavour::Balie, AuthScheme::ApiKeyHeader);
    s.pageSize = 50;
    c = h->connector(s, SandboxHarness::goodCredentials(Flavour::Balie));
}

void TestModels::everyModelPassesTheTester_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("organisations") << u"organisations"_s;
    QTest::newRow("customers") << u"customers"_s;
    QTest::newRow("services") << u"services"_s;
    QTest::newRow("bookings") << u"bookings"_s;
    QTest::newRow("products") << u"products"_s;
}

static std::unique_ptr<RecordTableModel> makeModel(const QString& table)
{
    if (table == u"organisations")
        return std::make_unique<OrganisationTableModel>();
    if (table == u"customers")
        return std::make_unique<CustomerTableModel>();
    if (table == u"services")
        return std::make_unique<ServiceTableModel>();
    if (table == u"bookings")
        return std::make_unique<BookingTableModel>();
    return std::make_unique<ProductTableModel>();
}

void TestModels::everyModelPassesTheTester()
{
    QFETCH(QString, table);
    auto model = makeModel(table);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    RecordFilterProxy proxy;
    proxy.setSourceModel(model.get());
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(0);

    QSignalSpy loading(model.get(), &RecordTableModel::loadingChanged);
    const QString org = h->firstOrganisation();
    model->setScope(c.get(), org);
    QVERIFY(model->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 15'000);
    QVERIFY2(!model->lastError().isError(), qPrintable(model->lastError().message()));
    QVERIFY(model->lastSynced().isValid());
    const int expected = table == u"organisations" ? int(h->sandbox->organisationIds().size())
                                                   : h->sandbox->rowCount(table, org.toLongLong());
    QCOMPARE(model->rowCount(), expected);
    QVERIFY(model->rowCount() > 0);
    for (int col = 0; col < model->columnCount(); ++col) {
        QVERIFY(!model->headerData(col, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(model->columnForKey(model->columnKey(col)), col);
    }
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!model->index(row, 0).data(RecordTableModel::IdRole).toString().isEmpty());

    model->refresh(); // F5: cleared, then loaded again
    QCOMPARE(model->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), expected, 15'000);
    model->setScope(nullptr, {});
    QCOMPARE(model->rowCount(), 0);
}

void TestModels::scopeChangeNeverShowsForeignRows()
{
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<qint64> orgs = h->sandbox->organisationIds();
    int foreign = 0;
    QString shown;
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex&, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    if (model.index(row, 0).data(RecordTableModel::OrganisationRole).toString() !=
                        shown)
                        ++foreign;
                }
            });
    for (int i = 0; i < 30; ++i) {
        shown = QString::number(orgs.at(i % orgs.size()));
        model.setScope(c.get(), shown);
        QTest::qWait(i % 4 == 0 ? 20 : 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 15'000);
    QCOMPARE(foreign, 0);
    QCOMPARE(model.rowCount(), h->sandbox->rowCount(u"customers"_s, shown.toLongLong()));
}

void TestModels::localeFormatting()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    QCOMPARE(Format::money({123456, u"EUR"_s}), u"€\u00A01.234,56"_s); // a no-break space
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(Format::money({123456, u"USD"_s}), u"$1,234.56"_s);
    QCOMPARE(Format::money({123456, u"EUR"_s}), u"EUR1,234.56"_s);
    QLocale::setDefault(previous);

    ProductTableModel products;
    products.setScope(c.get(), h->firstOrganisation());
    QTRY_VERIFY_WITH_TIMEOUT(!products.isLoading(), 15'000);
    const int stock = products.columnForKey(u"stock_onhand"_s);
    QVERIFY(stock >= 0);
    const auto alignment =
        products.index(0, stock).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    QVERIFY(alignment.testFlag(Qt::AlignRight)); // stock is a number, right-aligned
    bool sawNumber = false;
    for (int row = 0; row < products.rowCount(); ++row)
        sawNumber =
            sawNumber || products.index(row, stock).data(RecordTableModel::SortRole).userType() ==
                             QMetaType::LongLong;
    QVERIFY(sawNumber);
}

void TestModels::filterAndSortProxy()
{
    CustomerTableModel model;
    model.setScope(c.get(), h->firstOrganisation());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 15'000);
    RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Type part of a name, without its accents: the row with the accented name stays.
    QString accented;
    for (int row = 0; row < model.rowCount() && accented.isEmpty(); ++row) {
        const QString name = model.record(row).name;
        if (RecordFilterProxy::fold(name) != name.toLower())
            accented = name;
    }
    QVERIFY(!accented.isEmpty());
    proxy.setFilterText(RecordFilterProxy::fold(accented).toUpper());
    QVERIFY(proxy.rowCount() >= 1);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(RecordFilterProxy::fold(proxy.index(row, 0).data().toString()),
                 RecordFilterProxy::fold(accented));

    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), model.rowCount());
    const int updated = model.columnForKey(u"updated_at"_s);
    proxy.sort(updated, Qt::DescendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row - 1, updated).data(RecordTableModel::SortRole).toLongLong() >=
                proxy.index(row, updated).data(RecordTableModel::SortRole).toLongLong());
    }
}

void TestModels::csvExportsTheWholeFilteredSet()
{
    CustomerTableModel model;
    model.setScope(c.get(), h->firstOrganisation());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 15'000);
    RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(u"@example."_s); // not the @voorbeeld.nl addresses
    const int filtered = proxy.rowCount();
    // More than one page of 50, fewer than all: the export is the filtered set, every page.
    QVERIFY2(filtered > 50 && filtered < model.rowCount(), qPrintable(QString::number(filtered)));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(CsvExporter::write(proxy, {}, &buffer, &error));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size() - 2, filtered); // header, rows, the empty tail after the last CRLF
    QVERIFY(lines.first().startsWith("Name,E-mail"));
    QVERIFY(lines.at(1).contains("@example."));
    // Dates are exported in ISO 8601 UTC, not in the locale's words.
    QVERIFY(QRegularExpression(u"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"_s)
                .match(QString::fromUtf8(lines.at(1)))
                .hasMatch());
    QCOMPARE(CsvExporter::quote(u"a,\"b\"\nc"_s), u"\"a,\"\"b\"\"\nc\""_s);
}

void TestModels::upsertAfterCreate()
{
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScope(c.get(), h->firstOrganisation());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 15'000);
    const int before = model.rowCount();
    auto created = await(c->createCustomer(h->firstOrganisation(),
                                           {u"Lotte Jansen"_s, u"lotte@example.nl"_s, {}},
                                           ApiRequest::newIdempotencyKey()));
    QVERIFY(created->isOk());
    model.upsert(created->value());
    QCOMPARE(model.rowCount(), before + 1);
    QVERIFY(c->can(Capability::UpdateCustomer));
    auto updated =
        await(c->updateCustomer(h->firstOrganisation(), created->value().id,
                                {u"Lotte Jansen"_s, u"lotte@example.nl"_s, u"+31 6 00000000"_s}));
    QVERIFY2(updated->isOk(), qPrintable(updated->error().technicalDetails()));
    QCOMPARE(updated->value().id, created->value().id);
    Customer changed = updated->value();
    QCOMPARE(changed.phone, u"+31 6 00000000"_s);
    model.upsert(changed);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.record(model.rowOf(changed.id)).phone, changed.phone);
}

QTEST_GUILESS_MAIN(TestModels)
#include "TestModels.moc"
