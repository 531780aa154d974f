// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

// The one way the GUI tests start the console: the in-process sandbox, settings and a keychain
// of the test's own, a workspace, and the screen under test (the whole window, or the bookings
// page alone) shown and active on the X server, signed in with an API key held in memory or
// through the demo account's login. Real widgets, real HTTP; a test inherits it (or holds
// one) and waits for what it needs loaded.

#include "ConsoleTestSupport.h"
#include "OrganisationSession.h"
#include "ResourceModels.h"
#include "SandboxHarness.h"
#include "Translations.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "bookings/BookingsPage.h"
#include "config/ConnectionStore.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"

#include <QGuiApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <functional>

namespace balie::test {

struct ConsoleFixture
{
    enum class Screen
    {
        Window,
        BookingsPage
    };
    enum class SignIn
    {
        ApiKey,   // a connection of `flavour` with its first way, the key in memory
        DemoLogin // the demo account's login, as the console's demo opens (the platform)
    };
    struct Options
    {
        SandboxOptions sandbox{};
        QString name{}; // names the test's keychain service
        QString language = QStringLiteral("en");
        Screen screen = Screen::Window;
        SignIn signIn = SignIn::ApiKey;
        Flavour flavour = Flavour::Balie;
        bool keepsRows = true;      // a local store of the test's own, as the user's
        bool needsKeychain = false; // the Secret Service must answer, or the start fails
        bool demoWindow = false;    // the window shows itself as the demo
        // Runs once the sandbox serves, before the console opens (to add data over the API).
        std::function<bool(SandboxHarness&)> beforeConsole{};
    };

    std::unique_ptr<SandboxHarness> h;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<CredentialStore> keychain;
    std::unique_ptr<balie::Translations> translations;
    std::unique_ptr<balie::models::Workspace> workspace;
    std::unique_ptr<balie::ui::MainWindow> window;         // Screen::Window
    std::unique_ptr<balie::ui::BookingsPage> bookingsPage; // Screen::BookingsPage
    QString connectionId;

    // False (with `why`) when something did not start: the X server, the sandbox, the keychain
    // or the first organisation.
    bool start(const Options& options, QString* why)
    {
        // Real windows: without an X server this must fail, not pass as skipped.
        if (QGuiApplication::platformName() != QStringLiteral("xcb"))
            return fail(
                why,
                QStringLiteral("no X server (platform %1)").arg(QGuiApplication::platformName()));
        h = std::make_unique<SandboxHarness>(options.sandbox);
        if (!h->started)
            return fail(why, h->sandbox->errorString());
        if (options.beforeConsole && !options.beforeConsole(*h))
            return fail(why, QStringLiteral("preparing the sandbox failed"));
        dir = std::make_unique<QTemporaryDir>();
        settings = std::make_unique<QSettings>(dir->filePath(QStringLiteral("balie.ini")),
                                               QSettings::IniFormat);
        keychain = std::make_unique<CredentialStore>(QStringLiteral("balie-test-%1-%2")
                                                         .arg(options.name)
                                                         .arg(QCoreApplication::applicationPid()));
        if (options.needsKeychain) {
            const std::optional<CredentialStore::Result> probe = probeKeychain(*keychain);
            if (!probe || !probe->ok())
                return fail(why, probe ? probe->message : QStringLiteral("no keychain answered"));
        }
        translations = std::make_unique<balie::Translations>();
        balie::ui::Language::apply(translations.get(), options.language);
        workspace = std::make_unique<balie::models::Workspace>(
            settings.get(), keychain.get(), &h->nam, &h->budgets,
            options.keepsRows ? dir->filePath(QStringLiteral("stores")) : QString());
        if (!show(options))
            return fail(why, QStringLiteral("the screen did not become active"));
        if (!signIn(options))
            return fail(why, QStringLiteral("no organisation became active"));
        if (bookingsPage && !pageLoaded(60'000))
            return fail(why, QStringLiteral("the bookings page did not load"));
        return true;
    }

    // Screen::BookingsPage: the bookings, customers and services it shows are in.
    bool pageLoaded(int timeoutMs = 20'000)
    {
        return QTest::qWaitFor(
            [this] {
                const bool customers = bookingsPage->customers()->isSupported();
                return bookingsPage->bookings() && !bookingsPage->bookings()->isLoading() &&
                       !bookingsPage->customers()->isLoading() &&
                       !bookingsPage->services()->isLoading() &&
                       bookingsPage->services()->rowCount() > 0 &&
                       (!customers || bookingsPage->customers()->rowCount() > 0);
            },
            timeoutMs);
    }

    // The screen goes before the workspace it shows.
    void stop()
    {
        window.reset();
        bookingsPage.reset();
        workspace.reset();
        QCoreApplication::processEvents();
    }

    // The window of Screen::Window (again, on the same workspace and settings: a restart,
    // which keeps the size the window saved).
    bool showWindow(bool demo)
    {
        window = std::make_unique<balie::ui::MainWindow>(workspace.get(), settings.get(),
                                                         translations.get());
        window->setDemo(demo);
        if (!settings->contains(QStringLiteral("window/geometry")))
            window->resize(1200, 760);
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    QString organisation() const { return workspace->active().organisationId; }

private:
    static bool fail(QString* why, const QString& message)
    {
        *why = message;
        return false;
    }

    bool show(const Options& options)
    {
        if (options.screen == Screen::Window)
            return showWindow(options.demoWindow);
        bookingsPage = std::make_unique<balie::ui::BookingsPage>(workspace.get());
        bookingsPage->resize(1100, 700);
        bookingsPage->show();
        bookingsPage->activateWindow();
        return QTest::qWaitForWindowActive(bookingsPage.get());
    }

    bool signIn(const Options& options)
    {
        if (options.signIn == SignIn::DemoLogin) {
            if (!openDemo(*workspace, *h))
                return false;
            connectionId = workspace->active().connectionId;
            return true;
        }
        ConnectionSettings s = options.flavour == Flavour::Balie
                                   ? h->settings(options.flavour, AuthScheme::ApiKeyHeader)
                                   : h->settings(options.flavour);
        s.id.clear();
        s = workspace->connectionStore()->save(s);
        connectionId = s.id;
        workspace->useInMemoryCredentials(s.id, SandboxHarness::goodCredentials(options.flavour));
        return QTest::qWaitFor([this] { return workspace->active().isValid(); }, 15'000);
    }
};

} // namespace balie::test
