// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// balie: the desktop console. `balie --demo` runs the sandbox in-process with demo data.

#include "DemoServer.h"
#include "LocalStore.h"
#include "Operation.h"
#include "ScreenshotTour.h"
#include "SingleInstance.h"
#include "Translations.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "net/BudgetBook.h"
#include "sandbox/Sandbox.h"
#include "shell/DemoConnection.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "shell/MessageBar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using balie::ui::MainWindow;

namespace {

// One window on one set of settings: the user's own, or the demo's.
struct Session
{
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<balie::models::Workspace> workspace;
    std::unique_ptr<MainWindow> window;
};

class Console : public QObject
{
public:
    Console()
        : m_budgets(balie::api::BudgetBook::defaultDirectory())
    {
        // The language chosen in the settings, else the system's.
        QSettings user;
        balie::ui::Language::apply(&m_translations, balie::ui::Language::saved(&user));
    }

    void startUser()
    {
        auto session = std::make_unique<Session>();
        session->settings = std::make_unique<QSettings>();
        session->workspace = std::make_unique<balie::models::Workspace>(
            session->settings.get(), &m_keychain, &m_nam, &m_budgets,
            balie::store::LocalStore::defaultFolder());
        session->workspace->setAutoRefresh(balie::models::RefreshPace{});
        session->window = std::make_unique<MainWindow>(session->workspace.get(),
                                                       session->settings.get(), &m_translations);
        MainWindow* window = session->window.get();
        connect(window, &MainWindow::demoRequested, this, [this] {
            // The first-run window makes way for the demo.
            QMetaObject::invokeMethod(
                this, [this] { startDemo(); }, Qt::QueuedConnection);
        });
        window->show();
        probeKeychain(window);
        session->workspace->openAll();
        m_user = std::move(session);
    }

    void startDemo()
    {
        if (m_demo)
            return;
        auto session = std::make_unique<Session>();
        // The demo's own settings file: window state survives, the user's settings stay
        // untouched, and the demo connection's secrets never leave memory.
        session->settings = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                        u"Balie"_s, u"balie-demo"_s);
        m_demoBudgets = std::make_unique<balie::api::BudgetBook>(m_demoDir.path());
        // The demo's server starts afresh each time: so does what the demo keeps.
        session->workspace = std::make_unique<balie::models::Workspace>(
            session->settings.get(), &m_keychain, &m_nam, m_demoBudgets.get(),
            m_demoDir.filePath(u"stores"_s));
        session->workspace->setAutoRefresh(balie::models::RefreshPace{});
        session->window = std::make_unique<MainWindow>(session->workspace.get(),
                                                       session->settings.get(), &m_translations);
        MainWindow* window = session->window.get();
        window->setDemo(true);
        window->messageBar()->showMessage(
            QCoreApplication::translate("balie::app", "Starting the demo server…"),
            balie::ui::MessageBar::Level::Info);
        window->show();
        if (m_user) {
            m_user->window->close();
            m_user.reset();
        }
        m_demo = std::move(session);

        m_server = std::make_unique<DemoServer>();
        connect(m_server.get(), &DemoServer::ready, this,
                [this](const QUrl& url, const QString& error) { demoReady(url, error); });
        m_server->start();
    }

    // A second start asked for this console: its window comes to the front.
    void bringToFront()
    {
        Session* session = m_demo ? m_demo.get() : m_user.get();
        if (!session || !session->window)
            return;
        MainWindow* window = session->window.get();
        window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
        window->show();
        window->raise();
        window->activateWindow();
    }

    // A session renewed just before quitting still reaches the keychain: else the next start
    // would ask for a login. A few seconds at most, with no window left to freeze.
    void keepSessions()
    {
        if (!m_user)
            return;
        QEventLoop loop;
        const QPointer<QEventLoop> waiting(&loop);
        m_user->workspace->keepAllTokens([waiting] {
            if (waiting)
                waiting->quit();
        });
        QTimer::singleShot(std::chrono::seconds(3), &loop, &QEventLoop::quit);
        loop.exec();
    }

    void tourScreens(const QString& directory)
    {
        auto* tour = new ScreenshotTour(m_demo->window.get(), &m_translations, directory, this);
        tour->start();
    }

private:
    void demoReady(const QUrl& url, const QString& error)
    {
        MainWindow* window = m_demo->window.get();
        if (url.isEmpty()) {
            window->messageBar()->showMessage(
                QCoreApplication::translate("balie::app", "The demo server did not start."),
                balie::ui::MessageBar::Level::Error, error);
            return;
        }
        window->messageBar()->dismiss();
        const balie::sandbox::DemoCredentials demo = balie::sandbox::Sandbox::demoCredentials();
        balie::models::Operation* login = balie::ui::DemoConnection::open(
            m_demo->workspace.get(), url, {demo.username, demo.email, demo.password});
        if (!login)
            return;
        connect(login, &balie::models::Operation::finished, window,
                [window](balie::models::Operation* done) {
                    if (!done->isOk())
                        window->messageBar()->showError(done->error());
                });
        probeKeychain(window);
    }

    void probeKeychain(MainWindow* window)
    {
        const QPointer<MainWindow> target(window);
        m_keychain.probe([target](const balie::api::CredentialStore::Result& result) {
            if (target && !result.ok())
                target->messageBar()->showMessage(result.message,
                                                  balie::ui::MessageBar::Level::Warning);
        });
    }

    balie::Translations m_translations;
    QNetworkAccessManager m_nam;
    balie::api::BudgetBook m_budgets;
    balie::api::CredentialStore m_keychain;
    QTemporaryDir m_demoDir;
    std::unique_ptr<balie::api::BudgetBook> m_demoBudgets;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<Session> m_user;
    std::unique_ptr<Session> m_demo;
};

struct Options
{
    QCommandLineOption demo;
    QCommandLineOption screenshots;
    QCommandLineOption newInstance;
};

Options addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("balie::app", "The front desk console for bookings."));
    parser.addHelpOption();
    parser.addVersionOption();
    Options options{
        QCommandLineOption(u"demo"_s, QCoreApplication::translate("balie::app",
                                                                  "Run the demo: a local server "
                                                                  "with sample data, no account.")),
        QCommandLineOption(u"screenshots"_s,
                           QCoreApplication::translate(
                               "balie::app", "With --demo: save the main screens as PNG files in "
                                             "<dir>, in English and Dutch, then quit."),
                           u"dir"_s),
        QCommandLineOption(u"new-instance"_s,
                           QCoreApplication::translate(
                               "balie::app", "Start another console even when one is running "
                                             "(both then work on the same keychain and local "
                                             "data)."))};
    parser.addOption(options.demo);
    parser.addOption(options.screenshots);
    parser.addOption(options.newInstance);
    return options;
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(u"Balie"_s);
    QCoreApplication::setApplicationName(u"balie"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BALIE_VERSION));
}

// --help and --version answer without a display: on a server, or where a package is checked.
bool asksOnlyForInformation(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (asksOnlyForInformation(argc, argv)) {
        QCoreApplication information(argc, argv);
        nameApplication();
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(information); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(u"Balie"_s);
    QApplication::setDesktopFileName(u"nl.balie.Balie"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/balie.svg"_s));

    QCommandLineParser parser;
    const Options options = addOptions(parser);
    parser.process(app);

    Console console; // the language is chosen: what is said from here on is translated
    const bool demo = parser.isSet(options.demo) || parser.isSet(options.screenshots);
    // The user's console is one per user (the demo keeps its data apart, and ./dev shots runs
    // beside a console in use).
    std::unique_ptr<SingleInstance> instance;
    if (!demo && !parser.isSet(options.newInstance)) {
        instance = std::make_unique<SingleInstance>(
            QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation));
        if (!instance->claim()) {
            if (instance->activateRunning()) {
                std::fprintf(stderr, "%s\n",
                             qPrintable(QCoreApplication::translate(
                                 "balie::app", "Balie is already running: its window comes to "
                                               "the front. --new-instance starts another.")));
                return 0;
            }
            // It holds the lock but does not answer (stopped in a debugger, say): a second
            // console rather than none.
            instance.reset();
        }
    }
    if (instance)
        QObject::connect(instance.get(), &SingleInstance::activationRequested, &console,
                         [&console] { console.bringToFront(); });
    if (demo)
        console.startDemo();
    else
        console.startUser();
    if (parser.isSet(options.screenshots))
        console.tourScreens(parser.value(options.screenshots));
    const int code = QApplication::exec();
    console.keepSessions();
    return code;
}
