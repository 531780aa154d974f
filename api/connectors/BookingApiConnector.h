// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Connector.h"

namespace balie::api {

// The Booking API: Bearer API key, plain arrays, {error:{code,message,details}}, and a budget
// of 10 booking creations a minute.
class BookingApiConnector : public Connector
{
    Q_OBJECT

public:
    BookingApiConnector(const ConnectionSettings& settings, QNetworkAccessManager* nam,
                        BudgetBook* budgets, QObject* parent);

    ApiJob* testConnection() override;
    ServiceListJob* services(const QString& organisationId) override;
    BookingListJob* bookings(const QString& organisationId, const BookingQuery& query) override;
    ValueJob<Booking>* createBooking(const QString& organisationId, const BookingDraft& draft,
                                     const QByteArray& idempotencyKey) override;
    ValueJob<Booking>* bookingAction(const QString& organisationId, const QString& bookingId,
                                     BookingAction action, const QDateTime& newTime,
                                     int newDurationMinutes) override;

protected:
    void bindBudgets(const Credentials& credentials) override;

private:
    RateBudget* m_creations = nullptr;
};

} // namespace balie::api
