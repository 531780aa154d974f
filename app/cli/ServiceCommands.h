// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Invocation.h"
#include "domain/Service.h"

#include <QObject>
#include <functional>

namespace balie::cli {

class CliSession;

// services list; and the look-up of one service (for its time zone) for the booking commands.
class ServiceCommands : public QObject
{
    Q_OBJECT

public:
    explicit ServiceCommands(CliSession* session, QObject* parent = nullptr);

    void list(const Invocation& invocation);

    // For a connection already open.
    void printServices(const QString& organisationId, const QString& heading,
                       const std::function<void()>& then);
    // Finds one service; ends the run with NotFound when there is none with that id.
    void find(const QString& organisationId, const QString& serviceId,
              const std::function<void(const api::Service&)>& then,
              const std::function<void()>& ifMissing = {});

private:
    CliSession* m_session;
};

} // namespace balie::cli
