// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "CsvExporter.h"
#include "RecordFilterProxy.h"
#include "ResourceModels.h"
#include "SandboxHarness.h"
#include "SearchIndex.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTimeZone>

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
    void aMatchInThePreferredColumnLeads();
    void foldingAgreesWithUnicodeNormalisation();
    void sortsByEveryByteAndEveryNumber();
    void searchTextKeepsEveryRowAcrossChunks();
    void aSortedViewIsLaidOutAgainOnlyWhenARowMoves();
    void aRefreshThatChangedManyRowsKeepsTheSortedOrder();
    void csvExportsTheWholeFilteredSet();
    void csvDialectFollowsTheLocale();
    void csvQuotesForItsSeparator();
    void csvNeutralisesFormulasForSpreadsheets_data();
    void csvNeutralisesFormulasForSpreadsheets();
    void csvForDutchExcelFromRealModels();
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

    // F5: the rows stay on screen while they load again, and change in place.
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    model->refresh();
    QVERIFY(model->isLoading());
    QCOMPARE(model->rowCount(), expected);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 15'000);
    QCOMPARE(model->rowCount(), expected);
    QCOMPARE(reset.count(), 0);
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
    // Another currency with its own symbol where that symbol is its alone, not "EUR1,234.56".
    QCOMPARE(Format::money({123456, u"EUR"_s}), u"€1,234.56"_s);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    QCOMPARE(Format::money({15000, u"USD"_s}), u"USD\u00A0150,00"_s); // "$" could be any dollar
    // Money is not always cents: yen have no minor unit, Kuwaiti dinars three digits of fils.
    QCOMPARE(Format::money({1500, u"JPY"_s}), u"JPY\u00A01.500"_s);
    QVERIFY2(Format::money({1250, u"KWD"_s}).endsWith(u"\u00A01,250"_s), // its own symbol
             qPrintable(Format::money({1250, u"KWD"_s})));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(Format::money({1500, u"JPY"_s}), u"JPY1,500"_s); // "¥" is the yuan's too
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

void TestModels::foldingAgreesWithUnicodeNormalisation()
{
    // What fold() does character by character is what decomposing the whole text (NFKD),
    // dropping its combining marks and folding the case gives, for every character outside
    // ASCII in the Basic Multilingual Plane and beyond it.
    auto reference = [](const QString& text) {
        const QString decomposed = text.normalized(QString::NormalizationForm_KD);
        QString result;
        for (const char32_t d : decomposed.toUcs4()) {
            if (QChar::category(d) != QChar::Mark_NonSpacing) {
                const char32_t folded = QChar::toCaseFolded(d);
                result += QString::fromUcs4(&folded, 1);
            }
        }
        return result.toUtf8();
    };
    int compared = 0;
    for (char32_t ch = 0x80; ch < 0x30000; ++ch) {
        if (QChar::category(ch) == QChar::Other_NotAssigned || QChar::isSurrogate(ch) ||
            (ch >= 0xE000 && ch <= 0xF8FF))
            continue;
        const QString text = u"Ab"_s + QString::fromUcs4(&ch, 1) + u"Z"_s;
        const QByteArray expected = reference(text);
        if (SearchIndex::fold(text) != expected)
            QFAIL(qPrintable(
                u"U+%1 folds to \"%2\", not \"%3\""_s.arg(quint32(ch), 4, 16, QChar(u'0'))
                    .arg(QString::fromUtf8(SearchIndex::fold(text)), QString::fromUtf8(expected))));
        ++compared;
    }
    QVERIFY(compared > 50'000);
    QCOMPARE(SearchIndex::fold(u"Çelik MÜLLER"_s), QByteArray("celik muller"));
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
        if (SearchIndex::fold(name) != name.toLower().toUtf8())
            accented = name;
    }
    QVERIFY(!accented.isEmpty());
    proxy.setFilterText(QString::fromUtf8(SearchIndex::fold(accented)).toUpper());
    QVERIFY(proxy.rowCount() >= 1);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(SearchIndex::fold(proxy.index(row, 0).data().toString()),
                 SearchIndex::fold(accented));

    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), model.rowCount());
    const int updated = model.columnForKey(u"updated_at"_s);
    proxy.sort(updated, Qt::DescendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row - 1, updated).data(RecordTableModel::SortRole).toLongLong() >=
                proxy.index(row, updated).data(RecordTableModel::SortRole).toLongLong());
    }
}

void TestModels::aMatchInThePreferredColumnLeads()
{
    // Sorted by name, the name preferred: rows whose name holds every word lead, the rest
    // follow, each group by name; the same whether typed letter by letter or set at once.
    CustomerTableModel model;
    auto add = [&model](const QString& id, const QString& name, const QString& email) {
        balie::api::Customer customer;
        customer.id = id;
        customer.name = name;
        customer.email = email;
        model.upsert(customer);
    };
    add(u"vries"_s, u"Anna Vries"_s, u"anna.vo@example.nl"_s);
    add(u"boer1"_s, u"Anna Boer"_s, u"anna.1@voorbeeld.nl"_s);
    add(u"boer2"_s, u"Anna Boer"_s, u"anna.2@voorbeeld.nl"_s);
    add(u"bakker"_s, u"Bram Bakker"_s, u"bram@example.nl"_s);
    const int name = model.columnForKey(u"name"_s);
    auto ids = [](const RecordFilterProxy& proxy) {
        QStringList out;
        for (int row = 0; row < proxy.rowCount(); ++row)
            out << proxy.index(row, 0).data(RecordTableModel::IdRole).toString();
        return out;
    };
    RecordFilterProxy typed;
    typed.setSourceModel(&model);
    QAbstractItemModelTester tester(&typed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    typed.sort(name);
    typed.setPreferredColumn(name);
    auto fresh = [&](const QString& text) {
        auto proxy = std::make_unique<RecordFilterProxy>();
        proxy->setSourceModel(&model);
        proxy->sort(name);
        proxy->setPreferredColumn(name);
        proxy->setFilterText(text);
        return ids(*proxy);
    };
    typed.setFilterText(u"anna v"_s);
    QCOMPARE(ids(typed), (QStringList{u"vries"_s, u"boer1"_s, u"boer2"_s}));
    QCOMPARE(ids(typed), fresh(u"anna v"_s));
    // "vo" is in no name: every match is an address's, by name.
    typed.setFilterText(u"anna vo"_s);
    QCOMPARE(ids(typed), (QStringList{u"boer1"_s, u"boer2"_s, u"vries"_s}));
    QCOMPARE(ids(typed), fresh(u"anna vo"_s));
    // A row renamed moves into the leading group.
    add(u"boer2"_s, u"Anna Voskuil"_s, u"anna.2@voorbeeld.nl"_s);
    QCOMPARE(ids(typed), (QStringList{u"boer2"_s, u"boer1"_s, u"vries"_s}));
    QCOMPARE(ids(typed), fresh(u"anna vo"_s));
    // Without a preferred column, the view's order alone ("Anna Voskuil" before "Anna Vries").
    typed.setPreferredColumn(-1);
    QCOMPARE(ids(typed), (QStringList{u"boer1"_s, u"boer2"_s, u"vries"_s}));
}

void TestModels::sortsByEveryByteAndEveryNumber()
{
    // Text sorts by its folded form, also where names agree in their first 16 bytes; numbers
    // read on several threads (a table this large) sort as numbers.
    CustomerTableModel model;
    const QStringList names = {u"Abcdefghijklmnopq Zander"_s,
                               u"abcdefghijklmnopq Anna"_s,
                               u"Abcdefghijklmnopq"_s,
                               u"Ab"_s,
                               u"ab"_s,
                               u"Çelik"_s,
                               u"celik b"_s,
                               u"Zeta"_s,
                               u"Abcdefghijklmnop"_s,
                               QString()};
    QRandomGenerator random(7);
    const int rows = 25'000;
    for (int i = 0; i < rows; ++i) {
        balie::api::Customer customer;
        customer.id = u"cus_%1"_s.arg(i);
        customer.name =
            names.at(i % names.size()) + (i < names.size() ? QString() : u" %1"_s.arg(i));
        customer.updatedAt =
            QDateTime::fromMSecsSinceEpoch(qint64(random.bounded(1'000'000)) * 1000, Qt::UTC);
        model.upsert(customer);
    }
    QCOMPARE(model.rowCount(), rows);
    RecordFilterProxy proxy;
    proxy.setSourceModel(&model);

    const int name = model.columnForKey(u"name"_s);
    proxy.sort(name, Qt::AscendingOrder);
    QList<QPair<QByteArray, int>> expected;
    for (int row = 0; row < rows; ++row)
        expected.append({SearchIndex::fold(model.record(row).name), row});
    std::stable_sort(expected.begin(), expected.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (int i = 0; i < rows; ++i) {
        QCOMPARE(proxy.index(i, name).data(RecordTableModel::IdRole).toString(),
                 model.record(expected.at(i).second).id);
    }

    const int updated = model.columnForKey(u"updated_at"_s);
    proxy.sort(updated, Qt::AscendingOrder);
    for (int i = 1; i < rows; ++i) {
        QVERIFY(proxy.index(i - 1, updated).data(RecordTableModel::SortRole).toLongLong() <=
                proxy.index(i, updated).data(RecordTableModel::SortRole).toLongLong());
    }
}

void TestModels::searchTextKeepsEveryRowAcrossChunks()
{
    // Rows' texts fill several chunks of a megabyte; replacing them longer, removing most and
    // compacting keeps every row's text, its fields and what it matches.
    SearchIndex index;
    auto textOf = [](int row, int version) {
        return u"name %1 v%2\nmail%1@example.org\n"_s.arg(row).arg(version).toUtf8();
    };
    const int rows = 60'000; // about 2.3 MB
    for (int row = 0; row < rows; ++row)
        index.append(textOf(row, 0));
    QVERIFY(index.bytesUsed() > 2 * (1 << 20));
    for (int row = 0; row < rows; row += 997) {
        QCOMPARE(index.text(row).toByteArray(), textOf(row, 0));
        const std::string_view mail = index.view(index.segment(row, 1));
        QCOMPARE(QByteArray(mail.data(), qsizetype(mail.size())),
                 u"mail%1@example.org"_s.arg(row).toUtf8());
    }
    QVERIFY(index.matches(rows - 1, {"mail59999@", "name 59999"}));
    QVERIFY(!index.matches(rows - 2, {"mail59999@"}));

    for (int row = 0; row < rows; row += 2)
        index.replace(row, textOf(row, 1000)); // longer: placed anew
    const quint64 before = index.generation();
    index.remove(0, rows / 2);
    QCOMPARE(index.size(), rows / 2);
    QVERIFY(index.generation() != before); // compacted: most of it was garbage
    for (int i = 0; i < index.size(); i += 499) {
        const int row = rows / 2 + i;
        QCOMPARE(index.text(i).toByteArray(), textOf(row, row % 2 == 0 ? 1000 : 0));
    }
    QCOMPARE(index.textBytes(), [&] {
        qsizetype bytes = 0;
        for (int i = 0; i < index.size(); ++i)
            bytes += index.text(i).size();
        return bytes;
    }());

    // A row's text beyond a chunk's size is cut, not spread over two.
    const QByteArray huge = "start " + QByteArray(3 << 20, 'x');
    index.append(huge);
    QCOMPARE(index.text(index.size() - 1).size(), qsizetype(1 << 20));
    QVERIFY(index.matches(index.size() - 1, {"start xxx"}));
    index.append({}); // an empty text, after a full chunk
    QCOMPARE(index.text(index.size() - 1).size(), qsizetype(0));
    QVERIFY(!index.matches(index.size() - 1, {"start"}));
    index.squeeze();
    QCOMPARE(index.text(index.size() - 3).toByteArray(), textOf(rows - 1, 0));
}

void TestModels::aSortedViewIsLaidOutAgainOnlyWhenARowMoves()
{
    // A new layout costs a view a pass over every row (100,000 customers: tens of ms), and the
    // queue marks and updates rows one by one: only a row that moves asks for one.
    CustomerTableModel model;
    for (int i = 0; i < 1000; ++i) {
        balie::api::Customer customer;
        customer.id = u"cus_%1"_s.arg(i, 4, 10, QChar(u'0'));
        customer.name = u"Name %1"_s.arg(i, 4, 10, QChar(u'0'));
        customer.email = u"n%1@example.org"_s.arg(i);
        model.upsert(customer);
    }
    RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    const int name = model.columnForKey(u"name"_s);
    proxy.sort(name, Qt::AscendingOrder);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy changes(&proxy, &QAbstractItemModel::dataChanged);

    model.setPending(u"cus_0500"_s, u"Waiting to be sent"_s);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.last().at(2).value<QList<int>>(), RecordTableModel::pendingRoles());
    QVERIFY(proxy.index(500, name).data(RecordTableModel::PendingRole).toBool());

    balie::api::Customer same = model.record(model.rowOf(u"cus_0500"_s));
    model.upsert(same); // nothing changed: nothing said
    QCOMPARE(changes.count(), 1);

    same.email = u"other@example.org"_s; // not what the view is sorted by
    model.upsert(same);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(changes.count(), 2);
    QCOMPARE(proxy.index(500, model.columnForKey(u"email"_s)).data().toString(),
             u"other@example.org"_s);

    same.name = u"Aaron"_s; // moves to the top
    model.upsert(same);
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(proxy.index(0, name).data().toString(), u"Aaron"_s);
    QCOMPARE(proxy.index(500, name).data().toString(), u"Name 0499"_s);
}

void TestModels::aRefreshThatChangedManyRowsKeepsTheSortedOrder()
{
    // Forty customers renamed on the server: the refresh moves them in the kept order (merged
    // in, not sorted again), and the sorted view shows every row in order.
    CustomerTableModel model;
    model.setScope(c.get(), h->firstOrganisation());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 15'000);
    RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    const int name = model.columnForKey(u"name"_s);
    proxy.sort(name, Qt::AscendingOrder);
    const int rows = model.rowCount();
    QVERIFY(rows > 100);
    for (int row = 0; row < 40; ++row) {
        const Customer customer = model.record(row * 3);
        auto renamed = await(c->updateCustomer(
            h->firstOrganisation(), customer.id,
            {(row % 2 ? u"Aa "_s : u"Zz "_s) + customer.name, customer.email, customer.phone}));
        QVERIFY2(renamed->isOk(), qPrintable(renamed->error().technicalDetails()));
    }
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 15'000);
    QCOMPARE(proxy.rowCount(), rows);
    QSet<QString> seen;
    QByteArray previous;
    int renamed = 0;
    for (int row = 0; row < rows; ++row) {
        const QString shown = proxy.index(row, name).data().toString();
        const QByteArray folded = SearchIndex::fold(shown);
        QVERIFY2(previous <= folded, qPrintable(shown));
        previous = folded;
        seen.insert(proxy.index(row, name).data(RecordTableModel::IdRole).toString());
        renamed += shown.startsWith(u"Aa "_s) || shown.startsWith(u"Zz "_s) ? 1 : 0;
    }
    QCOMPARE(seen.size(), rows);
    QCOMPARE(renamed, 40);
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
    QVERIFY(lines.first().startsWith("name,email")); // the schema's keys, as balie-cli writes
    QVERIFY(lines.at(1).contains("@example."));
    // Dates are exported in ISO 8601 UTC, not in the locale's words.
    QVERIFY(QRegularExpression(u"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"_s)
                .match(QString::fromUtf8(lines.at(1)))
                .hasMatch());
    QCOMPARE(CsvExporter::quote(u"a,\"b\"\nc"_s), u"\"a,\"\"b\"\"\nc\""_s);
}

void TestModels::csvDialectFollowsTheLocale()
{
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    const CsvDialect nl = CsvDialect::spreadsheet(dutch);
    QCOMPARE(nl.separator, QChar(u';')); // the decimal point is a comma: Excel splits on ';'
    QVERIFY(nl.byteOrderMark);
    QVERIFY(nl.spreadsheetValues);
    QVERIFY(nl.neutraliseFormulas);
    QCOMPARE(CsvExporter::preamble(nl), QByteArray("\xEF\xBB\xBF"));
    QCOMPARE(CsvExporter::record({u"Naam"_s, u"Prijs"_s, u"Kapper & Co, Zuid"_s}, nl),
             u"Naam;Prijs;Kapper & Co, Zuid\r\n"_s);
    QCOMPARE(CsvDialect::spreadsheet(QLocale(QLocale::German, QLocale::Germany)).separator,
             QChar(u';'));
    QCOMPARE(CsvDialect::spreadsheet(QLocale(QLocale::English, QLocale::UnitedStates)).separator,
             QChar(u','));

    // By default the user's locale.
    const QLocale previous;
    auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });
    QLocale::setDefault(dutch);
    QCOMPARE(CsvDialect::spreadsheet().separator, QChar(u';'));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(CsvDialect::spreadsheet().separator, QChar(u','));

    // For scripts: RFC 4180 whatever the locale.
    QLocale::setDefault(dutch);
    const CsvDialect rfc = CsvDialect::rfc4180();
    QCOMPARE(rfc.separator, QChar(u','));
    QVERIFY(!rfc.byteOrderMark);
    QVERIFY(!rfc.spreadsheetValues);
    QVERIFY(!rfc.neutraliseFormulas);
    QVERIFY(CsvExporter::preamble(rfc).isEmpty());
    QCOMPARE(CsvExporter::record({u"a"_s, u"b c"_s, u"d"_s}, rfc), u"a,b c,d\r\n"_s);
}

void TestModels::csvQuotesForItsSeparator()
{
    const CsvDialect rfc = CsvDialect::rfc4180();
    const CsvDialect nl = CsvDialect::spreadsheet(QLocale(QLocale::Dutch, QLocale::Netherlands));
    QCOMPARE(CsvExporter::field(u"a,b"_s, rfc), u"\"a,b\""_s);
    QCOMPARE(CsvExporter::field(u"a;b"_s, rfc), u"a;b"_s);
    QCOMPARE(CsvExporter::field(u"a;b"_s, nl), u"\"a;b\""_s);
    QCOMPARE(CsvExporter::field(u"40,00"_s, nl), u"40,00"_s); // a number for Dutch Excel
    QCOMPARE(CsvExporter::field(u"zeg \"hoi\""_s, nl), u"\"zeg \"\"hoi\"\"\""_s);
    QCOMPARE(CsvExporter::field(u"two\nlines"_s, nl), u"\"two\nlines\""_s);
    QCOMPARE(CsvExporter::field(u" padded "_s, rfc), u"\" padded \""_s);
    QCOMPARE(CsvExporter::field(QString(), nl), QString());
    QCOMPARE(CsvExporter::quote(u"a,\"b\"\nc"_s), u"\"a,\"\"b\"\"\nc\""_s);
}

void TestModels::csvNeutralisesFormulasForSpreadsheets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("spreadsheet"); // as written for Dutch Excel
    auto neutralised = [](const QString& text) {
        return u"\"'"_s + text + u'"';
    };
    QTest::newRow("equals") << u"=1+1"_s << neutralised(u"=1+1"_s);
    QTest::newRow("phone") << u"+31 6 12345678"_s << neutralised(u"+31 6 12345678"_s);
    QTest::newRow("at") << u"@SUM(A1:A9)"_s << neutralised(u"@SUM(A1:A9)"_s);
    QTest::newRow("minus formula") << u"-2+3"_s << neutralised(u"-2+3"_s);
    QTest::newRow("tab") << u"\t=1+1"_s << neutralised(u"\t=1+1"_s);
    QTest::newRow("carriage return") << u"\r=1+1"_s << neutralised(u"\r=1+1"_s);
    QTest::newRow("quotes inside") << u"=HYPERLINK(\"http://x.test\";\"klik\")"_s
                                   << u"\"'=HYPERLINK(\"\"http://x.test\"\";\"\"klik\"\")\""_s;
    // Numbers are data, not formulas: they stay numbers.
    QTest::newRow("negative number") << u"-5"_s << u"-5"_s;
    QTest::newRow("negative amount") << u"-12,50"_s << u"-12,50"_s;
    QTest::newRow("equals inside") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("mobile") << u"0612345678"_s << u"0612345678"_s;
}

void TestModels::csvNeutralisesFormulasForSpreadsheets()
{
    QFETCH(QString, text);
    QFETCH(QString, spreadsheet);
    const CsvDialect nl = CsvDialect::spreadsheet(QLocale(QLocale::Dutch, QLocale::Netherlands));
    QCOMPARE(CsvExporter::field(text, nl), spreadsheet);
    // Scripts get the data as it is (quoted only where RFC 4180 needs it).
    QCOMPARE(CsvExporter::field(text, CsvDialect::rfc4180()), CsvExporter::quote(text));
    QVERIFY(!CsvExporter::quote(text).contains(u'\''));
}

void TestModels::csvForDutchExcelFromRealModels()
{
    const QLocale previous;
    auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    const QString org = h->firstOrganisation();
    auto negative = await(
        c->createProduct(org, {u"Retour shampoo"_s, {}, -5}, ApiRequest::newIdempotencyKey()));
    QVERIFY2(negative->isOk(), qPrintable(negative->error().technicalDetails()));
    auto formula =
        await(c->createProduct(org, {u"-2+3"_s, {}, 7}, ApiRequest::newIdempotencyKey()));
    QVERIFY2(formula->isOk(), qPrintable(formula->error().technicalDetails()));

    ProductTableModel products;
    products.setScope(c.get(), org);
    QTRY_VERIFY_WITH_TIMEOUT(!products.isLoading(), 15'000);
    const CsvDialect dialect = CsvDialect::spreadsheet();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(CsvExporter::write(products, {}, &buffer, &error, dialect));
    QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(buffer.data().mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), products.rowCount() + 1);
    QStringList titles;
    for (int col = 0; col < products.columnCount(); ++col)
        titles << products.columnKey(col);
    QCOMPARE(lines.first(), titles.join(u';'));

    const int stock = products.columnForKey(u"stock_onhand"_s);
    const int created = products.columnForKey(u"created"_s);
    auto lineOf = [&](const QString& id) {
        for (const QString& line : lines) {
            if (line.endsWith(u';' + id))
                return line;
        }
        return QString();
    };
    // A negative stock stays a number; the time is the one on screen (local, Dutch).
    const QStringList negativeFields = lineOf(negative->value().id).split(u';');
    QCOMPARE(negativeFields.size(), products.columnCount());
    QCOMPARE(negativeFields.at(stock), u"-5"_s);
    const int row = products.rowOf(negative->value().id);
    QCOMPARE(negativeFields.at(created), products.index(row, created).data().toString());
    QCOMPARE(negativeFields.at(created),
             QLocale().toString(negative->value().created.toLocalTime(), QLocale::ShortFormat));
    QVERIFY2(QRegularExpression(u"^\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d$"_s)
                 .match(negativeFields.at(created))
                 .hasMatch(),
             qPrintable(negativeFields.at(created)));
    // A name that is a formula is neutralised; its stock is a number.
    QCOMPARE(lineOf(formula->value().id).section(u';', 0, 0), u"\"'-2+3\""_s);
    QCOMPARE(lineOf(formula->value().id).split(u';').at(stock), u"7"_s);

    // Amounts and durations as numbers a Dutch spreadsheet adds up; another currency than the
    // euro keeps its code, as on screen.
    ServiceTableModel services;
    services.setScope(c.get(), org);
    QTRY_VERIFY_WITH_TIMEOUT(!services.isLoading(), 15'000);
    const int price = services.columnForKey(u"price"_s);
    const int duration = services.columnForKey(u"duration_minutes"_s);
    const int name = services.columnForKey(u"name"_s);
    bool sawEuro = false;
    bool sawDollar = false;
    for (int r = 0; r < services.rowCount(); ++r) {
        const Service& s = services.record(r);
        const QString amount = CsvExporter::cellText(services.index(r, price), dialect);
        if (s.price.currency == u"EUR") {
            sawEuro = true;
            QCOMPARE(
                amount,
                QString::number(double(s.price.minorUnits) / 100.0, 'f', 2).replace(u'.', u','));
            QVERIFY(services.index(r, price).data().toString().contains(u"€"_s));
        } else {
            sawDollar = true;
            QCOMPARE(amount, services.index(r, price).data().toString());
            QVERIFY(amount.contains(s.price.currency));
        }
        QCOMPARE(CsvExporter::cellText(services.index(r, duration), dialect),
                 QString::number(s.durationMinutes));
        QCOMPARE(CsvExporter::cellText(services.index(r, name), dialect), s.name);
    }
    QVERIFY(sawEuro);
    QVERIFY(sawDollar);
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
