// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Connector.h"

namespace balie::api {

// Otesse: Bearer API key, page/per_page pages, {error:{type,code,message,param}}, 429 with
// Retry-After (honoured by the retry policy).
class OtesseConnector : public Connector
{
    Q_OBJECT

public:
    bool honoursIdempotencyKey() const override { return true; }
    OtesseConnector(const ConnectionSettings& settings, QNetworkAccessManager* nam,
                    BudgetBook* budgets, QObject* parent);

    ApiJob* testConnection() override;
    CustomerListJob* customers(const QString& organisationId, const CustomerQuery& query) override;
    ValueJob<Customer>* createCustomer(const QString& organisationId, const CustomerDraft& draft,
                                       const QByteArray& idempotencyKey) override;
    BookingListJob* bookings(const QString& organisationId, const BookingQuery& query) override;
    ValueJob<Booking>* createBooking(const QString& organisationId, const BookingDraft& draft,
                                     const QByteArray& idempotencyKey) override;

private:
    static ApiRequest prepared(ApiRequest request);
    int perPage() const { return m_settings.pageSize > 0 ? qMin(m_settings.pageSize, 100) : 100; }
};

} // namespace balie::api
