// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Invocation.h"

#include <QObject>
#include <QTemporaryDir>
#include <functional>

namespace balie::cli {

class BookingCommands;
class CliSession;
class CustomerCommands;
class OrganisationCommands;
class ProductCommands;
class ServiceCommands;

// demo --url URL: the walk-through `./dev run` shows. In a temporary configuration it adds a
// connection to the sandbox with its demo account, logs in, makes the first organisation
// active and prints its customers, services, bookings and products. The refresh token is
// kept in the keychain like `login` does, and removed at the end; with no keychain, the
// credentials stay in memory only.
class DemoCommand : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        OrganisationCommands* organisations;
        CustomerCommands* customers;
        ServiceCommands* services;
        BookingCommands* bookings;
        ProductCommands* products;
    };

    DemoCommand(CliSession* session, Parts parts, QObject* parent = nullptr);

    void run(const Invocation& invocation);

private:
    void start(bool keychainWorks);
    void walkThrough(const QString& organisationId);

    CliSession* m_session;
    Parts m_parts;
    QTemporaryDir m_config;
};

} // namespace balie::cli
