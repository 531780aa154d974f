// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Support for the console's GUI tests: the steps every window test takes before it starts.
// The checks stay in the tests; these only do the waiting.

#include "SandboxHarness.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "shell/DemoConnection.h"

#include <optional>

namespace balie::test {

// The keychain's answer to a probe (EntryNotFound on a missing key means it works).
inline std::optional<CredentialStore::Result> probeKeychain(CredentialStore& keychain)
{
    std::optional<CredentialStore::Result> probe;
    keychain.probe([&probe](const CredentialStore::Result& r) { probe = r; });
    if (!QTest::qWaitFor([&probe] { return probe.has_value(); }, 15'000))
        qWarning("the keychain did not answer");
    return probe;
}

// Opens the sandbox's demo account in the workspace, logged in, and waits until an
// organisation is active. False when it did not get that far.
inline bool openDemo(balie::models::Workspace& workspace, const SandboxHarness& h)
{
    const auto demo = Sandbox::demoCredentials();
    if (!balie::ui::DemoConnection::open(&workspace, h.sandbox->baseUrl(),
                                         {demo.username, demo.email, demo.password}))
        return false;
    return QTest::qWaitFor([&workspace] { return workspace.active().isValid(); }, 15'000);
}

} // namespace balie::test
