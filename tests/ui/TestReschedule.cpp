// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// Moving a booking as a person does, keyboard first: Ctrl+M on the selected booking, a date
// typed into the date field, Tab to the time (not into the month), the whole date spelled out
// with its weekday, a question before anything moves into the past, and Ctrl+Z to move it back.

#include "ChangeHistory.h"
#include "ConsoleFixture.h"
#include "bookings/BookingCalendarGrid.h"
#include "bookings/BookingCalendarView.h"
#include "bookings/BookingEditorDialog.h"
#include "bookings/BookingPresentation.h"
#include "bookings/CustomerPicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace balie::test;
using namespace balie::models;
namespace api = balie::api;
using balie::ui::BookingEditorDialog;

class TestReschedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tabGoesFromTheDateToTheTime();
    void thePastIsAskedAboutAndAMoveIsUndone();
    void aServiceNamedBySlugKeepsItsTimeZone();

private:
    // A booking ahead that can be moved, to `to` when given (its service, in `to`'s zone, admits
    // that time).
    std::optional<api::Booking>
    movableBooking(const QDateTime& to = {},
                   std::optional<api::BookingStatus> status = std::nullopt) const;
    BookingEditorDialog* openReschedule(const api::Booking& booking)
    {
        return openReschedule(f, booking);
    }
    static BookingEditorDialog* openReschedule(ConsoleFixture& fixture,
                                               const api::Booking& booking);
    static void showMonths(ConsoleFixture& fixture);
    std::optional<api::Booking> onServer(const QString& id);
    // The digits a person types for `date` in the date field, section after section.
    static QString digitsOf(const QDateEdit* edit, const QDate& date);
    QAbstractButton* buttonWithText(QMessageBox* box, const QString& text) const;

    ConsoleFixture f;
};

void TestReschedule::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    QString why;
    QVERIFY2(
        f.start({.name = u"reschedule"_s, .screen = ConsoleFixture::Screen::BookingsPage}, &why),
        qPrintable(why));
    showMonths(f);
    QVERIFY(f.pageLoaded());
}

void TestReschedule::showMonths(ConsoleFixture& fixture)
{
    auto* from = fixture.bookingsPage->findChild<QDateEdit*>(u"fromDate"_s);
    auto* to = fixture.bookingsPage->findChild<QDateEdit*>(u"toDate"_s);
    to->setDate(QDate::currentDate().addDays(60));
    from->setDate(QDate::currentDate().addDays(-200));
    QTRY_VERIFY(fixture.bookingsPage->bookings()->query().from.toLocalTime().date() ==
                from->date());
}

void TestReschedule::cleanupTestCase()
{
    f.stop();
}

std::optional<api::Booking>
TestReschedule::movableBooking(const QDateTime& to, std::optional<api::BookingStatus> status) const
{
    const QDateTime soon = QDateTime::currentDateTimeUtc().addDays(1);
    for (const api::Booking& b : f.bookingsPage->bookings()->records()) {
        if (b.scheduledAt <= soon ||
            !api::BookingStatuses::allows(b.status, api::BookingAction::Reschedule) ||
            (status && b.status != *status))
            continue;
        const std::optional<api::Service> service =
            f.bookingsPage->services()->service(b.serviceId);
        // The time is typed in the service's zone: the same as `to`'s.
        if (!to.isValid() || (service && service->availability.timeZone == to.timeZone().id() &&
                              service->availability.admits(to, b.durationMinutes)))
            return b;
    }
    return std::nullopt;
}

BookingEditorDialog* TestReschedule::openReschedule(ConsoleFixture& fixture,
                                                    const api::Booking& booking)
{
    fixture.bookingsPage->selectBooking(booking.id);
    fixture.bookingsPage->activateWindow();
    if (!QTest::qWaitForWindowActive(fixture.bookingsPage.get()))
        return nullptr;
    fixture.bookingsPage->table()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(fixture.bookingsPage->table(), Qt::Key_M, Qt::ControlModifier); // "Reschedule…"
    BookingEditorDialog* dialog = fixture.bookingsPage->editor();
    if (!dialog || dialog->mode() != BookingEditorDialog::Mode::Reschedule)
        return nullptr;
    dialog->activateWindow();
    return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
}

std::optional<api::Booking> TestReschedule::onServer(const QString& id)
{
    auto list = collect(f.workspace->activeConnector()->bookings(f.organisation(), {}));
    for (const api::Booking& b : std::as_const(list.rows)) {
        if (b.id == id)
            return b;
    }
    return std::nullopt;
}

QString TestReschedule::digitsOf(const QDateEdit* edit, const QDate& date)
{
    QString format = edit->displayFormat();
    format.replace(QRegularExpression(u"(?<![Md])([Md])(?![Md])"_s), u"\\1\\1"_s);
    return QLocale().toString(date, format).remove(QRegularExpression(u"\\D"_s));
}

QAbstractButton* TestReschedule::buttonWithText(QMessageBox* box, const QString& text) const
{
    const QList<QAbstractButton*> buttons = box->buttons();
    for (QAbstractButton* b : buttons) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

void TestReschedule::tabGoesFromTheDateToTheTime()
{
    const std::optional<api::Booking> booking = movableBooking();
    QVERIFY(booking);
    BookingEditorDialog* dialog = openReschedule(*booking);
    QVERIFY(dialog);
    QDateEdit* date = dialog->dateEdit();
    QTRY_COMPARE(QApplication::focusWidget(), date);
    // The customer and the note stay as they are, and look it (not on a typing field's white).
    for (QLineEdit* fixed : {dialog->customerPicker()->searchEdit(), dialog->noteEdit()}) {
        QVERIFY(fixed->isReadOnly());
        QCOMPARE(fixed->palette().color(QPalette::Base), fixed->palette().color(QPalette::Window));
    }

    // The first part of the date, then Tab: the next field, not the next part of the date.
    const QDate before = date->date();
    date->setSelectedSection(date->sectionAt(0));
    QTest::keyClick(date, Qt::Key_Home);
    QTest::keyClick(date, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->timeEdit());
    QTest::keyClicks(dialog->timeEdit(), u"1430"_s);
    QCOMPARE(dialog->timeEdit()->time(), QTime(14, 30));
    QCOMPARE(date->date(), before); // the time went nowhere near the month

    // The result, spelled out with its weekday.
    const QString summary = dialog->whenSummary()->text();
    QVERIFY2(summary.contains(QLocale().dayName(before.dayOfWeek())), qPrintable(summary));
    QVERIFY2(summary.contains(QLocale().toString(before, QLocale::LongFormat)),
             qPrintable(summary));
    QVERIFY(summary.contains(balie::ui::BookingPresentation::timeText(QTime(14, 30))));

    // Shift+Tab from the minutes goes back to the date, not to the hours; typing there starts
    // at the day.
    QTest::keyClick(dialog->timeEdit(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), date);
    const QDate later = before.addDays(7);
    QTest::keyClicks(date, digitsOf(date, later));
    QCOMPARE(date->date(), later);

    // The date's Alt shortcut, after the year was the part last used: typing starts at the day.
    QLabel* label = nullptr;
    for (QLabel* l : dialog->findChildren<QLabel*>()) {
        if (l->buddy() == date)
            label = l;
    }
    QVERIFY(label);
    const qsizetype amp = label->text().indexOf(u'&');
    QVERIFY2(amp >= 0, qPrintable(label->text()));
    const QChar mnemonic = label->text().at(amp + 1).toUpper();
    date->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClick(date, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->timeEdit());
    QTest::keyClick(dialog->timeEdit(), Qt::Key(mnemonic.unicode()), Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), date);
    QTest::keyClicks(date, digitsOf(date, before));
    QCOMPARE(date->date(), before);
    // A year far off (typed into the wrong part) is not taken.
    QCOMPARE(date->maximumDate(), QDate::currentDate().addYears(5));
    dialog->discard();
    QTRY_VERIFY(!f.bookingsPage->editor());
}

void TestReschedule::thePastIsAskedAboutAndAMoveIsUndone()
{
    // A Wednesday twenty weeks ago, 09:15, typed.
    const QDate today = QDate::currentDate();
    const QDate past = today.addDays(-140 - today.dayOfWeek() + 3);
    const QDateTime there(past, QTime(9, 15), QTimeZone("Europe/Amsterdam"));
    // A confirmed one: the server makes a moved booking "rescheduled", and undo must not lose
    // the confirmation.
    const std::optional<api::Booking> booking =
        movableBooking(there, api::BookingStatus::Confirmed);
    QVERIFY(booking);
    BookingEditorDialog* dialog = openReschedule(*booking);
    QVERIFY(dialog);
    QDateEdit* date = dialog->dateEdit();
    QTRY_COMPARE(QApplication::focusWidget(), date);
    date->setSelectedSection(date->sectionAt(0));
    QTest::keyClicks(date, digitsOf(date, past));
    QCOMPARE(date->date(), past);
    QTest::keyClick(date, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->timeEdit());
    QTest::keyClicks(dialog->timeEdit(), u"0915"_s);
    QVERIFY2(dialog->whenSummary()->text().contains(QLocale().toString(past, QLocale::LongFormat)),
             qPrintable(dialog->whenSummary()->text()));
    QVERIFY(dialog->whenSummary()->text().contains(u"in the past"_s));

    // Saving asks first; "Change the time" keeps everything and sends nothing.
    f.h->sandbox->resetStats();
    QTest::keyClick(dialog->timeEdit(), Qt::Key_Return);
    QTRY_VERIFY(dialog->pastQuestion() && dialog->pastQuestion()->isVisible());
    QMessageBox* question = dialog->pastQuestion();
    QVERIFY2(question->text().contains(QLocale().toString(past, QLocale::LongFormat)),
             qPrintable(question->text()));
    QCOMPARE(question->defaultButton()->text(), u"Change the time"_s);
    QTest::mouseClick(buttonWithText(question, u"Change the time"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->pastQuestion());
    QVERIFY(dialog->isVisible());
    QCOMPARE(date->date(), past);
    QCOMPARE(f.h->sandbox->stats().requests, 0);
    QCOMPARE(onServer(booking->id)->scheduledAt, booking->scheduledAt);

    // Asked again, and this time moved.
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->pastQuestion() && dialog->pastQuestion()->isVisible());
    QSignalSpy moved(f.bookingsPage.get(), &balie::ui::BookingsPage::undoable);
    QTest::mouseClick(buttonWithText(dialog->pastQuestion(), u"Move to the past"_s),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!f.bookingsPage->editor(), 15'000);
    QCOMPARE(onServer(booking->id)->scheduledAt, there);
    QTRY_COMPARE(moved.count(), 1);
    const QString message = moved.first().first().toString();
    QVERIFY2(message.contains(QLocale().toString(there.toLocalTime().date(), QLocale::LongFormat)),
             qPrintable(message));

    // Undo right after (the window's Ctrl+Z, TestMainWindow): back where it was.
    balie::models::ChangeHistory* history = f.workspace->session()->history();
    QVERIFY(history->canUndo());
    QVERIFY2(history->undoText().startsWith(u"move of the booking of"_s),
             qPrintable(history->undoText()));
    QSignalSpy undone(history, &balie::models::ChangeHistory::undone);
    history->undo();
    QTRY_COMPARE_WITH_TIMEOUT(onServer(booking->id)->scheduledAt, booking->scheduledAt, 15'000);
    QTRY_COMPARE(f.bookingsPage->bookings()->find(booking->id)->scheduledAt, booking->scheduledAt);
    QTRY_COMPARE_WITH_TIMEOUT(undone.count(), 1, 15'000);
    QVERIFY(undone.first().at(1).toBool());
    QCOMPARE(onServer(booking->id)->status, api::BookingStatus::Confirmed);
    QTRY_COMPARE(f.bookingsPage->bookings()->find(booking->id)->status,
                 api::BookingStatus::Confirmed);
    // Said as the move was: the full date and the time without seconds.
    const QString back = undone.first().first().toString();
    QVERIFY2(back.contains(QLocale().toString(booking->scheduledAt.toLocalTime().date(),
                                              QLocale::LongFormat)) &&
                 back.contains(balie::ui::BookingPresentation::timeText(
                     booking->scheduledAt.toLocalTime().time())) &&
                 back.contains(u"confirmed again"_s),
             qPrintable(back));
    QVERIFY(!history->canUndo()); // one step, once: the move back is not a change of its own
}

void TestReschedule::aServiceNamedBySlugKeepsItsTimeZone()
{
    // A Booking API server as in its guide: a booking says "service": "consultation" where the
    // services list has "srv_consultation". Moving it still shows that service and its time
    // zone, and the time typed is the service's.
    SandboxOptions options;
    options.customers = 10;
    options.bookingServiceByName = true;
    ConsoleFixture g;
    const auto stop = qScopeGuard([&g] { g.stop(); });
    QString why;
    QVERIFY2(g.start({.sandbox = options,
                      .name = u"reschedule-slug"_s,
                      .screen = ConsoleFixture::Screen::BookingsPage,
                      .flavour = Flavour::Booking},
                     &why),
             qPrintable(why));
    showMonths(g);
    QVERIFY(g.pageLoaded());

    // A booking ahead, of a service in another zone than this computer's (UTC under test).
    std::optional<api::Booking> booking;
    std::optional<api::Service> service;
    const QDateTime soon = QDateTime::currentDateTimeUtc().addDays(1);
    for (const api::Booking& b : g.bookingsPage->bookings()->records()) {
        const int row = g.bookingsPage->services()->rowOfReference(b.serviceId);
        if (row < 0 || b.scheduledAt <= soon ||
            !api::BookingStatuses::allows(b.status, api::BookingAction::Reschedule))
            continue;
        const api::Service s = g.bookingsPage->services()->record(row);
        if (s.availability.timeZone == "America/New_York") {
            booking = b;
            service = s;
            break;
        }
    }
    QVERIFY2(booking, "no movable booking of the New York service");
    QVERIFY2(!booking->serviceId.startsWith(u"srv_"_s), qPrintable(booking->serviceId));
    QVERIFY(booking->serviceId != service->id);

    BookingEditorDialog* dialog = openReschedule(g, *booking);
    QVERIFY(dialog);
    QCOMPARE(dialog->serviceBox()->currentText(), service->name);
    // Its guide moves a booking's time only: the length cannot be changed, here or by the
    // lower edge of a block in the calendar.
    QVERIFY(!dialog->durationBox()->isEnabled());
    QVERIFY(!g.bookingsPage->calendar()->grid()->isResizable());
    auto* zone = dialog->findChild<QLabel*>(u"zone"_s);
    QVERIFY(zone);
    QCOMPARE(zone->text(), u"America/New_York"_s);
    const QTimeZone newYork("America/New_York");
    QCOMPARE(dialog->timeEdit()->time(), booking->scheduledAt.toTimeZone(newYork).time());

    // 16:45 typed is 16:45 in New York, not here.
    QTRY_COMPARE(QApplication::focusWidget(), dialog->dateEdit());
    QTest::keyClick(dialog->dateEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->timeEdit());
    QTest::keyClicks(dialog->timeEdit(), u"1645"_s);
    QCOMPARE(dialog->start(), QDateTime(dialog->dateEdit()->date(), QTime(16, 45), newYork));
    dialog->discard();
    QTRY_VERIFY(!g.bookingsPage->editor());
}

QTEST_MAIN(TestReschedule)
#include "TestReschedule.moc"
