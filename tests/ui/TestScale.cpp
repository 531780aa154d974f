// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// The console at a real customer base: 100,000 customers in one organisation, in Dutch. What a
// person does with them (filter as they type, sort by a column, pick a customer for a booking
// and for the bookings filter) gives the right rows; how fast is balie-bench's to measure.

#include "ChangeHistory.h"
#include "ConsoleFixture.h"
#include "ConsoleTestSupport.h"
#include "DeskSearch.h"
#include "OrganisationSession.h"
#include "RecordFilterProxy.h"
#include "ResourceModels.h"
#include "SearchIndex.h"
#include "Translations.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "bookings/BookingCalendarGrid.h"
#include "bookings/BookingCalendarView.h"
#include "bookings/BookingEditorDialog.h"
#include "bookings/BookingsPage.h"
#include "bookings/CustomerPicker.h"
#include "config/ConnectionStore.h"
#include "shell/CustomerCard.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "shell/MessageBar.h"
#include "shell/ResourcePage.h"
#include "shell/SearchPopup.h"
#include "today/TodayPage.h"

#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace balie::test;
using namespace balie::models;
using balie::ui::MainWindow;

class TestScale : public QObject, private ConsoleFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void filterAsYouTypeFindsEveryMatch();
    void sortByNameAndBackToTheServersOrder();
    void pickTheThirdCelikForABooking();
    void anEditMadeOfflineIsFoundAndUndone();
    void aCallerIsFoundAmongThemWithTheServerStopped();
    void aBookingIsMadeLongerWithTheServerStopped();

private:
    static constexpr int Customers = 100'000;
};

void TestScale::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    SandboxOptions options;
    options.organisations = 1;
    options.customers = Customers;
    QString why;
    QVERIFY2(start({.sandbox = options, .name = u"scale"_s, .language = u"nl"_s}, &why),
             qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(workspace->session() &&
                                 workspace->session()->customers()->rowCount() == Customers &&
                                 !workspace->session()->customers()->isLoading(),
                             120'000);
}

void TestScale::cleanupTestCase()
{
    stop();
    balie::ui::Language::apply(translations.get(), u"en"_s);
}

void TestScale::filterAsYouTypeFindsEveryMatch()
{
    window->showTab(MainWindow::Tab::Customers);
    balie::ui::ResourcePage* page = window->page(MainWindow::Tab::Customers);
    auto* count = page->findChild<QLabel*>(u"rowCount"_s);
    // Digits grouped as the user's language groups them.
    QTRY_COMPARE(count->text(), u"100.000 rijen"_s);

    // Letter by letter, without the accent, into the real field.
    QLineEdit* filter = page->filterEdit();
    filter->setFocus(Qt::ShortcutFocusReason);
    const QString typed = u"celik"_s;
    CustomerTableModel* customers = workspace->session()->customers();
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        QTest::keyClick(filter, typed.at(n - 1).toLatin1());
        // Every customer whose text holds what is typed so far, and only those.
        const QByteArray word = typed.left(n).toUtf8();
        int expected = 0;
        const int name = customers->columnForKey(u"name"_s);
        const int email = customers->columnForKey(u"email"_s);
        for (int row = 0; row < customers->rowCount(); ++row) {
            const QString text = customers->index(row, name).data().toString() + u'\n' +
                                 customers->index(row, email).data().toString();
            if (SearchIndex::fold(text).contains(word))
                ++expected;
        }
        if (n == typed.size()) {
            QCOMPARE(page->proxy()->rowCount(), expected);
            QVERIFY(expected > 100);
        } else {
            QVERIFY(page->proxy()->rowCount() >= expected); // phone and company match too
        }
    }
    for (int row = 0; row < page->proxy()->rowCount(); ++row)
        QVERIFY(
            SearchIndex::fold(page->proxy()->index(row, 0).data().toString()).contains("celik"));
    QCOMPARE(count->text(),
             u"%1 van 100.000 rijen"_s.arg(QLocale().toString(page->proxy()->rowCount())));
    filter->clear();
    QTRY_COMPARE(page->proxy()->rowCount(), Customers);
}

void TestScale::sortByNameAndBackToTheServersOrder()
{
    window->showTab(MainWindow::Tab::Customers);
    balie::ui::ResourcePage* page = window->page(MainWindow::Tab::Customers);
    QHeaderView* header = page->table()->horizontalHeader();
    QTRY_VERIFY(header->isVisible());
    const int name = page->model()->columnForKey(u"name"_s);
    const QPoint at(header->sectionViewportPosition(name) + header->sectionSize(name) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(page->proxy()->sortColumn(), name);
    QCOMPARE(page->proxy()->rowCount(), Customers);
    // Ascending, case and accents aside, over the whole table.
    QByteArray previous;
    for (int row = 0; row < Customers; row += 97) {
        const QByteArray folded =
            SearchIndex::fold(page->proxy()->index(row, name).data().toString());
        QVERIFY2(previous <= folded, qPrintable(QString::fromUtf8(previous + " > " + folded)));
        previous = folded;
    }
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(page->proxy()->sortOrder(), Qt::DescendingOrder);
    QVERIFY(SearchIndex::fold(page->proxy()->index(0, name).data().toString()) >=
            SearchIndex::fold(page->proxy()->index(Customers - 1, name).data().toString()));
}

void TestScale::pickTheThirdCelikForABooking()
{
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier); // Nieuwe afspraak
    balie::ui::BookingEditorDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->bookingsPage()->editor()) && dialog->isVisible());
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    balie::ui::CustomerPicker* picker = dialog->customerPicker();
    QTRY_COMPARE(QApplication::focusWidget(), picker->searchEdit());
    QTest::keyClicks(picker->searchEdit(), u"celik"_s);
    QTreeView* popup = picker->popup();
    QTRY_VERIFY(popup->isVisible());
    // Thousands match: the first hundred are offered, in name order.
    QCOMPARE(popup->model()->rowCount(), balie::ui::CustomerPicker::MaxSuggestions);
    const QString third = popup->model()->index(2, 0).data(RecordTableModel::IdRole).toString();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(picker->customerId(), third);
    dialog->discard();
    QTRY_VERIFY(!window->bookingsPage()->editor());
}

void TestScale::anEditMadeOfflineIsFoundAndUndone()
{
    // Among 100,000 customers, with the server stopped: a customer renamed shows at once in
    // italics, the filter finds the new name, the window says it is offline, and Ctrl+Z takes
    // the change out again: the old name is back and nothing is waiting.
    window->showTab(MainWindow::Tab::Customers);
    balie::ui::ResourcePage* page = window->page(MainWindow::Tab::Customers);
    OrganisationSession* session = workspace->session();
    CustomerTableModel* customers = session->customers();
    const Customer before = customers->record(54'321);
    SandboxHarness::Outage outage(*h);

    const auto renamed = session->updateCustomer(
        before.id, CustomerDraft{u"Zoë Offline-Verhoeven"_s, before.email, before.phone});
    Q_UNUSED(renamed);
    QTRY_VERIFY_WITH_TIMEOUT(session->isOffline(), 20'000);
    QVERIFY(window->offlineLabel()->isVisible());
    QCOMPARE(workspace->changesWaiting(), 1);

    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QLineEdit* filter = page->filterEdit();
    filter->setFocus(Qt::ShortcutFocusReason);
    QTest::keyClicks(filter, u"zoe offline"_s);
    QTRY_COMPARE(page->proxy()->rowCount(), 1);
    const QModelIndex found = page->proxy()->index(0, 0);
    QVERIFY(found.data(RecordTableModel::PendingRole).toBool());
    QVERIFY2(found.data(Qt::ToolTipRole).toString().contains(u"Wacht"_s),
             qPrintable(found.data(Qt::ToolTipRole).toString()));

    // Ctrl+Z from the table (the filter field keeps its own undo for its text).
    QSignalSpy undone(session->history(), &ChangeHistory::undone);
    page->table()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(page->table(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(workspace->changesWaiting(), 0);
    QTRY_COMPARE(customers->find(before.id)->name, before.name);
    QTRY_COMPARE(page->proxy()->rowCount(), 0);
    QTRY_COMPARE(undone.count(), 1);
    QVERIFY2(undone.first().at(0).toString().startsWith(u"Ongedaan gemaakt"_s),
             qPrintable(undone.first().at(0).toString()));
    QVERIFY(undone.first().at(1).toBool());
    filter->clear();
    QTRY_COMPARE(page->proxy()->rowCount(), Customers);
    QVERIFY(!customers->isPending(customers->rowOf(before.id)));

    QVERIFY2(outage.back(), qPrintable(h->sandbox->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isOffline(), 40'000);
}

void TestScale::aCallerIsFoundAmongThemWithTheServerStopped()
{
    // The server is away; a caller gives their number as dialled at home. Ctrl+Shift+F finds
    // them among 100,000, Enter opens their card, and Today (Alt+0) still shows the day.
    OrganisationSession* session = workspace->session();
    CustomerTableModel* customers = session->customers();
    std::optional<Customer> caller;
    for (int row = 77'777; row < Customers && !caller; ++row) {
        const Customer c = customers->record(row);
        if (c.phone.startsWith(u"+31 6"_s))
            caller = c;
    }
    QVERIFY(caller);
    const QString dialled = u"06"_s + caller->phone.mid(6).remove(u' ');
    SandboxHarness::Outage outage(*h);

    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    balie::ui::SearchPopup* popup = window->searchPopup();
    QTRY_VERIFY(popup->isVisible() && popup->searchEdit()->hasFocus());
    QTest::keyClicks(popup->searchEdit(), dialled);
    // Every customer with that number, and only those, under the heading.
    int expected = 0;
    const QByteArray wanted = dialled.toUtf8();
    for (int row = 0; row < Customers; ++row) {
        if (SearchIndex::phoneText(customers->record(row).phone).toUtf8().contains(wanted))
            ++expected;
    }
    QVERIFY(expected >= 1);
    int shown = 0;
    for (int row = 0; row < popup->results()->rowCount(); ++row) {
        const QModelIndex index = popup->results()->index(row, 0);
        if (DeskSearch::Kind(index.data(DeskSearch::KindRole).toInt()) ==
            DeskSearch::Kind::Customer)
            ++shown;
    }
    QCOMPARE(shown, qMin(expected, int(DeskSearch::PerGroup)));
    QTRY_COMPARE(popup->list()->currentIndex().data(DeskSearch::IdRole).toString(), caller->id);
    QTest::keyClick(popup->searchEdit(), Qt::Key_Return);
    balie::ui::CustomerCard* card = nullptr;
    QTRY_VERIFY((card = window->findChild<balie::ui::CustomerCard*>()) && card->isVisible());
    QCOMPARE(card->customerId(), caller->id);
    QVERIFY2(card->contactLabel()->text().contains(u"Telefoon"_s),
             qPrintable(card->contactLabel()->text()));
    card->close();

    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_0, Qt::AltModifier);
    QTRY_COMPARE(window->tabs()->currentWidget(), static_cast<QWidget*>(window->todayPage()));
    QVERIFY2(window->todayPage()->nowLabel()->text().startsWith(u"Nu "_s),
             qPrintable(window->todayPage()->nowLabel()->text()));
    QVERIFY2(outage.back(), qPrintable(h->sandbox->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isOffline(), 40'000);
}

void TestScale::aBookingIsMadeLongerWithTheServerStopped()
{
    // Among 100,000 customers, with the server away: a booking's lower edge dragged in the
    // calendar waits in the queue at its new length, and goes once the server is back.
    OrganisationSession* session = workspace->session();
    std::optional<Service> service;
    for (const Service& s : session->services()->records()) {
        if (s.durationMinutes == 30)
            service = s;
    }
    QVERIFY(service);
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(8 - today.dayOfWeek() + 7 * 11);
    const QDateTime ten(monday.addDays(1), QTime(10, 0), QTimeZone(service->availability.timeZone));
    BookingDraft draft;
    draft.serviceId = service->id;
    draft.customerId = session->customers()->record(99'999).id;
    draft.scheduledAt = ten.toUTC();
    auto made = await(workspace->activeConnector()->createBooking(
        organisation(), draft, balie::api::ApiRequest::newIdempotencyKey()));
    QVERIFY2(made->isOk(), qPrintable(made->error().technicalDetails()));
    const QString id = made->value().id;

    window->showTab(MainWindow::Tab::Bookings);
    balie::ui::BookingsPage* page = window->bookingsPage();
    page->fromEdit()->setDate(
        monday.addDays(-((monday.dayOfWeek() - int(QLocale().firstDayOfWeek()) + 7) % 7)));
    page->showCalendar();
    BookingTableModel* bookings = session->bookings();
    QTRY_VERIFY_WITH_TIMEOUT(!bookings->isLoading() && bookings->find(id), 20'000);
    balie::ui::BookingCalendarGrid* grid = page->calendar()->grid();
    QTRY_VERIFY(grid->visibleBookingIds().contains(id));
    grid->verticalScrollBar()->setValue(grid->verticalScrollBar()->value() +
                                        grid->blockRect(id).top() - 40);

    SandboxHarness::Outage outage(*h);
    const QRect block = grid->blockRect(id);
    const QPoint edge(block.center().x(), block.bottom() - 1);
    const QPoint end(edge.x(), grid->pointFor(ten.addSecs(3600).toLocalTime()).y());
    QTest::mousePress(grid->viewport(), Qt::LeftButton, {}, edge);
    QTest::mouseMove(grid->viewport(), edge + QPoint(0, 10));
    QTest::mouseMove(grid->viewport(), end);
    QTest::mouseRelease(grid->viewport(), Qt::LeftButton, {}, end);
    QTRY_COMPARE_WITH_TIMEOUT(bookings->find(id)->durationMinutes, 60, 20'000);
    QVERIFY(bookings->isPending(bookings->rowOf(id)));
    QCOMPARE(bookings->find(id)->scheduledAt, ten.toUTC());
    QTRY_COMPARE(workspace->changesWaiting(), 1);
    QTRY_VERIFY(!page->editor());

    QVERIFY2(outage.back(), qPrintable(h->sandbox->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(workspace->changesWaiting(), 0, 40'000);
    auto onServer = collect(workspace->activeConnector()->bookings(organisation(), {}));
    int found = 0;
    for (const Booking& b : std::as_const(onServer.rows)) {
        if (b.id == id) {
            QCOMPARE(b.durationMinutes, 60);
            QCOMPARE(b.scheduledAt, ten.toUTC());
            ++found;
        }
    }
    QCOMPARE(found, 1);
    page->showList();
}

QTEST_MAIN(TestScale)
#include "TestScale.moc"
