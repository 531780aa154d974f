// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

// A bookings page on a workspace whose connection reaches the in-process sandbox with an API
// key (held in memory), as the GUI tests of the desk's flows start: real widgets, real HTTP.

#include "OrganisationSession.h"
#include "ResourceModels.h"
#include "SandboxHarness.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "bookings/BookingsPage.h"
#include "config/ConnectionStore.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <functional>

namespace balie::test {

struct BookingsFixture
{
    std::unique_ptr<SandboxHarness> h;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<CredentialStore> keychain;
    std::unique_ptr<balie::models::Workspace> workspace;
    std::unique_ptr<balie::ui::BookingsPage> page;
    QString connectionId;

    // False (with `why`) when something did not start. `beforeConsole` runs once the sandbox
    // serves and before the console opens (to add data over the API). The platform signs in
    // with an API key; another flavour with its own first way.
    bool start(const SandboxOptions& options, const QString& name, QString* why,
               const std::function<bool(SandboxHarness&)>& beforeConsole = {},
               Flavour flavour = Flavour::Balie)
    {
        h = std::make_unique<SandboxHarness>(options);
        if (!h->started) {
            *why = h->sandbox->errorString();
            return false;
        }
        if (beforeConsole && !beforeConsole(*h)) {
            *why = QStringLiteral("preparing the sandbox failed");
            return false;
        }
        dir = std::make_unique<QTemporaryDir>();
        settings = std::make_unique<QSettings>(dir->filePath(QStringLiteral("balie.ini")),
                                               QSettings::IniFormat);
        keychain = std::make_unique<CredentialStore>(
            QStringLiteral("balie-test-%1-%2").arg(name).arg(QCoreApplication::applicationPid()));
        // The console keeps its rows in a store of the test's own, as the user's does.
        workspace = std::make_unique<balie::models::Workspace>(
            settings.get(), keychain.get(), &h->nam, &h->budgets,
            dir->filePath(QStringLiteral("stores")));
        page = std::make_unique<balie::ui::BookingsPage>(workspace.get());
        page->resize(1100, 700);
        page->show();
        page->activateWindow();
        if (!QTest::qWaitForWindowActive(page.get())) {
            *why = QStringLiteral("the page did not become active");
            return false;
        }
        ConnectionSettings s = flavour == Flavour::Balie
                                   ? h->settings(flavour, AuthScheme::ApiKeyHeader)
                                   : h->settings(flavour);
        s.id.clear();
        s = workspace->connectionStore()->save(s);
        connectionId = s.id;
        workspace->useInMemoryCredentials(s.id, SandboxHarness::goodCredentials(flavour));
        if (!QTest::qWaitFor([this] { return workspace->active().isValid(); }, 15'000)) {
            *why = QStringLiteral("no organisation became active");
            return false;
        }
        return waitLoaded(60'000);
    }

    bool waitLoaded(int timeoutMs = 20'000)
    {
        return QTest::qWaitFor(
            [this] {
                const bool customers = page->customers()->isSupported();
                return page->bookings() && !page->bookings()->isLoading() &&
                       !page->customers()->isLoading() && !page->services()->isLoading() &&
                       page->services()->rowCount() > 0 &&
                       (!customers || page->customers()->rowCount() > 0);
            },
            timeoutMs);
    }

    QString organisation() const { return workspace->active().organisationId; }

    void stop()
    {
        page.reset();
        workspace.reset();
    }
};

} // namespace balie::test
