// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// The Today view as the desk starts the day with it: Alt+0 shows the day's bookings in time
// order with the next one marked, a count by status and tomorrow's first appointments; the
// arrow keys and one key act on a booking; the view follows the clock and the server.

#include "ConsoleFixture.h"
#include "DayAgenda.h"
#include "OrganisationSession.h"
#include "RecordFilterProxy.h"
#include "ResourceModels.h"
#include "SandboxHarness.h"
#include "Workspace.h"
#include "bookings/BookingCalendarView.h"
#include "bookings/BookingEditorDialog.h"
#include "bookings/BookingsPage.h"
#include "shell/MainWindow.h"
#include "today/TodayPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace balie::test;
using namespace balie::models;
using balie::ui::MainWindow;
using balie::ui::TodayPage;

class TestToday : public QObject, private ConsoleFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theDayInTimeOrderWithTheNextMarked();
    void oneKeyActsOnTheChosenBooking();
    void itFollowsTheClock();
    void theBookingsTabKeepsItsOwnDates();

private:
    QString book(const QDateTime& start, int customer, bool cancel = false);
    std::optional<Booking> onServer(const QString& id);
    TodayPage* today() const { return window->todayPage(); }

    Service m_service;
    QDate m_day; // a Wednesday weeks ahead, shown as today
    QString m_early, m_noon, m_cancelled, m_tomorrow;
};

void TestToday::initTestCase()
{
    QString why;
    QVERIFY2(start({.name = u"today"_s}, &why), qPrintable(why));
    OrganisationSession* session = workspace->session();
    QTRY_VERIFY_WITH_TIMEOUT(session->services()->rowCount() > 0 &&
                                 session->customers()->rowCount() > 5 &&
                                 !session->bookings()->isLoading(),
                             20'000);
    for (const Service& s : session->services()->records()) {
        if (s.durationMinutes == 30)
            m_service = s;
    }
    QVERIFY(!m_service.id.isEmpty());
    const QDate now = QDate::currentDate();
    m_day = now.addDays(7 * 12 + (Qt::Wednesday - now.dayOfWeek() + 7) % 7);
    const QTimeZone zone(m_service.availability.timeZone);
    // Made out of order; one cancelled; one the next morning.
    m_noon = book(QDateTime(m_day, QTime(13, 0), zone), 2);
    m_early = book(QDateTime(m_day, QTime(10, 0), zone), 1);
    m_cancelled = book(QDateTime(m_day, QTime(15, 0), zone), 3, true);
    m_tomorrow = book(QDateTime(m_day.addDays(1), QTime(9, 30), zone), 4);
    QVERIFY(!m_noon.isEmpty() && !m_early.isEmpty() && !m_cancelled.isEmpty() &&
            !m_tomorrow.isEmpty());
    session->setHoldMs(200);
}

void TestToday::cleanupTestCase()
{
    stop();
}

QString TestToday::book(const QDateTime& start, int customer, bool cancel)
{
    BookingDraft draft;
    draft.serviceId = m_service.id;
    draft.customerId = workspace->session()->customers()->record(customer).id;
    draft.scheduledAt = start.toUTC();
    auto made = await(workspace->activeConnector()->createBooking(
        organisation(), draft, balie::api::ApiRequest::newIdempotencyKey()));
    if (!made->isOk())
        return {};
    if (cancel) {
        auto cancelled = await(workspace->activeConnector()->bookingAction(
            organisation(), made->value().id, BookingAction::Cancel));
        if (!cancelled->isOk())
            return {};
    }
    return made->value().id;
}

std::optional<Booking> TestToday::onServer(const QString& id)
{
    auto list = collect(workspace->activeConnector()->bookings(organisation(), {}));
    for (const Booking& b : std::as_const(list.rows)) {
        if (b.id == id)
            return b;
    }
    return std::nullopt;
}

void TestToday::theDayInTimeOrderWithTheNextMarked()
{
    // The day is shown as if it were today, at 11:00 in the service's zone.
    const QTimeZone zone(m_service.availability.timeZone);
    today()->setNow(QDateTime(m_day, QTime(11, 0), zone));
    today()->today()->setDate(QDateTime(m_day, QTime(12, 0), zone).toLocalTime().date());
    today()->tomorrow()->setDate(today()->today()->date().addDays(1));
    window->showTab(MainWindow::Tab::Bookings);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_0, Qt::AltModifier);
    QTRY_COMPARE(window->tabs()->currentWidget(), static_cast<QWidget*>(today()));

    // The bookings page took in the day, and the view shows it once loaded.
    DayAgenda* day = today()->today();
    QTRY_VERIFY_WITH_TIMEOUT(day->rowOf(m_early) >= 0 && day->rowOf(m_noon) >= 0 &&
                                 day->rowOf(m_cancelled) >= 0,
                             20'000);
    QCOMPARE(day->rowCount(), 3); // the day has only this test's bookings
    for (int row = 1; row < day->rowCount(); ++row)
        QVERIFY(day->booking(row - 1).scheduledAt <= day->booking(row).scheduledAt);
    QVERIFY(day->rowOf(m_early) < day->rowOf(m_noon));
    // 10:00 has begun; 13:00 is next; cancelled 15:00 is not.
    QCOMPARE(day->nextRow(), day->rowOf(m_noon));
    QVERIFY(day->index(day->rowOf(m_noon), 0).data(DayAgenda::IsNextRole).toBool());
    QVERIFY(day->index(day->rowOf(m_cancelled), 0).data(Qt::FontRole).value<QFont>().strikeOut());
    const Booking noon = day->booking(day->rowOf(m_noon));
    QVERIFY2(today()->nowLabel()->text().contains(noon.customerName),
             qPrintable(today()->nowLabel()->text()));
    const QString summary = today()->summaryLabel()->text();
    QVERIFY2(summary.contains(u"%1 bookings"_s.arg(day->rowCount())), qPrintable(summary));
    QVERIFY2(summary.contains(u"cancelled"_s), qPrintable(summary));
    const Booking next = *workspace->session()->bookings()->find(m_tomorrow);
    QTRY_VERIFY2(today()->tomorrowLabel()->text().contains(next.customerName),
                 qPrintable(today()->tomorrowLabel()->text()));
    // The next appointment is where the keyboard starts.
    QTRY_COMPARE(today()->currentId(), m_noon);
    if (qEnvironmentVariableIsSet("BALIE_TEST_SCREENSHOTS"))
        window->grab().save(QDir::temp().filePath(u"balie-today.png"_s));
}

void TestToday::oneKeyActsOnTheChosenBooking()
{
    QTreeView* agenda = today()->agenda();
    DayAgenda* day = today()->today();
    agenda->setFocus();
    QTRY_VERIFY(agenda->hasFocus());
    QCOMPARE(today()->currentId(), m_noon);
    // 13:00 has not begun: it cannot be completed yet; it can be confirmed.
    QVERIFY(!today()->completeAction()->isEnabled());
    QVERIFY(today()->confirmAction()->isEnabled());
    QTest::keyClick(agenda, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(onServer(m_noon)->status, BookingStatus::Confirmed, 15'000);
    QTRY_COMPARE(day->booking(day->rowOf(m_noon)).status, BookingStatus::Confirmed);

    // Up to 10:00, which has begun: confirmed, then Ctrl+D completes it.
    while (today()->currentId() != m_early)
        QTest::keyClick(agenda, Qt::Key_Up);
    QVERIFY(!today()->completeAction()->isEnabled()); // not confirmed yet
    QTest::keyClick(agenda, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(day->booking(day->rowOf(m_early)).status, BookingStatus::Confirmed);
    QCOMPARE(today()->currentId(), m_early);
    QTRY_VERIFY(today()->completeAction()->isEnabled());
    // (The bookings page completes by the real clock, weeks before this day: what is checked
    // here is that the key asks for it.)
    QSignalSpy asked(today(), &TodayPage::actionRequested);
    QTest::keyClick(agenda, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(0).toString(), m_early);
    QCOMPARE(asked.first().at(1).value<std::optional<BookingAction>>(),
             std::optional<BookingAction>(BookingAction::Complete));

    // Enter opens the booking; Esc closes it.
    while (today()->currentId() != m_noon)
        QTest::keyClick(agenda, Qt::Key_Down);
    QTest::keyClick(agenda, Qt::Key_Return);
    balie::ui::BookingsPage* bookings = window->bookingsPage();
    QTRY_VERIFY(bookings->editor() && bookings->editor()->isVisible());
    QCOMPARE(bookings->editor()->original().id, m_noon);
    bookings->editor()->reject();
    QTRY_VERIFY(!bookings->editor());

    // Delete asks before it cancels; "Keep booking" keeps it.
    agenda->activateWindow();
    agenda->setFocus();
    QTest::keyClick(agenda, Qt::Key_Delete);
    QTRY_VERIFY(bookings->cancelQuestion() && bookings->cancelQuestion()->isVisible());
    QTest::mouseClick(bookings->cancelQuestion()->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY(!bookings->cancelQuestion());
    // Past the hold a cancel would wait (200 ms here): nothing was sent, nothing waits.
    QTest::qWait(600);
    QCOMPARE(workspace->changesWaiting(), 0);
    QCOMPARE(day->booking(day->rowOf(m_noon)).status, BookingStatus::Confirmed);
    QCOMPARE(onServer(m_noon)->status, BookingStatus::Confirmed);
}

void TestToday::itFollowsTheClock()
{
    // Past the last appointment: nothing is next any more, and the line says so.
    const QTimeZone zone(m_service.availability.timeZone);
    DayAgenda* day = today()->today();
    today()->setNow(QDateTime(m_day, QTime(16, 0), zone));
    QCOMPARE(day->nextRow(), -1);
    QVERIFY2(today()->nowLabel()->text().contains(u"no more appointments"_s),
             qPrintable(today()->nowLabel()->text()));
    // Back at 9:00: the 10:00 one is next again (confirmed; completing it waits for the real
    // clock).
    today()->setNow(QDateTime(m_day, QTime(9, 0), zone));
    QCOMPARE(day->nextRow(), day->rowOf(m_early));
    QVERIFY2(today()->nowLabel()->text().contains(day->booking(day->rowOf(m_early)).customerName),
             qPrintable(today()->nowLabel()->text()));
}

void TestToday::theBookingsTabKeepsItsOwnDates()
{
    balie::ui::BookingsPage* page = window->bookingsPage();
    BookingTableModel* table = workspace->session()->bookings();
    const QDateTime dayStart(today()->today()->date(), QTime(0, 0));
    // Switches to Today and back; the Bookings tab's calendar, dates and list are as they were.
    const auto visitToday = [&](const QDate& shown) {
        window->showTab(MainWindow::Tab::Bookings);
        page->showCalendar();
        page->calendar()->setDate(shown);
        const QDate first = page->calendar()->firstDay();
        const QDate from = page->fromEdit()->date();
        const QDate to = page->toEdit()->date();
        QCOMPARE(from, first);
        QTRY_VERIFY_WITH_TIMEOUT(!table->isLoading(), 20'000);

        QTest::keyClick(window.get(), Qt::Key_0, Qt::AltModifier);
        QTRY_COMPARE(window->tabs()->currentWidget(), static_cast<QWidget*>(today()));
        QTRY_VERIFY_WITH_TIMEOUT(today()->today()->rowOf(m_early) >= 0 && !table->isLoading(),
                                 20'000);
        window->showTab(MainWindow::Tab::Bookings);
        QCOMPARE(page->calendar()->firstDay(), first);
        QCOMPARE(page->fromEdit()->date(), from);
        QCOMPARE(page->toEdit()->date(), to);
        QTRY_VERIFY_WITH_TIMEOUT(!table->isLoading(), 20'000);
        // The list and the calendar show their own dates only, and say how many.
        const QDateTime listedFrom(from, QTime(0, 0));
        const QDateTime listedTo(to.addDays(1), QTime(0, 0));
        int listed = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const Booking b = table->record(row);
            const bool own = b.endsAt() > listedFrom && b.scheduledAt < listedTo;
            listed += own ? 1 : 0;
            QCOMPARE(page->proxy()->mapFromSource(table->index(row, 0)).isValid(), own);
        }
        QCOMPARE(page->proxy()->rowCount(), listed);
        auto* state = page->findChild<QLabel*>(u"bookingsState"_s);
        QVERIFY2(state->text().startsWith(QLocale().toString(listed) + u' '),
                 qPrintable(state->text()));
    };

    // Three weeks ahead, far from the test's day (twelve weeks ahead): each page loads its own
    // days, never the weeks between them.
    visitToday(QDate::currentDate().addDays(21));
    QVERIFY(table->rowOf(m_early) < 0);
    QVERIFY(table->query().from >= QDateTime(page->fromEdit()->date(), QTime(0, 0)).toUTC());

    // The week after the test's day, near it: one load holds both, and only the list's own
    // days are listed.
    visitToday(today()->today()->date().addDays(7));
    QVERIFY(table->rowOf(m_early) >= 0);
    QVERIFY(!page->proxy()->mapFromSource(table->index(table->rowOf(m_early), 0)).isValid());
    QVERIFY(table->query().from <= dayStart.toUTC());

    // Today still has its day when it is shown again.
    QTest::keyClick(window.get(), Qt::Key_0, Qt::AltModifier);
    QTRY_COMPARE(window->tabs()->currentWidget(), static_cast<QWidget*>(today()));
    QTRY_VERIFY(today()->today()->rowOf(m_early) >= 0 && today()->today()->rowOf(m_noon) >= 0);
}

QTEST_MAIN(TestToday)
#include "TestToday.moc"
