// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ResourceModels.h"

#include "connectors/Connector.h"
#include "domain/JsonFields.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace balie::models {

// ---------------------------------------------------------------------------------------------

OrganisationTableModel::OrganisationTableModel(QObject* parent)
    : TypedRecordModel(Schemas::organisations(), parent)
{}

bool OrganisationTableModel::isSupportedBy(const api::Connector* connector) const
{
    return connector != nullptr;
}

void OrganisationTableModel::setActive(const QString& organisationId)
{
    for (int row = 0; row < rowCount(); ++row) {
        const bool active = record(row).id == organisationId;
        if (record(row).isActive == active)
            continue;
        api::Organisation changed = record(row);
        changed.isActive = active;
        upsert(changed);
    }
}

api::ListJob* OrganisationTableModel::startList(api::Connector* connector, const QString&)
{
    return connector->organisations();
}

// ---------------------------------------------------------------------------------------------

CustomerTableModel::CustomerTableModel(QObject* parent)
    : TypedRecordModel(Schemas::customers(), parent)
{}

bool CustomerTableModel::isSupportedBy(const api::Connector* connector) const
{
    return connector && connector->can(api::Capability::Customers);
}

api::ListJob* CustomerTableModel::startList(api::Connector* connector, const QString& org)
{
    return connector->customers(org, {});
}

bool CustomerTableModel::canListChanges() const
{
    return connector() && connector()->can(api::Capability::IncrementalSync);
}

api::ListJob* CustomerTableModel::startChangesList(api::Connector* connector, const QString& org,
                                                   const QDateTime& since)
{
    api::CustomerQuery query;
    query.updatedAfter = since;
    return connector->customers(org, query);
}

// ---------------------------------------------------------------------------------------------

AccountTableModel::AccountTableModel(QObject* parent)
    : TypedRecordModel(Schemas::accounts(), parent)
{}

bool AccountTableModel::isSupportedBy(const api::Connector* connector) const
{
    return connector && connector->can(api::Capability::Accounts);
}

api::ListJob* AccountTableModel::startList(api::Connector* connector, const QString& org)
{
    return connector->accounts(org);
}

// ---------------------------------------------------------------------------------------------

ServiceTableModel::ServiceTableModel(QObject* parent)
    : TypedRecordModel(Schemas::services(), parent)
{}

bool ServiceTableModel::isSupportedBy(const api::Connector* connector) const
{
    return connector && connector->can(api::Capability::Services);
}

api::ListJob* ServiceTableModel::startList(api::Connector* connector, const QString& org)
{
    return connector->services(org);
}

std::optional<api::Service> ServiceTableModel::service(const QString& id) const
{
    const int row = rowOfReference(id);
    if (row < 0)
        return std::nullopt;
    return record(row);
}

int ServiceTableModel::rowOfReference(const QString& reference) const
{
    const int row = rowOf(reference);
    if (row >= 0)
        return row;
    for (int i = 0; i < rowCount(); ++i) { // a handful of services
        if (record(i).isReferencedBy(reference))
            return i;
    }
    return -1;
}

// ---------------------------------------------------------------------------------------------

BookingTableModel::BookingTableModel(QObject* parent)
    : TypedRecordModel(Schemas::bookings(), parent)
{}

bool BookingTableModel::isSupportedBy(const api::Connector* connector) const
{
    return connector && connector->can(api::Capability::Bookings);
}

QVariant BookingTableModel::data(const QModelIndex& index, int role) const
{
    if (role == StatusRole || role == StartRole || role == EndRole) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const api::Booking& b = record(index.row());
        if (role == StatusRole)
            return int(b.status);
        return role == StartRole ? b.scheduledAt : b.endsAt();
    }
    return TypedRecordModel::data(index, role);
}

void BookingTableModel::setQuery(const api::BookingQuery& query)
{
    m_query = query;
    if (connector()) // else the first load will use it
        reload();
}

bool BookingTableModel::matches(const api::BookingQuery& query, const api::Booking& b)
{
    if (query.from.isValid() && b.endsAt() <= query.from)
        return false;
    if (query.to.isValid() && b.scheduledAt >= query.to)
        return false;
    if (query.status && b.status != *query.status)
        return false;
    return query.customerId.isEmpty() || b.customerId == query.customerId;
}

std::function<bool(const api::Booking&)> BookingTableModel::storedScope() const
{
    return [query = m_query](const api::Booking& b) {
        return matches(query, b);
    };
}

api::ListJob* BookingTableModel::startList(api::Connector* connector, const QString& org)
{
    return connector->bookings(org, m_query);
}

// ---------------------------------------------------------------------------------------------

ProductTableModel::ProductTableModel(QObject* parent)
    : TypedRecordModel(Schemas::products(), parent)
{}

bool ProductTableModel::isSupportedBy(const api::Connector* connector) const
{
    return connector && connector->can(api::Capability::Products);
}

api::ListJob* ProductTableModel::startList(api::Connector* connector, const QString& org)
{
    return connector->products(org);
}

} // namespace balie::models
