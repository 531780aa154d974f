// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Invocation.h"
#include "domain/Organisation.h"

#include <QObject>
#include <functional>

namespace balie::cli {

class CliSession;

// organisations list | create | activate
class OrganisationCommands : public QObject
{
    Q_OBJECT

public:
    explicit OrganisationCommands(CliSession* session, QObject* parent = nullptr);

    void list(const Invocation& invocation);
    void create(const Invocation& invocation);
    void activate(const Invocation& invocation);

    // For a connection already open: prints the organisations, then hands them on.
    void printOrganisations(const QString& heading,
                            const std::function<void(const QList<api::Organisation>&)>& then);
    // Makes the organisation active on the server (where it has that notion) and for this
    // connection, then calls `then`.
    void makeActive(const QString& organisationId, const QString& name,
                    const std::function<void()>& then);

private:
    CliSession* m_session;
};

} // namespace balie::cli
