// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Connector.h"

namespace balie::api {

// The Balie platform, and OAS as its subset: X-Api-Key or login, DRF pages, {detail} errors,
// organisation-scoped routes (docs/api.md).
class BalieConnector : public Connector
{
    Q_OBJECT

public:
    bool honoursIdempotencyKey() const override { return true; }
    BalieConnector(const ConnectionSettings& settings, QNetworkAccessManager* nam,
                   BudgetBook* budgets, QObject* parent);

    ApiJob* testConnection() override;
    OrganisationListJob* organisations() override;
    ValueJob<Organisation>* createOrganisation(const OrganisationDraft& draft,
                                               const QByteArray& idempotencyKey) override;
    ApiJob* activateOrganisation(const QString& organisationId) override;
    CustomerListJob* customers(const QString& organisationId, const CustomerQuery& query) override;
    ValueJob<Customer>* createCustomer(const QString& organisationId, const CustomerDraft& draft,
                                       const QByteArray& idempotencyKey) override;
    ValueJob<Customer>* updateCustomer(const QString& organisationId, const QString& customerId,
                                       const CustomerDraft& draft) override;
    ServiceListJob* services(const QString& organisationId) override;
    BookingListJob* bookings(const QString& organisationId, const BookingQuery& query) override;
    ValueJob<Booking>* createBooking(const QString& organisationId, const BookingDraft& draft,
                                     const QByteArray& idempotencyKey) override;
    ValueJob<Booking>* bookingAction(const QString& organisationId, const QString& bookingId,
                                     BookingAction action, const QDateTime& newTime,
                                     int newDurationMinutes) override;
    ProductListJob* products(const QString& organisationId) override;
    ValueJob<Product>* createProduct(const QString& organisationId, const ProductDraft& draft,
                                     const QByteArray& idempotencyKey) override;
    ValueJob<Product>* updateProduct(const QString& organisationId, const QString& productId,
                                     const ProductDraft& draft) override;

private:
    QString orgPath(const QString& organisationId, const QString& rest) const;
    ApiRequest orgGet(const QString& organisationId, const QString& rest,
                      const QUrlQuery& query = {}) const;
    ApiRequest orgCreate(const QString& organisationId, const QString& rest,
                         const QJsonObject& body, const QByteArray& idempotencyKey) const;
    int pageSize() const;
};

} // namespace balie::api
