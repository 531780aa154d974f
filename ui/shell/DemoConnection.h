// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QUrl>

namespace balie::models {
class Operation;
class Workspace;
} // namespace balie::models

namespace balie::ui::DemoConnection {

struct Account
{
    QString username;
    QString email;
    QString password;
};

// Sets up the connection to a demo server in the workspace (whose settings must be the demo's
// own, not the user's) and signs in with credentials held in memory only: nothing goes to the
// keychain. Returns the login, or nullptr.
models::Operation* open(models::Workspace* workspace, const QUrl& baseUrl, const Account& account);

} // namespace balie::ui::DemoConnection
