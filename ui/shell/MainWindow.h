// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ChangeHistory.h"
#include "Outbox.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMessageBox;
class QToolButton;
class QMenu;
class QSettings;
class QStackedWidget;
class QTabWidget;
class QToolBar;

namespace balie {
class Translations;
}

namespace balie::api {
class ApiError;
}

namespace balie::models {
class OrganisationSession;
class RecordTableModel;
class Workspace;
struct OrganisationRef;
} // namespace balie::models

namespace balie::ui {

class BookingsPage;
class MessageBar;
class OrganisationSwitcher;
class OutboxPanel;
class QuickSwitcher;
class SearchPopup;
class RateBudgetLabel;
class ResourcePage;
class TablePage;
class TodayPage;
class WelcomePage;

// The console's window: the organisation switcher and the frequent actions in the toolbar, one
// tab per resource (only those the active connection's flavour offers) showing the tables of the
// workspace's session, a message bar over the tabs, and the active organisation, last sync,
// offline state and rate budget in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Tab
    {
        Today,
        Organisations,
        Customers,
        Services,
        Bookings,
        Products,
        Accounts
    };
    Q_ENUM(Tab)

    // `settings` holds the window's state and the language; neither pointer is owned.
    MainWindow(models::Workspace* workspace, QSettings* settings, Translations* translations,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // The demo: names it so, and offers no first-run page.
    void setDemo(bool demo);

    models::Workspace* workspace() const { return m_workspace; }
    MessageBar* messageBar() const { return m_messageBar; }
    OrganisationSwitcher* switcher() const { return m_switcher; }
    QuickSwitcher* quickSwitcher() const { return m_quick; }
    SearchPopup* searchPopup() const { return m_search; }
    QTabWidget* tabs() const { return m_tabs; }
    WelcomePage* welcomePage() const { return m_welcome; }
    BookingsPage* bookingsPage() const { return m_bookings; }
    TodayPage* todayPage() const { return m_today; }
    ResourcePage* page(Tab tab) const;
    QWidget* tabWidget(Tab tab) const;
    // The page shown, for the window's commands that act on its table.
    TablePage* currentPage() const;
    QLabel* activeLabel() const { return m_activeLabel; }
    QLabel* offlineLabel() const { return m_offlineLabel; }
    // The queue: changes the server does not have yet.
    OutboxPanel* outboxPanel() const { return m_outboxPanel; }
    QToolButton* outboxButton() const { return m_outboxButton; }
    // Asked when the window closes with changes still to be sent.
    QMessageBox* quitQuestion() const;
    QAction* action(const QString& objectName) const;
    // "Organisation — Connection", or empty when none is active.
    QString activeDescription() const;

public Q_SLOTS:
    void showTab(balie::ui::MainWindow::Tab tab);
    // Takes back the organisation's last change (Edit › Undo, Ctrl+Z).
    void undo();
    // Shows the queue of changes not on the server yet, focused.
    void showQueue();
    // Opens a booking of the queue whose time was taken, at the next free time.
    void chooseAnotherTime(qint64 seq);
    void refreshCurrent();
    void findInCurrent();
    void copyFromCurrent();
    void exportCurrent();
    void columnsOfCurrent();
    void newBooking();
    void switchOrganisation();
    // One search over the organisation's customers, bookings and products (Ctrl+Shift+F).
    void searchEverything();
    // The customer's card: contact, bookings, "New booking".
    void openCustomerCard(const QString& customerId);
    void newConnection();
    void showSettings();
    void newOrganisation();
    void newCustomer();
    void newProduct();
    void editProduct(int sourceRow);
    void editCustomer(int sourceRow);
    void showAbout();
    void showShortcuts();

Q_SIGNALS:
    void demoRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void updateOutbox();
    // Whether the window may close now; otherwise asks, and closes if the user says so.
    bool mayQuit();
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createPages();
    void createStatusBar();
    void retranslateUi();
    void activeChanged();
    void updateCentral();
    void updateCapabilities();
    void updateStatus();
    void connectionStateChanged(const QString& connectionId);
    void showProblem(const api::ApiError& error, const QString& context);
    void showInfo(const QString& message);
    void bindSession();
    void tableFailed(models::RecordTableModel* table, const api::ApiError& error);
    void tableLoaded();
    // "The server can be reached again", once, after the window said it could not.
    void sayReachedAgain();
    void connectivityChanged(bool online);
    // A change sent again after it had waited was refused: said, with the way out.
    void changeRefused(const models::Outbox::Entry& entry);
    void updateUndo();
    void updateOffline();
    QString titleOf(const models::RecordTableModel* table) const;
    void restoreWindowState();
    void saveWindowState();
    ResourcePage* addResourcePage(Tab tab, models::RecordTableModel* model, const QString& key);
    QAction* makeAction(const char* objectName, const QKeySequence& shortcut = {});

    models::Workspace* m_workspace;
    QSettings* m_settings;
    Translations* m_translations;
    bool m_demo = false;

    MessageBar* m_messageBar = nullptr;
    QStackedWidget* m_central = nullptr;
    WelcomePage* m_welcome = nullptr;
    QTabWidget* m_tabs = nullptr;
    bool m_toldOffline = false; // the bar said "Offline" and has not yet said "back"
    QList<QWidget*> m_tabPages; // by Tab
    BookingsPage* m_bookings = nullptr;
    TodayPage* m_today = nullptr;
    // Empty tables of each kind: the pages' columns while no organisation is active.
    QPointer<models::OrganisationSession> m_session;
    QList<ResourcePage*> m_resourcePages;

    QToolBar* m_toolBar = nullptr;
    OrganisationSwitcher* m_switcher = nullptr;
    QLabel* m_switcherLabel = nullptr;
    QList<QAction*> m_switcherActions;
    QuickSwitcher* m_quick = nullptr;
    SearchPopup* m_search = nullptr;
    QLabel* m_activeLabel = nullptr;
    QLabel* m_offlineLabel = nullptr;
    QLabel* m_syncedLabel = nullptr;
    RateBudgetLabel* m_budgetLabel = nullptr;
    OutboxPanel* m_outboxPanel = nullptr;
    QToolButton* m_outboxButton = nullptr;
    QPointer<QMessageBox> m_quitQuestion;
    bool m_quitConfirmed = false;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_goMenu = nullptr;
    QMenu* m_bookingMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newConnection = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_export = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_find = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_reloadAll = nullptr;
    QAction* m_columns = nullptr;
    QAction* m_showOutbox = nullptr;
    QAction* m_switch = nullptr;
    QAction* m_searchEverything = nullptr;
    QAction* m_newBooking = nullptr;
    QAction* m_about = nullptr;
    QAction* m_shortcuts = nullptr;
    QAction* m_newOrganisation = nullptr;
    QAction* m_newCustomer = nullptr;
    QAction* m_newProduct = nullptr;
    QList<QAction*> m_goToTab;
    QSet<QString> m_loginAsked; // connections whose login dialog is open
};

} // namespace balie::ui
