// The console with its server stopped, as the desk meets it when the network goes: F5 keeps
// the day's bookings on screen and says since when they are old, the window says "offline"
// once, and when the server is back the console notices by itself, loads again and says so.

#include "ConsoleTestSupport.h"
#include "OrganisationSession.h"
#include "ResourceModels.h"
#include "Translations.h"
#include "WindowFixture.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "bookings/BookingsPage.h"
#include "config/ConnectionStore.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "shell/MessageBar.h"

#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace balie::test;
using namespace balie::models;
using balie::ui::MainWindow;
using balie::ui::MessageBar;

class TestOffline : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refreshWhileTheServerIsDownKeepsTheAgenda();
    void aStartWithTheServerStoppedShowsWhatWasKept();
    void f5AsksForChangesAndShiftF5ForEverything();
    void backAtTheWindowTheTablesAreFresh();

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
    QVERIFY2(start({}, u"offline"_s, u"en"_s, &why), qPrintable(why));
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
    const quint16 port = h->sandbox->port();
    const SandboxOptions options = h->sandbox->options();
    h->sandbox.reset();
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
    h->sandbox = std::make_unique<Sandbox>(options);
    QVERIFY2(h->sandbox->start(port), qPrintable(h->sandbox->errorString()));
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
    const QString connectionId = workspace->active().connectionId;
    const OrganisationRef active = workspace->active();
    const int customers = workspace->session()->customers()->rowCount();
    const QStringList bookings = bookingIds();
    QVERIFY(customers > 0);
    QVERIFY(!bookings.isEmpty());
    const QDateTime synced = workspace->session()->customers()->lastSynced();

    // The console quits; the server stops; the console starts again.
    stop();
    const quint16 port = h->sandbox->port();
    const SandboxOptions options = h->sandbox->options();
    h->sandbox.reset();
    workspace = std::make_unique<Workspace>(settings.get(), keychain.get(), &h->nam, &h->budgets,
                                            dir->filePath(u"stores"_s));
    window = std::make_unique<MainWindow>(workspace.get(), settings.get(), translations.get());
    window->resize(1200, 760);
    window->show();
    workspace->useInMemoryCredentials(connectionId,
                                      SandboxHarness::goodCredentials(Flavour::Balie));

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

    // The server is back: the console notices by itself, and the rows are the server's.
    h->sandbox = std::make_unique<Sandbox>(options);
    QVERIFY2(h->sandbox->start(port), qPrintable(h->sandbox->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(workspace->state(connectionId), Workspace::ConnectionState::Ready,
                              40'000);
    QTRY_VERIFY_WITH_TIMEOUT(!workspace->session()->isOffline(), 40'000);
    QVERIFY(!workspace->session()->customers()->isFromStore());
    QVERIFY(workspace->session()->customers()->lastSynced() > synced);
    QTRY_VERIFY(!window->offlineLabel()->isVisible());
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

QTEST_MAIN(TestOffline)
#include "TestOffline.moc"
