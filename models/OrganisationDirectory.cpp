// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "OrganisationDirectory.h"

#include "RecordTableModel.h"
#include "Workspace.h"

using namespace Qt::StringLiterals;

namespace balie::models {

int OrganisationDirectory::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant OrganisationDirectory::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case OrganisationNameRole:
        return e.organisation.name;
    case Qt::ToolTipRole:
        return RecordTableModel::toolTipOf(
            tr("%1 (%2)", "organisation (connection)").arg(e.organisation.name, e.connectionName));
    case Qt::AccessibleTextRole:
        return tr("%1 (%2)", "organisation (connection)")
            .arg(e.organisation.name, e.connectionName);
    case ConnectionIdRole:
        return e.connectionId;
    case ConnectionNameRole:
        return e.connectionName;
    case OrganisationIdRole:
        return e.organisation.id;
    case IsImplicitRole:
        return e.organisation.isImplicit;
    case SearchTextRole:
        return e.organisation.name + u' ' + e.connectionName;
    default:
        return {};
    }
}

QHash<int, QByteArray> OrganisationDirectory::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ConnectionIdRole, "connectionId");
    names.insert(ConnectionNameRole, "connectionName");
    names.insert(OrganisationIdRole, "organisationId");
    names.insert(OrganisationNameRole, "organisationName");
    names.insert(IsImplicitRole, "isImplicit");
    names.insert(SearchTextRole, "searchText");
    return names;
}

void OrganisationDirectory::setOrganisations(const QString& connectionId,
                                             const QString& connectionName,
                                             const QList<api::Organisation>& organisations)
{
    removeConnection(connectionId);
    if (organisations.isEmpty())
        return;
    // Connections in name order; organisations of one connection in name order, together.
    qsizetype at = 0;
    while (at < m_entries.size() &&
           m_entries.at(at).connectionName.localeAwareCompare(connectionName) <= 0)
        ++at;
    QList<api::Organisation> sorted = organisations;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.name.localeAwareCompare(b.name) < 0; });
    beginInsertRows({}, int(at), int(at + sorted.size() - 1));
    for (const api::Organisation& organisation : std::as_const(sorted))
        m_entries.insert(at++, Entry{connectionId, connectionName, organisation});
    endInsertRows();
}

void OrganisationDirectory::setActive(const OrganisationRef& ref)
{
    for (Entry& entry : m_entries) {
        if (entry.connectionId == ref.connectionId)
            entry.organisation.isActive = entry.organisation.id == ref.organisationId;
    }
}

void OrganisationDirectory::removeConnection(const QString& connectionId)
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).connectionId != connectionId)
            continue;
        qsizetype first = i;
        while (first > 0 && m_entries.at(first - 1).connectionId == connectionId)
            --first;
        beginRemoveRows({}, int(first), int(i));
        m_entries.remove(first, i - first + 1);
        endRemoveRows();
        i = first;
    }
}

int OrganisationDirectory::rowOf(const OrganisationRef& ref) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).connectionId == ref.connectionId &&
            m_entries.at(i).organisation.id == ref.organisationId)
            return int(i);
    }
    return -1;
}

OrganisationRef OrganisationDirectory::refAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    return {m_entries.at(row).connectionId, m_entries.at(row).organisation.id};
}

std::optional<api::Organisation>
OrganisationDirectory::organisation(const OrganisationRef& ref) const
{
    const int row = rowOf(ref);
    if (row < 0)
        return std::nullopt;
    return m_entries.at(row).organisation;
}

QString OrganisationDirectory::connectionName(const QString& connectionId) const
{
    for (const Entry& e : m_entries) {
        if (e.connectionId == connectionId)
            return e.connectionName;
    }
    return {};
}

} // namespace balie::models
