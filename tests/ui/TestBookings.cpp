// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// The bookings page against the in-process sandbox, with real widgets under X (./dev test runs
// Xvfb): keyboard booking, conflicts, availability, cancelling, actions per status, calendar.

#include "ChangeHistory.h"
#include "ConsoleFixture.h"
#include "CsvExporter.h"
#include "OrganisationSession.h"
#include "RecordFilterProxy.h"
#include "ResourceModels.h"
#include "SandboxHarness.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "bookings/BookingCalendarGrid.h"
#include "bookings/BookingCalendarView.h"
#include "bookings/BookingEditorDialog.h"
#include "bookings/BookingPresentation.h"
#include "bookings/BookingStatusLegend.h"
#include "bookings/BookingsPage.h"
#include "bookings/CustomerPicker.h"
#include "config/ConnectionStore.h"
#include "shell/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>
#include <QTimeZone>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace balie::test;
using namespace balie::models;
namespace api = balie::api;
using balie::ui::BookingCalendarGrid;
using balie::ui::BookingCalendarView;
using balie::ui::BookingEditorDialog;
using balie::ui::BookingsPage;

class TestBookings : public QObject, private ConsoleFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void createWithKeyboardThenConflictOffersNextSlot();
    void availabilityIsCheckedBeforeSending();
    void aTimeTheServerRefusesShowsAtTheTimeField();
    void bookingInThePastIsAskedFirst();
    void cancelAsksFirstThenCancels();
    void actionsFollowTheStatus();
    void bookingActionsGoByTheirKeys();
    void calendarShowsTheWeekAndFollowsTheSwitch();
    void exportCsvHasEveryFilteredBooking();
    void aDetailColumnComesBackFromTheColumnsMenu();
    void theListGoesToACalendarFile();
    void theListIsPrintedAndExportedAsPdf();
    void aBookingIsMovedWithAltArrowsAndByDragging();
    void aBookingIsMadeLongerByDraggingItsLowerEdge();
    void theWeekIsPrintedAsAGrid();
    void customerFilterShowsOnlyThatCustomer();
    void legendShowsEveryStatus();
    void listColumnsFitTheirText();
    void calendarBlocksShowTheCustomerAndLeaveCancelledBehind();

private:
    void waitLoaded();
    BookingEditorDialog* openNewBooking();
    api::Service serviceOfDuration(int minutes) const;
    QString book(const api::Service& service, const api::Customer& customer, const QDateTime& start,
                 bool cancel = false);
    // A booking of its own of the 30-minute service, at 10:00 in the service's zone on a weekday
    // weeks ahead (after the demo's bookings, so that no other one is in the way), with the
    // calendar on its week; its id is empty when it could not be made.
    struct OwnBooking
    {
        api::Service service;
        api::Customer customer;
        QDateTime ten;
        QString id;
    };
    OwnBooking bookOwnInTheCalendar(int weeksAhead, Qt::DayOfWeek day);
    int bookingsOnServer() const;
    std::optional<api::Booking> findOnServer(const QString& id);
    void showWideRange();
    QSet<QString> serverIds(const api::BookingQuery& query);
    static QList<QStringList> readCsv(const QString& path);
};

void TestBookings::initTestCase()
{
    QString why;
    QVERIFY2(
        start({.name = u"bookings"_s, .screen = Screen::BookingsPage, .keepsRows = false}, &why),
        qPrintable(why));
    waitLoaded();
    QVERIFY(bookingsPage->bookings()->rowCount() > 0);
}

void TestBookings::cleanupTestCase()
{
    stop();
}

void TestBookings::waitLoaded()
{
    QTRY_VERIFY_WITH_TIMEOUT(
        !bookingsPage->bookings()->isLoading() && !bookingsPage->customers()->isLoading() &&
            !bookingsPage->services()->isLoading() && bookingsPage->services()->rowCount() > 0 &&
            bookingsPage->customers()->rowCount() > 0,
        20'000);
}

api::Service TestBookings::serviceOfDuration(int minutes) const
{
    for (const api::Service& s : bookingsPage->services()->records()) {
        if (s.durationMinutes == minutes)
            return s;
    }
    return {};
}

int TestBookings::bookingsOnServer() const
{
    return h->sandbox->rowCount(u"bookings"_s, organisation().toLongLong());
}

void TestBookings::cleanup()
{
    // What a test changed reaches the server before the next test counts requests.
    QTRY_COMPARE_WITH_TIMEOUT(workspace->changesWaiting(), 0, 15'000);
}

std::optional<api::Booking> TestBookings::findOnServer(const QString& id)
{
    auto list = collect(workspace->activeConnector()->bookings(organisation(), {}));
    for (const api::Booking& b : std::as_const(list.rows)) {
        if (b.id == id)
            return b;
    }
    return std::nullopt;
}

BookingEditorDialog* TestBookings::openNewBooking()
{
    bookingsPage->newBooking();
    BookingEditorDialog* dialog = bookingsPage->editor();
    if (!dialog)
        return nullptr;
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog))
        return nullptr;
    return dialog;
}

void TestBookings::createWithKeyboardThenConflictOffersNextSlot()
{
    const api::Service service = serviceOfDuration(30); // Mon–Fri 09:00–17:00 Amsterdam
    QVERIFY(!service.id.isEmpty());
    const api::Customer customer = bookingsPage->customers()->record(7);
    const QTimeZone amsterdam("Europe/Amsterdam");
    // A Monday five weeks ahead: past the demo bookings, so the slot is free.
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(1 - today.dayOfWeek() + 35);
    const QDateTime start(monday, QTime(10, 0), amsterdam);
    const int before = bookingsOnServer();

    BookingEditorDialog* dialog = openNewBooking();
    QVERIFY(dialog);
    QLineEdit* search = dialog->customerPicker()->searchEdit();
    QTRY_COMPARE(QApplication::focusWidget(), search);

    // Customer: type the e-mail address (upper case: matching ignores case), then Tab.
    QTest::keyClicks(search, customer.email.toUpper());
    // Keys go where X sends them: to the completion popup while it is open.
    QWidget* keys = QApplication::activePopupWidget() ? QApplication::activePopupWidget()
                                                      : QApplication::focusWidget();
    QTest::keyClick(keys, Qt::Key_Tab);
    QCOMPARE(dialog->customerPicker()->customerId(), customer.id);
    QTRY_COMPARE(QApplication::focusWidget(), dialog->serviceBox());

    // Service: arrow keys to the 30-minute service.
    QComboBox* services = dialog->serviceBox();
    const int target = bookingsPage->services()->rowOf(service.id);
    while (services->currentIndex() < target)
        QTest::keyClick(services, Qt::Key_Down);
    while (services->currentIndex() > target)
        QTest::keyClick(services, Qt::Key_Up);
    QCOMPARE(services->currentIndex(), target);
    QCOMPARE(dialog->durationBox()->value(), 30); // the service's duration
    QTest::keyClick(services, Qt::Key_Tab);

    // Date and time, typed in the service's zone.
    QCOMPARE(QApplication::focusWidget(), dialog->dateEdit());
    // As a person types a date: Tab selected the first section; the digits of each section in
    // turn (a full section moves on to the next).
    QString format = dialog->dateEdit()->displayFormat();
    format.replace(QRegularExpression(u"(?<![Md])([Md])(?![Md])"_s), u"\\1\\1"_s);
    const QString digits = QLocale().toString(monday, format).remove(QRegularExpression(u"\\D"_s));
    QTest::keyClicks(dialog->dateEdit(), digits);
    QCOMPARE(dialog->dateEdit()->date(), monday);
    QTest::keyClick(dialog->dateEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->timeEdit());
    QTest::keyClicks(dialog->timeEdit(), u"1000"_s); // hours, then minutes
    QCOMPARE(dialog->timeEdit()->time(), QTime(10, 0));
    QCOMPARE(dialog->start(), start);
    QTest::keyClick(dialog->timeEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->durationBox());
    QTest::keyClick(dialog->durationBox(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->noteEdit());
    QTest::keyClicks(dialog->noteEdit(), u"Booked by keyboard"_s);

    // Enter books; the button stays disabled while the request is in flight.
    QTest::keyClick(dialog->noteEdit(), Qt::Key_Return);
    QVERIFY(dialog->isSaving());
    QVERIFY(!dialog->saveButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(bookingsPage->editor() == nullptr, 15'000);
    QCOMPARE(bookingsOnServer(), before + 1);
    // Five weeks ahead is outside the week shown: the list goes to the booking's week, lists it
    // and selects it.
    QString createdId;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const api::Booking& b : bookingsPage->bookings()->records()) {
                if (b.scheduledAt == start && b.serviceId == service.id)
                    createdId = b.id;
            }
            return !createdId.isEmpty();
        }(),
        15'000);
    auto* fromDate = bookingsPage->findChild<QDateEdit*>(u"fromDate"_s);
    auto* toDate = bookingsPage->findChild<QDateEdit*>(u"toDate"_s);
    QVERIFY(fromDate->date() <= start.toLocalTime().date() &&
            start.toLocalTime().date() <= toDate->date());
    QTRY_COMPARE(bookingsPage->selectedId(), createdId);
    const std::optional<api::Booking> created = findOnServer(createdId);
    QVERIFY(created);
    QCOMPARE(created->customerId, customer.id);
    QCOMPARE(created->note, u"Booked by keyboard"_s);

    // The same slot again: a conflict, said at the time, with the next free slot on offer.
    dialog = openNewBooking();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->customerPicker()->searchEdit(), customer.name);
    dialog->customerPicker()->resolveTyped();
    dialog->serviceBox()->setCurrentIndex(target);
    dialog->dateEdit()->setDate(monday);
    dialog->timeEdit()->setTime(QTime(10, 0));
    const QList<QWidget*> fields = {dialog->customerPicker()->searchEdit(),
                                    dialog->serviceBox(),
                                    dialog->dateEdit(),
                                    dialog->timeEdit(),
                                    dialog->durationBox(),
                                    dialog->noteEdit()};
    QList<int> heights;
    for (QWidget* field : fields)
        heights << field->height();
    const int dialogHeight = dialog->height();
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->message()->isVisible(), 15'000);
    QCOMPARE(dialog->timeError()->text(), u"This time is taken."_s);
    // The message and the error grow the dialog; no field above them is squeezed.
    QTRY_VERIFY(dialog->height() > dialogHeight);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QTRY_VERIFY2(fields.at(i)->height() >= heights.at(i),
                     qPrintable(u"%1: %2 < %3"_s.arg(fields.at(i)->objectName())
                                    .arg(fields.at(i)->height())
                                    .arg(heights.at(i))));
    }
    const auto rectOf = [dialog](QWidget* w) {
        return QRect(w->mapTo(dialog, QPoint()), w->size());
    };
    QVERIFY(!rectOf(dialog->message()).intersects(rectOf(dialog->noteEdit())));
    QAbstractButton* offer = dialog->message()->actionButton();
    QVERIFY(offer->isVisible());
    const QDateTime next = start.addSecs(30 * 60); // right after the booking just made
    QVERIFY2(offer->text().contains(
                 balie::ui::BookingPresentation::dateTimeText(next.toTimeZone(amsterdam))),
             qPrintable(offer->text()));
    QCOMPARE(bookingsOnServer(), before + 1);
    if (qEnvironmentVariableIsSet("BALIE_TEST_SCREENSHOTS"))
        dialog->grab().save(QDir::temp().filePath(u"balie-bookings-conflict.png"_s));
    // Everything typed is still there.
    QCOMPARE(dialog->timeEdit()->time(), QTime(10, 0));
    QVERIFY(!dialog->customerPicker()->customerId().isEmpty());

    QSignalSpy confirmed(bookingsPage.get(), &balie::ui::BookingsPage::undoable);
    QTest::mouseClick(offer, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(bookingsPage->editor() == nullptr, 15'000);
    QCOMPARE(bookingsOnServer(), before + 2);
    std::optional<api::Booking> booked;
    for (const api::Booking& b : bookingsPage->bookings()->records()) {
        if (b.scheduledAt == next && b.serviceId == service.id)
            booked = b;
    }
    QVERIFY(booked);

    // Confirmed with its date and a way back: undone, the new booking is cancelled.
    QTRY_COMPARE(confirmed.count(), 1);
    const QString message = confirmed.first().first().toString();
    QVERIFY2(
        message.contains(customer.name) &&
            message.contains(QLocale().toString(next.toLocalTime().date(), QLocale::LongFormat)),
        qPrintable(message));
    // The user's time, and the service's as the editor showed it, where they differ.
    using balie::ui::BookingPresentation;
    const QTimeZone serviceZone = amsterdam; // the service's
    if (next.toLocalTime().offsetFromUtc() != next.toTimeZone(serviceZone).offsetFromUtc()) {
        QVERIFY2(message.contains(u"%1 (%2 %3)"_s.arg(
                     BookingPresentation::timeText(next.toLocalTime().time()),
                     BookingPresentation::timeText(next.toTimeZone(serviceZone).time()),
                     QString::fromUtf8(serviceZone.id()))),
                 qPrintable(message));
    }
    balie::models::ChangeHistory* history = workspace->session()->history();
    QVERIFY2(history->undoText().startsWith(u"new booking of"_s), qPrintable(history->undoText()));
    history->undo();
    QTRY_COMPARE_WITH_TIMEOUT(findOnServer(booked->id)->status, api::BookingStatus::Cancelled,
                              15'000);
}

void TestBookings::aTimeTheServerRefusesShowsAtTheTimeField()
{
    // The service's hours changed on the server after the console loaded them: Balie lets a
    // Monday go, the server refuses it for scheduled_at, and the refusal shows at the time
    // field, with everything typed kept.
    const api::Service onServer = serviceOfDuration(60); // Tue–Sat 10:00–18:00 Amsterdam
    QVERIFY(!onServer.id.isEmpty());
    api::Service known = onServer;
    known.availability.days = {Qt::Monday, Qt::Tuesday,  Qt::Wednesday, Qt::Thursday,
                               Qt::Friday, Qt::Saturday, Qt::Sunday};
    known.availability.start = QTime(0, 0);
    known.availability.end = QTime(23, 59);
    bookingsPage->services()->upsert(known);
    const auto restore =
        qScopeGuard([this, onServer] { bookingsPage->services()->upsert(onServer); });

    BookingEditorDialog* dialog = openNewBooking();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->customerPicker()->searchEdit(),
                     bookingsPage->customers()->record(3).email);
    dialog->serviceBox()->setCurrentIndex(bookingsPage->services()->rowOf(onServer.id));
    const QDate today = QDate::currentDate();
    dialog->dateEdit()->setDate(today.addDays(1 - today.dayOfWeek() + 28)); // a Monday
    dialog->timeEdit()->setFocus();
    dialog->timeEdit()->setSelectedSection(dialog->timeEdit()->sectionAt(0));
    QTest::keyClicks(dialog->timeEdit(), u"1100"_s);
    QCOMPARE(dialog->timeEdit()->time(), QTime(11, 0));

    h->sandbox->resetStats();
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSaving() && dialog->timeError()->isVisible(), 15'000);
    QCOMPARE(h->sandbox->stats().requests, 1);
    QVERIFY(!dialog->timeError()->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), dialog->timeEdit());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->timeEdit()->time(), QTime(11, 0));
    QVERIFY(!dialog->customerPicker()->customerId().isEmpty());
    dialog->discard();
    QTRY_VERIFY(!bookingsPage->editor());
}

void TestBookings::bookingInThePastIsAskedFirst()
{
    // A new booking at a time gone by: asked first, naming the organisation; "Change the time"
    // sends nothing and keeps everything typed.
    BookingEditorDialog* dialog = openNewBooking();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->customerPicker()->searchEdit(),
                     bookingsPage->customers()->record(5).email);
    const QDate past = QDate::currentDate().addDays(-7);
    QDateEdit* date = dialog->dateEdit();
    date->setFocus();
    date->setSelectedSection(date->sectionAt(0));
    QString format = date->displayFormat();
    format.replace(QRegularExpression(u"(?<![Md])([Md])(?![Md])"_s), u"\\1\\1"_s);
    QTest::keyClicks(date, QLocale().toString(past, format).remove(QRegularExpression(u"\\D"_s)));
    QCOMPARE(date->date(), past);
    QTest::keyClick(date, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->timeEdit());
    QTest::keyClicks(dialog->timeEdit(), u"1200"_s);
    QVERIFY(dialog->whenSummary()->text().contains(u"in the past"_s));

    h->sandbox->resetStats();
    QTest::keyClick(dialog->timeEdit(), Qt::Key_Return);
    QTRY_VERIFY(dialog->pastQuestion() && dialog->pastQuestion()->isVisible());
    QMessageBox* question = dialog->pastQuestion();
    QVERIFY2(question->windowTitle().startsWith(u"Book in the past?"_s) &&
                 question->windowTitle().contains(workspace->session()->description()),
             qPrintable(question->windowTitle()));
    QVERIFY2(question->text().contains(QLocale().toString(past, QLocale::LongFormat)),
             qPrintable(question->text()));
    QCOMPARE(question->defaultButton()->text(), u"Change the time"_s);
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->pastQuestion());
    QVERIFY(dialog->isVisible());
    QCOMPARE(h->sandbox->stats().requests, 0);
    QCOMPARE(date->date(), past);
    QCOMPARE(dialog->timeEdit()->time(), QTime(12, 0));
    dialog->discard();
    QTRY_VERIFY(!bookingsPage->editor());
}

void TestBookings::availabilityIsCheckedBeforeSending()
{
    const api::Service service = serviceOfDuration(60); // Tue–Sat 10:00–18:00 Amsterdam
    QVERIFY(!service.id.isEmpty());
    BookingEditorDialog* dialog = openNewBooking();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->customerPicker()->searchEdit(),
                     bookingsPage->customers()->record(3).email);
    dialog->customerPicker()->resolveTyped();
    dialog->serviceBox()->setCurrentIndex(bookingsPage->services()->rowOf(service.id));
    const QDate today = QDate::currentDate();
    dialog->dateEdit()->setDate(today.addDays(1 - today.dayOfWeek() + 28)); // a Monday
    dialog->timeEdit()->setTime(QTime(11, 0));

    h->sandbox->resetStats();
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->timeError()->isVisible());
    QVERIFY2(dialog->timeError()->text().contains(u"(Europe/Amsterdam)"_s),
             qPrintable(dialog->timeError()->text()));
    QTest::qWait(300);
    QCOMPARE(h->sandbox->stats().requests, 0);
    QVERIFY(!dialog->isSaving());

    // Closing with changes asks first; "Close without saving" closes.
    QVERIFY(dialog->hasUnsavedChanges());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QMessageBox* question = dialog->findChild<QMessageBox*>(u"discardQuestion"_s);
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY(bookingsPage->editor() != nullptr);
    // The way back says what it does: not "Cancel", which is what happens to an appointment.
    QCOMPARE(question->button(QMessageBox::Cancel)->text(), u"Keep editing"_s);
    QTest::mouseClick(question->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY(bookingsPage->editor() == nullptr);
}

void TestBookings::cancelAsksFirstThenCancels()
{
    QString id;
    for (const api::Booking& b : bookingsPage->bookings()->records()) {
        if (b.status == api::BookingStatus::Confirmed || b.status == api::BookingStatus::Created) {
            id = b.id;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    bookingsPage->showList();
    bookingsPage->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(bookingsPage.get()));
    bookingsPage->selectBooking(id);
    QCOMPARE(bookingsPage->selectedId(), id);
    QVERIFY(bookingsPage->cancelAction()->isEnabled());
    bookingsPage->table()->setFocus();
    QTRY_VERIFY(bookingsPage->table()->hasFocus());

    // Delete offers to cancel; "Keep booking" keeps it.
    QTest::keyClick(bookingsPage->table(), Qt::Key_Delete);
    QTRY_VERIFY(bookingsPage->cancelQuestion() && bookingsPage->cancelQuestion()->isVisible());
    const api::Booking booking =
        bookingsPage->bookings()->record(bookingsPage->bookings()->rowOf(id));
    QVERIFY(bookingsPage->cancelQuestion()->text().contains(booking.customerName));
    QTest::mouseClick(bookingsPage->cancelQuestion()->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY(!bookingsPage->cancelQuestion());
    QTest::qWait(200);
    QVERIFY(findOnServer(id)->status != api::BookingStatus::Cancelled);
    if (qEnvironmentVariableIsSet("BALIE_TEST_SCREENSHOTS"))
        bookingsPage->grab().save(QDir::temp().filePath(u"balie-bookings-list.png"_s));

    bookingsPage->cancelSelected();
    QTRY_VERIFY(bookingsPage->cancelQuestion() && bookingsPage->cancelQuestion()->isVisible());
    QTest::mouseClick(bookingsPage->cancelQuestion()->button(QMessageBox::Yes), Qt::LeftButton);
    const int row = bookingsPage->bookings()->rowOf(id);
    QTRY_COMPARE_WITH_TIMEOUT(bookingsPage->bookings()->record(row).status,
                              api::BookingStatus::Cancelled, 15'000);
    // Shown at once; sent after the moment in which it can be undone.
    QVERIFY(bookingsPage->bookings()->isPending(row));
    QCOMPARE(findOnServer(id)->status, booking.status);
    QTRY_COMPARE_WITH_TIMEOUT(findOnServer(id)->status, api::BookingStatus::Cancelled, 15'000);
    QTRY_VERIFY(!bookingsPage->bookings()->isPending(bookingsPage->bookings()->rowOf(id)));
    // Nothing more can be done with it.
    for (QAction* a : {bookingsPage->confirmAction(), bookingsPage->rescheduleAction(),
                       bookingsPage->completeAction(), bookingsPage->cancelAction()})
        QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
}

void TestBookings::actionsFollowTheStatus()
{
    showWideRange();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const api::Booking& b : bookingsPage->bookings()->records()) {
        bookingsPage->selectBooking(b.id);
        QCOMPARE(bookingsPage->selectedId(), b.id);
        QCOMPARE(bookingsPage->confirmAction()->isEnabled(),
                 api::BookingStatuses::allows(b.status, api::BookingAction::Confirm));
        QCOMPARE(bookingsPage->rescheduleAction()->isEnabled(),
                 api::BookingStatuses::allows(b.status, api::BookingAction::Reschedule));
        // Only what has begun can be completed.
        QCOMPARE(bookingsPage->completeAction()->isEnabled(),
                 api::BookingStatuses::allows(b.status, api::BookingAction::Complete) &&
                     b.scheduledAt <= now);
        QCOMPARE(bookingsPage->cancelAction()->isEnabled(),
                 api::BookingStatuses::allows(b.status, api::BookingAction::Cancel));
    }
    // Confirm a new one: it becomes confirmed on the server, and may be completed once it has
    // begun.
    QString id;
    for (const api::Booking& b : bookingsPage->bookings()->records()) {
        if (b.status == api::BookingStatus::Created)
            id = b.id;
    }
    QVERIFY(!id.isEmpty());
    bookingsPage->selectBooking(id);
    QVERIFY(bookingsPage->confirmAction()->isEnabled());
    QVERIFY(!bookingsPage->completeAction()->isEnabled());
    bookingsPage->confirmAction()->trigger();
    QVERIFY(!bookingsPage->confirmAction()->isEnabled()); // in flight
    const int row = bookingsPage->bookings()->rowOf(id);
    QTRY_COMPARE_WITH_TIMEOUT(bookingsPage->bookings()->record(row).status,
                              api::BookingStatus::Confirmed, 15'000);
    QCOMPARE(bookingsPage->completeAction()->isEnabled(),
             bookingsPage->bookings()->record(row).scheduledAt <= now);
    QVERIFY(!bookingsPage->confirmAction()->isEnabled());
}

void TestBookings::bookingActionsGoByTheirKeys()
{
    // Ctrl+Return confirms, Ctrl+D completes what has begun (and nothing else), pressed in the
    // bookings table as a person does.
    showWideRange();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<api::Booking> ahead;
    std::optional<api::Booking> begun;
    for (const api::Booking& b : bookingsPage->bookings()->records()) {
        if (!ahead && b.status == api::BookingStatus::Created && b.scheduledAt > now)
            ahead = b;
        if (!begun && b.scheduledAt <= now &&
            api::BookingStatuses::allows(b.status, api::BookingAction::Complete))
            begun = b;
    }
    QVERIFY(ahead && begun);
    QTableView* table = bookingsPage->table();
    const auto press = [this, table](const QString& id, Qt::Key key) {
        bookingsPage->selectBooking(id);
        bookingsPage->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(bookingsPage.get()));
        table->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(table, key, Qt::ControlModifier);
    };

    // Not begun: Ctrl+D does nothing, and sends nothing.
    h->sandbox->resetStats();
    press(ahead->id, Qt::Key_D);
    QTest::qWait(200);
    QCOMPARE(h->sandbox->stats().requests, 0);
    QCOMPARE(findOnServer(ahead->id)->status, api::BookingStatus::Created);

    press(ahead->id, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(bookingsPage->bookings()->find(ahead->id)->status,
                              api::BookingStatus::Confirmed, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(findOnServer(ahead->id)->status, api::BookingStatus::Confirmed,
                              15'000);

    press(begun->id, Qt::Key_D);
    QTRY_COMPARE_WITH_TIMEOUT(bookingsPage->bookings()->find(begun->id)->status,
                              api::BookingStatus::Completed, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(findOnServer(begun->id)->status, api::BookingStatus::Completed,
                              15'000);
}

void TestBookings::calendarShowsTheWeekAndFollowsTheSwitch()
{
    auto* fromDate = bookingsPage->findChild<QDateEdit*>(u"fromDate"_s);
    const QDate today = QDate::currentDate();
    fromDate->setDate(
        today.addDays(-((today.dayOfWeek() - int(QLocale().firstDayOfWeek()) + 7) % 7)));
    bookingsPage->showCalendar();
    QVERIFY(bookingsPage->isCalendarShown());
    BookingCalendarView* calendar = bookingsPage->calendar();
    QCOMPARE(calendar->span(), BookingCalendarView::Span::Week);
    waitLoaded();
    const QDate first = calendar->firstDay();
    QVERIFY(first <= QDate::currentDate() && QDate::currentDate() <= calendar->lastDay());
    QTRY_VERIFY(!calendar->grid()->visibleBookingIds().isEmpty());
    QSet<QString> expected;
    for (const api::Booking& b : bookingsPage->bookings()->records()) {
        const QDate day = b.scheduledAt.toLocalTime().date();
        if (day >= first && day <= calendar->lastDay())
            expected.insert(b.id);
    }
    const QStringList shown = calendar->grid()->visibleBookingIds();
    QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()), expected);
    if (qEnvironmentVariableIsSet("BALIE_TEST_SCREENSHOTS"))
        bookingsPage->grab().save(QDir::temp().filePath(u"balie-bookings-calendar.png"_s));

    // Clicking a block selects the same booking as the list.
    const QString some = shown.first();
    const QRect block = calendar->grid()->blockRect(some);
    calendar->grid()->verticalScrollBar(); // laid out
    if (calendar->grid()->viewport()->rect().contains(block.center())) {
        QTest::mouseClick(calendar->grid()->viewport(), Qt::LeftButton, {}, block.center());
        QCOMPARE(bookingsPage->selectedId(), some);
    }

    // Next week and back.
    calendar->next();
    QCOMPARE(calendar->firstDay(), first.addDays(7));
    waitLoaded();
    calendar->previous();
    waitLoaded();
    QTRY_VERIFY(!calendar->grid()->visibleBookingIds().isEmpty());

    // Another organisation: nothing of the first one shows, not even for a moment.
    const QString firstOrganisation = organisation();
    const QStringList before = calendar->grid()->visibleBookingIds();
    const QList<qint64> orgs = h->sandbox->organisationIds();
    workspace->activate({connectionId, QString::number(orgs.at(1))});
    QCOMPARE(bookingsPage->bookings()->rowCount(), 0);
    QVERIFY(calendar->grid()->visibleBookingIds().isEmpty());
    waitLoaded();
    QTRY_VERIFY(!calendar->grid()->visibleBookingIds().isEmpty());
    for (const QString& id : calendar->grid()->visibleBookingIds())
        QVERIFY2(!before.contains(id), qPrintable(id));
    for (int row = 0; row < bookingsPage->bookings()->rowCount(); ++row)
        QCOMPARE(bookingsPage->bookings()
                     ->index(row, 0)
                     .data(RecordTableModel::OrganisationRole)
                     .toString(),
                 QString::number(orgs.at(1)));
    QVERIFY(organisation() != firstOrganisation);
}

void TestBookings::showWideRange()
{
    // Wide enough for more bookings than one page of the list.
    bookingsPage->showList();
    auto* from = bookingsPage->findChild<QDateEdit*>(u"fromDate"_s);
    auto* to = bookingsPage->findChild<QDateEdit*>(u"toDate"_s);
    QVERIFY(from && to);
    to->setDate(QDate::currentDate().addYears(1));
    from->setDate(QDate::currentDate().addYears(-1));
    QTRY_COMPARE_WITH_TIMEOUT(bookingsPage->bookings()->query().from.toLocalTime().date(),
                              from->date(), 5'000);
    QTRY_COMPARE_WITH_TIMEOUT(bookingsPage->bookings()->query().to.toLocalTime().date(),
                              to->date().addDays(1), 5'000);
    waitLoaded();
}

QSet<QString> TestBookings::serverIds(const api::BookingQuery& query)
{
    auto list = collect(workspace->activeConnector()->bookings(organisation(), query));
    QSet<QString> ids;
    for (const api::Booking& b : std::as_const(list.rows))
        ids.insert(b.id);
    return ids;
}

QList<QStringList> TestBookings::readCsv(const QString& path)
{
    // The console's CSV for a spreadsheet: RFC 4180 after a byte order mark, with the separator
    // of the user's locale; quoted fields may hold it, quotes and line breaks.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    const QChar separator = CsvDialect::spreadsheetSeparator(QLocale());
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
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

void TestBookings::aDetailColumnComesBackFromTheColumnsMenu()
{
    bookingsPage->showList();
    waitLoaded();
    QHeaderView* header = bookingsPage->table()->horizontalHeader();
    const int customerId = bookingsPage->bookings()->columnForKey(u"customer_id"_s);
    QVERIFY(customerId >= 0);
    QVERIFY(header->isSectionHidden(customerId)); // a detail: out of sight until asked for

    // A right-click on the header opens the Columns menu; a click on "Customer ID" shows it.
    const QPoint at(10, header->height() / 2);
    QContextMenuEvent rightClick(QContextMenuEvent::Mouse, at, header->mapToGlobal(at));
    QApplication::sendEvent(header->viewport(), &rightClick);
    QTRY_VERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    QAction* customerIdAction = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->text() == u"Customer ID"_s)
            customerIdAction = action;
    }
    QVERIFY(customerIdAction && !customerIdAction->isChecked());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(customerIdAction).center());
    QTRY_VERIFY(!header->isSectionHidden(customerId));

    // What is shown is what is exported.
    const QString path = dir->filePath(u"with-ids.csv"_s);
    bookingsPage->exportCsvTo(path);
    QTRY_VERIFY_WITH_TIMEOUT(!bookingsPage->exportPending(), 20'000);
    QVERIFY(readCsv(path).value(0).contains(u"customer_id"_s));
    header->setSectionHidden(customerId, true);
}

void TestBookings::theListGoesToACalendarFile()
{
    showWideRange();
    waitLoaded();
    // Only one status: the file holds what the list shows, not the whole model.
    auto* status = bookingsPage->findChild<QComboBox*>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(int(api::BookingStatus::Confirmed)));
    waitLoaded();
    const int shown = bookingsPage->proxy()->rowCount();
    QVERIFY(shown > 0);

    // File › Export Bookings for a Calendar…: the dialog offers a .ics name of its own.
    QSignalSpy said(bookingsPage.get(), &BookingsPage::info);
    bookingsPage->exportCalendarAction()->trigger();
    auto* dialog = bookingsPage->findChild<QFileDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY2(dialog->selectedFiles().value(0).endsWith(u".ics"_s),
             qPrintable(dialog->selectedFiles().value(0)));
    const QString path = dir->filePath(u"agenda.ics"_s);
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept();
    QTRY_VERIFY(!said.isEmpty());
    QVERIFY2(said.last().first().toString().contains(u"agenda.ics"_s),
             qPrintable(said.last().first().toString()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QCOMPARE(ics.count("BEGIN:VEVENT"), shown);
    QCOMPARE(ics.count("STATUS:CONFIRMED"), shown);
    const QString first = bookingsPage->proxy()
                              ->index(0, bookingsPage->bookings()->columnForKey(u"id"_s))
                              .data()
                              .toString();
    QVERIFY(ics.contains(u"UID:%1.%2@127.0.0.1"_s.arg(first, organisation()).toUtf8()));
    status->setCurrentIndex(0);
    waitLoaded();
}

void TestBookings::theListIsPrintedAndExportedAsPdf()
{
    showWideRange();
    waitLoaded();
    const int shown = bookingsPage->proxy()->rowCount();
    QVERIFY(shown > 40); // more than a page

    // Ctrl+P opens the print preview of what the list shows.
    bookingsPage->table()->setFocus();
    QTest::keyClick(bookingsPage->table(), Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY(bookingsPage->findChild<QPrintPreviewDialog*>(u"printPreview"_s));
    auto* preview = bookingsPage->findChild<QPrintPreviewDialog*>(u"printPreview"_s);
    QTRY_VERIFY(preview->isVisible());
    preview->reject();

    // File › Export Bookings as PDF…, through its dialog.
    QSignalSpy said(bookingsPage.get(), &BookingsPage::info);
    bookingsPage->exportPdfAction()->trigger();
    auto* dialog = bookingsPage->findChild<QFileDialog*>();
    QTRY_VERIFY(dialog && dialog->isVisible());
    const QString path = dir->filePath(u"agenda.pdf"_s);
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept();
    QTRY_VERIFY(!said.isEmpty());
    QVERIFY(QFileInfo(path).size() > 1000);

    // As pages: each one has ink on it, and there are as many as the footer says.
    QProcess toImages;
    toImages.start(QStringLiteral(BALIE_PDFTOPPM),
                   {u"-r"_s, u"60"_s, u"-png"_s, path, dir->filePath(u"page"_s)});
    QVERIFY(toImages.waitForFinished(60'000));
    QCOMPARE(toImages.exitCode(), 0);
    const QStringList images =
        QDir(dir->path()).entryList({u"page*.png"_s}, QDir::Files, QDir::Name);
    QVERIFY(images.size() > 1);
    if (qEnvironmentVariableIsSet("BALIE_TEST_SCREENSHOTS"))
        QFile::copy(dir->filePath(images.first()), QDir::temp().filePath(u"balie-agenda.png"_s));
    for (const QString& name : images) {
        const QImage page(dir->filePath(name));
        QVERIFY(!page.isNull());
        int ink = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x)
                ink += qGray(page.pixel(x, y)) < 128;
        }
        QVERIFY2(ink > 200, qPrintable(name));
    }
    // As text: the organisation and the dates on every page, numbered "of" the whole.
    QProcess toText;
    toText.start(QStringLiteral(BALIE_PDFTOTEXT), {u"-layout"_s, path, u"-"_s});
    QVERIFY(toText.waitForFinished(60'000));
    const QString text = QString::fromUtf8(toText.readAllStandardOutput());
    const QString organisationName = workspace->session()->organisationName();
    QCOMPARE(text.count(organisationName), images.size());
    for (int page = 1; page <= images.size(); ++page)
        QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(images.size())), qPrintable(text));
    // The first booking's customer is in it.
    const int customer = bookingsPage->bookings()->columnForKey(u"customer_name"_s);
    QVERIFY(text.contains(bookingsPage->proxy()->index(0, customer).data().toString()));
}

void TestBookings::theWeekIsPrintedAsAGrid()
{
    // The week calendar on screen prints as it shows: one landscape page, a column per day.
    showWideRange();
    bookingsPage->showCalendar();
    bookingsPage->calendar()->setSpan(balie::ui::BookingCalendarView::Span::Week);
    bookingsPage->calendar()->today();
    waitLoaded();
    const QDate first = bookingsPage->calendar()->firstDay();
    QTRY_VERIFY(!bookingsPage->calendar()->grid()->visibleBookingIds().isEmpty());
    // The names of the week's bookings the list shows (its filters apply to paper too).
    QStringList names;
    for (int row = 0; row < bookingsPage->proxy()->rowCount(); ++row) {
        const api::Booking b = bookingsPage->bookings()->record(
            bookingsPage->proxy()->mapToSource(bookingsPage->proxy()->index(row, 0)).row());
        const QDate day = b.scheduledAt.toLocalTime().date();
        if (day >= first && day <= first.addDays(6) && !b.customerName.isEmpty())
            names << b.customerName;
    }
    QVERIFY(!names.isEmpty());

    QSignalSpy said(bookingsPage.get(), &BookingsPage::info);
    bookingsPage->exportPdfAction()->trigger();
    auto* dialog = bookingsPage->findChild<QFileDialog*>();
    QTRY_VERIFY(dialog && dialog->isVisible());
    const QString path = dir->filePath(u"week.pdf"_s);
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept();
    QTRY_VERIFY(!said.isEmpty());

    QProcess toImages;
    toImages.start(QStringLiteral(BALIE_PDFTOPPM),
                   {u"-r"_s, u"60"_s, u"-png"_s, path, dir->filePath(u"week"_s)});
    QVERIFY(toImages.waitForFinished(60'000));
    QCOMPARE(toImages.exitCode(), 0);
    const QStringList images =
        QDir(dir->path()).entryList({u"week*.png"_s}, QDir::Files, QDir::Name);
    QCOMPARE(images.size(), 1);
    const QImage page(dir->filePath(images.first()));
    QVERIFY(page.width() > page.height()); // landscape
    if (qEnvironmentVariableIsSet("BALIE_TEST_SCREENSHOTS"))
        page.save(QDir::temp().filePath(u"balie-week-print.png"_s));
    // The blocks are coloured: pixels that are neither white nor grey.
    int coloured = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            coloured += std::abs(c.red() - c.blue()) > 20 || std::abs(c.green() - c.blue()) > 20;
        }
    }
    QVERIFY(coloured > 500);
    // In the order it was drawn: blocks side by side do not interleave their lines.
    QProcess toText;
    toText.start(QStringLiteral(BALIE_PDFTOTEXT), {u"-raw"_s, path, u"-"_s});
    QVERIFY(toText.waitForFinished(60'000));
    const QString text = QString::fromUtf8(toText.readAllStandardOutput());
    QVERIFY2(text.contains(u"Page 1 of 1"_s), qPrintable(text));
    for (int day = 0; day < 7; ++day)
        QVERIFY2(text.contains(QLocale().toString(first.addDays(day), QLocale::ShortFormat)),
                 qPrintable(text));
    // A block's text may wrap inside a name: compared without the breaks.
    QString flat = text;
    flat.remove(QRegularExpression(u"\\s"_s));
    int printed = 0;
    for (const QString& name : std::as_const(names))
        printed += flat.contains(QString(name).remove(u' ')) ? 1 : 0;
    QVERIFY2(printed * 2 >= names.size(), qPrintable(text)); // most fit their block
    QVERIFY2(flat.contains(QString(names.first()).remove(u' ')), qPrintable(names.first()));
    bookingsPage->showList();
}

TestBookings::OwnBooking TestBookings::bookOwnInTheCalendar(int weeksAhead, Qt::DayOfWeek day)
{
    OwnBooking own;
    own.service = serviceOfDuration(30); // open 9-17
    if (own.service.id.isEmpty())
        return own;
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(8 - today.dayOfWeek() + 7 * weeksAhead);
    own.ten = QDateTime(monday.addDays(day - Qt::Monday), QTime(10, 0),
                        QTimeZone(own.service.availability.timeZone));
    own.customer = bookingsPage->customers()->records().first();
    own.id = book(own.service, own.customer, own.ten);
    auto* fromDate = bookingsPage->findChild<QDateEdit*>(u"fromDate"_s);
    fromDate->setDate(
        monday.addDays(-((monday.dayOfWeek() - int(QLocale().firstDayOfWeek()) + 7) % 7)));
    bookingsPage->showCalendar();
    return own;
}

void TestBookings::aBookingIsMovedWithAltArrowsAndByDragging()
{
    const OwnBooking own = bookOwnInTheCalendar(8, Qt::Wednesday);
    QVERIFY(!own.id.isEmpty());
    const api::Service& service = own.service;
    const api::Customer& customer = own.customer;
    const QTimeZone zone(service.availability.timeZone);
    const QDateTime& ten = own.ten;
    const QString& id = own.id;
    auto serverStart = [this, &id]() -> QDateTime {
        const std::optional<api::Booking> b = findOnServer(id);
        return b ? b->scheduledAt : QDateTime();
    };
    waitLoaded();
    BookingCalendarGrid* grid = bookingsPage->calendar()->grid();
    QTRY_VERIFY(grid->visibleBookingIds().contains(id));
    auto blockOnScreen = [grid, &id] {
        QRect r = grid->blockRect(id);
        if (!grid->viewport()->rect().contains(r.center())) {
            grid->verticalScrollBar()->setValue(grid->verticalScrollBar()->value() + r.top() -
                                                grid->viewport()->height() / 3);
            r = grid->blockRect(id);
        }
        return r;
    };
    QSignalSpy moved(bookingsPage.get(), &BookingsPage::undoable);
    // Pressed, moved past the drag distance, then to `to`; released there unless let go.
    const auto drag = [grid](const QPoint& from, const QPoint& to, bool release = true) {
        QTest::mousePress(grid->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(grid->viewport(), from + QPoint(0, 10));
        QTest::mouseMove(grid->viewport(), to);
        if (release)
            QTest::mouseRelease(grid->viewport(), Qt::LeftButton, {}, to);
    };

    // Alt+Down: a quarter of an hour later, confirmed with its Undo, and nothing was asked.
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, blockOnScreen().center());
    QCOMPARE(bookingsPage->selectedId(), id);
    QTest::keyClick(grid, Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(serverStart(), ten.addSecs(15 * 60).toUTC(), 15'000);
    QTRY_COMPARE(moved.size(), 1);
    QVERIFY(!bookingsPage->editor());
    waitLoaded();

    // Dragged an hour down (a 30-minute block is half an hour high).
    QTRY_VERIFY(grid->blockRect(id).isValid());
    QRect block = blockOnScreen();
    const QPoint from = block.center();
    const QPoint to = from + QPoint(0, 2 * block.height());
    drag(from, to);
    QTRY_COMPARE_WITH_TIMEOUT(serverStart(), ten.addSecs(75 * 60).toUTC(), 15'000);
    QTRY_COMPARE(moved.size(), 2);
    waitLoaded();

    // Let go over the day names, outside the days: it stays where it is.
    block = blockOnScreen();
    drag(block.center(), QPoint(block.center().x(), 2));
    QTest::qWait(300);
    QCOMPARE(serverStart(), ten.addSecs(75 * 60).toUTC());
    QVERIFY(!bookingsPage->editor());
    QCOMPARE(moved.size(), 2);

    // Esc during a drag leaves it where it is.
    block = blockOnScreen();
    drag(block.center(), block.center() + QPoint(0, 3 * block.height()), false);
    QTest::keyClick(grid, Qt::Key_Escape);
    QTest::mouseRelease(grid->viewport(), Qt::LeftButton, {},
                        block.center() + QPoint(0, 3 * block.height()));
    QTest::qWait(300);
    QCOMPARE(serverStart(), ten.addSecs(75 * 60).toUTC());
    QCOMPARE(moved.size(), 2);

    // Dropped onto another booking of the service (13:00): the server refuses, and the dialog
    // shows the move and why.
    QVERIFY(!book(service, customer, QDateTime(ten.date(), QTime(13, 0), zone)).isEmpty());
    bookingsPage->refresh();
    waitLoaded();
    block = blockOnScreen();
    const QPoint taken = block.center() + QPoint(0, block.height() * 7 / 2); // 1 h 45 later
    drag(block.center(), taken);
    QTRY_VERIFY_WITH_TIMEOUT(bookingsPage->editor() && bookingsPage->editor()->isVisible(), 15'000);
    QTRY_VERIFY(!bookingsPage->editor()->message()->isHidden());
    QCOMPARE(serverStart(), ten.addSecs(75 * 60).toUTC());
    bookingsPage->editor()->reject();
    QTRY_VERIFY(!bookingsPage->editor());

    // Dropped into the closed evening (18:15): the dialog opens at that time and says why.
    // (The block near the top, so that the evening is on screen.)
    block = blockOnScreen();
    grid->verticalScrollBar()->setValue(grid->verticalScrollBar()->value() + block.top() - 60);
    block = grid->blockRect(id);
    QVERIFY(grid->viewport()->rect().contains(block.center() + QPoint(0, 14 * block.height())));
    const QPoint evening = block.center() + QPoint(0, 14 * block.height());
    drag(block.center(), evening);
    QTRY_VERIFY(bookingsPage->editor() && bookingsPage->editor()->isVisible());
    QVERIFY(bookingsPage->editor()->findChild<QLabel*>(u"timeError"_s)->isVisible());
    bookingsPage->editor()->reject();
    QTRY_VERIFY(!bookingsPage->editor());
    QCOMPARE(serverStart(), ten.addSecs(75 * 60).toUTC());

    // A double-click in an empty slot (the evening, left of the booking) starts a new booking
    // there, on the quarter of an hour.
    block = grid->blockRect(id);
    const QPoint empty(block.left() - 30, block.center().y() + 8 * block.height());
    QVERIFY(!grid->blockRect(id).contains(empty));
    QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, empty);
    QTRY_VERIFY(bookingsPage->editor() && bookingsPage->editor()->isVisible());
    const QDateTime slot = bookingsPage->editor()->start().toLocalTime();
    QCOMPARE(slot.time().minute() % 15, 0);
    QVERIFY(slot.date() >= bookingsPage->calendar()->firstDay() &&
            slot.date() <= bookingsPage->calendar()->lastDay());
    QVERIFY(slot.time().hour() >= 12); // below the morning booking
    bookingsPage->editor()->reject();
    QTRY_VERIFY(!bookingsPage->editor());
    bookingsPage->showList();
}

void TestBookings::aBookingIsMadeLongerByDraggingItsLowerEdge()
{
    const OwnBooking own = bookOwnInTheCalendar(9, Qt::Thursday);
    QVERIFY(!own.id.isEmpty());
    const api::Service& service = own.service;
    const QDateTime& ten = own.ten;
    const QString& id = own.id;
    auto onServer = [this, &id] {
        return findOnServer(id).value_or(api::Booking{});
    };
    waitLoaded();
    BookingCalendarGrid* grid = bookingsPage->calendar()->grid();
    QTRY_VERIFY(grid->visibleBookingIds().contains(id));
    QVERIFY(grid->isResizable()); // the platform takes a new length with a move
    // The morning on screen, the booking near the top.
    grid->verticalScrollBar()->setValue(grid->verticalScrollBar()->value() +
                                        grid->blockRect(id).top() - 40);
    auto edgeOf = [grid, &id] {
        const QRect r = grid->blockRect(id);
        return QPoint(r.center().x(), r.bottom() - 1);
    };
    auto lineOf = [grid, &ten](int minutesAfterTen) {
        return grid->pointFor(ten.addSecs(qint64(minutesAfterTen) * 60).toLocalTime()).y();
    };
    const auto dragEdge = [grid](const QPoint& from, int toY, bool release = true) {
        const QPoint to(from.x(), toY);
        QTest::mousePress(grid->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(grid->viewport(), from + QPoint(0, 10));
        QTest::mouseMove(grid->viewport(), to);
        if (release)
            QTest::mouseRelease(grid->viewport(), Qt::LeftButton, {}, to);
    };
    QSignalSpy confirmed(bookingsPage.get(), &BookingsPage::undoable);

    // Over the lower edge the pointer says it resizes; over the block it does not.
    QTest::mouseMove(grid->viewport(), edgeOf());
    QTRY_COMPARE(grid->viewport()->cursor().shape(), Qt::SizeVerCursor);
    QTest::mouseMove(grid->viewport(), grid->blockRect(id).topLeft() + QPoint(6, 3));
    QTRY_COMPARE(grid->viewport()->cursor().shape(), Qt::ArrowCursor);

    // The edge dragged down to 11:00: an hour long, at the same start, nothing asked.
    const QPoint below(grid->blockRect(id).center().x(), lineOf(45) + 2);
    const QColor before = grid->viewport()->grab().toImage().pixelColor(below);
    dragEdge(edgeOf(), lineOf(60), false);
    // Under way, the block's outline reaches down to the new end.
    QTRY_VERIFY(grid->viewport()->grab().toImage().pixelColor(below) != before);
    if (qEnvironmentVariableIsSet("BALIE_TEST_SCREENSHOTS"))
        grid->grab().save(QDir::temp().filePath(u"balie-calendar-resize.png"_s));
    QTest::mouseRelease(grid->viewport(), Qt::LeftButton, {}, QPoint(edgeOf().x(), lineOf(60)));
    QTRY_COMPARE_WITH_TIMEOUT(onServer().durationMinutes, 60, 15'000);
    QCOMPARE(onServer().scheduledAt, ten.toUTC());
    QVERIFY(!bookingsPage->editor());
    QTRY_COMPARE(confirmed.size(), 1);
    const QString end =
        balie::ui::BookingPresentation::timeText(ten.addSecs(3600).toLocalTime().time());
    QVERIFY2(confirmed.last().first().toString().contains(end),
             qPrintable(confirmed.last().first().toString()));
    waitLoaded();
    QTRY_VERIFY(grid->blockRect(id).bottom() > lineOf(50)); // the block is an hour high

    // Undone: back to half an hour.
    balie::models::ChangeHistory* history = workspace->session()->history();
    QVERIFY2(history->undoText().startsWith(u"new length of the booking of"_s),
             qPrintable(history->undoText()));
    QSignalSpy undone(history, &balie::models::ChangeHistory::undone);
    history->undo();
    QTRY_COMPARE_WITH_TIMEOUT(onServer().durationMinutes, 30, 15'000);
    QTRY_COMPARE(undone.size(), 1);
    QVERIFY2(undone.first().at(1).toBool(), qPrintable(undone.first().first().toString()));
    // Said as a length: where it ends again, not where it is moved to.
    const QString endsAgain =
        balie::ui::BookingPresentation::timeText(ten.addSecs(1800).toLocalTime().time());
    QVERIFY2(undone.first().first().toString().contains(u"ends at %1 again"_s.arg(endsAgain)),
             qPrintable(undone.first().first().toString()));
    waitLoaded();

    // Alt+Shift+Down: a quarter of an hour longer; Alt+Shift+Up: shorter again.
    QTRY_VERIFY(grid->blockRect(id).isValid());
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {},
                      grid->blockRect(id).topLeft() + QPoint(6, 3));
    QCOMPARE(bookingsPage->selectedId(), id);
    QTest::keyClick(grid, Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(onServer().durationMinutes, 45, 15'000);
    waitLoaded();
    QTRY_COMPARE(bookingsPage->bookings()->find(id)->durationMinutes, 45);
    QTest::keyClick(grid, Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(onServer().durationMinutes, 30, 15'000);
    QCOMPARE(onServer().scheduledAt, ten.toUTC());
    waitLoaded();
    QTRY_COMPARE(bookingsPage->bookings()->find(id)->durationMinutes, 30);

    // Presses in a row are one change: three Alt+Shift+Down make it 75 minutes at once, and
    // Alt+Down, Alt+Down, Alt+Up move it a quarter of an hour later, each confirmed once.
    int said = confirmed.size();
    for (int press = 0; press < 3; ++press)
        QTest::keyClick(grid, Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(onServer().durationMinutes, 30); // nothing is sent while the keys go on
    QTRY_COMPARE_WITH_TIMEOUT(onServer().durationMinutes, 75, 15'000);
    QTRY_COMPARE(confirmed.size(), said + 1);
    waitLoaded();
    said = confirmed.size();
    QTest::keyClick(grid, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(grid, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(grid, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(onServer().scheduledAt, ten.toUTC());
    QTRY_COMPARE_WITH_TIMEOUT(onServer().scheduledAt, ten.addSecs(15 * 60).toUTC(), 15'000);
    QTRY_COMPARE(confirmed.size(), said + 1);
    QCOMPARE(onServer().durationMinutes, 75);
    waitLoaded();
    // Back to 10:00 and half an hour for what follows.
    QTest::keyClick(grid, Qt::Key_Up, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(onServer().scheduledAt, ten.toUTC(), 15'000);
    waitLoaded();
    QTRY_COMPARE(bookingsPage->bookings()->find(id)->scheduledAt, ten.toUTC());
    for (int press = 0; press < 3; ++press)
        QTest::keyClick(grid, Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(onServer().durationMinutes, 30, 15'000);
    waitLoaded();
    QTRY_COMPARE(bookingsPage->bookings()->find(id)->durationMinutes, 30);

    // Esc during the drag leaves the length as it was.
    const int sent = confirmed.size();
    dragEdge(edgeOf(), lineOf(90), false);
    QTest::keyClick(grid, Qt::Key_Escape);
    QTest::mouseRelease(grid->viewport(), Qt::LeftButton, {}, QPoint(edgeOf().x(), lineOf(90)));
    QTest::qWait(300);
    QCOMPARE(onServer().durationMinutes, 30);
    QCOMPARE(confirmed.size(), sent);

    // Past the service's closing time: the dialog opens with the new length and says why.
    const int toClosing = int(ten.time().secsTo(service.availability.end) / 60);
    grid->verticalScrollBar()->setValue(grid->verticalScrollBar()->value() +
                                        grid->blockRect(id).top() - 20);
    const int pastClosing = lineOf(toClosing + 30);
    QVERIFY(pastClosing < grid->viewport()->height());
    dragEdge(edgeOf(), pastClosing);
    QTRY_VERIFY_WITH_TIMEOUT(bookingsPage->editor() && bookingsPage->editor()->isVisible(), 15'000);
    QCOMPARE(bookingsPage->editor()->durationBox()->value(), toClosing + 30);
    QVERIFY(bookingsPage->editor()->timeError()->isVisible());
    // Shortened there by typing, it goes.
    QSpinBox* length = bookingsPage->editor()->durationBox();
    QVERIFY(length->isEnabled());
    length->setFocus();
    length->selectAll();
    QTest::keyClicks(length, u"90"_s);
    QTest::keyClick(length, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(onServer().durationMinutes, 90, 15'000);
    QTRY_VERIFY(!bookingsPage->editor());
    QCOMPARE(onServer().scheduledAt, ten.toUTC());
    bookingsPage->showList();
}

void TestBookings::exportCsvHasEveryFilteredBooking()
{
    showWideRange();
    bookingsPage->findChild<QLineEdit*>(u"bookingSearch"_s)->clear();
    QVERIFY(bookingsPage->filterCustomerId().isEmpty());
    const QString path = dir->filePath(u"bookings.csv"_s);

    // Asked while loading: written when every row is in.
    bookingsPage->refresh();
    QVERIFY(bookingsPage->bookings()->isLoading());
    bookingsPage->exportCsvTo(path);
    QVERIFY(bookingsPage->exportPending());
    QTRY_VERIFY_WITH_TIMEOUT(!bookingsPage->exportPending(), 20'000);
    waitLoaded();

    const QList<QStringList> rows = readCsv(path);
    QVERIFY(!rows.isEmpty());
    const QStringList header = rows.first();
    const int csvColumn = int(header.indexOf(u"id"_s));
    QVERIFY(csvColumn >= 0);
    // The columns on screen: the schema's details (ids, record times) wait in the Columns menu.
    const QHeaderView* shown = bookingsPage->table()->horizontalHeader();
    QCOMPARE(header.size(), shown->count() - shown->hiddenSectionCount());
    QVERIFY(header.contains(u"customer_name"_s) && !header.contains(u"customer_id"_s));
    QCOMPARE(rows.size() - 1, bookingsPage->proxy()->rowCount());
    QCOMPARE(rows.size() - 1, bookingsPage->bookings()->rowCount());
    QSet<QString> exported;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).size(), header.size());
        exported.insert(rows.at(i).at(csvColumn));
    }
    QSet<QString> model;
    for (const api::Booking& b : bookingsPage->bookings()->records())
        model.insert(b.id);
    QCOMPARE(exported, model);
    QCOMPARE(exported, serverIds(bookingsPage->bookings()->query()));
    qInfo("exported %d bookings", int(exported.size()));

    // The text filter narrows the export to the rows shown.
    const QString someCustomer = bookingsPage->bookings()->record(0).customerName;
    QVERIFY(!someCustomer.isEmpty());
    bookingsPage->findChild<QLineEdit*>(u"bookingSearch"_s)->setText(someCustomer);
    const int matching = bookingsPage->proxy()->rowCount();
    QVERIFY(matching >= 1 && matching <= bookingsPage->bookings()->rowCount());
    bookingsPage->exportCsvTo(path);
    QCOMPARE(readCsv(path).size() - 1, matching);
    bookingsPage->findChild<QLineEdit*>(u"bookingSearch"_s)->clear();
}

void TestBookings::customerFilterShowsOnlyThatCustomer()
{
    showWideRange();
    QVERIFY(bookingsPage->customerFilter()->isVisible());
    QVERIFY(!bookingsPage->allCustomersButton()->isEnabled());
    const int all = bookingsPage->bookings()->rowCount();
    // The customer of some booking, with fewer bookings than everyone together.
    QHash<QString, int> perCustomer;
    for (const api::Booking& b : bookingsPage->bookings()->records())
        ++perCustomer[b.customerId];
    QVERIFY(perCustomer.size() > 1);
    const QString customerId = perCustomer.constBegin().key();
    const int row = bookingsPage->customers()->rowOf(customerId);
    QVERIFY(row >= 0);
    const api::Customer customer = bookingsPage->customers()->record(row);

    // Type the e-mail address in the filter, as a person would.
    QLineEdit* search = bookingsPage->customerFilter()->searchEdit();
    QTest::keyClicks(search, customer.email);
    bookingsPage->customerFilter()->resolveTyped();
    QCOMPARE(bookingsPage->customerFilter()->customerId(), customerId);
    QTRY_COMPARE(bookingsPage->bookings()->query().customerId, customerId);
    QCOMPARE(bookingsPage->filterCustomerId(), customerId);
    waitLoaded();
    QVERIFY(bookingsPage->allCustomersButton()->isEnabled());

    const int shown = bookingsPage->bookings()->rowCount();
    QVERIFY(shown >= 1 && shown < all);
    for (const api::Booking& b : bookingsPage->bookings()->records())
        QCOMPARE(b.customerId, customerId);
    // The server's bookings of that customer in the range: asked with and without the filter.
    api::BookingQuery range = bookingsPage->bookings()->query();
    QSet<QString> filtered = serverIds(range);
    range.customerId.clear();
    auto list = collect(workspace->activeConnector()->bookings(organisation(), range));
    QSet<QString> ofCustomer;
    for (const api::Booking& b : std::as_const(list.rows)) {
        if (b.customerId == customerId)
            ofCustomer.insert(b.id);
    }
    QCOMPARE(shown, int(ofCustomer.size()));
    QCOMPARE(filtered, ofCustomer);
    QCOMPARE(perCustomer.value(customerId), shown);

    // All customers again.
    QTest::mouseClick(bookingsPage->allCustomersButton(), Qt::LeftButton);
    QTRY_VERIFY(bookingsPage->bookings()->query().customerId.isEmpty());
    QVERIFY(search->text().isEmpty());
    waitLoaded();
    QCOMPARE(bookingsPage->bookings()->rowCount(), all);
    QVERIFY(!bookingsPage->allCustomersButton()->isEnabled());

    // The clear button in the field does the same.
    bookingsPage->setFilterCustomer(customerId);
    QTRY_COMPARE(bookingsPage->bookings()->query().customerId, customerId);
    waitLoaded();
    QTest::keyClicks(search, u"x"_s); // typing alone keeps the filter in force
    QCOMPARE(bookingsPage->bookings()->query().customerId, customerId);
    search->selectAll();
    QTest::keyClick(search, Qt::Key_Backspace);
    QTRY_VERIFY(bookingsPage->bookings()->query().customerId.isEmpty());
    waitLoaded();
    QCOMPARE(bookingsPage->bookings()->rowCount(), all);

    // Tab order: status, customer, all customers, then the text filter.
    auto* status = bookingsPage->findChild<QComboBox*>(u"statusFilter"_s);
    bookingsPage->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(bookingsPage.get()));
    status->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(status->hasFocus());
    QTest::keyClick(status, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), search);
    QVERIFY(!bookingsPage->customerFilter()->accessibleName().isEmpty());
}

void TestBookings::listColumnsFitTheirText()
{
    // Every customer's name is read whole; the id, the last column, is not stretched over the
    // room the names need.
    bookingsPage->showList();
    showWideRange(); // more bookings, and names the first week did not have
    waitLoaded();
    QTableView* table = bookingsPage->table();
    const BookingTableModel* bookings = bookingsPage->bookings();
    const int customer = bookings->columnForKey(u"customer_name"_s);
    const int id = bookings->columnForKey(u"id"_s);
    QVERIFY(bookings->rowCount() > 50);
    int widest = 0;
    for (int row = 0; row < bookings->rowCount(); ++row) {
        widest = qMax(widest, table->fontMetrics().horizontalAdvance(
                                  bookings->index(row, customer).data().toString()));
    }
    QVERIFY2(table->columnWidth(customer) >= widest,
             qPrintable(u"%1 < %2"_s.arg(table->columnWidth(customer)).arg(widest)));
    int longestId = 0;
    for (int row = 0; row < bookings->rowCount(); ++row) {
        longestId = qMax(longestId, table->fontMetrics().horizontalAdvance(
                                        bookings->index(row, id).data().toString()));
    }
    QVERIFY2(table->columnWidth(id) <= longestId + 48,
             qPrintable(u"%1 for ids of %2"_s.arg(table->columnWidth(id)).arg(longestId)));
}

void TestBookings::legendShowsEveryStatus()
{
    bookingsPage->showList();
    balie::ui::BookingStatusLegend* legend = bookingsPage->calendar()->legend();
    QVERIFY(legend);
    QVERIFY(!legend->isVisible());
    bookingsPage->showCalendar();
    QTRY_VERIFY(legend->isVisible());
    const QList<api::BookingStatus> statuses = balie::ui::BookingStatusLegend::statuses();
    QCOMPARE(statuses.size(), 5);
    const QList<QFrame*> swatches = legend->findChildren<QFrame*>(u"statusSwatch"_s);
    QCOMPARE(swatches.size(), statuses.size());
    QCOMPARE(legend->swatches().size(), statuses.size());
    QSet<int> seen;
    for (int i = 0; i < statuses.size(); ++i) {
        QFrame* swatch = legend->swatches().at(i);
        QVERIFY(swatch->isVisible());
        QCOMPARE(swatch->property("status").toInt(), int(statuses.at(i)));
        QCOMPARE(swatch->palette().color(QPalette::Window),
                 balie::ui::BookingPresentation::statusBackground(statuses.at(i)));
        QCOMPARE(legend->names().at(i)->text(), api::BookingStatuses::displayName(statuses.at(i)));
        seen.insert(int(statuses.at(i)));
    }
    QCOMPARE(seen.size(), statuses.size());
    if (qEnvironmentVariableIsSet("BALIE_TEST_SCREENSHOTS"))
        bookingsPage->grab().save(QDir::temp().filePath(u"balie-bookings-legend.png"_s));
    waitLoaded();
}

QString TestBookings::book(const api::Service& service, const api::Customer& customer,
                           const QDateTime& start, bool cancel)
{
    api::BookingDraft draft;
    draft.serviceId = service.id;
    draft.customerId = customer.id;
    draft.scheduledAt = start.toUTC();
    auto created = await(workspace->activeConnector()->createBooking(
        organisation(), draft, api::ApiRequest::newIdempotencyKey()));
    if (!created->isOk()) {
        qWarning("booking failed: %s", qPrintable(created->error().technicalDetails()));
        return {};
    }
    const QString id = created->value().id;
    if (cancel) {
        auto cancelled = await(workspace->activeConnector()->bookingAction(
            organisation(), id, api::BookingAction::Cancel));
        if (!cancelled->isOk()) {
            qWarning("cancel failed: %s", qPrintable(cancelled->error().technicalDetails()));
            return {};
        }
    }
    return id;
}

void TestBookings::calendarBlocksShowTheCustomerAndLeaveCancelledBehind()
{
    using balie::ui::BookingCalendarGrid;
    using balie::ui::BookingPresentation;
    const api::Service short30 = serviceOfDuration(30); // Mon–Fri 09:00–17:00 Amsterdam
    const api::Service long60 = serviceOfDuration(60);  // Tue–Sat 10:00–18:00 Amsterdam
    QVERIFY(!short30.id.isEmpty() && !long60.id.isEmpty());
    QVERIFY(bookingsPage->customers()->rowCount() >= 6);
    const QTimeZone amsterdam("Europe/Amsterdam");
    // A Tuesday six weeks ahead: past the demo bookings, open for both services.
    const QDate today = QDate::currentDate();
    const QDate tuesday = today.addDays(2 - today.dayOfWeek() + 42);
    auto at = [&](int hour, int minute) {
        return QDateTime(tuesday, QTime(hour, minute), amsterdam);
    };
    auto customer = [&](int row) {
        return bookingsPage->customers()->record(row);
    };

    // Cancelled at 10:00 and booked again in its place; alone at 14:00; cancelled at 12:00 with
    // a booking from 12:15 over its second half; two live ones side by side at 15:00.
    const QString cancelled = book(short30, customer(1), at(10, 0), true);
    const QString replacement = book(short30, customer(2), at(10, 0));
    const QString alone = book(short30, customer(3), at(14, 0));
    const QString cancelledUnder = book(short30, customer(4), at(12, 0), true);
    const QString over = book(short30, customer(5), at(12, 15));
    const QString shorter = book(short30, customer(6), at(15, 0));
    const QString longer = book(long60, customer(1), at(15, 0));
    const QStringList ours{cancelled, replacement, alone, cancelledUnder, over, shorter, longer};
    for (const QString& id : ours)
        QVERIFY(!id.isEmpty());

    bookingsPage->showCalendar();
    BookingCalendarView* calendar = bookingsPage->calendar();
    BookingCalendarGrid* grid = calendar->grid();
    calendar->setSpan(BookingCalendarView::Span::Day);
    calendar->setDate(at(10, 0).toLocalTime().date());
    waitLoaded();
    const QSet<QString> ourSet(ours.cbegin(), ours.cend());
    auto shown = [grid] {
        const QStringList ids = grid->visibleBookingIds();
        return QSet<QString>(ids.cbegin(), ids.cend());
    };
    QTRY_COMPARE_WITH_TIMEOUT(shown(), ourSet, 10'000);
    grid->scrollToTime(at(9, 30).toLocalTime().time());

    auto record = [&](const QString& id) {
        return bookingsPage->bookings()->record(bookingsPage->bookings()->rowOf(id));
    };
    auto startText = [&](const QString& id) {
        return BookingPresentation::timeText(record(id).scheduledAt.toLocalTime().time());
    };
    auto oneLine = [&](const QString& id) {
        const api::Booking b = record(id);
        return u"%1 %2 · %3"_s.arg(startText(id), b.customerName, b.serviceName);
    };

    // (a) Half-hour blocks say who, on one line: start, customer, service.
    for (const QString& id : {replacement, alone, cancelled})
        QCOMPARE(grid->blockLabel(id), oneLine(id));
    // (b) The cancelled booking takes no room from the one made in its place.
    QCOMPARE(grid->blockRect(replacement).width(), grid->blockRect(alone).width());
    QCOMPARE(grid->blockRect(replacement).left(), grid->blockRect(alone).left());
    QCOMPARE(grid->blockRect(over).width(), grid->blockRect(alone).width());
    // ... while two live ones at once share the column.
    QVERIFY(!grid->blockRect(shorter).intersects(grid->blockRect(longer)));
    if (qEnvironmentVariableIsSet("BALIE_TEST_SCREENSHOTS"))
        bookingsPage->grab().save(QDir::temp().filePath(u"balie-bookings-calendar-day.png"_s));

    // (c) A click selects what is seen there: the live booking over a cancelled one, the
    // cancelled one where nothing covers it.
    auto click = [&](const QPoint& point) {
        QVERIFY2(grid->viewport()->rect().contains(point), "the block is scrolled into view");
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, point);
    };
    for (const QString& id : {replacement, alone, over, shorter, longer}) {
        click(grid->blockRect(id).center());
        QCOMPARE(grid->selectedId(), id);
        QCOMPARE(bookingsPage->selectedId(), id);
    }
    const QRect under = grid->blockRect(cancelledUnder);
    click(QPoint(under.center().x(), (under.top() + grid->blockRect(over).top()) / 2));
    QCOMPARE(grid->selectedId(), cancelledUnder);
    QCOMPARE(bookingsPage->selectedId(), cancelledUnder);
    // The keyboard reaches every booking of the day, the covered cancelled one too.
    click(grid->blockRect(shorter).center()); // the last block of the day
    QSet<QString> reached{grid->selectedId()};
    for (int i = 0; i < ours.size(); ++i) {
        QTest::keyClick(grid, Qt::Key_Up);
        reached.insert(grid->selectedId());
    }
    QCOMPARE(reached, ourSet);
    QCOMPARE(bookingsPage->selectedId(), grid->selectedId());

    // The week: narrower columns and, side by side, narrow lanes: each block still begins with
    // its start time, and the name is read, not one letter of it ("15:00 A…"): where it does
    // not fit beside the time, it has a line of its own.
    calendar->setSpan(BookingCalendarView::Span::Week);
    waitLoaded();
    QTRY_VERIFY(shown().contains(ourSet));
    QCOMPARE(grid->dayCount(), 7);
    const QFontMetrics metrics = grid->fontMetrics();
    for (const QString& id : {replacement, alone, shorter, longer}) {
        const QString label = grid->blockLabel(id);
        const QStringList lines = label.split(u'\n');
        QVERIFY2(lines.first().startsWith(startText(id)), qPrintable(label));
        const QString name = record(id).customerName;
        const QString rest = label.mid(startText(id).size()).trimmed();
        QVERIFY2(rest.startsWith(name.left(qMin(qsizetype(5), name.size()))), qPrintable(label));
        for (const QString& line : lines)
            QVERIFY2(metrics.horizontalAdvance(line) <= grid->blockRect(id).width(),
                     qPrintable(label));
        QVERIFY2(lines.size() * metrics.height() <= grid->blockRect(id).height(),
                 qPrintable(label));
    }
    QCOMPARE(grid->blockRect(replacement).width(), grid->blockRect(alone).width());
    if (qEnvironmentVariableIsSet("BALIE_TEST_SCREENSHOTS"))
        bookingsPage->grab().save(QDir::temp().filePath(u"balie-bookings-calendar-week.png"_s));
}

QTEST_MAIN(TestBookings)
#include "TestBookings.moc"
