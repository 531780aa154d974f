// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Invocation.h"
#include "config/ConnectionSettings.h"

#include <QCoreApplication>
#include <QObject>

namespace balie::api {
struct ConnectionSettings;
}

namespace balie::cli {

class CliSession;

// connections list | add | test | remove | use
class ConnectionCommands : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionCommands(CliSession* session, QObject* parent = nullptr);

    void list(const Invocation& invocation);
    void add(const Invocation& invocation);
    void test(const Invocation& invocation);
    void remove(const Invocation& invocation);
    void use(const Invocation& invocation);

private:
    // The connection of that name or id, or nullopt after failing with "not found".
    std::optional<api::ConnectionSettings> existing(const QString& name);
    // Saves a new connection the way the console does (secrets first), then says how to use it.
    void save(const api::ConnectionSettings& connection, const api::Credentials& secrets);

    CliSession* m_session;
};

} // namespace balie::cli
