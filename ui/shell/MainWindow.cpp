// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "MainWindow.h"

#include "ConnectionDialog.h"
#include "CreateOrganisationDialog.h"
#include "CustomerCard.h"
#include "CustomerEditorDialog.h"
#include "Icons.h"
#include "LoginDialog.h"
#include "MessageBar.h"
#include "OrganisationDirectory.h"
#include "OrganisationSession.h"
#include "OrganisationSwitcher.h"
#include "Outbox.h"
#include "OutboxPanel.h"
#include "PlainText.h"
#include "ProductEditorDialog.h"
#include "QuickSwitcher.h"
#include "RateBudgetLabel.h"
#include "ResourceModels.h"
#include "ResourcePage.h"
#include "SearchPopup.h"
#include "SettingsDialog.h"
#include "ShortcutText.h"
#include "ShortcutsDialog.h"
#include "TablePage.h"
#include "TableText.h"
#include "UiLogging.h"
#include "WelcomePage.h"
#include "Workspace.h"
#include "bookings/BookingsPage.h"
#include "today/TodayPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balie::ui {

using models::Workspace;

MainWindow::MainWindow(Workspace* workspace, QSettings* settings, Translations* translations,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_translations(translations)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/balie.svg"_s));
    m_search = new SearchPopup(this); // before the actions that open it
    createActions();
    createPages();
    createToolBar();
    createMenus();
    m_outboxPanel = new OutboxPanel(this);
    m_outboxPanel->hide();
    addDockWidget(Qt::BottomDockWidgetArea, m_outboxPanel);
    connect(m_outboxPanel, &OutboxPanel::anotherTimeRequested, this,
            &MainWindow::chooseAnotherTime);
    createStatusBar();
    m_quick = new QuickSwitcher(workspace, this);
    connect(m_quick, &QuickSwitcher::searchRequested, this, [this](const QString& text) {
        searchEverything();
        if (m_search->isVisible())
            m_search->searchEdit()->setText(text);
    });
    connect(workspace, &Workspace::outboxChanged, this, &MainWindow::updateOutbox);

    connect(workspace, &Workspace::activeChanged, this, &MainWindow::activeChanged);
    connect(workspace, &Workspace::connectionsChanged, this, &MainWindow::updateCentral);
    connect(workspace, &Workspace::connectionStateChanged, this,
            &MainWindow::connectionStateChanged);
    connect(workspace, &Workspace::problem, this, &MainWindow::showProblem);
    connect(
        workspace->organisations(), &models::RecordTableModel::loadFailed, this,
        [this](const api::ApiError& error) { tableFailed(m_workspace->organisations(), error); });
    connect(workspace->organisations(), &models::RecordTableModel::loadSucceeded, this,
            &MainWindow::tableLoaded);
    connect(workspace, &Workspace::keychainProblem, this, [this](const QString& message) {
        m_messageBar->showMessage(message, MessageBar::Level::Warning);
    });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_welcome, &WelcomePage::addConnectionRequested, this, &MainWindow::newConnection);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    // The window's own shortcuts work in its text fields too (Ctrl+E would move the cursor).
    qApp->installEventFilter(this);

    retranslateUi();
    activeChanged();
    updateCentral();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride && qobject_cast<QLineEdit*>(watched) &&
        isAncestorOf(static_cast<QWidget*>(watched))) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QKeySequence pressed(key->keyCombination());
        for (QAction* action : {m_export, m_switch}) {
            if (action->isEnabled() && action->shortcut() == pressed)
                return true; // not the field's: the window's shortcut fires
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

QAction* MainWindow::makeAction(const char* objectName, const QKeySequence& shortcut)
{
    auto* action = new QAction(this);
    action->setObjectName(QString::fromLatin1(objectName));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    addAction(action); // works from anywhere in the window, menus shown or not
    return action;
}

void MainWindow::createActions()
{
    m_newConnection = makeAction("newConnectionAction");
    m_settingsAction = makeAction("settingsAction", QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_export = makeAction("exportAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_undo = makeAction("undoAction", QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, &MainWindow::undo);
    m_quit = makeAction("quitAction", QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_copy = makeAction("copyAction", QKeySequence::Copy);
    m_find = makeAction("findAction", QKeySequence::Find);
    m_refresh = makeAction("refreshAction", QKeySequence::Refresh);
    m_reloadAll = makeAction("reloadAllAction", QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_columns = makeAction("columnsAction");
    m_showOutbox = makeAction("showOutboxAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_switch = makeAction("switchOrganisationAction", QKeySequence(Qt::CTRL | Qt::Key_K));
    m_searchEverything =
        makeAction("searchEverythingAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_newBooking = makeAction("newBookingAction", QKeySequence::New);
    m_about = makeAction("aboutAction");
    m_about->setMenuRole(QAction::AboutRole);
    m_shortcuts = makeAction("shortcutsAction");
    m_shortcuts->setShortcuts(
        {QKeySequence(QKeySequence::HelpContents), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    m_newOrganisation = makeAction("newOrganisationAction");
    m_newCustomer = makeAction("newCustomerAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newProduct = makeAction("newProductAction");
    // Alt+0 is Today, Alt+1 the organisations, and so on.
    for (int i = 0; i <= int(Tab::Accounts); ++i) {
        QAction* go = makeAction("goToTabAction", QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + i)));
        go->setObjectName(u"goToTab%1Action"_s.arg(i));
        connect(go, &QAction::triggered, this, [this, i] { showTab(Tab(i)); });
        m_goToTab << go;
    }

    connect(m_newConnection, &QAction::triggered, this, &MainWindow::newConnection);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_export, &QAction::triggered, this, &MainWindow::exportCurrent);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_copy, &QAction::triggered, this, &MainWindow::copyFromCurrent);
    connect(m_find, &QAction::triggered, this, &MainWindow::findInCurrent);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshCurrent);
    connect(m_reloadAll, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->reconcileAll();
    });
    connect(m_columns, &QAction::triggered, this, &MainWindow::columnsOfCurrent);
    connect(m_showOutbox, &QAction::triggered, this, [this] {
        m_outboxPanel->setVisible(!m_outboxPanel->isVisible());
        if (m_outboxPanel->isVisible())
            m_outboxPanel->table()->setFocus();
    });
    connect(m_switch, &QAction::triggered, this, &MainWindow::switchOrganisation);
    connect(m_searchEverything, &QAction::triggered, this, &MainWindow::searchEverything);
    connect(m_search, &SearchPopup::chosen, this,
            [this](models::DeskSearch::Kind kind, const QString& id) {
                switch (kind) {
                case models::DeskSearch::Kind::Customer:
                    openCustomerCard(id);
                    break;
                case models::DeskSearch::Kind::Booking:
                    m_bookings->actOn(id, std::nullopt);
                    break;
                case models::DeskSearch::Kind::Product:
                    // By id: the table may have changed since the search.
                    showTab(Tab::Products);
                    editProduct(m_session ? m_session->products()->rowOf(id) : -1);
                    break;
                case models::DeskSearch::Kind::Heading:
                    break;
                }
            });
    connect(m_newBooking, &QAction::triggered, this, &MainWindow::newBooking);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_newOrganisation, &QAction::triggered, this, &MainWindow::newOrganisation);
    connect(m_newCustomer, &QAction::triggered, this, &MainWindow::newCustomer);
    connect(m_newProduct, &QAction::triggered, this, &MainWindow::newProduct);
}

ResourcePage* MainWindow::addResourcePage(Tab tab, models::RecordTableModel* model,
                                          const QString& key)
{
    auto* page = new ResourcePage(model, key, m_settings, m_tabs);
    page->setOrganisationName(QString());
    page->setLastSyncedShown(false); // the status bar shows it
    m_resourcePages << page;
    m_tabPages[int(tab)] = page;
    connect(page, &ResourcePage::problem, this, &MainWindow::showProblem);
    connect(page, &ResourcePage::info, this, &MainWindow::showInfo);
    connect(page, &ResourcePage::statusChanged, this, &MainWindow::updateStatus);
    return page;
}

void MainWindow::createPages()
{
    auto* central = new QWidget(this);
    m_messageBar = new MessageBar(central);
    m_central = new QStackedWidget(central);
    m_welcome = new WelcomePage(m_central);
    m_tabs = new QTabWidget(m_central);
    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->setDocumentMode(true);
    m_central->addWidget(m_tabs);
    m_central->addWidget(m_welcome);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_central, 1);
    setCentralWidget(central);

    for (int i = 0; i <= int(Tab::Accounts); ++i)
        m_tabPages << nullptr;
    m_today = new TodayPage(m_tabs);
    m_tabPages[int(Tab::Today)] = m_today;
    addResourcePage(Tab::Organisations, m_workspace->organisations(), u"organisations"_s)
        ->addPageAction(m_newOrganisation);
    ResourcePage* customers =
        addResourcePage(Tab::Customers, m_workspace->noCustomers(), u"customers"_s);
    customers->addPageAction(m_newCustomer);
    connect(customers, &ResourcePage::rowActivated, this, [this](int sourceRow) {
        if (m_session && sourceRow >= 0 && sourceRow < m_session->customers()->rowCount())
            openCustomerCard(m_session->customers()
                                 ->index(sourceRow, 0)
                                 .data(models::RecordTableModel::IdRole)
                                 .toString());
    });
    addResourcePage(Tab::Services, m_workspace->noServices(), u"services"_s);
    m_bookings = new BookingsPage(m_workspace, m_tabs);
    m_bookings->rememberLayoutIn(m_settings);
    m_tabPages[int(Tab::Bookings)] = m_bookings;
    connect(m_bookings, &BookingsPage::problem, this, &MainWindow::showProblem);
    connect(m_bookings, &BookingsPage::info, this, &MainWindow::showInfo);
    connect(m_bookings, &BookingsPage::undoable, this, [this](const QString& message) {
        m_messageBar->showMessage(message, MessageBar::Level::Info);
        m_messageBar->setAction(tr("&Undo"), [this] { undo(); });
        m_messageBar->setTopic(u"organisation"_s);
    });
    connect(m_bookings, &BookingsPage::heldBack, this, [this](const QString& message) {
        m_messageBar->showMessage(message, MessageBar::Level::Info);
        m_messageBar->setAction(tr("&Undo"), [this] { undo(); });
        m_messageBar->setTopic(u"held"_s); // gone once it is sent
    });
    // Today's one-key actions are the bookings page's, on the booking chosen there.
    connect(m_today, &TodayPage::actionRequested, m_bookings, &BookingsPage::actOn);
    connect(m_today, &TodayPage::daysWanted, m_bookings, &BookingsPage::includeDays);
    connect(m_today, &TodayPage::daysNoLongerWanted, m_bookings, &BookingsPage::releaseDays);
    ResourcePage* products =
        addResourcePage(Tab::Products, m_workspace->noProducts(), u"products"_s);
    products->addPageAction(m_newProduct);
    connect(products, &ResourcePage::rowActivated, this, &MainWindow::editProduct);
    addResourcePage(Tab::Accounts, m_workspace->noAccounts(), u"accounts"_s);
    for (QWidget* page : std::as_const(m_tabPages))
        m_tabs->addTab(page, QString());
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    // Icons from the desktop's theme, with their text beside them (the words say what the
    // picture only suggests).
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_switch->setIcon(themedIcon(u"go-jump"_s, QStyle::SP_ArrowForward));
    m_refresh->setIcon(themedIcon(u"view-refresh"_s, QStyle::SP_BrowserReload));
    m_find->setIcon(themedIcon(u"edit-find"_s, QStyle::SP_FileDialogContentsView));
    m_newBooking->setIcon(themedIcon(u"appointment-new"_s, QStyle::SP_FileIcon));
    m_export->setIcon(themedIcon(u"document-save-as"_s, QStyle::SP_DialogSaveButton));
    m_undo->setIcon(themedIcon(u"edit-undo"_s, QStyle::SP_ArrowBack));
    m_switcherLabel = plainLabel(m_toolBar);
    m_switcher = new OrganisationSwitcher(m_workspace, m_toolBar);
    m_switcherLabel->setBuddy(m_switcher);
    // Widgets in a tool bar are shown and hidden through their actions.
    m_switcherActions << m_toolBar->addWidget(m_switcherLabel) << m_toolBar->addWidget(m_switcher);
    m_toolBar->addAction(m_switch);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refresh);
    m_toolBar->addAction(m_find);
    m_toolBar->addAction(m_newBooking);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(m_newConnection);
    m_fileMenu->addAction(m_newBooking);
    // Also from the keyboard: the page's own buttons are not in the Tab order.
    m_fileMenu->addAction(m_newCustomer);
    m_fileMenu->addAction(m_newProduct);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addAction(m_export);
    m_fileMenu->addAction(m_bookings->exportCalendarAction());
    m_fileMenu->addAction(m_bookings->exportPdfAction());
    m_fileMenu->addAction(m_bookings->printAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(u"editMenu"_s);
    m_editMenu->addAction(m_undo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_copy);
    m_editMenu->addAction(m_find);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_viewMenu->addAction(m_refresh);
    m_viewMenu->addAction(m_reloadAll);
    m_viewMenu->addAction(m_columns);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_showOutbox);
    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->setObjectName(u"goMenu"_s);
    m_goMenu->addAction(m_switch);
    m_goMenu->addAction(m_searchEverything);
    m_goMenu->addSeparator();
    for (QAction* go : std::as_const(m_goToTab))
        m_goMenu->addAction(go);
    // Every action on a booking in one place, with its shortcut.
    m_bookingMenu = menuBar()->addMenu(QString());
    m_bookingMenu->setObjectName(u"bookingMenu"_s);
    const QList<QAction*> bookingActions = m_bookings->pageActions();
    for (QAction* action : bookingActions) {
        if (action->objectName() == u"newBookingAction")
            continue; // the window's own New booking (Ctrl+N) stands first
        if (action->objectName() == u"refreshBookingsAction")
            m_bookingMenu->addSeparator();
        m_bookingMenu->addAction(action);
    }
    m_bookingMenu->insertAction(m_bookingMenu->actions().value(0), m_newBooking);
    // Chosen from the menu on another tab, an action shows the booking it acts on. Their
    // shortcuts stay the page's: Delete in another table must not cancel a booking.
    for (QAction* action : bookingActions) {
        connect(action, &QAction::triggered, this, [this] { showTab(Tab::Bookings); });
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(m_shortcuts);
    m_helpMenu->addAction(m_about);
}

void MainWindow::createStatusBar()
{
    m_outboxButton = new QToolButton(this);
    m_outboxButton->setObjectName(u"outboxButton"_s);
    m_outboxButton->setAutoRaise(true);
    m_outboxButton->hide();
    connect(m_outboxButton, &QToolButton::clicked, this, &MainWindow::showQueue);
    statusBar()->addPermanentWidget(m_outboxButton);
    m_activeLabel = plainLabel(this);
    m_activeLabel->setObjectName(u"activeOrganisationLabel"_s);
    m_offlineLabel = plainLabel(this);
    m_offlineLabel->setObjectName(u"offlineLabel"_s);
    m_offlineLabel->hide();
    m_syncedLabel = plainLabel(this);
    m_syncedLabel->setObjectName(u"statusLastSynced"_s);
    m_budgetLabel = new RateBudgetLabel(this);
    statusBar()->addWidget(m_activeLabel, 1);
    statusBar()->addPermanentWidget(m_offlineLabel);
    statusBar()->addPermanentWidget(m_budgetLabel);
    statusBar()->addPermanentWidget(m_syncedLabel);
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    updateCentral();
    updateStatus();
}

ResourcePage* MainWindow::page(Tab tab) const
{
    return qobject_cast<ResourcePage*>(m_tabPages.value(int(tab)));
}

QWidget* MainWindow::tabWidget(Tab tab) const
{
    return m_tabPages.value(int(tab));
}

TablePage* MainWindow::currentPage() const
{
    return dynamic_cast<TablePage*>(m_tabs->currentWidget());
}

QAction* MainWindow::action(const QString& objectName) const
{
    return findChild<QAction*>(objectName);
}

QString MainWindow::activeDescription() const
{
    return m_session ? m_session->description() : QString();
}

// ---------------------------------------------------------------------------------------------

void MainWindow::activeChanged()
{
    bindSession();
    updateCapabilities();
    updateStatus();
}

void MainWindow::bindSession()
{
    if (m_session)
        m_session->disconnect(this);
    // What was opened for the organisation left goes with it: the search reads its tables,
    // a card acts on its customer.
    m_search->hide();
    for (CustomerCard* card : findChildren<CustomerCard*>())
        card->close();
    m_session = m_workspace->session();
    qCDebug(lcUi) << "showing organisation"
                  << (m_session ? m_session->organisationId() : QStringLiteral("none"));
    // At once, before anything else: no row of the previous organisation stays on screen.
    page(Tab::Customers)->setModel(m_session ? m_session->customers() : m_workspace->noCustomers());
    page(Tab::Services)->setModel(m_session ? m_session->services() : m_workspace->noServices());
    page(Tab::Products)->setModel(m_session ? m_session->products() : m_workspace->noProducts());
    page(Tab::Accounts)->setModel(m_session ? m_session->accounts() : m_workspace->noAccounts());
    m_today->setSession(m_session);
    const QString organisation = m_session ? m_session->organisationName() : QString();
    for (ResourcePage* p : std::as_const(m_resourcePages))
        p->setOrganisationName(p == page(Tab::Organisations) ? QString() : organisation);
    m_budgetLabel->setSession(m_session);
    m_outboxPanel->setOutbox(m_session ? m_workspace->outbox(m_session->connectionId()) : nullptr,
                             m_session);
    updateOutbox();
    // About the organisation left (and its Undo would act on the one now shown).
    static const QStringList aboutTheOrganisation{u"offline"_s, u"load"_s, u"held"_s, u"refused"_s,
                                                  u"organisation"_s};
    if (aboutTheOrganisation.contains(m_messageBar->topic()))
        m_messageBar->dismiss();
    m_toldOffline = false;
    if (m_session) {
        connect(m_session, &models::OrganisationSession::loadFailed, this,
                &MainWindow::tableFailed);
        connect(m_session, &models::OrganisationSession::connectivityChanged, this,
                &MainWindow::connectivityChanged);
        connect(m_session, &models::OrganisationSession::changeRefused, this,
                &MainWindow::changeRefused);
        if (models::Outbox* outbox = m_session->outbox()) {
            // The connection's outbox outlives the session: the tie goes with the session.
            connect(outbox, &models::Outbox::delivered, m_session,
                    [this](const models::Outbox::Entry& entry) {
                        // "Until then it can be undone" is no longer true. A delivery proves
                        // the server is back, which may be before the tables find out.
                        if (m_messageBar->topic() == u"held" &&
                            entry.change.kind == models::OutboxChange::Kind::BookingAction) {
                            if (m_toldOffline)
                                sayReachedAgain();
                            else
                                m_messageBar->dismiss();
                        }
                    });
        }
        models::ChangeHistory* history = m_session->history();
        connect(history, &models::ChangeHistory::changed, this, &MainWindow::updateUndo);
        connect(history, &models::ChangeHistory::undone, this,
                [this](const QString& message, bool ok) {
                    m_messageBar->showMessage(message, ok ? MessageBar::Level::Info
                                                          : MessageBar::Level::Warning);
                    m_messageBar->setTopic(u"organisation"_s);
                });
        connect(history, &models::ChangeHistory::recorded, this,
                [this](const models::OutboxChange& change, const QString& name) {
                    // Bookings are confirmed by their page, with their dates.
                    if (change.kind == models::OutboxChange::Kind::CreateBooking ||
                        change.kind == models::OutboxChange::Kind::BookingAction)
                        return;
                    m_messageBar->showMessage(tr("Saved: %1.").arg(name), MessageBar::Level::Info);
                    m_messageBar->setAction(tr("&Undo"), [this] { undo(); });
                    m_messageBar->setTopic(u"organisation"_s);
                });
        for (models::RecordTableModel* table : m_session->tables())
            connect(table, &models::RecordTableModel::loadSucceeded, this,
                    &MainWindow::tableLoaded);
    }
    updateUndo();
    updateOffline();
}

QString MainWindow::titleOf(const models::RecordTableModel* table) const
{
    for (ResourcePage* p : std::as_const(m_resourcePages)) {
        if (p->model() == table)
            return p->title();
    }
    return tr("Bookings");
}

void MainWindow::tableFailed(models::RecordTableModel* table, const api::ApiError& error)
{
    if (m_session && m_session->isOffline()) {
        updateOffline();
        return; // said once, by connectivityChanged()
    }
    showProblem(error, titleOf(table));
    m_messageBar->setTopic(u"load"_s);
}

void MainWindow::tableLoaded()
{
    // The next success clears a load problem that is no longer true.
    if (m_messageBar->topic() == u"load" && !(m_session && m_session->isOffline()))
        m_messageBar->dismiss();
    updateOffline();
}

void MainWindow::connectivityChanged(bool online)
{
    updateOffline();
    if (!m_session)
        return;
    if (online) {
        // Also after a change made offline took the bar's place: being back is worth saying.
        if (m_toldOffline || m_messageBar->topic() == u"offline" ||
            m_messageBar->topic() == u"load" || m_messageBar->topic() == u"held")
            sayReachedAgain();
        return;
    }
    m_toldOffline = true;
    const QDateTime since = m_session->lastSynced();
    m_messageBar->showMessage(
        since.isValid()
            ? tr("Offline: %1 cannot be reached. The tables keep the data of %2; Balie tries "
                 "again by itself.")
                  .arg(m_session->connectionName(),
                       QLocale().toString(since.toLocalTime().time(), QLocale::ShortFormat))
            : tr("Offline: %1 cannot be reached. Balie tries again by itself.")
                  .arg(m_session->connectionName()),
        MessageBar::Level::Warning);
    m_messageBar->setTopic(u"offline"_s);
    m_messageBar->setAction(tr("Try &again now"), [this] {
        if (m_session)
            m_session->refreshAll();
    });
}

void MainWindow::sayReachedAgain()
{
    m_toldOffline = false;
    // Not over a message about something else (a Saved with its Undo, a refusal).
    static const QStringList replaceable{u"offline"_s, u"load"_s, u"held"_s};
    if (!m_messageBar->isHidden() && !replaceable.contains(m_messageBar->topic()))
        return;
    m_messageBar->showMessage(tr("The server can be reached again; the tables are up to date."),
                              MessageBar::Level::Info);
    m_messageBar->setTopic(u"organisation"_s);
}

void MainWindow::updateOffline()
{
    const bool offline = m_session && m_session->isOffline();
    if (offline) {
        const QDateTime since = m_session->lastSynced();
        m_offlineLabel->setText(
            since.isValid()
                ? tr("Offline — data of %1")
                      .arg(QLocale().toString(since.toLocalTime().time(), QLocale::ShortFormat))
                : tr("Offline"));
        m_offlineLabel->setToolTip(
            m_session->nextRetry().isValid()
                ? tr("Trying again at %1")
                      .arg(QLocale().toString(m_session->nextRetry().toLocalTime().time(),
                                              QLocale::ShortFormat))
                : QString());
        m_offlineLabel->setAccessibleName(m_offlineLabel->text());
    }
    m_offlineLabel->setVisible(offline);
}

void MainWindow::updateCapabilities()
{
    const models::OrganisationSession* session = m_session;
    auto can = [session](api::Capability c) {
        return session && session->can(c);
    };
    const bool any = session != nullptr;
    m_tabs->setTabVisible(int(Tab::Today), !any || can(api::Capability::Bookings));
    m_tabs->setTabVisible(int(Tab::Organisations), true);
    m_tabs->setTabVisible(int(Tab::Customers), !any || can(api::Capability::Customers));
    m_tabs->setTabVisible(int(Tab::Services), !any || can(api::Capability::Services));
    m_tabs->setTabVisible(int(Tab::Bookings), !any || can(api::Capability::Bookings));
    m_tabs->setTabVisible(int(Tab::Products), !any || can(api::Capability::Products));
    // Few flavours have accounts: no empty tab for the others while none is active.
    m_tabs->setTabVisible(int(Tab::Accounts), can(api::Capability::Accounts));
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setTabEnabled(i, any);
        m_goToTab.at(i)->setEnabled(any && m_tabs->isTabVisible(i));
    }
    if (!m_tabs->isTabVisible(m_tabs->currentIndex())) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->isTabVisible(i)) {
                m_tabs->setCurrentIndex(i);
                break;
            }
        }
    }
    m_newOrganisation->setVisible(can(api::Capability::CreateOrganisation));
    m_newCustomer->setVisible(can(api::Capability::CreateCustomer));
    m_newProduct->setVisible(can(api::Capability::CreateProduct));
    m_newBooking->setEnabled(can(api::Capability::CreateBooking));
    m_refresh->setEnabled(any);
    m_reloadAll->setEnabled(any);
    m_find->setEnabled(any);
    m_copy->setEnabled(any);
    m_switch->setEnabled(m_workspace->directory()->rowCount() > 0);
}

void MainWindow::updateStatus()
{
    const QString active = activeDescription();
    // The demo's connection is the demo: its name would only say "Balie" twice.
    // The title ends with the application's name, which the window system adds otherwise.
    QString shown = active;
    if (m_demo) {
        shown = m_session ? tr("%1 (demo)", "window title: the demo's organisation")
                                .arg(m_session->organisationName())
                          : tr("Demo", "window title before the demo has started");
    }
    const QString product = tr("Balie");
    setWindowTitle(shown.isEmpty() ? product : tr("%1 — %2", "window title").arg(shown, product));
    m_activeLabel->setText(active.isEmpty() ? tr("No organisation selected")
                                            : tr("Working on %1").arg(active));
    m_activeLabel->setAccessibleName(m_activeLabel->text());
    const TablePage* current = currentPage();
    m_syncedLabel->setText(current ? current->lastSyncedText() : QString());
    m_export->setEnabled(current && m_session);
    m_columns->setEnabled(current != nullptr);
    m_syncedLabel->setVisible(!m_syncedLabel->text().isEmpty() && m_workspace->active().isValid());
}

void MainWindow::updateCentral()
{
    const bool none = m_workspace->connections().isEmpty() && !m_demo;
    m_central->setCurrentWidget(none ? static_cast<QWidget*>(m_welcome) : m_tabs);
    for (QAction* a : std::as_const(m_switcherActions))
        a->setVisible(!none);
    updateCapabilities();
}

void MainWindow::connectionStateChanged(const QString& connectionId)
{
    updateCentral(); // a connection added behind the window's back (the demo, a script) shows
    updateCapabilities();
    if (m_demo || m_workspace->state(connectionId) != Workspace::ConnectionState::NeedsLogin ||
        m_loginAsked.contains(connectionId))
        return;
    m_loginAsked.insert(connectionId);
    auto* dialog = new LoginDialog(m_workspace, connectionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this, connectionId] { m_loginAsked.remove(connectionId); });
    dialog->open();
}

void MainWindow::showProblem(const api::ApiError& error, const QString& context)
{
    if (error.kind() == api::ApiError::Kind::Cancelled)
        return;
    // What the user was told, with what a bug report needs (no secret: the api redacts).
    qCWarning(lcUi).noquote() << context << error.message()
                              << error.technicalDetails().replace(u'\n', u"; "_s);
    m_messageBar->showError(error, context);
}

void MainWindow::showInfo(const QString& message)
{
    m_messageBar->showMessage(message, MessageBar::Level::Info);
}

void MainWindow::changeRefused(const models::Outbox::Entry& entry)
{
    if (!m_session)
        return;
    const QString what = m_session->describe(entry);
    const qint64 seq = entry.seq;
    const int refused = m_session->outbox() ? m_session->outbox()->needsUserCount() : 1;
    if (m_messageBar->topic() == u"refused" && refused > 1) {
        // One message for them all; the queue lists each.
        m_messageBar->showMessage(
            tr("%n change(s) could not be sent: the server refused them.", nullptr, refused),
            MessageBar::Level::Warning);
        m_messageBar->setAction(tr("Show the &queue"), [this] { showQueue(); });
    } else if (entry.wantsAnotherTime()) {
        m_messageBar->showMessage(tr("Not sent: %1. The time was taken meanwhile.").arg(what),
                                  MessageBar::Level::Warning, entry.reason);
        m_messageBar->setAction(tr("Choose another &time…"),
                                [this, seq] { chooseAnotherTime(seq); });
    } else {
        m_messageBar->showMessage(tr("Not sent: %1. %2").arg(what, entry.reason),
                                  MessageBar::Level::Warning);
        m_messageBar->setAction(tr("Show the &queue"), [this] { showQueue(); });
    }
    m_messageBar->setTopic(u"refused"_s);
}

void MainWindow::undo()
{
    if (m_session && m_undo->isEnabled())
        m_session->history()->undo();
}

void MainWindow::updateUndo()
{
    const models::ChangeHistory* history = m_session ? m_session->history() : nullptr;
    const bool can = history && history->canUndo();
    m_undo->setEnabled(can);
    m_undo->setText(can ? tr("&Undo %1").arg(history->undoText()) : tr("&Undo"));
    m_undo->setToolTip(tr("Take back the last change made in this organisation"));
}

void MainWindow::showQueue()
{
    m_outboxPanel->show();
    m_outboxPanel->raise();
    m_outboxPanel->table()->setFocus();
}

void MainWindow::chooseAnotherTime(qint64 seq)
{
    showTab(Tab::Bookings);
    if (!m_bookings->chooseAnotherTime(seq))
        QApplication::beep();
    else if (m_messageBar->topic() == u"refused")
        m_messageBar->dismiss();
}

// ---------------------------------------------------------------------------------------------

void MainWindow::showTab(Tab tab)
{
    const int index = int(tab);
    if (m_tabs->isTabVisible(index) && m_tabs->isTabEnabled(index))
        m_tabs->setCurrentIndex(index);
}

void MainWindow::refreshCurrent()
{
    if (TablePage* current = currentPage())
        current->refresh();
    else if (m_tabs->currentWidget() == m_today)
        m_bookings->refresh(); // Today shows the bookings table
}

void MainWindow::findInCurrent()
{
    if (TablePage* current = currentPage())
        current->focusFilter();
}

void MainWindow::copyFromCurrent()
{
    // A text field with the focus copies its own selection.
    if (auto* edit = qobject_cast<QLineEdit*>(QApplication::focusWidget())) {
        edit->copy();
        return;
    }
    if (TablePage* current = currentPage())
        current->copySelection();
}

void MainWindow::exportCurrent()
{
    if (TablePage* current = currentPage())
        current->exportCsv();
}

void MainWindow::columnsOfCurrent()
{
    if (TablePage* current = currentPage())
        current->showColumnsMenu();
}

void MainWindow::newBooking()
{
    if (!m_newBooking->isEnabled())
        return;
    showTab(Tab::Bookings);
    m_bookings->newBooking();
}

void MainWindow::switchOrganisation()
{
    if (m_workspace->directory()->rowCount() > 0)
        m_quick->popup();
}

void MainWindow::searchEverything()
{
    if (m_session)
        m_search->popup(m_session);
}

void MainWindow::openCustomerCard(const QString& customerId)
{
    if (!m_session || !m_session->customers()->find(customerId))
        return;
    auto* card = new CustomerCard(m_session, customerId, this);
    card->setAttribute(Qt::WA_DeleteOnClose);
    // Cards close when the organisation changes (bindSession), so m_session is the card's.
    connect(card, &CustomerCard::newBookingRequested, this, [this, card](const QString& id) {
        card->close();
        m_bookings->newBookingFor(id);
    });
    connect(card, &CustomerCard::editRequested, this, [this](const QString& id) {
        editCustomer(m_session ? m_session->customers()->rowOf(id) : -1);
    });
    connect(card, &CustomerCard::bookingChosen, this, [this, card](const QString& id) {
        card->close();
        m_bookings->actOn(id, std::nullopt);
    });
    card->show();
}

void MainWindow::newConnection()
{
    auto* dialog = new ConnectionDialog(m_workspace, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSettings()
{
    if (auto* open = findChild<SettingsDialog*>())
        return open->raise();
    auto* dialog = new SettingsDialog(m_workspace, m_translations, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::newOrganisation()
{
    const models::OrganisationRef ref = m_workspace->active();
    if (!m_workspace->can(ref.connectionId, api::Capability::CreateOrganisation))
        return;
    auto* dialog = new CreateOrganisationDialog(m_workspace, ref.connectionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateOrganisationDialog::created, this, [this](const api::Organisation& o) {
        showInfo(tr("Organisation “%1” was created.").arg(o.name));
    });
    dialog->open();
}

void MainWindow::newCustomer()
{
    if (!m_session || !m_session->can(api::Capability::CreateCustomer))
        return;
    showTab(Tab::Customers);
    auto* dialog = new CustomerEditorDialog(m_workspace, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::newProduct()
{
    if (!m_session || !m_session->can(api::Capability::CreateProduct))
        return;
    showTab(Tab::Products);
    auto* dialog = new ProductEditorDialog(m_workspace, m_session, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::editCustomer(int sourceRow)
{
    if (!m_session || !m_session->can(api::Capability::UpdateCustomer) || sourceRow < 0 ||
        sourceRow >= m_session->customers()->rowCount())
        return;
    auto* dialog = new CustomerEditorDialog(m_workspace, m_session,
                                            m_session->customers()->record(sourceRow), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::editProduct(int sourceRow)
{
    if (!m_session || !m_session->can(api::Capability::UpdateProduct) || sourceRow < 0 ||
        sourceRow >= m_session->products()->rowCount())
        return;
    auto* dialog = new ProductEditorDialog(m_workspace, m_session,
                                           m_session->products()->record(sourceRow), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showShortcuts()
{
    if (auto* open = findChild<ShortcutsDialog*>())
        return open->raise();
    auto* dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About Balie"),
                                tr("<h3>Balie %1</h3><p>The front desk console for businesses "
                                   "that take bookings: organisations, customers, services, "
                                   "bookings and products, in Dutch and English.</p>")
                                    .arg(QApplication::applicationVersion()),
                                QMessageBox::Close, this);
    box->setTextFormat(Qt::RichText); // Balie's own words, no server text
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// ---------------------------------------------------------------------------------------------

void MainWindow::restoreWindowState()
{
    if (!m_settings)
        return;
    if (!restoreGeometry(m_settings->value(u"window/geometry"_s).toByteArray()))
        resize(1180, 760);
    restoreState(m_settings->value(u"window/state"_s).toByteArray());
    // By name: the tabs' order may change between versions.
    const QString name = m_settings->value(u"window/currentTab"_s).toString();
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        if (m_tabs->widget(tab)->objectName() == name && m_tabs->isTabVisible(tab))
            m_tabs->setCurrentIndex(tab);
    }
}

void MainWindow::saveWindowState()
{
    if (!m_settings)
        return;
    m_settings->setValue(u"window/geometry"_s, saveGeometry());
    m_settings->setValue(u"window/state"_s, saveState());
    if (const QWidget* current = m_tabs->currentWidget())
        m_settings->setValue(u"window/currentTab"_s, current->objectName());
    for (QWidget* page : std::as_const(m_tabPages)) {
        if (const auto* tablePage = dynamic_cast<const TablePage*>(page))
            tablePage->saveHeaderState();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!mayQuit()) {
        event->ignore();
        return;
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}

QMessageBox* MainWindow::quitQuestion() const
{
    return m_quitQuestion;
}

bool MainWindow::mayQuit()
{
    const int waiting = m_workspace->changesWaiting();
    if (m_quitConfirmed || waiting == 0)
        return true;
    if (m_quitQuestion)
        return false;
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Quit Balie"),
                        tr("%n change(s) have not reached the server yet.", nullptr, waiting),
                        QMessageBox::NoButton, this);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("They are kept on this computer and sent at the next start. The "
                               "Queue (View menu) shows what waits.",
                               nullptr, waiting));
    box->addButton(tr("&Quit"), QMessageBox::AcceptRole);
    QPushButton* stay = box->addButton(tr("&Keep Balie open"), QMessageBox::RejectRole);
    box->setDefaultButton(stay);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_quitQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->buttonRole(box->clickedButton()) != QMessageBox::AcceptRole) {
            m_outboxPanel->show();
            return;
        }
        m_quitConfirmed = true;
        close();
    });
    box->open();
    return false;
}

void MainWindow::updateOutbox()
{
    int waiting = 0;
    int notSent = 0;
    const QList<models::Outbox*> outboxes = m_workspace->outboxes();
    for (const models::Outbox* outbox : outboxes) {
        waiting += outbox->pendingCount();
        notSent += outbox->needsUserCount();
    }
    m_outboxButton->setVisible(waiting > 0);
    m_outboxButton->setText(notSent > 0 ? tr("%n change(s) not sent", nullptr, notSent)
                                        : tr("%n change(s) waiting", nullptr, waiting));
    m_outboxButton->setToolTip(tr("Show the queue: the changes the server does not have yet"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    // Back from another window or application: tables a while old are refreshed.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_workspace->windowReturned();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go"));
    m_bookingMenu->setTitle(tr("&Booking"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_switcherLabel->setText(tr("&Organisation:"));

    m_newConnection->setText(tr("New &connection…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_export->setText(tr("&Export CSV…"));
    m_quit->setText(tr("&Quit"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(
        withShortcut(tr("Copy the selected rows, tab separated"), m_copy->shortcut()));
    m_find->setText(tr("&Find"));
    m_find->setToolTip(withShortcut(tr("Filter the current table"), m_find->shortcut()));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(withShortcut(tr("Load the current table again"), m_refresh->shortcut()));
    m_reloadAll->setText(tr("Reload &everything"));
    m_reloadAll->setToolTip(
        withShortcut(tr("Load every table of the organisation again in full, also to drop what "
                        "the server deleted"),
                     m_reloadAll->shortcut()));
    m_columns->setText(tr("C&olumns…"));
    m_showOutbox->setText(tr("&Queue"));
    m_showOutbox->setToolTip(withShortcut(tr("Show the changes the server does not have yet"),
                                          m_showOutbox->shortcut()));
    updateUndo();
    updateOutbox();
    m_searchEverything->setText(tr("Search &everything…"));
    m_searchEverything->setToolTip(
        withShortcut(tr("Find a customer, booking or product"), m_searchEverything->shortcut()));
    m_switch->setText(tr("&Switch organisation…"));
    m_switch->setToolTip(
        withShortcut(tr("Find an organisation by name and make it active"), m_switch->shortcut()));
    m_newBooking->setText(tr("&New booking"));
    m_newBooking->setToolTip(
        withShortcut(tr("Book an appointment by hand"), m_newBooking->shortcut()));
    m_about->setText(tr("&About Balie"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_newOrganisation->setText(tr("New organisation…"));
    m_newCustomer->setText(tr("New customer…"));
    m_newProduct->setText(tr("New product…"));

    const QStringList titles = {tr("Today"),    tr("Organisations"), tr("Customers"),
                                tr("Services"), tr("Bookings"),      tr("Products"),
                                tr("Accounts")};
    for (int i = 0; i < titles.size(); ++i) {
        m_tabs->setTabText(i, titles.at(i));
        m_goToTab.at(i)->setText(titles.at(i));
        if (auto* page = qobject_cast<ResourcePage*>(m_tabPages.at(i))) {
            page->setTitle(titles.at(i));
            // The page's own texts name the table: let it redo them with the new title.
            QEvent change(QEvent::LanguageChange);
            QCoreApplication::sendEvent(page, &change);
        }
    }
    m_tabs->setAccessibleName(tr("Tables"));
    updateStatus();
}

} // namespace balie::ui
