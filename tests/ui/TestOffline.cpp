// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// The console with its server stopped, as the desk meets it when the network goes: F5 keeps
// the day's bookings on screen and says since when they are old, the window says "offline"
// once, and when the server is back the console notices by itself, loads again and says so.

#include "ConsoleFixture.h"
#include "ConsoleTestSupport.h"
#include "OperationWait.h"
#include "OrganisationSession.h"
#include "Outbox.h"
#include "OutboxModel.h"
#include "ResourceModels.h"
#include "Translations.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "bookings/BookingCalendarGrid.h"
#include "bookings/BookingCalendarView.h"
#include "bookings/BookingEditorDialog.h"
#include "bookings/BookingsPage.h"
#include "bookings/CustomerPicker.h"
#include "config/ConnectionStore.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "shell/MessageBar.h"
#include "shell/OutboxPanel.h"

#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace balie::test;
using namespace balie::models;
using balie::ui::MainWindow;
using balie::ui::MessageBar;

class TestOffline : public QObject, private ConsoleFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refreshWhileTheServerIsDownKeepsTheAgenda();
    void aStartWithTheServerStoppedShowsWhatWasKept();
    void f5AsksForChangesAndShiftF5ForEverything();
    void backAtTheWindowTheTablesAreFresh();
    void aCancelMadeOfflineWaitsInTheQueueAndGoesOutWhenBack();
    void aTimeTakenMeanwhileIsChosenAgainAtTheNextFreeOne();
    void aBookingMovedInTheCalendarOfflineWaitsInTheQueue();

private:
    QStringList bookingIds() const;
};

QStringList TestOffline::bookingIds() const
{
    QStringList ids;
    for (const Booking& b : workspace->session()->bookings()->records())
        ids << b.id;
    return ids;
}

void TestOffline::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    QString why;
    QVERIFY2(start({.name = u"offline"_s}, &why), qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(workspace->session() &&
                                 workspace->session()->bookings()->lastSynced().isValid() &&
                                 workspace->session()->customers()->lastSynced().isValid(),
                             20'000);
}

void TestOffline::cleanupTestCase()
{
    stop();
}

void TestOffline::refreshWhileTheServerIsDownKeepsTheAgenda()
{
    window->showTab(MainWindow::Tab::Bookings);
    balie::ui::BookingsPage* page = window->bookingsPage();
    BookingTableModel* bookings = page->bookings();
    const int shown = bookings->rowCount();
    QVERIFY(shown > 0);
    QStringList ids;
    for (const Booking& b : bookings->records())
        ids << b.id;
    const QDateTime synced = bookings->lastSynced();

    // The server goes away; F5.
    SandboxHarness::Outage outage(*h);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(bookings->isStale() && !bookings->isLoading(), 30'000);

    // The agenda stays, said to be as old as it is.
    QCOMPARE(bookings->rowCount(), shown);
    QStringList still;
    for (const Booking& b : bookings->records())
        still << b.id;
    QCOMPARE(still, ids);
    QCOMPARE(bookings->lastSynced(), synced);
    const QString time = QLocale().toString(synced.toLocalTime().time(), QLocale::ShortFormat);
    auto* state = page->findChild<QLabel*>(u"bookingsState"_s);
    QVERIFY2(state->text().contains(time), qPrintable(state->text()));
    // Offline is said once, in one place, and in the status bar.
    QTRY_VERIFY(window->messageBar()->isVisible());
    QCOMPARE(window->messageBar()->topic(), u"offline"_s);
    QVERIFY2(window->messageBar()->text().startsWith(u"Offline"_s),
             qPrintable(window->messageBar()->text()));
    QVERIFY(window->offlineLabel()->isVisible());
    QVERIFY2(window->offlineLabel()->text().contains(time),
             qPrintable(window->offlineLabel()->text()));

    // The server comes back: the console notices by itself.
    QVERIFY2(outage.back(), qPrintable(h->sandbox->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!bookings->isStale() && bookings->lastSynced() > synced, 40'000);
    QTRY_VERIFY(!window->offlineLabel()->isVisible());
    QCOMPARE(window->messageBar()->level(), MessageBar::Level::Info);
    QVERIFY2(window->messageBar()->text().contains(u"reached again"_s),
             qPrintable(window->messageBar()->text()));
    QCOMPARE(bookings->rowCount(), shown);
    QVERIFY(!state->text().contains(time) || !bookings->isStale());
}

void TestOffline::aStartWithTheServerStoppedShowsWhatWasKept()
{
    // What the console showed, kept in its store.
    QTRY_VERIFY_WITH_TIMEOUT(!workspace->session()->bookings()->isLoading() &&
                                 !workspace->session()->customers()->isLoading(),
                             20'000);
    const OrganisationRef active = workspace->active();
    const int customers = workspace->session()->customers()->rowCount();
    const QStringList bookings = bookingIds();
    QVERIFY(customers > 0);
    QVERIFY(!bookings.isEmpty());
    const QDateTime synced = workspace->session()->customers()->lastSynced();

    // The console quits; the server stops; the console starts again.
    stop();
    SandboxHarness::Outage outage(*h);
    workspace = std::make_unique<Workspace>(settings.get(), keychain.get(), &h->nam, &h->budgets,
                                            dir->filePath(u"stores"_s));
    window = std::make_unique<MainWindow>(workspace.get(), settings.get(), translations.get());
    window->resize(1200, 760);
    window->show();
    // The organisation is back while the server is still being asked (and retried).
    Workspace::ConnectionState stateWhenActive = Workspace::ConnectionState::Failed;
    connect(workspace.get(), &Workspace::activeChanged, this,
            [&] { stateWhenActive = workspace->state(connectionId); });
    workspace->useInMemoryCredentials(connectionId,
                                      SandboxHarness::goodCredentials(Flavour::Balie));
    QTRY_VERIFY(workspace->session());
    QCOMPARE(stateWhenActive, Workspace::ConnectionState::Opening);

    // Yesterday's rows at once, said to be offline and as of when.
    QTRY_COMPARE_WITH_TIMEOUT(workspace->state(connectionId), Workspace::ConnectionState::Offline,
                              20'000);
    QCOMPARE(workspace->active(), active);
    QVERIFY(workspace->session());
    QTRY_COMPARE(workspace->session()->customers()->rowCount(), customers);
    QTRY_COMPARE(bookingIds(), bookings);
    QVERIFY(workspace->session()->customers()->isFromStore());
    QTRY_VERIFY_WITH_TIMEOUT(workspace->session()->isOffline(), 20'000);
    QCOMPARE(workspace->session()->customers()->lastSynced(), synced);
    const QString time = QLocale().toString(synced.toLocalTime().time(), QLocale::ShortFormat);
    QTRY_COMPARE(window->messageBar()->topic(), u"offline"_s);
    QVERIFY(window->offlineLabel()->isVisible());
    QVERIFY2(window->offlineLabel()->text().contains(time),
             qPrintable(window->offlineLabel()->text()));
    // The list of organisations fails too (asked again here, after the message): that is the
    // same news, and the offline message stays the one message.
    workspace->organisations()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(workspace->organisations()->lastError().isError() &&
                                 !workspace->organisations()->isLoading(),
                             20'000);
    QCOMPARE(window->messageBar()->topic(), u"offline"_s);
    QCOMPARE(window->messageBar()->level(), MessageBar::Level::Warning);

    // The server is back: the console notices by itself, and the rows are the server's.
    QVERIFY2(outage.back(), qPrintable(h->sandbox->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(workspace->state(connectionId), Workspace::ConnectionState::Ready,
                              40'000);
    QTRY_VERIFY_WITH_TIMEOUT(!workspace->session()->isOffline(), 40'000);
    QVERIFY(!workspace->session()->customers()->isFromStore());
    QVERIFY(workspace->session()->customers()->lastSynced() > synced);
    QTRY_VERIFY(!window->offlineLabel()->isVisible());
    // ... and says so; no error stays from the time it was away.
    QTRY_VERIFY_WITH_TIMEOUT(window->messageBar()->text().contains(u"reached again"_s), 20'000);
    QCOMPARE(window->messageBar()->level(), MessageBar::Level::Info);
}

void TestOffline::f5AsksForChangesAndShiftF5ForEverything()
{
    OrganisationSession* session = workspace->session();
    QVERIFY(session);
    auto quiet = [session, this] {
        const QList<RecordTableModel*> tables = session->tables();
        return std::none_of(tables.cbegin(), tables.cend(),
                            [](const RecordTableModel* t) { return t->isLoading(); }) &&
               workspace->activeConnector()->client()->jobsInFlight() == 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(quiet(), 20'000);
    window->showTab(MainWindow::Tab::Customers);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    CustomerTableModel* customers = session->customers();
    const int rows = customers->rowCount();
    QVERIFY(rows > 0);

    // How many rows a load brought, from the progress it reports.
    auto rowsBrought = [](const QSignalSpy& progress) {
        qint64 most = 0;
        for (const QList<QVariant>& signal : progress)
            most = qMax(most, signal.at(0).toLongLong());
        return most;
    };

    // F5 on the customers: only what changed (nothing), in one request.
    QDateTime before = customers->lastSynced();
    h->sandbox->resetStats();
    QSignalSpy changes(customers, &RecordTableModel::progress);
    QTest::keyClick(window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(customers->lastSynced() > before && quiet(), 20'000);
    QCOMPARE(h->sandbox->stats().requests, 1);
    QCOMPARE(rowsBrought(changes), 0);

    // Shift+F5: every table of the organisation again, in full.
    before = customers->lastSynced();
    h->sandbox->resetStats();
    QSignalSpy full(customers, &RecordTableModel::progress);
    QTest::keyClick(window.get(), Qt::Key_F5, Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(customers->lastSynced() > before && quiet(), 20'000);
    QCOMPARE(rowsBrought(full), rows);
    int supported = 0;
    for (const RecordTableModel* table : session->tables())
        supported += table->isSupported() ? 1 : 0;
    QVERIFY2(h->sandbox->stats().requests >= supported,
             qPrintable(QString::number(h->sandbox->stats().requests)));
    QCOMPARE(customers->rowCount(), rows);
}

void TestOffline::backAtTheWindowTheTablesAreFresh()
{
    // The desk was in its mail while another desk renamed a customer: back in Balie, the
    // customers are fresh without F5. (The pace is long, so only the return refreshes.)
    RefreshPace pace;
    pace.bookingsMs = 3'600'000;
    pace.othersMs = 3'600'000;
    pace.onReturnMs = 200;
    pace.perRequestMs = 0;
    workspace->setAutoRefresh(pace);
    OrganisationSession* session = workspace->session();
    CustomerTableModel* customers = session->customers();
    QTRY_VERIFY_WITH_TIMEOUT(!customers->isLoading(), 20'000);
    window->showTab(MainWindow::Tab::Customers);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));

    QWidget mail;
    mail.setWindowTitle(u"Mail"_s);
    mail.resize(300, 200);
    mail.show();
    mail.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&mail));

    const Customer before = customers->record(3);
    auto other = h->connector(Flavour::Balie, AuthScheme::ApiKeyHeader);
    const CustomerDraft draft{u"Renamed While Away"_s, before.email, before.phone};
    const auto renamed =
        await(other->updateCustomer(workspace->active().organisationId, before.id, draft));
    QVERIFY2(renamed->isOk(), qPrintable(renamed->error().message()));
    QTest::qWait(300);
    QCOMPARE(customers->find(before.id)->name, before.name);

    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(customers->find(before.id)->name, draft.name, 10'000);
    workspace->setAutoRefresh(std::nullopt);
}

void TestOffline::aCancelMadeOfflineWaitsInTheQueueAndGoesOutWhenBack()
{
    // The network is gone. The desk cancels a booking with Delete: it shows cancelled at once,
    // drawn apart, and the status bar says a change waits. Closing asks first. A confirm made
    // too is dropped from the queue and the row is as before. The server comes back: the
    // cancel goes out once, and the queue is empty.
    window->showTab(MainWindow::Tab::Bookings);
    balie::ui::BookingsPage* page = window->bookingsPage();
    BookingTableModel* bookings = page->bookings();
    OrganisationSession* session = workspace->session();
    session->setHoldMs(200);
    QTRY_VERIFY_WITH_TIMEOUT(!bookings->isLoading() && bookings->rowCount() > 1, 20'000);
    std::optional<Booking> victim;
    std::optional<Booking> confirmable;
    for (const Booking& b : bookings->records()) {
        if (!victim && BookingStatuses::allows(b.status, BookingAction::Cancel))
            victim = b;
        else if (!confirmable && b.status == BookingStatus::Created)
            confirmable = b;
    }
    QVERIFY(victim && confirmable);

    SandboxHarness::Outage outage(*h);

    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    // The console knows it is offline (F5 found the server away).
    QTest::keyClick(window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(session->isOffline(), 30'000);
    page->showList();
    page->selectBooking(victim->id);
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Delete);
    QTRY_VERIFY(page->cancelQuestion() && page->cancelQuestion()->isVisible());
    QTest::mouseClick(page->cancelQuestion()->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(bookings->find(victim->id)->status, BookingStatus::Cancelled);
    // Said as it is: cancelled here, sent when the server can be reached.
    QTRY_COMPARE(window->messageBar()->topic(), u"held"_s);
    QVERIFY2(window->messageBar()->text().contains(u"when it can be reached"_s),
             qPrintable(window->messageBar()->text()));
    const QModelIndex shown = page->table()->currentIndex();
    QVERIFY(shown.isValid());
    QVERIFY(shown.data(RecordTableModel::PendingRole).toBool());
    QTRY_VERIFY(window->outboxButton()->isVisible());
    QCOMPARE(window->outboxButton()->text(), u"1 change waiting"_s);

    // The queue, from the status bar.
    QTest::mouseClick(window->outboxButton(), Qt::LeftButton);
    balie::ui::OutboxPanel* panel = window->outboxPanel();
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->table()->model()->rowCount(), 1);
    const QString described = panel->table()
                                  ->model()
                                  ->index(0, balie::models::OutboxModel::ChangeColumn)
                                  .data()
                                  .toString();
    QVERIFY2(described.contains(victim->customerName), qPrintable(described));
    QTRY_COMPARE_WITH_TIMEOUT(panel->table()
                                  ->model()
                                  ->index(0, balie::models::OutboxModel::StateColumn)
                                  .data()
                                  .toString(),
                              u"Waiting"_s, 10'000);
    // The change could not reach the server: the status bar says the window is offline; the
    // message about the cancel stays (offline was said before it).
    QTRY_VERIFY(session->isOffline());
    QVERIFY(window->offlineLabel()->isVisible());
    QCOMPARE(window->messageBar()->topic(), u"held"_s);

    // A confirm, then dropped from the queue: the row is as the server has it.
    page->selectBooking(confirmable->id);
    page->confirmAction()->trigger();
    QTRY_COMPARE(panel->table()->model()->rowCount(), 2);
    QCOMPARE(bookings->find(confirmable->id)->status, BookingStatus::Confirmed);
    // Said as the cancel was: confirmed here, sent when the server can be reached.
    QTRY_VERIFY(window->messageBar()->text().contains(u"is confirmed here"_s));
    QCOMPARE(window->messageBar()->topic(), u"held"_s);
    QCOMPARE(window->outboxButton()->text(), u"2 changes waiting"_s);
    // The queue's columns fit what they say once it settles (not at every change).
    const QAbstractItemView* queue = panel->table();
    for (int column : {int(balie::models::OutboxModel::MadeColumn),
                       int(balie::models::OutboxModel::ChangeColumn)})
        QTRY_VERIFY(panel->table()->columnWidth(column) >= queue->sizeHintForColumn(column));
    if (qEnvironmentVariableIsSet("BALIE_TEST_SCREENSHOTS"))
        window->grab().save(QDir::temp().filePath(u"balie-queue.png"_s));
    panel->table()->setCurrentIndex(panel->table()->model()->index(1, 0));
    QTest::mouseClick(panel->dropButton(), Qt::LeftButton);
    QTRY_VERIFY(panel->dropQuestion() && panel->dropQuestion()->isVisible());
    QAbstractButton* drop = nullptr;
    for (QAbstractButton* b : panel->dropQuestion()->buttons()) {
        if (panel->dropQuestion()->buttonRole(b) == QMessageBox::AcceptRole)
            drop = b;
    }
    QVERIFY(drop);
    QTest::mouseClick(drop, Qt::LeftButton);
    QTRY_COMPARE(panel->table()->model()->rowCount(), 1);
    QCOMPARE(bookings->find(confirmable->id)->status, BookingStatus::Created);
    QVERIFY(!bookings->isPending(bookings->rowOf(confirmable->id)));

    // Closing with a change waiting asks first; "Keep Balie open" keeps it open.
    window->close();
    QTRY_VERIFY(window->quitQuestion() && window->quitQuestion()->isVisible());
    QVERIFY2(window->quitQuestion()->text().contains(u"1 change"_s),
             qPrintable(window->quitQuestion()->text()));
    QAbstractButton* stay = nullptr;
    for (QAbstractButton* b : window->quitQuestion()->buttons()) {
        if (window->quitQuestion()->buttonRole(b) == QMessageBox::RejectRole)
            stay = b;
    }
    QVERIFY(stay);
    QTest::mouseClick(stay, Qt::LeftButton);
    QTRY_VERIFY(!window->quitQuestion());
    QVERIFY(window->isVisible());

    // The server is back: the cancel goes out, once, and "until then it can be undone" goes.
    QVERIFY2(outage.back(), qPrintable(h->sandbox->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!window->outboxButton()->isVisible(), 40'000);
    QTRY_VERIFY(window->messageBar()->topic() != u"held"_s);
    // Being back is said, also where the cancel's message had taken the bar's place.
    QTRY_VERIFY2(window->messageBar()->isVisible() &&
                     window->messageBar()->text().contains(u"reached again"_s),
                 qPrintable(window->messageBar()->text()));
    QTRY_VERIFY(!window->offlineLabel()->isVisible());
    QVERIFY(!session->isOffline());
    QCOMPARE(panel->table()->model()->rowCount(), 0);
    QCOMPARE(bookings->find(victim->id)->status, BookingStatus::Cancelled);
    QVERIFY(!bookings->isPending(bookings->rowOf(victim->id)));
    auto other = h->connector(Flavour::Balie, AuthScheme::ApiKeyHeader);
    auto onServer = collect(other->bookings(workspace->active().organisationId, {}));
    int cancelled = 0;
    for (const Booking& b : std::as_const(onServer.rows)) {
        if (b.id == victim->id)
            cancelled += b.status == BookingStatus::Cancelled ? 1 : 0;
        if (b.id == confirmable->id)
            QCOMPARE(b.status, BookingStatus::Created);
    }
    QCOMPARE(cancelled, 1);
}

namespace {

// Future bookings that still hold their time, by service: times a change made offline can
// find taken.
QHash<QString, QList<Booking>> takenTimes(const BookingTableModel* bookings)
{
    QHash<QString, QList<Booking>> byService;
    const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(6 * 3600);
    for (const Booking& b : bookings->records()) {
        if (b.scheduledAt > soon && BookingStatuses::allows(b.status, BookingAction::Reschedule))
            byService[b.serviceId].append(b);
    }
    return byService;
}

} // namespace

void TestOffline::aTimeTakenMeanwhileIsChosenAgainAtTheNextFreeOne()
{
    // While the server is away the desk books a customer, and later moves a booking, each at
    // a time someone else has taken. Back, the server refuses them. The window says so and
    // offers "Choose another time…": the booking opens at the next free time the server named,
    // and Enter books it there, once. The moved booking is opened from the queue with Enter.
    window->showTab(MainWindow::Tab::Bookings);
    balie::ui::BookingsPage* page = window->bookingsPage();
    BookingTableModel* bookings = page->bookings();
    OrganisationSession* session = workspace->session();
    const QString organisationId = workspace->active().organisationId;
    // The coming days, whatever day the test runs on.
    const QDate today = QDate::currentDate();
    page->toEdit()->setDate(today.addDays(12));
    page->fromEdit()->setDate(today.addDays(1));
    std::optional<Booking> occupied; // its time is wanted by a new booking
    std::optional<Booking> mover;    // moved onto the time of `blocking`
    std::optional<Booking> blocking;
    const auto pick = [&] {
        occupied = mover = blocking = std::nullopt;
        const QHash<QString, QList<Booking>> taken = takenTimes(bookings);
        for (auto it = taken.cbegin(); it != taken.cend(); ++it) {
            if (!occupied) {
                occupied = it.value().first();
            } else if (!mover && it.value().size() >= 2) {
                mover = it.value().at(0);
                blocking = it.value().at(1);
            }
        }
        return occupied && mover && blocking;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!bookings->isLoading() && bookings->query().from.isValid() &&
                                 bookings->query().from.toLocalTime().date() > today && pick(),
                             20'000);
    const Customer customer = session->customers()->record(4);
    balie::ui::MessageBar* bar = window->messageBar();

    // 1. A booking made while the server is away.
    {
        SandboxHarness::Outage outage(*h);
        BookingDraft draft;
        draft.serviceId = occupied->serviceId;
        draft.customerId = customer.id;
        draft.scheduledAt = occupied->scheduledAt;
        const auto made = awaitOperation<Booking>(
            session->createBooking(draft, OrganisationSession::newIdempotencyKey()));
        QVERIFY(made.queued);
        QVERIFY2(outage.back(), qPrintable(h->sandbox->errorString()));
    }
    h->sandbox->resetStats();
    QTRY_COMPARE_WITH_TIMEOUT(bar->topic(), u"refused"_s, 40'000);
    QVERIFY2(bar->text().contains(u"taken meanwhile"_s), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(customer.name), qPrintable(bar->text()));
    const Outbox::Entry refused = session->outbox()->entries().first();
    QCOMPARE(refused.state, Outbox::State::Conflict);
    QVERIFY(refused.nextFree.isValid());
    QVERIFY(refused.nextFree > occupied->scheduledAt);
    QCOMPARE(h->sandbox->stats().creations, 0);

    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    QTRY_VERIFY(page->editor() && page->editor()->isVisible());
    balie::ui::BookingEditorDialog* editor = page->editor();
    QCOMPARE(editor->mode(), balie::ui::BookingEditorDialog::Mode::Create);
    QCOMPARE(editor->start(), refused.nextFree);
    QCOMPARE(editor->customerPicker()->customerId(), customer.id);
    QVERIFY2(editor->message()->text().contains(u"taken meanwhile"_s),
             qPrintable(editor->message()->text()));
    QVERIFY(QTest::qWaitForWindowActive(editor));
    if (qEnvironmentVariableIsSet("BALIE_TEST_SCREENSHOTS"))
        editor->grab().save(QDir::temp().filePath(u"balie-time-taken.png"_s));
    // Every line of the form has its room.
    QVERIFY(editor->height() >= editor->sizeHint().height());
    QTRY_VERIFY(editor->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!page->editor(), 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(workspace->changesWaiting(), 0, 15'000);
    QCOMPARE(h->sandbox->stats().creations, 1);
    auto other = h->connector(Flavour::Balie, AuthScheme::ApiKeyHeader);
    auto onServer = collect(other->bookings(organisationId, {}));
    int atNextFree = 0;
    for (const Booking& b : std::as_const(onServer.rows)) {
        if (b.customerId == customer.id && b.serviceId == occupied->serviceId &&
            b.scheduledAt == refused.nextFree)
            ++atNextFree;
    }
    QCOMPARE(atNextFree, 1);

    // 2. A booking moved while the server is away; opened from the queue.
    {
        SandboxHarness::Outage outage(*h);
        const auto moved = awaitOperation<Booking>(
            session->bookingAction(mover->id, BookingAction::Reschedule, blocking->scheduledAt));
        QVERIFY(moved.queued);
        QVERIFY2(outage.back(), qPrintable(h->sandbox->errorString()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!session->outbox()->entries().isEmpty() &&
                                 session->outbox()->entries().first().state ==
                                     Outbox::State::Conflict,
                             40'000);
    const QDateTime nextFree = session->outbox()->entries().first().nextFree;
    QVERIFY(nextFree.isValid());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTRY_VERIFY(window->outboxButton()->isVisible());
    QCOMPARE(window->outboxButton()->text(), u"1 change not sent"_s);
    QTest::mouseClick(window->outboxButton(), Qt::LeftButton);
    balie::ui::OutboxPanel* panel = window->outboxPanel();
    QTRY_VERIFY(panel->isVisible() && panel->table()->hasFocus());
    QVERIFY(panel->anotherTimeButton()->isVisible());
    QTest::keyClick(panel->table(), Qt::Key_Return);
    QTRY_VERIFY(page->editor() && page->editor()->isVisible());
    editor = page->editor();
    QCOMPARE(editor->mode(), balie::ui::BookingEditorDialog::Mode::Reschedule);
    QCOMPARE(editor->original().scheduledAt, mover->scheduledAt);
    QCOMPARE(editor->start(), nextFree);
    QVERIFY(QTest::qWaitForWindowActive(editor));
    QTRY_VERIFY(editor->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!page->editor(), 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(workspace->changesWaiting(), 0, 15'000);
    QTRY_COMPARE(bookings->find(mover->id)->scheduledAt, nextFree);
    QVERIFY(!bookings->isPending(bookings->rowOf(mover->id)));
    onServer = collect(other->bookings(organisationId, {}));
    for (const Booking& b : std::as_const(onServer.rows)) {
        if (b.id == mover->id)
            QCOMPARE(b.scheduledAt, nextFree);
        if (b.id == blocking->id)
            QCOMPARE(b.scheduledAt, blocking->scheduledAt);
    }
    QVERIFY(panel->table()->model()->rowCount() == 0);
}

void TestOffline::aBookingMovedInTheCalendarOfflineWaitsInTheQueue()
{
    // The network is gone. In the calendar the desk moves a booking a quarter of an hour later
    // with Alt+Down: it shows there at once, drawn apart, and the status bar says a change
    // waits. The server comes back: the move goes out once, and the server has the new time.
    window->showTab(MainWindow::Tab::Bookings);
    balie::ui::BookingsPage* page = window->bookingsPage();
    BookingTableModel* bookings = page->bookings();
    OrganisationSession* session = workspace->session();
    const QString organisationId = workspace->active().organisationId;
    QTRY_VERIFY_WITH_TIMEOUT(!session->services()->isLoading() &&
                                 session->services()->rowCount() > 0 &&
                                 session->customers()->rowCount() > 0,
                             20'000);
    std::optional<Service> service;
    for (const Service& s : session->services()->records()) {
        if (s.durationMinutes == 30)
            service = s;
    }
    QVERIFY(service);
    // A Wednesday at 10:00 in the service's zone (open 9-17), weeks after the demo's bookings.
    const QTimeZone zone(service->availability.timeZone);
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(8 - today.dayOfWeek() + 7 * 10);
    const QDateTime ten(monday.addDays(2), QTime(10, 0), zone);
    auto other = h->connector(Flavour::Balie, AuthScheme::ApiKeyHeader);
    BookingDraft draft;
    draft.serviceId = service->id;
    draft.customerId = session->customers()->record(2).id;
    draft.scheduledAt = ten.toUTC();
    auto made = await(
        other->createBooking(organisationId, draft, balie::api::ApiRequest::newIdempotencyKey()));
    QVERIFY2(made->isOk(), qPrintable(made->error().technicalDetails()));
    const QString id = made->value().id;

    page->toEdit()->setDate(monday.addDays(13));
    page->fromEdit()->setDate(
        monday.addDays(-((monday.dayOfWeek() - int(QLocale().firstDayOfWeek()) + 7) % 7)));
    page->refresh();
    page->showCalendar();
    QTRY_VERIFY_WITH_TIMEOUT(!bookings->isLoading() && bookings->find(id), 20'000);
    balie::ui::BookingCalendarGrid* grid = page->calendar()->grid();
    QTRY_VERIFY(grid->visibleBookingIds().contains(id));

    SandboxHarness::Outage outage(*h);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(session->isOffline(), 30'000);

    page->selectBooking(id);
    grid->setFocus();
    QCOMPARE(page->selectedId(), id);
    QTest::keyClick(grid, Qt::Key_Down, Qt::AltModifier);
    const QDateTime later = ten.addSecs(15 * 60).toUTC();
    QTRY_COMPARE(bookings->find(id)->scheduledAt, later);
    QVERIFY(bookings->isPending(bookings->rowOf(id)));
    QTRY_VERIFY(window->outboxButton()->isVisible());
    QCOMPARE(window->outboxButton()->text(), u"1 change waiting"_s);
    QTRY_VERIFY(!page->editor()); // the move's unseen dialog closes once it is queued

    // Back: the move goes out, once, and the queue empties by itself.
    QVERIFY2(outage.back(), qPrintable(h->sandbox->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!window->outboxButton()->isVisible(), 40'000);
    QCOMPARE(workspace->changesWaiting(), 0);
    QTRY_VERIFY(!bookings->isPending(bookings->rowOf(id)));
    const auto onServer = collect(other->bookings(organisationId, {}));
    int found = 0;
    for (const Booking& b : std::as_const(onServer.rows)) {
        if (b.id == id) {
            QCOMPARE(b.scheduledAt, later);
            ++found;
        }
    }
    QCOMPARE(found, 1);
    page->showList();
}

QTEST_MAIN(TestOffline)
#include "TestOffline.moc"
