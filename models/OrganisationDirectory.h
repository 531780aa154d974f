// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Organisation.h"

#include <QAbstractListModel>

namespace balie::models {

struct OrganisationRef;

// Every organisation of every open connection, grouped by connection (rows of one connection
// are adjacent, connections in name order): what the toolbar switcher and the quick switcher
// (Ctrl+K) show.
class OrganisationDirectory : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ConnectionIdRole = Qt::UserRole + 1,
        ConnectionNameRole,
        OrganisationIdRole,
        OrganisationNameRole,
        IsImplicitRole, // the single organisation of a flavour without organisations
        SearchTextRole, // organisation and connection name, for type-to-filter
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the organisations of one connection.
    void setOrganisations(const QString& connectionId, const QString& connectionName,
                          const QList<api::Organisation>& organisations);
    void removeConnection(const QString& connectionId);
    // The server made this organisation its connection's active one.
    void setActive(const OrganisationRef& ref);

    int rowOf(const OrganisationRef& ref) const;
    OrganisationRef refAt(int row) const;
    std::optional<api::Organisation> organisation(const OrganisationRef& ref) const;
    QString connectionName(const QString& connectionId) const;

private:
    struct Entry
    {
        QString connectionId;
        QString connectionName;
        api::Organisation organisation;
    };
    QList<Entry> m_entries;
};

} // namespace balie::models
