// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

// The console's main window on a workspace whose connection reaches the in-process sandbox
// with an API key (held in memory), as the GUI tests of whole screens start: real widgets,
// real HTTP. The test waits for what it needs loaded.

#include "SandboxHarness.h"
#include "Translations.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "config/ConnectionStore.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"

#include <QSettings>
#include <QTemporaryDir>

namespace balie::test {

struct WindowFixture
{
    std::unique_ptr<SandboxHarness> h;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<CredentialStore> keychain;
    std::unique_ptr<balie::Translations> translations;
    std::unique_ptr<balie::models::Workspace> workspace;
    std::unique_ptr<balie::ui::MainWindow> window;

    // False (with `why`) when something did not start. `language` is "en" or "nl".
    bool start(const SandboxOptions& options, const QString& name, const QString& language,
               QString* why)
    {
        h = std::make_unique<SandboxHarness>(options);
        if (!h->started) {
            *why = h->sandbox->errorString();
            return false;
        }
        dir = std::make_unique<QTemporaryDir>();
        settings = std::make_unique<QSettings>(dir->filePath(QStringLiteral("balie.ini")),
                                               QSettings::IniFormat);
        keychain = std::make_unique<CredentialStore>(
            QStringLiteral("balie-test-%1-%2").arg(name).arg(QCoreApplication::applicationPid()));
        translations = std::make_unique<balie::Translations>();
        balie::ui::Language::apply(translations.get(), language);
        // The console keeps its rows in a store of the test's own, as the user's does.
        workspace = std::make_unique<balie::models::Workspace>(
            settings.get(), keychain.get(), &h->nam, &h->budgets,
            dir->filePath(QStringLiteral("stores")));
        window = std::make_unique<balie::ui::MainWindow>(workspace.get(), settings.get(),
                                                         translations.get());
        window->resize(1200, 760);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get())) {
            *why = QStringLiteral("the window did not become active");
            return false;
        }
        ConnectionSettings s = h->settings(Flavour::Balie, AuthScheme::ApiKeyHeader);
        s.id.clear();
        s = workspace->connectionStore()->save(s);
        workspace->useInMemoryCredentials(s.id, SandboxHarness::goodCredentials(Flavour::Balie));
        return true;
    }

    // The window goes before the workspace it shows.
    void stop()
    {
        window.reset();
        workspace.reset();
    }
};

} // namespace balie::test
