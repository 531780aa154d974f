// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Format.h"
#include "TypedRecordModel.h"
#include "domain/Booking.h"
#include "domain/Customer.h"
#include "domain/Organisation.h"
#include "domain/Product.h"
#include "domain/Service.h"

namespace balie::models {

// One table model per resource. Display values follow the user's locale (dates, numbers,
// money: "€ 1.234,56" in Dutch); sort values are raw; export values are canonical.

class OrganisationTableModel : public TypedRecordModel<api::Organisation>
{
    Q_OBJECT
public:
    explicit OrganisationTableModel(QObject* parent = nullptr);
    bool isSupportedBy(const api::Connector* connector) const override;
    // The server made this organisation the active one (and no other).
    void setActive(const QString& organisationId);

protected:
    api::ListJob* startList(api::Connector* connector, const QString& organisationId) override;
};

class CustomerTableModel : public TypedRecordModel<api::Customer>
{
    Q_OBJECT
public:
    explicit CustomerTableModel(QObject* parent = nullptr);
    bool isSupportedBy(const api::Connector* connector) const override;

protected:
    api::ListJob* startList(api::Connector* connector, const QString& organisationId) override;
    bool canListChanges() const override;
    api::ListJob* startChangesList(api::Connector* connector, const QString& organisationId,
                                   const QDateTime& since) override;
};

// The companies customers belong to, where the flavour has them (Outseta).
class AccountTableModel : public TypedRecordModel<api::Account>
{
    Q_OBJECT
public:
    explicit AccountTableModel(QObject* parent = nullptr);
    bool isSupportedBy(const api::Connector* connector) const override;

protected:
    api::ListJob* startList(api::Connector* connector, const QString& organisationId) override;
};

class ServiceTableModel : public TypedRecordModel<api::Service>
{
    Q_OBJECT
public:
    explicit ServiceTableModel(QObject* parent = nullptr);
    bool isSupportedBy(const api::Connector* connector) const override;
    // By id, or by the name or slug a booking may use instead (api::Service::isReferencedBy).
    std::optional<api::Service> service(const QString& id) const;
    int rowOfReference(const QString& reference) const;

protected:
    bool hasTranslatedText() const override { return true; } // day names

protected:
    api::ListJob* startList(api::Connector* connector, const QString& organisationId) override;
};

class BookingTableModel : public TypedRecordModel<api::Booking>
{
    Q_OBJECT
public:
    enum BookingRole
    {
        StatusRole = RecordTableModel::ColumnKeyRole + 10,
        StartRole,
        EndRole
    };
    Q_ENUM(BookingRole)

    explicit BookingTableModel(QObject* parent = nullptr);
    bool isSupportedBy(const api::Connector* connector) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    // Server-side filters (date range, status, customer); a change reloads.
    void setQuery(const api::BookingQuery& query);
    api::BookingQuery query() const { return m_query; }
    // Whether the server would list this booking for the query.
    bool matchesQuery(const api::Booking& booking) const { return matches(m_query, booking); }
    static bool matches(const api::BookingQuery& query, const api::Booking& booking);
    std::function<bool(const api::Booking&)> storedScope() const override;

protected:
    api::ListJob* startList(api::Connector* connector, const QString& organisationId) override;

private:
    api::BookingQuery m_query;
};

class ProductTableModel : public TypedRecordModel<api::Product>
{
    Q_OBJECT
public:
    explicit ProductTableModel(QObject* parent = nullptr);
    bool isSupportedBy(const api::Connector* connector) const override;

protected:
    api::ListJob* startList(api::Connector* connector, const QString& organisationId) override;
};

} // namespace balie::models
