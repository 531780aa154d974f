// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ConnectionSettings.h"

#include <QList>
#include <QObject>

class QSettings;

namespace balie::api {

// The connections a person has set up, in QSettings. Holds no secrets: those are in the
// keychain under the connection's id (CredentialStore).
class ConnectionStore : public QObject
{
    Q_OBJECT

public:
    // `settings` is not owned; its lifetime must cover the store's.
    explicit ConnectionStore(QSettings* settings, QObject* parent = nullptr);

    QList<ConnectionSettings> connections() const;
    std::optional<ConnectionSettings> find(const QString& idOrName) const;
    // Adds or replaces (by id); gives a new connection an id.
    ConnectionSettings save(ConnectionSettings connection);
    void remove(const QString& id);

    QString activeConnectionId() const;
    void setActiveConnectionId(const QString& id);
    QString activeOrganisationId(const QString& connectionId) const;
    void setActiveOrganisationId(const QString& connectionId, const QString& organisationId);

Q_SIGNALS:
    void changed();

private:
    QSettings* m_settings;
};

} // namespace balie::api
