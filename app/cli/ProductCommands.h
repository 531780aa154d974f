// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Invocation.h"

#include <QObject>
#include <functional>

namespace balie::cli {

class CliSession;

// products list | create
class ProductCommands : public QObject
{
    Q_OBJECT

public:
    explicit ProductCommands(CliSession* session, QObject* parent = nullptr);

    void list(const Invocation& invocation);
    void create(const Invocation& invocation);

    // For a connection already open.
    void printProducts(const QString& organisationId, int limit, const QString& heading,
                       const std::function<void()>& then);

private:
    CliSession* m_session;
};

} // namespace balie::cli
