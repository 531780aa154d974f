// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// The main window against the in-process sandbox, with real widgets under X (./dev test runs
// Xvfb and an unlocked keyring): the demo, fast switching (never a row of another
// organisation), creating an organisation, CSV export, copy, a connection through the dialog
// and the keychain, and switching the language at run time.

#include "ConsoleFixture.h"
#include "ConsoleTestSupport.h"
#include "OperationWait.h"
#include "OrganisationDirectory.h"
#include "OrganisationSession.h"
#include "Outbox.h"
#include "RecordFilterProxy.h"
#include "ResourceModels.h"
#include "StoreThread.h"
#include "Translations.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "bookings/BookingCalendarView.h"
#include "bookings/BookingEditorDialog.h"
#include "bookings/BookingPresentation.h"
#include "bookings/BookingsPage.h"
#include "shell/Colours.h"
#include "shell/ConnectionDialog.h"
#include "shell/CreateOrganisationDialog.h"
#include "shell/CsvExportFlow.h"
#include "shell/CustomerEditorDialog.h"
#include "shell/DemoConnection.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "shell/MessageBar.h"
#include "shell/OrganisationSwitcher.h"
#include "shell/QuickSwitcher.h"
#include "shell/ResourcePage.h"
#include "shell/SettingsDialog.h"
#include "shell/ShortcutsDialog.h"
#include "shell/WelcomePage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTimeEdit>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QWidgetAction>

using namespace Qt::StringLiterals;
using namespace balie::test;
using namespace balie::models;
using balie::ui::MainWindow;
using balie::ui::ResourcePage;

class TestMainWindow : public QObject, private ConsoleFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void demoShowsTheActiveOrganisation();
    void fastSwitchingNeverShowsAnotherOrganisationsRows();
    void createOrganisationThroughTheDialog();
    void exportCsvHasEveryFilteredRow();
    void exportCsvForDutchExcel();
    void exportDialogOffersTheSeparator();
    void copyRowsWithCtrlC();
    void connectionDialogTestsAndSavesToTheKeychain();
    void outsetaConnectionWithItsBudgetShowsItsAccounts();
    void oneTablePerResourceAndOneListEachOnASwitch();
    void columnsFitTheirRowsAndEmptyOnesHide();
    void keyboardShortcutsAreListedAndWork();
    void cancelQuestionReadsLikeADate();
    void aMoveIsUndoneFromTheMessageBarInDutch();
    void aCancelIsUndoneWithCtrlZInItsSeconds();
    void readableInADarkTheme();
    void anEditIsUndoneUnlessTheServerChangedIt();
    void welcomePageStartsTheDemoWithEnter();
    void languageSwitchesAtRunTime();
    void localDataIsShownAndCleared();
    void serverTextIsNeverMarkup();
    void theBookingsLayoutIsKeptForTheNextStart();

private:
    void waitLoaded();
    void verifyOnlyActiveRows(const char* when);
    static QList<QStringList> parseCsv(const QString& text, QChar separator);
    QString activeOrganisation() const { return workspace->active().organisationId; }
    ResourcePage* page(MainWindow::Tab tab) const { return window->page(tab); }
};

void TestMainWindow::initTestCase()
{
    // Real windows and a real keychain: without them this must fail, not pass as skipped.
    QString why;
    QVERIFY2(start({.name = u"mainwindow"_s,
                    .signIn = SignIn::DemoLogin,
                    .needsKeychain = true,
                    .demoWindow = true},
                   &why),
             qPrintable(why));
    waitLoaded();
}

void TestMainWindow::cleanupTestCase()
{
    stop();
}

void TestMainWindow::waitLoaded()
{
    QTRY_VERIFY_WITH_TIMEOUT(!page(MainWindow::Tab::Customers)->model()->isLoading() &&
                                 !page(MainWindow::Tab::Services)->model()->isLoading() &&
                                 !page(MainWindow::Tab::Products)->model()->isLoading() &&
                                 !window->bookingsPage()->bookings()->isLoading() &&
                                 page(MainWindow::Tab::Customers)->model()->rowCount() > 0,
                             30'000);
}

void TestMainWindow::verifyOnlyActiveRows(const char* when)
{
    const QString org = activeOrganisation();
    QList<QAbstractItemModel*> models;
    for (auto tab :
         {MainWindow::Tab::Customers, MainWindow::Tab::Services, MainWindow::Tab::Products}) {
        models << page(tab)->model() << page(tab)->table()->model();
    }
    models << window->bookingsPage()->bookings() << window->bookingsPage()->table()->model();
    for (QAbstractItemModel* model : std::as_const(models)) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString rowOrg =
                model->index(row, 0).data(RecordTableModel::OrganisationRole).toString();
            if (rowOrg != org)
                QFAIL(qPrintable(u"%1: a row of organisation %2 under %3 in %4"_s.arg(
                    QString::fromLatin1(when), rowOrg, org,
                    QString::fromLatin1(model->metaObject()->className()))));
        }
    }
}

void TestMainWindow::demoShowsTheActiveOrganisation()
{
    const Organisation active = workspace->activeOrganisation();
    QVERIFY(!active.name.isEmpty());
    QVERIFY2(window->windowTitle().contains(active.name), qPrintable(window->windowTitle()));
    // The demo's connection is the demo: the title says so once, not "… — Balie platform
    // (demo) — Balie demo"; and it ends with the application's name, so that the window system
    // does not add it again ("… — Balie demo — Balie").
    QCOMPARE(window->windowTitle(), u"%1 (demo) — Balie"_s.arg(active.name));
    QVERIFY(window->windowTitle().endsWith(u"Balie"_s)); // the application's display name
    QVERIFY(window->activeLabel()->isVisible());
    QVERIFY(window->activeLabel()->text().contains(active.name));
    // The switcher: one header per connection, disabled, then the organisations.
    balie::ui::OrganisationSwitcher* switcher = window->switcher();
    QCOMPARE(switcher->count(), 1 + h->sandbox->organisationIds().size());
    QCOMPARE(switcher->itemData(0, balie::ui::OrganisationSwitcher::IsHeaderRole).toBool(), true);
    QVERIFY(!(switcher->model()->flags(switcher->model()->index(0, 0)) & Qt::ItemIsEnabled));
    QCOMPARE(switcher->currentIndex(), switcher->rowOf(workspace->active()));
    // The platform offers everything but the accounts only Outseta has: every other tab is there.
    for (int i = 0; i < window->tabs()->count(); ++i)
        QCOMPARE(window->tabs()->isTabVisible(i), i != int(MainWindow::Tab::Accounts));
    QVERIFY(!window->welcomePage()->isVisible());
    if (qEnvironmentVariableIsSet("BALIE_TEST_SCREENSHOTS"))
        window->grab().save(QDir::temp().filePath(u"balie-main.png"_s));
}

void TestMainWindow::fastSwitchingNeverShowsAnotherOrganisationsRows()
{
    const QList<qint64> orgs = h->sandbox->organisationIds();
    QVERIFY(orgs.size() >= 3);
    window->showTab(MainWindow::Tab::Customers);
    auto* random = QRandomGenerator::global();
    balie::ui::OrganisationSwitcher* switcher = window->switcher();
    for (int round = 0; round < 24; ++round) {
        const QString before = activeOrganisation();
        // A confirmation with its Undo, about this organisation: gone with it, for its Undo
        // would act on the next one's changes.
        Q_EMIT window->bookingsPage()->undoable(u"The booking of Sanne Peters was moved."_s);
        QVERIFY(window->messageBar()->isVisible());
        if (round % 2 == 0) {
            // The toolbar switcher, by keyboard: the header row is skipped.
            switcher->setFocus();
            QTRY_VERIFY(switcher->hasFocus());
            const int row = switcher->currentIndex();
            QTest::keyClick(switcher, row + 1 < switcher->count() ? Qt::Key_Down : Qt::Key_Home);
        } else {
            // Ctrl+K, type part of a name, Enter.
            QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
            balie::ui::QuickSwitcher* quick = window->quickSwitcher();
            QTRY_VERIFY(quick->isVisible());
            const QString target = QString::number(orgs.at(random->bounded(int(orgs.size()))));
            const int directoryRow =
                workspace->directory()->rowOf({workspace->active().connectionId, target});
            const QString name = workspace->directory()
                                     ->index(directoryRow)
                                     .data(OrganisationDirectory::OrganisationNameRole)
                                     .toString();
            QTest::keyClicks(quick->searchEdit(), name.section(u' ', -1).toLower());
            QCOMPARE(quick->matchCount(), 1);
            QTest::keyClick(quick->searchEdit(), Qt::Key_Return);
            QVERIFY(!quick->isVisible());
            QCOMPARE(activeOrganisation(), target);
        }
        QVERIFY(switcher->currentIndex() == switcher->rowOf(workspace->active()));
        if (activeOrganisation() != before) {
            // At once, before any event: the tables are empty or hold the new one's rows.
            verifyOnlyActiveRows("right after the switch");
            QVERIFY(!window->messageBar()->text().contains(u"Sanne Peters"_s) ||
                    !window->messageBar()->isVisible());
        }
        QTest::qWait(random->bounded(60));
        verifyOnlyActiveRows("a moment later");
        QVERIFY(window->windowTitle().contains(workspace->activeOrganisation().name));
    }
    // Esc closes the quick switcher without switching.
    const QString kept = activeOrganisation();
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(window->quickSwitcher()->isVisible());
    QTest::keyClicks(window->quickSwitcher()->searchEdit(), u"zzz"_s);
    QCOMPARE(window->quickSwitcher()->matchCount(), 0);
    QTest::keyClick(window->quickSwitcher()->searchEdit(), Qt::Key_Escape);
    QVERIFY(!window->quickSwitcher()->isVisible());
    QCOMPARE(activeOrganisation(), kept);

    // Settled: every table holds exactly the server's rows of the active organisation.
    waitLoaded();
    verifyOnlyActiveRows("settled");
    const qint64 org = activeOrganisation().toLongLong();
    QCOMPARE(page(MainWindow::Tab::Customers)->model()->rowCount(),
             h->sandbox->rowCount(u"customers"_s, org));
    QCOMPARE(page(MainWindow::Tab::Products)->model()->rowCount(),
             h->sandbox->rowCount(u"products"_s, org));
    QCOMPARE(page(MainWindow::Tab::Services)->model()->rowCount(),
             h->sandbox->rowCount(u"services"_s, org));
    auto server = collect(workspace->activeConnector()->customers(activeOrganisation(), {}));
    QSet<QString> serverIds;
    for (const Customer& c : std::as_const(server.rows))
        serverIds.insert(c.id);
    QSet<QString> shownIds;
    auto* customers = page(MainWindow::Tab::Customers)->model();
    for (int row = 0; row < customers->rowCount(); ++row)
        shownIds.insert(customers->index(row, 0).data(RecordTableModel::IdRole).toString());
    QCOMPARE(shownIds, serverIds);
}

void TestMainWindow::createOrganisationThroughTheDialog()
{
    window->showTab(MainWindow::Tab::Organisations);
    const int before = h->sandbox->rowCount(u"organisations"_s);
    QAction* create = window->action(u"newOrganisationAction"_s);
    QVERIFY(create && create->isVisible());
    create->trigger();
    auto* dialog = window->findChild<balie::ui::CreateOrganisationDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    // Checked before sending: no name, an unknown currency.
    h->sandbox->resetStats();
    dialog->baseCurrencyBox()->setCurrentText(u"XYZ"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(!dialog->fieldError(u"name"_s).isEmpty());
    QVERIFY(!dialog->fieldError(u"baseCurrency"_s).isEmpty());
    QCOMPARE(h->sandbox->stats().requests, 0);

    const QString name = u"Balie Testsalon %1"_s.arg(QCoreApplication::applicationPid());
    QTest::keyClicks(dialog->nameEdit(), name);
    dialog->baseCurrencyBox()->setCurrentText(u"EUR"_s);
    QTest::keyClicks(dialog->currencyFilter(), u"us"_s);
    int shown = 0;
    for (int i = 0; i < dialog->currencyList()->count(); ++i)
        shown += dialog->currencyList()->item(i)->isHidden() ? 0 : 1;
    QVERIFY(shown > 0 && shown < dialog->currencyList()->count());
    dialog->setCurrencyChecked(u"USD"_s, true);
    QTest::keyClicks(dialog->imageEdit(), u"https://example.com/logo.png"_s);
    QVERIFY(dialog->hasUnsavedChanges());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(!dialog->saveButton()->isEnabled()); // in flight
    QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<balie::ui::CreateOrganisationDialog*>(), 15'000);
    QCOMPARE(h->sandbox->rowCount(u"organisations"_s), before + 1);
    // The organisation is in the switcher and the table.
    QTRY_VERIFY_WITH_TIMEOUT(window->switcher()->findText(name, Qt::MatchEndsWith) >= 0, 15'000);
    auto* organisations =
        static_cast<OrganisationTableModel*>(page(MainWindow::Tab::Organisations)->model());
    bool found = false;
    for (const Organisation& o : organisations->records())
        found = found || (o.name == name && o.currencies.contains(u"USD"_s));
    QVERIFY(found);
}

void TestMainWindow::exportCsvHasEveryFilteredRow()
{
    window->showTab(MainWindow::Tab::Customers);
    waitLoaded();
    ResourcePage* customers = page(MainWindow::Tab::Customers);
    customers->filterEdit()->clear();
    const QString path = dir->filePath(u"customers.csv"_s);
    customers->exportCsvTo(path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    const qint64 org = activeOrganisation().toLongLong();
    QCOMPARE(lines.size() - 1, h->sandbox->rowCount(u"customers"_s, org));
    // The ids: the column headed by the schema's key "id", as balie-cli --csv heads it.
    const int csvColumn =
        int(QString::fromUtf8(lines.first().trimmed()).split(u',').indexOf(u"id"_s));
    QVERIFY(csvColumn >= 0);
    auto server = collect(workspace->activeConnector()->customers(activeOrganisation(), {}));
    QSet<QString> serverIds;
    for (const Customer& c : std::as_const(server.rows))
        serverIds.insert(c.id);
    QSet<QString> exported;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        // Ids hold no commas or quotes; a quoted name before may, so count from the end.
        const QStringList fields = QString::fromUtf8(lines.at(i).trimmed()).split(u',');
        const int fromEnd =
            int(QString::fromUtf8(lines.first().trimmed()).split(u',').size()) - csvColumn;
        exported.insert(fields.at(fields.size() - fromEnd));
    }
    QCOMPARE(exported, serverIds);

    // Filtered: only the matching rows.
    const QString someName = customers->model()->index(0, 0).data().toString();
    customers->filterEdit()->setText(someName);
    const int matching = customers->proxy()->rowCount();
    QVERIFY(matching >= 1 && matching < customers->model()->rowCount());
    customers->exportCsvTo(path);
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll().trimmed().split('\n').size() - 1, matching);
    customers->filterEdit()->clear();
}

QList<QStringList> TestMainWindow::parseCsv(const QString& text, QChar separator)
{
    // RFC 4180 with another separator: quoted fields may hold it, quotes and line breaks.
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            ++i;
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

void TestMainWindow::exportCsvForDutchExcel()
{
    // A customer whose name Excel would run as a formula, with a phone number that starts
    // with '+'.
    const QString formula = u"=HYPERLINK(\"http://evil.test\";\"Klik\")"_s;
    auto created = await(workspace->activeConnector()->createCustomer(
        activeOrganisation(), {formula, u"formule@example.nl"_s, u"+31 6 12345678"_s},
        ApiRequest::newIdempotencyKey()));
    QVERIFY2(created->isOk(), qPrintable(created->error().technicalDetails()));
    const Customer customer = created->value();

    // A Dutch user in Amsterdam (a POSIX rule: no tz database needed): local time is not UTC.
    const QByteArray previousTz = qgetenv("TZ");
    auto restore = qScopeGuard([&] {
        if (previousTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", previousTz);
        balie::ui::Language::apply(translations.get(), u"en"_s);
    });
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    QVERIFY(customer.updatedAt.toLocalTime().offsetFromUtc() != 0);
    balie::ui::Language::apply(translations.get(), u"nl"_s);
    window->showTab(MainWindow::Tab::Customers);
    ResourcePage* customers = page(MainWindow::Tab::Customers);
    QTRY_COMPARE(customers->title(), u"Klanten"_s);
    customers->filterEdit()->clear();
    customers->refresh();
    waitLoaded();
    auto* model = static_cast<CustomerTableModel*>(customers->model());
    QVERIFY(model->rowOf(customer.id) >= 0);

    const QString path = dir->filePath(u"klanten.csv"_s);
    customers->exportCsvTo(path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), bytes.left(20).toHex().constData());
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(!text.contains(u'\uFEFF'));
    const QList<QStringList> rows = parseCsv(text, u';');

    // The header: the shown columns' stable keys (as balie-cli --csv writes them, whatever the
    // console's language), separated by ';'; a hidden column is not in the file.
    const QList<int> columns = customers->visibleColumns();
    QVERIFY(columns.size() < customers->allColumnsInViewOrder().size());
    QStringList keys;
    for (int column : columns)
        keys << model->columnKey(column);
    QVERIFY(keys.contains(u"name"_s));
    QCOMPARE(text.section(u"\r\n"_s, 0, 0), keys.join(u';'));
    QCOMPARE(rows.size() - 1, customers->proxy()->rowCount());

    const auto at = [&](const QStringList& row, const char* key) {
        return row.value(columns.indexOf(model->columnForKey(QLatin1String(key))));
    };
    QStringList exported;
    for (const QStringList& row : rows) {
        QCOMPARE(row.size(), columns.size());
        if (at(row, "id") == customer.id)
            exported = row;
    }
    QVERIFY(!exported.isEmpty());
    // Neutralised for Excel (OWASP): a leading quote, and the cell quoted.
    QCOMPARE(at(exported, "name"), u'\'' + formula);
    QVERIFY(text.contains(u"\"'=HYPERLINK(\"\"http://evil.test\"\";\"\"Klik\"\")\""_s));
    QCOMPARE(at(exported, "phone"), u"'+31 6 12345678"_s);
    // Times as on screen: local time, in Dutch.
    const int row = model->rowOf(customer.id);
    for (const char* key : {"updated_at", "created_at"}) {
        const int column = model->columnForKey(QLatin1String(key));
        QCOMPARE(at(exported, key), model->index(row, column).data().toString());
    }
    const QString updated = at(exported, "updated_at");
    QCOMPARE(updated, QLocale(QLocale::Dutch, QLocale::Netherlands)
                          .toString(customer.updatedAt.toLocalTime(), QLocale::ShortFormat));
    QVERIFY2(
        QRegularExpression(u"^\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d$"_s).match(updated).hasMatch(),
        qPrintable(updated));
    QVERIFY(!QRegularExpression(u"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d"_s).match(text).hasMatch());
}

void TestMainWindow::exportDialogOffersTheSeparator()
{
    // Qt's own dialog, the same on every desktop the test runs on.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, true);
    auto restore = qScopeGuard([this] {
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, false);
        balie::ui::Language::apply(translations.get(), u"en"_s);
    });
    balie::ui::Language::apply(translations.get(), u"nl"_s);
    window->showTab(MainWindow::Tab::Customers);
    ResourcePage* customers = page(MainWindow::Tab::Customers);
    QTRY_COMPARE(customers->title(), u"Klanten"_s);
    waitLoaded();
    customers->setOrganisationName(u"Kapsalon De Gouden Schaar / Zuid: \"Centrum\""_s);

    customers->exportCsv();
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = customers->findChild<QFileDialog*>()) && dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    // Dutch Excel wants ';'; ',' is there for another Excel.
    using balie::ui::CsvExportFlow;
    QCOMPARE(dialog->nameFilters(),
             QStringList({CsvExportFlow::semicolonFilter(), CsvExportFlow::commaFilter()}));
    QCOMPARE(dialog->selectedNameFilter(), CsvExportFlow::semicolonFilter());
    QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).fileName(),
             u"Klanten — Kapsalon De Gouden Schaar Zuid Centrum — %1.csv"_s.arg(
                 QDate::currentDate().toString(Qt::ISODate)));
    // The last export's folder, the user's documents or home: an existing folder, never the
    // one the program was started from.
    const QString folder = QFileInfo(dialog->selectedFiles().value(0)).absolutePath();
    QVERIFY2(QDir(folder).exists() && folder != QDir::currentPath(), qPrintable(folder));

    // The other choice: the same file for a spreadsheet, with commas.
    const QString path = dir->filePath(u"customers-comma.csv"_s);
    dialog->selectNameFilter(CsvExportFlow::commaFilter());
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // Save
    QTRY_VERIFY(!customers->findChild<QFileDialog*>());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.mid(3).startsWith("name,"));
    QCOMPARE(parseCsv(QString::fromUtf8(bytes.mid(3)), u',').size() - 1,
             customers->proxy()->rowCount());

    // The next export starts where this one went.
    customers->exportCsv();
    QTRY_VERIFY((dialog = customers->findChild<QFileDialog*>()) && dialog->isVisible());
    QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).absolutePath(),
             QFileInfo(path).absolutePath());
    dialog->reject();
    QTRY_VERIFY(!customers->findChild<QFileDialog*>());
}

void TestMainWindow::copyRowsWithCtrlC()
{
    window->showTab(MainWindow::Tab::Customers);
    ResourcePage* customers = page(MainWindow::Tab::Customers);
    QTableView* table = customers->table();
    QHeaderView* header = table->horizontalHeader();
    // Reorder: the e-mail column first; hide the phone column.
    const int email = customers->model()->columnForKey(u"email"_s);
    const int phone = customers->model()->columnForKey(u"phone"_s);
    header->moveSection(header->visualIndex(email), 0);
    header->setSectionHidden(phone, true);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    table->clearSelection();
    table->selectRow(1);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(3, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QString text = QApplication::clipboard()->text();
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QList<int> visible = customers->visibleColumns();
    QVERIFY(!visible.contains(phone));
    QCOMPARE(visible.first(), email);
    for (int i = 0; i < 3; ++i) {
        const QStringList fields = lines.at(i).split(u'\t');
        QCOMPARE(fields.size(), visible.size());
        QCOMPARE(fields.first(), table->model()->index(i + 1, email).data().toString());
    }
    // Remembered per table: a new page on the same settings restores the order and the hiding.
    customers->saveHeaderState();
    auto* model = new CustomerTableModel;
    ResourcePage other(model, u"customers"_s, settings.get());
    QCOMPARE(other.visibleColumns(), visible);
    header->setSectionHidden(phone, false);
    header->moveSection(0, header->visualIndex(email) == 0 ? email : 0);
}

void TestMainWindow::connectionDialogTestsAndSavesToTheKeychain()
{
    window->action(u"newConnectionAction"_s)->trigger();
    auto* dialog = window->findChild<balie::ui::ConnectionDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Telesto: one way of signing in, so no choice is offered; a key, no secret.
    dialog->flavourBox()->setCurrentIndex(dialog->flavourBox()->findData(int(Flavour::Telesto)));
    QVERIFY(!dialog->authBox()->isVisibleTo(dialog));
    QVERIFY(dialog->keyEdit()->isVisibleTo(dialog));
    QVERIFY(!dialog->secretEdit()->isVisibleTo(dialog));
    QCOMPARE(dialog->keyEdit()->echoMode(), QLineEdit::Password);
    // Telesto's plans differ in their hourly limit; its offset is not a question.
    QVERIFY(dialog->budgetBox()->isVisibleTo(dialog));
    QCOMPARE(dialog->budgetBox()->text(), u"As documented: 100 per hour"_s);
    QVERIFY(!dialog->offsetUnitBox()->isVisibleTo(dialog));
    QCOMPARE(dialog->urlEdit()->placeholderText(), Flavours::info(Flavour::Telesto).exampleBaseUrl);

    // No address: the error is at the address field, and nothing is sent.
    QTest::keyClicks(dialog->nameEdit(), u"Voorraad"_s);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QVERIFY(!dialog->fieldError(u"url"_s).isEmpty());

    const ConnectionSettings telesto = h->settings(Flavour::Telesto);
    QTest::keyClicks(dialog->urlEdit(), telesto.baseUrl.toString());
    QTest::keyClicks(dialog->keyEdit(), u"wrong-key"_s);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QVERIFY(dialog->fieldError(u"url"_s).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 15'000);
    QVERIFY2(!dialog->fieldError(u"apiKey"_s).isEmpty(), "an auth error at the key field");

    dialog->keyEdit()->clear();
    QTest::keyClicks(dialog->keyEdit(),
                     QString::fromUtf8(SandboxHarness::goodCredentials(Flavour::Telesto).apiKey));
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 15'000);
    QVERIFY(dialog->fieldError(u"apiKey"_s).isEmpty());
    QVERIFY(dialog->messageBar()->isVisible());
    QCOMPARE(dialog->messageBar()->level(), balie::ui::MessageBar::Level::Info);

    // Saved: the key in the keychain, the connection in the settings, its organisation in the
    // switcher under a header of its own.
    const int connectionsBefore = int(workspace->connections().size());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<balie::ui::ConnectionDialog*>(), 15'000);
    QCOMPARE(workspace->connections().size(), connectionsBefore + 1);
    QString id;
    for (const ConnectionSettings& s : workspace->connections()) {
        if (s.flavour == Flavour::Telesto)
            id = s.id;
    }
    QVERIFY(!id.isEmpty());
    QVERIFY(!settings->allKeys().join(u' ').contains(u"telesto_demo_key"_s));
    std::optional<CredentialStore::Result> stored;
    keychain->read(id, SecretEntry::apiKey,
                   [&stored](const CredentialStore::Result& r) { stored = r; });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(stored->ok());
    QCOMPARE(stored->data, SandboxHarness::goodCredentials(Flavour::Telesto).apiKey);
    QTRY_VERIFY_WITH_TIMEOUT(workspace->state(id) == Workspace::ConnectionState::Ready, 15'000);

    // Switching to it: only what Telesto offers is shown, and its budget is in the status bar.
    const OrganisationRef previous = workspace->active();
    const int row = workspace->directory()->rowOf({id, Connector::implicitOrganisationId()});
    QVERIFY(row >= 0);
    workspace->activate(workspace->directory()->refAt(row));
    QVERIFY(window->tabs()->isTabVisible(int(MainWindow::Tab::Products)));
    QVERIFY(!window->tabs()->isTabVisible(int(MainWindow::Tab::Customers)));
    QVERIFY(!window->tabs()->isTabVisible(int(MainWindow::Tab::Bookings)));
    QVERIFY(!window->action(u"newBookingAction"_s)->isEnabled());
    QCOMPARE(window->tabs()->currentIndex(), int(MainWindow::Tab::Products));
    auto* budget = window->findChild<QLabel*>(u"rateBudget"_s);
    QVERIFY(budget);
    QTRY_VERIFY(budget->isVisible());
    QVERIFY2(budget->text().contains(u"of 100 this hour"_s), qPrintable(budget->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!page(MainWindow::Tab::Products)->model()->isLoading() &&
                                 page(MainWindow::Tab::Products)->model()->rowCount() > 0,
                             15'000);
    // Telesto's stock is a number, right-aligned.
    auto* products = page(MainWindow::Tab::Products)->model();
    const int stock = products->columnForKey(u"stock_onhand"_s);
    const auto alignment =
        products->index(0, stock).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    QVERIFY(alignment & Qt::AlignRight);
    if (qEnvironmentVariableIsSet("BALIE_TEST_SCREENSHOTS"))
        window->grab().save(QDir::temp().filePath(u"balie-telesto.png"_s));

    workspace->activate(previous);
    bool removed = false;
    workspace->removeConnection(id, [&removed](bool ok, const QString&) { removed = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 15'000);
}

void TestMainWindow::outsetaConnectionWithItsBudgetShowsItsAccounts()
{
    window->action(u"newConnectionAction"_s)->trigger();
    auto* dialog = window->findChild<balie::ui::ConnectionDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Chosen by typing its name in the closed list, as a person does.
    dialog->flavourBox()->setFocus();
    QTest::keyClicks(dialog->flavourBox(), u"Outs"_s);
    QCOMPARE(dialog->flavourBox()->currentData().toInt(), int(Flavour::Outseta));
    QVERIFY(dialog->secretEdit()->isVisibleTo(dialog));
    QVERIFY(dialog->budgetBox()->isVisibleTo(dialog));
    QVERIFY(dialog->offsetUnitBox()->isVisibleTo(dialog));
    QCOMPARE(dialog->budgetBox()->text(), u"As documented: 4 per second"_s);
    QCOMPARE(dialog->offsetUnitBox()->currentData().toBool(), false);

    const ConnectionSettings outseta = h->settings(Flavour::Outseta);
    const Credentials good = SandboxHarness::goodCredentials(Flavour::Outseta);
    QTest::keyClicks(dialog->nameEdit(), u"Leden"_s);
    QTest::keyClicks(dialog->urlEdit(), outseta.baseUrl.toString());
    QTest::keyClicks(dialog->keyEdit(), QString::fromUtf8(good.apiKey));
    QTest::keyClicks(dialog->secretEdit(), QString::fromUtf8(good.secret));
    // Another plan: two requests a second, typed with the arrow keys.
    dialog->budgetBox()->setFocus();
    QTest::keyClick(dialog->budgetBox(), Qt::Key_Up);
    QTest::keyClick(dialog->budgetBox(), Qt::Key_Up);
    QCOMPARE(dialog->budgetBox()->value(), 2);
    QCOMPARE(dialog->budgetBox()->text(), u"2 per second"_s);
    // The offset counts pages on this server; the sandbox's accounts fit on one page, so the
    // list reads the same either way.
    dialog->offsetUnitBox()->setFocus();
    QTest::keyClick(dialog->offsetUnitBox(), Qt::Key_Down);
    QCOMPARE(dialog->offsetUnitBox()->currentText(), u"Pages"_s);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 15'000);
    QCOMPARE(dialog->messageBar()->level(), balie::ui::MessageBar::Level::Info);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<balie::ui::ConnectionDialog*>(), 15'000);

    std::optional<ConnectionSettings> saved;
    for (const ConnectionSettings& s : workspace->connections()) {
        if (s.flavour == Flavour::Outseta)
            saved = s;
    }
    QVERIFY(saved.has_value());
    QCOMPARE(saved->requestBudget, 2);
    QVERIFY(saved->offsetCountsPages);
    QTRY_VERIFY_WITH_TIMEOUT(workspace->state(saved->id) == Workspace::ConnectionState::Ready,
                             15'000);

    // Switched to: customers and accounts, nothing Outseta does not have; the plan's budget.
    const OrganisationRef previous = workspace->active();
    const int row = workspace->directory()->rowOf({saved->id, Connector::implicitOrganisationId()});
    QVERIFY(row >= 0);
    workspace->activate(workspace->directory()->refAt(row));
    QVERIFY(window->tabs()->isTabVisible(int(MainWindow::Tab::Customers)));
    QVERIFY(window->tabs()->isTabVisible(int(MainWindow::Tab::Accounts)));
    QVERIFY(!window->tabs()->isTabVisible(int(MainWindow::Tab::Products)));
    QVERIFY(!window->tabs()->isTabVisible(int(MainWindow::Tab::Bookings)));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_6, Qt::AltModifier);
    QCOMPARE(window->tabs()->currentIndex(), int(MainWindow::Tab::Accounts));
    QCOMPARE(window->tabs()->tabText(window->tabs()->currentIndex()), u"Accounts"_s);
    ResourcePage* accounts = page(MainWindow::Tab::Accounts);
    QTRY_VERIFY_WITH_TIMEOUT(!accounts->model()->isLoading() && accounts->model()->rowCount() > 0,
                             15'000);
    auto* table = accounts->findChild<QTableView*>();
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() == accounts->model()->rowCount());
    const int name = accounts->model()->columnForKey(u"name"_s);
    for (int r = 0; r < accounts->model()->rowCount(); ++r)
        QVERIFY(!accounts->model()->index(r, name).data().toString().isEmpty());
    auto* budget = window->findChild<QLabel*>(u"rateBudget"_s);
    QVERIFY(budget);
    QTRY_VERIFY2(budget->text().contains(u"of 2 this second"_s), qPrintable(budget->text()));

    // Back to the platform: no accounts tab where the flavour has none.
    workspace->activate(previous);
    QVERIFY(!window->tabs()->isTabVisible(int(MainWindow::Tab::Accounts)));
    QVERIFY(!window->action(u"goToTab6Action"_s)->isEnabled());
    bool removed = false;
    workspace->removeConnection(saved->id, [&removed](bool ok, const QString&) { removed = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 15'000);
}

void TestMainWindow::oneTablePerResourceAndOneListEachOnASwitch()
{
    window->showTab(MainWindow::Tab::Customers);
    waitLoaded();
    // Every page, picker and editor shows the session's one table of each resource.
    OrganisationSession* session = workspace->session();
    QVERIFY(session);
    QCOMPARE(page(MainWindow::Tab::Customers)->model(), session->customers());
    QCOMPARE(page(MainWindow::Tab::Services)->model(), session->services());
    QCOMPARE(page(MainWindow::Tab::Products)->model(), session->products());
    QCOMPARE(window->bookingsPage()->customers(), session->customers());
    QCOMPARE(window->bookingsPage()->bookings(), session->bookings());

    // Switching with the keyboard: one list per resource, and make_active; nothing twice.
    const OrganisationRef before = workspace->active();
    OrganisationRef other;
    for (int row = 0; row < workspace->directory()->rowCount(); ++row) {
        if (workspace->directory()->refAt(row) != before)
            other = workspace->directory()->refAt(row);
    }
    QVERIFY(other.isValid());
    const QString name = workspace->directory()
                             ->index(workspace->directory()->rowOf(other))
                             .data(OrganisationDirectory::OrganisationNameRole)
                             .toString();
    h->sandbox->resetStats();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(window->quickSwitcher()->isVisible());
    QTest::keyClicks(window->quickSwitcher()->searchEdit(), name);
    QTest::keyClick(window->quickSwitcher()->searchEdit(), Qt::Key_Return);
    QCOMPARE(workspace->active(), other);
    waitLoaded();
    QTRY_VERIFY_WITH_TIMEOUT(!workspace->organisations()->isLoading(), 15'000);
    QTest::qWait(300);                         // anything late would be counted too
    QCOMPARE(h->sandbox->stats().requests, 5); // customers, services, bookings, products, active
    QCOMPARE(page(MainWindow::Tab::Customers)->model(), workspace->session()->customers());

    // The organisations table says at once which one is active now.
    OrganisationTableModel* organisations = workspace->organisations();
    const int active = organisations->columnForKey(u"active"_s);
    QTRY_VERIFY(organisations->find(other.organisationId)->isActive);
    QVERIFY(!organisations->find(before.organisationId)->isActive);
    QCOMPARE(organisations->index(organisations->rowOf(before.organisationId), active).data(),
             QVariant(QString()));
    QVERIFY(!organisations->index(organisations->rowOf(other.organisationId), active)
                 .data()
                 .toString()
                 .isEmpty());
    workspace->activate(before);
    waitLoaded();
    QTRY_VERIFY(organisations->find(before.organisationId)->isActive);
    QVERIFY(!organisations->find(other.organisationId)->isActive);
}

void TestMainWindow::columnsFitTheirRowsAndEmptyOnesHide()
{
    // Without a saved layout (these settings are new): the ID narrower than the name, and the
    // company, which the platform never sends, out of the way.
    window->showTab(MainWindow::Tab::Customers);
    waitLoaded();
    ResourcePage* customers = page(MainWindow::Tab::Customers);
    QHeaderView* header = customers->table()->horizontalHeader();
    const RecordTableModel* model = customers->model();
    const int id = model->columnForKey(u"id"_s);
    const int name = model->columnForKey(u"name"_s);
    const int company = model->columnForKey(u"company"_s);
    QTRY_VERIFY(header->sectionSize(id) < header->sectionSize(name));
    QVERIFY(header->isSectionHidden(company));
    QVERIFY(!header->isSectionHidden(name));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, company).data().toString().isEmpty());
}

void TestMainWindow::keyboardShortcutsAreListedAndWork()
{
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    window->showTab(MainWindow::Tab::Customers);

    // F1: every shortcut, read from the actions themselves.
    QTest::keyClick(window.get(), Qt::Key_F1);
    balie::ui::ShortcutsDialog* shortcuts = nullptr;
    QTRY_VERIFY((shortcuts = window->findChild<balie::ui::ShortcutsDialog*>()) &&
                shortcuts->isVisible());
    QHash<QString, QString> keys;
    for (int i = 0; i < shortcuts->list()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = shortcuts->list()->topLevelItem(i);
        keys.insert(item->text(0), item->text(1));
    }
    auto native = [](const QKeySequence& key) {
        return key.toString(QKeySequence::NativeText);
    };
    QCOMPARE(keys.value(u"Confirm"_s), native(QKeySequence(Qt::CTRL | Qt::Key_Return)));
    QCOMPARE(keys.value(u"Reschedule"_s), native(QKeySequence(Qt::CTRL | Qt::Key_M)));
    QCOMPARE(keys.value(u"Complete"_s), native(QKeySequence(Qt::CTRL | Qt::Key_D)));
    QCOMPARE(keys.value(u"Undo"_s), native(QKeySequence::Undo));
    QCOMPARE(keys.value(u"Export CSV"_s), native(QKeySequence(Qt::CTRL | Qt::Key_E)));
    QVERIFY(keys.value(u"Keyboard shortcuts"_s).contains(native(QKeySequence::HelpContents)));
    QCOMPARE(keys.value(u"New customer"_s), native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)));
    // The toolbar's actions carry an icon (the theme's, else the style's) beside their text.
    auto* toolBar = window->findChild<QToolBar*>(u"mainToolBar"_s);
    QVERIFY(toolBar);
    QCOMPARE(toolBar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    int withIcons = 0;
    for (QAction* action : toolBar->actions()) {
        if (action->isSeparator() || qobject_cast<QWidgetAction*>(action))
            continue;
        QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
        QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
        ++withIcons;
    }
    QVERIFY(withIcons >= 4);
    // Tooltips and the filter's placeholder name their keys as the platform writes them, read
    // from the keys themselves.
    auto* find = window->findChild<QAction*>(u"findAction"_s);
    QVERIFY(find);
    QCOMPARE(find->toolTip(), u"Filter the current table (%1)"_s.arg(native(find->shortcut())));
    QCOMPARE(page(MainWindow::Tab::Customers)->filterEdit()->placeholderText(),
             u"Filter (%1)…"_s.arg(native(QKeySequence::Find)));
    shortcuts->close();
    QTRY_VERIFY(!window->findChild<balie::ui::ShortcutsDialog*>());
    // Ctrl+/ too, as in many editors and web apps.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_Slash, Qt::ControlModifier);
    QTRY_VERIFY((shortcuts = window->findChild<balie::ui::ShortcutsDialog*>()) &&
                shortcuts->isVisible());
    shortcuts->close();
    QTRY_VERIFY(!window->findChild<balie::ui::ShortcutsDialog*>());

    // The Booking menu lists every action on a booking.
    auto* menu = window->findChild<QMenu*>(u"bookingMenu"_s);
    QVERIFY(menu);
    QStringList names;
    for (QAction* a : menu->actions())
        names << a->objectName();
    for (const char* name : {"newBookingAction", "confirmBookingAction", "rescheduleBookingAction",
                             "completeBookingAction", "cancelBookingAction"})
        QVERIFY2(names.contains(QString::fromLatin1(name)), name);

    // A new customer from the keyboard, also from another tab; the File menu lists it.
    window->showTab(MainWindow::Tab::Bookings);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    balie::ui::CustomerEditorDialog* customer = nullptr;
    QTRY_VERIFY((customer = window->findChild<balie::ui::CustomerEditorDialog*>()) &&
                customer->isVisible());
    QCOMPARE(window->tabs()->currentIndex(), int(MainWindow::Tab::Customers));
    QTRY_COMPARE(QApplication::focusWidget(), customer->nameEdit());
    customer->reject(); // nothing typed: closes without asking
    QTRY_VERIFY(!window->findChild<balie::ui::CustomerEditorDialog*>());
    QStringList fileActions;
    for (QAction* a : window->findChild<QMenu*>(u"fileMenu"_s)->actions())
        fileActions << a->objectName();
    QVERIFY(fileActions.contains(u"newCustomerAction"_s));
    QVERIFY(fileActions.contains(u"newProductAction"_s));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));

    // Ctrl+E exports also while the filter field has the focus (the field would take it as
    // "end of line").
    QLineEdit* filter = page(MainWindow::Tab::Customers)->filterEdit();
    filter->setFocus(Qt::ShortcutFocusReason);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(filter, Qt::Key_E, Qt::ControlModifier);
    QFileDialog* save = nullptr;
    QTRY_VERIFY((save = window->findChild<QFileDialog*>()) && save->isVisible());
    save->reject();
    QTRY_VERIFY(!window->findChild<QFileDialog*>());
}

void TestMainWindow::cancelQuestionReadsLikeADate()
{
    window->showTab(MainWindow::Tab::Bookings);
    balie::ui::BookingsPage* bookings = window->bookingsPage();
    waitLoaded();
    QString id;
    for (const Booking& b : bookings->bookings()->records()) {
        if (BookingStatuses::allows(b.status, BookingAction::Cancel))
            id = b.id;
    }
    QVERIFY(!id.isEmpty());
    bookings->selectBooking(id);
    // Delete, in the bookings table: the question, naming the organisation it acts on.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    bookings->table()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(bookings->table(), Qt::Key_Delete);
    QTRY_VERIFY(bookings->cancelQuestion() && bookings->cancelQuestion()->isVisible());
    QVERIFY2(
        bookings->cancelQuestion()->windowTitle().contains(workspace->session()->description()),
        qPrintable(bookings->cancelQuestion()->windowTitle()));
    const QString text = bookings->cancelQuestion()->text();
    // "Monday, 30 November 2026 at 12:00": no seconds, no zone abbreviation.
    QVERIFY2(!text.contains(QRegularExpression(u"\\d:\\d\\d:\\d\\d"_s)), qPrintable(text));
    QVERIFY2(!text.contains(QRegularExpression(u"\\b(CET|CEST|UTC|GMT)\\b"_s)), qPrintable(text));
    const Booking booking = *bookings->bookings()->find(id);
    QVERIFY2(text.contains(
                 QLocale().toString(booking.scheduledAt.toLocalTime().date(), QLocale::LongFormat)),
             qPrintable(text));
    // "Cancel" is the appointment's; the way out of the question says something else.
    QCOMPARE(bookings->cancelQuestion()->button(QMessageBox::No)->text(), u"Keep booking"_s);
    // Without the style's green tick and red cross, which would contradict these labels.
    for (QAbstractButton* b : bookings->cancelQuestion()->buttons())
        QVERIFY2(b->icon().isNull(), qPrintable(b->text()));
    QTest::mouseClick(bookings->cancelQuestion()->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY(!bookings->cancelQuestion());
}

void TestMainWindow::aMoveIsUndoneFromTheMessageBarInDutch()
{
    // In Dutch, keyboard first: Alt+4, Ctrl+M on a booking, a date twenty weeks ago typed,
    // "Toch naar het verleden verzetten", then "Ongedaan maken" in the message that says where
    // it went: back where it was.
    balie::ui::Language::apply(translations.get(), u"nl"_s);
    const auto english =
        qScopeGuard([this] { balie::ui::Language::apply(translations.get(), u"en"_s); });
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_4, Qt::AltModifier);
    QCOMPARE(window->tabs()->currentIndex(), int(MainWindow::Tab::Bookings));
    QTRY_COMPARE(window->tabs()->tabText(window->tabs()->currentIndex()), u"Afspraken"_s);
    balie::ui::BookingsPage* bookings = window->bookingsPage();
    waitLoaded();
    // A booking ahead whose service (in Amsterdam) takes a Wednesday twenty weeks ago, 09:15.
    const QDate today = QDate::currentDate();
    const QDate past = today.addDays(-140 - today.dayOfWeek() + 3);
    const QDateTime there(past, QTime(9, 15), QTimeZone("Europe/Amsterdam"));
    std::optional<Booking> booking;
    const QDateTime soon = QDateTime::currentDateTimeUtc().addDays(1);
    for (const Booking& b : bookings->bookings()->records()) {
        const std::optional<Service> service = bookings->services()->service(b.serviceId);
        if (!booking && b.scheduledAt > soon &&
            BookingStatuses::allows(b.status, BookingAction::Reschedule) && service &&
            service->availability.timeZone == there.timeZone().id() &&
            service->availability.admits(there, b.durationMinutes))
            booking = b;
    }
    QVERIFY(booking);
    bookings->selectBooking(booking->id);
    bookings->table()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(bookings->table(), Qt::Key_M, Qt::ControlModifier);
    balie::ui::BookingEditorDialog* dialog = bookings->editor();
    QVERIFY(dialog);
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QDateEdit* date = dialog->dateEdit();
    QTRY_COMPARE(QApplication::focusWidget(), date);

    QString format = date->displayFormat();
    format.replace(QRegularExpression(u"(?<![Md])([Md])(?![Md])"_s), u"\\1\\1"_s);
    date->setSelectedSection(date->sectionAt(0));
    QTest::keyClicks(date, QLocale().toString(past, format).remove(QRegularExpression(u"\\D"_s)));
    QCOMPARE(date->date(), past);
    QTest::keyClick(date, Qt::Key_Tab);
    QTest::keyClicks(dialog->timeEdit(), u"0915"_s);
    QTest::keyClick(dialog->timeEdit(), Qt::Key_Return);
    QTRY_VERIFY(dialog->pastQuestion() && dialog->pastQuestion()->isVisible());
    QVERIFY2(dialog->pastQuestion()->windowTitle().contains(workspace->session()->description()),
             qPrintable(dialog->pastQuestion()->windowTitle()));
    QAbstractButton* go = nullptr;
    const QList<QAbstractButton*> buttons = dialog->pastQuestion()->buttons();
    for (QAbstractButton* b : buttons) {
        if (b->text() == u"Toch naar het verleden verzetten"_s)
            go = b;
    }
    QVERIFY(go);
    QTest::mouseClick(go, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!bookings->editor(), 15'000);
    QTRY_COMPARE(bookings->bookings()->find(booking->id)->scheduledAt, there);

    // The message says where it went, in Dutch, with the way back beside it.
    balie::ui::MessageBar* bar = window->messageBar();
    QTRY_VERIFY(bar->isVisible() && bar->actionButton()->isVisible());
    QVERIFY2(
        bar->text().contains(QLocale().toString(there.toLocalTime().date(), QLocale::LongFormat)),
        qPrintable(bar->text()));
    QCOMPARE(bar->actionButton()->text(), u"&Ongedaan maken"_s);
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(bookings->bookings()->find(booking->id)->scheduledAt,
                              booking->scheduledAt, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(workspace->changesWaiting(), 0, 15'000);
    auto onServer =
        collect(workspace->activeConnector()->bookings(workspace->active().organisationId, {}));
    bool back = false;
    for (const Booking& b : std::as_const(onServer.rows))
        back = back || (b.id == booking->id && b.scheduledAt == booking->scheduledAt);
    QVERIFY(back);
}

void TestMainWindow::welcomePageStartsTheDemoWithEnter()
{
    // A first start: no connection, the welcome page; Enter does what it offers first.
    QTemporaryDir empty;
    QSettings fresh(empty.filePath(u"first.ini"_s), QSettings::IniFormat);
    Workspace nothing(&fresh, keychain.get(), &h->nam, &h->budgets);
    MainWindow first(&nothing, &fresh, translations.get());
    first.show();
    first.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&first));
    QVERIFY(first.welcomePage()->isVisible());
    QSignalSpy demo(&first, &MainWindow::demoRequested);
    QTRY_VERIFY(first.welcomePage()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(demo.count(), 1);
}

void TestMainWindow::languageSwitchesAtRunTime()
{
    QCOMPARE(window->tabs()->tabText(int(MainWindow::Tab::Customers)), u"Customers"_s);
    window->showSettings();
    auto* dialog = window->findChild<balie::ui::SettingsDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QComboBox* language = dialog->languageBox();
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    language->setFocus();
    QTRY_VERIFY(language->hasFocus());
    while (language->currentData().toString() != u"nl"_s)
        QTest::keyClick(language, Qt::Key_Down);

    // Everything follows (LanguageChange is posted to every window): tabs, menus, the status
    // bar, the dialog.
    QTRY_COMPARE(window->tabs()->tabText(int(MainWindow::Tab::Customers)), u"Klanten"_s);
    QCOMPARE(window->tabs()->tabText(int(MainWindow::Tab::Bookings)), u"Afspraken"_s);
    QCOMPARE(window->findChild<QMenu*>(u"fileMenu"_s)->title(), u"&Bestand"_s);
    QVERIFY2(window->activeLabel()->text().startsWith(u"Bezig met"_s),
             qPrintable(window->activeLabel()->text()));
    QCOMPARE(dialog->windowTitle(), u"Instellingen"_s);
    // The person's choice, in the application's own settings that start-up reads: not in the
    // window's (the demo's) file.
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"nl"_s);
    QVERIFY(!settings->contains(u"ui/language"_s));
    if (qEnvironmentVariableIsSet("BALIE_TEST_SCREENSHOTS"))
        window->grab().save(QDir::temp().filePath(u"balie-nl.png"_s));

    while (language->currentData().toString() != u"en"_s)
        QTest::keyClick(language, Qt::Key_Down);
    QTRY_COMPARE(window->tabs()->tabText(int(MainWindow::Tab::Customers)), u"Customers"_s);
    QCOMPARE(window->findChild<QMenu*>(u"fileMenu"_s)->title(), u"&File"_s);
    dialog->close();
}

void TestMainWindow::localDataIsShownAndCleared()
{
    const QString id = workspace->active().connectionId;
    waitLoaded();
    workspace->store(id)->flush();
    const QString path = workspace->store(id)->path();
    QVERIFY(QFile::exists(path));
    const qint64 kept = workspace->localDataSize(id);
    QVERIFY(kept > 0);

    window->showSettings();
    auto* dialog = window->findChild<balie::ui::SettingsDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QListWidget* list = dialog->connectionList();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == id)
            list->setCurrentRow(row);
    }
    // The size as this locale writes it.
    QVERIFY(dialog->localDataLabel()->isVisible());
    QVERIFY2(dialog->localDataLabel()->text().contains(QLocale().formattedDataSize(kept)),
             qPrintable(dialog->localDataLabel()->text()));

    // Asked first; "Keep" keeps it.
    QTest::mouseClick(dialog->clearLocalDataButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->clearQuestion() && dialog->clearQuestion()->isVisible());
    QVERIFY(dialog->clearQuestion()->text().contains(workspace->connection(id).name));
    QTest::keyClick(dialog->clearQuestion(), Qt::Key_Return); // the default: Keep
    QTRY_VERIFY(!dialog->clearQuestion());
    QVERIFY(QFile::exists(path));

    QTest::mouseClick(dialog->clearLocalDataButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->clearQuestion() && dialog->clearQuestion()->isVisible());
    QTest::mouseClick(dialog->clearQuestion()->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY(dialog->localDataLabel()->text().startsWith(u"Cleared"_s));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(workspace->localDataSize(id), 0);
    QVERIFY(!dialog->clearLocalDataButton()->isEnabled());
    // The rows on screen stay.
    QVERIFY(workspace->session()->customers()->rowCount() > 0);
    dialog->close();
}

void TestMainWindow::serverTextIsNeverMarkup()
{
    // A name that Qt would render as HTML (and an image it would try to load) if a label or a
    // tooltip took it as rich text.
    const QString name = u"<b>Vet</b> <img src=\"/dev/zero\"> & co"_s;
    auto created = await(workspace->activeConnector()->createCustomer(
        activeOrganisation(), {name, u"markup@example.nl"_s, u"+31 6 87654321"_s},
        ApiRequest::newIdempotencyKey()));
    QVERIFY2(created->isOk(), qPrintable(created->error().technicalDetails()));
    window->showTab(MainWindow::Tab::Customers);
    ResourcePage* customers = page(MainWindow::Tab::Customers);
    customers->filterEdit()->clear();
    customers->refresh();
    waitLoaded();
    auto* model = static_cast<CustomerTableModel*>(customers->model());
    const int row = model->rowOf(created->value().id);
    QVERIFY(row >= 0);

    // The cell shows the text; its tooltip, rendered as views render tooltips, is that text.
    const QModelIndex cell = model->index(row, model->columnForKey(u"name"_s));
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), name);
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY(Qt::mightBeRichText(tip));
    QTextDocument rendered;
    rendered.setHtml(tip);
    QCOMPARE(rendered.toPlainText(), name);
    QVERIFY(!tip.contains(u"<img"_s));

    // Every label of the window shows text as it is.
    const QList<QLabel*> labels = window->findChildren<QLabel*>();
    QVERIFY(!labels.isEmpty());
    for (QLabel* label : labels)
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
}

void TestMainWindow::aCancelIsUndoneWithCtrlZInItsSeconds()
{
    // A cancel cannot be taken back on the server, so it waits a moment first: Delete, "Yes",
    // and Ctrl+Z (Edit › Undo cancellation) in that moment takes it out. Nothing reaches the
    // server, and the booking is as it was.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_4, Qt::AltModifier);
    balie::ui::BookingsPage* bookings = window->bookingsPage();
    waitLoaded();
    workspace->session()->setHoldMs(3'000);
    std::optional<Booking> booking;
    for (const Booking& b : bookings->bookings()->records()) {
        if (!booking && BookingStatuses::allows(b.status, BookingAction::Cancel))
            booking = b;
    }
    QVERIFY(booking);
    bookings->showList();
    bookings->selectBooking(booking->id);
    bookings->table()->setFocus(Qt::OtherFocusReason);
    h->sandbox->resetStats();
    QTest::keyClick(bookings->table(), Qt::Key_Delete);
    QTRY_VERIFY(bookings->cancelQuestion() && bookings->cancelQuestion()->isVisible());
    QTest::mouseClick(bookings->cancelQuestion()->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(bookings->bookings()->find(booking->id)->status, BookingStatus::Cancelled);
    balie::ui::MessageBar* bar = window->messageBar();
    QTRY_VERIFY(bar->isVisible() && bar->actionButton()->isVisible());
    QVERIFY2(bar->text().contains(u"until then it can be undone"_s), qPrintable(bar->text()));
    auto* undo = window->findChild<QAction*>(u"undoAction"_s);
    QTRY_VERIFY(undo->isEnabled());
    QVERIFY2(undo->text().startsWith(u"&Undo cancellation of the booking of"_s),
             qPrintable(undo->text()));

    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(bookings->bookings()->find(booking->id)->status, booking->status);
    QVERIFY(!bookings->bookings()->isPending(bookings->bookings()->rowOf(booking->id)));
    QCOMPARE(workspace->changesWaiting(), 0);
    QTRY_VERIFY2(bar->text().contains(u"Nothing was sent"_s), qPrintable(bar->text()));
    QVERIFY(!undo->isEnabled());
    QTest::qWait(3'500); // past the moment it would have gone
    QCOMPARE(h->sandbox->stats().requests, 0);
    auto onServer =
        collect(workspace->activeConnector()->bookings(workspace->active().organisationId, {}));
    for (const Booking& b : std::as_const(onServer.rows)) {
        if (b.id == booking->id)
            QCOMPARE(b.status, booking->status);
    }
    workspace->session()->setHoldMs(balie::models::Outbox::HoldMs);
}

void TestMainWindow::anEditIsUndoneUnlessTheServerChangedIt()
{
    // A customer's phone number is changed and the server has it: the confirmation's "Undo"
    // puts the old one back on the server. Changed again, and then by someone else: Ctrl+Z
    // says the record was changed since, and the other's change stays.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_2, Qt::AltModifier);
    waitLoaded();
    OrganisationSession* session = workspace->session();
    const QString org = workspace->active().organisationId;
    const Customer before = session->customers()->record(7);
    auto onServer = [&] {
        const auto all = collect(workspace->activeConnector()->customers(org, {}));
        for (const Customer& c : all.rows) {
            if (c.id == before.id)
                return c;
        }
        return Customer{};
    };
    balie::ui::MessageBar* bar = window->messageBar();
    auto* undo = window->findChild<QAction*>(u"undoAction"_s);

    CustomerDraft draft{before.name, before.email, u"+31 20 555 0101"_s};
    QVERIFY(awaitOperation<Customer>(session->updateCustomer(before.id, draft)).ok);
    QTRY_VERIFY(bar->isVisible() && bar->actionButton()->isVisible());
    QVERIFY2(bar->text().contains(before.name), qPrintable(bar->text()));
    QCOMPARE(undo->text(), u"&Undo edit of customer %1"_s.arg(before.name));
    QCOMPARE(onServer().phone, draft.phone);
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(onServer().phone, before.phone, 15'000);
    QTRY_COMPARE(session->customers()->find(before.id)->phone, before.phone);
    QTRY_VERIFY2(bar->text().startsWith(u"Undone"_s), qPrintable(bar->text()));
    QVERIFY(!undo->isEnabled());

    // Changed here, then elsewhere; the console sees the other's change (F5).
    draft.phone = u"+31 20 555 0202"_s;
    QVERIFY(awaitOperation<Customer>(session->updateCustomer(before.id, draft)).ok);
    QTRY_VERIFY(undo->isEnabled());
    const CustomerDraft theirs{before.name, before.email, u"+31 20 555 0303"_s};
    QVERIFY(await(workspace->activeConnector()->updateCustomer(org, before.id, theirs))->isOk());
    QTest::keyClick(window.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(session->customers()->find(before.id)->phone, theirs.phone, 15'000);
    h->sandbox->resetStats();
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY2(bar->text().contains(u"changed since"_s), qPrintable(bar->text()));
    QCOMPARE(bar->level(), balie::ui::MessageBar::Level::Warning);
    QTest::qWait(300);
    QCOMPARE(h->sandbox->stats().requests, 0);
    QCOMPARE(onServer().phone, theirs.phone);
    QVERIFY(!undo->isEnabled());
}

void TestMainWindow::readableInADarkTheme()
{
    // A dark desktop theme, chosen while the window is open: messages, errors and cancelled
    // bookings take their colours from it, not from a light theme's.
    const QPalette light = QApplication::palette();
    auto restore = qScopeGuard([&light] { QApplication::setPalette(light); });
    QPalette dark = light;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        dark.setColor(group, QPalette::Window, QColor(0x31, 0x36, 0x3b));
        dark.setColor(group, QPalette::WindowText, QColor(0xef, 0xf0, 0xf1));
        dark.setColor(group, QPalette::Base, QColor(0x23, 0x26, 0x29));
        dark.setColor(group, QPalette::Text, QColor(0xef, 0xf0, 0xf1));
    }
    balie::ui::MessageBar* bar = window->messageBar();
    bar->showMessage(u"Light first"_s, balie::ui::MessageBar::Level::Warning);
    QVERIFY(bar->palette().color(QPalette::Window).lightness() > 128);
    QApplication::setPalette(dark);
    QTRY_VERIFY(bar->palette().color(QPalette::Window).lightness() < 128);
    QVERIFY(bar->palette().color(QPalette::WindowText).lightness() > 128);
    bar->showMessage(u"An error"_s, balie::ui::MessageBar::Level::Error);
    QVERIFY(bar->palette().color(QPalette::Window).lightness() < 128);
    bar->dismiss();
    using balie::ui::BookingPresentation;
    QVERIFY(BookingPresentation::statusBackground(BookingStatus::Cancelled).lightness() < 128);
    QVERIFY(BookingPresentation::statusForeground(BookingStatus::Cancelled).lightness() > 128);
    QVERIFY(balie::ui::Colours::errorText(QApplication::palette()).lightness() > 128);
    // An error under a field, in an editor opened before the theme changed, follows it too.
    QLabel error;
    balie::ui::Colours::showAsError(&error);
    QVERIFY(error.palette().color(QPalette::WindowText).lightness() > 128);
    QApplication::setPalette(light);
    QTRY_VERIFY(error.palette().color(QPalette::WindowText).lightness() < 128);
}

void TestMainWindow::theBookingsLayoutIsKeptForTheNextStart()
{
    // The list's columns as the user chose them, the calendar by the day: so at the next start.
    window->showTab(MainWindow::Tab::Bookings);
    balie::ui::BookingsPage* bookings = window->bookingsPage();
    bookings->showList();
    waitLoaded();
    QHeaderView* header = bookings->table()->horizontalHeader();
    const int customerId = bookings->bookings()->columnForKey(u"customer_id"_s);
    QVERIFY(customerId >= 0);
    QVERIFY(header->isSectionHidden(customerId));
    const QPoint at(10, header->height() / 2);
    QContextMenuEvent rightClick(QContextMenuEvent::Mouse, at, header->mapToGlobal(at));
    QApplication::sendEvent(header->viewport(), &rightClick);
    QTRY_VERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    QAction* show = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->text() == u"Customer ID"_s)
            show = action;
    }
    QVERIFY(show && !show->isChecked());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(show).center());
    QTRY_VERIFY(!header->isSectionHidden(customerId));
    QTest::mouseClick(bookings->findChild<QAbstractButton*>(u"showCalendar"_s), Qt::LeftButton);
    QTest::mouseClick(bookings->findChild<QAbstractButton*>(u"calendarDay"_s), Qt::LeftButton);
    QCOMPARE(bookings->calendar()->span(), balie::ui::BookingCalendarView::Span::Day);

    // Quit and start again on the same settings.
    QVERIFY(window->close());
    QVERIFY(showWindow(true));
    bookings = window->bookingsPage();
    QCOMPARE(window->tabs()->currentWidget(), static_cast<QWidget*>(bookings));
    QVERIFY(bookings->calendar()->isVisible());
    QCOMPARE(bookings->calendar()->span(), balie::ui::BookingCalendarView::Span::Day);
    QCOMPARE(bookings->calendar()->firstDay(), bookings->calendar()->lastDay());
    QTRY_VERIFY(bookings->bookings() && bookings->table()->model()->columnCount() > customerId);
    QVERIFY(!bookings->table()->horizontalHeader()->isSectionHidden(customerId));
    // Showing a column set no width: the page goes on fitting the widths to each load.
    QVERIFY(!settings->value(u"bookings/widthsSetByUser"_s).toBool());
    // Other detail columns stay as they were: hidden.
    const int serviceId = bookings->bookings()->columnForKey(u"service_id"_s);
    QVERIFY(serviceId >= 0);
    QVERIFY(bookings->table()->horizontalHeader()->isSectionHidden(serviceId));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
