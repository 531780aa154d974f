// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Dialect.h"
#include "RateLimiter.h"
#include "Records.h"

namespace balie::sandbox {

struct FieldErrors;

// The Booking API (seed 001) under /booking/v1: Bearer API key, plain arrays, the seed's error
// codes, a limit on booking creations per key, and an iCalendar feed.
class BookingApi : public Dialect
{
public:
    explicit BookingApi(SandboxContext& context);

    QString prefix() const override;
    ApiResponse error(int status, const QString& message) const override;

private:
    using Handler = std::function<ApiResponse(const ApiRequest&)>;
    void guarded(const QString& method, const QString& pattern, Handler handler);
    static ApiResponse failure(int status, const QString& code, const QString& message,
                               const QJsonObject& details = {});
    static ApiResponse validation(const FieldErrors& errors);
    QJsonObject bookingJson(const BookingRecord& booking) const;

    ApiResponse listServices(const ApiRequest& request);
    ApiResponse getService(const ApiRequest& request);
    ApiResponse listBookings(const ApiRequest& request);
    ApiResponse createBooking(const ApiRequest& request);
    ApiResponse bookingAction(const ApiRequest& request, int action);
    ApiResponse calendarFeed(const ApiRequest& request);

    RateLimiter m_createLimiter;
};

} // namespace balie::sandbox
