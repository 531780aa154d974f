// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Invocation.h"
#include "domain/Customer.h"

#include <QObject>
#include <functional>

namespace balie::cli {

class CliSession;

// customers list | create; accounts list (the companies customers belong to, Outseta)
class CustomerCommands : public QObject
{
    Q_OBJECT

public:
    explicit CustomerCommands(CliSession* session, QObject* parent = nullptr);

    void list(const Invocation& invocation);
    void listAccounts(const Invocation& invocation);
    void create(const Invocation& invocation);

    // For a connection already open.
    void printCustomers(const QString& organisationId, const api::CustomerQuery& query, int limit,
                        const QString& heading, const std::function<void()>& then);

private:
    CliSession* m_session;
};

} // namespace balie::cli
