// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Dialect.h"
#include "RateLimiter.h"

namespace balie::sandbox {

struct FieldErrors;

// Otesse (seed 000) under /otesse/v1: Bearer API key, page/per_page pagination, Stripe-like
// errors, a per-key request limit answered with 429 and Retry-After.
class OtesseApi : public Dialect
{
public:
    explicit OtesseApi(SandboxContext& context);

    QString prefix() const override;
    ApiResponse error(int status, const QString& message) const override;

private:
    using Handler = std::function<ApiResponse(const ApiRequest&)>;
    void guarded(const QString& method, const QString& pattern, Handler handler);
    static ApiResponse failure(int status, const QString& type, const QString& code,
                               const QString& message, const QString& param = {});
    static ApiResponse fieldError(const FieldErrors& errors);
    std::optional<ApiResponse> paging(const ApiRequest& request, qint64* page,
                                      qint64* perPage) const;
    QJsonObject paginated(const QJsonArray& data, qint64 page, qint64 perPage, qint64 total);

    ApiResponse listCustomers(const ApiRequest& request);
    ApiResponse createCustomer(const ApiRequest& request);
    ApiResponse listBookings(const ApiRequest& request);
    ApiResponse createBooking(const ApiRequest& request);
    ApiResponse idempotent(const ApiRequest& request, const std::function<ApiResponse()>& create);

    RateLimiter m_limiter;
};

} // namespace balie::sandbox
