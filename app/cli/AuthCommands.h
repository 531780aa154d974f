// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Invocation.h"

#include <QObject>

namespace balie::cli {

class CliSession;

// login | logout, for connections that sign in with a user name and password. The password is
// read from standard input or a prompt and never kept; the refresh token goes to the keychain.
class AuthCommands : public QObject
{
    Q_OBJECT

public:
    explicit AuthCommands(CliSession* session, QObject* parent = nullptr);

    void login(const Invocation& invocation);
    void logout(const Invocation& invocation);

private:
    bool requireLogin();

    CliSession* m_session;
};

} // namespace balie::cli
