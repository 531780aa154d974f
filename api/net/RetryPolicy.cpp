// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "RetryPolicy.h"

#include <QRandomGenerator>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace balie::api {

RetryPolicy RetryPolicy::none()
{
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

bool RetryPolicy::isRetryableError(const ApiError& error) const
{
    if (!error.code().isEmpty() && retryableCodes.contains(error.code()))
        return error.kind() != ApiError::Kind::Validation;
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited:
        return true;
    case ApiError::Kind::Server: {
        // A 500 is often passing (a deploy, a lost database connection): whatever can be
        // repeated safely is tried again. 501 and 505 are for good.
        const int s = error.httpStatus();
        return s == 500 || s == 502 || s == 503 || s == 504 || s == 0 ||
               error.code().compare(u"server_error", Qt::CaseInsensitive) == 0;
    }
    case ApiError::Kind::BadResponse:
        // A 2xx whose body is not JSON or was cut short (a proxy's page, a dropped stream).
        return error.code() == u"unreadable_body";
    default:
        return false;
    }
}

bool RetryPolicy::isSafeToRepeat(const QByteArray& method, bool hasIdempotencyKey,
                                 bool idempotentServer)
{
    return method == "GET" || method == "HEAD" ||
           (method == "POST" && hasIdempotencyKey && idempotentServer);
}

std::optional<int> RetryPolicy::delayBeforeRetry(int nextAttempt, const ApiError& error,
                                                 const QByteArray& method, bool hasIdempotencyKey,
                                                 qint64 elapsedMs) const
{
    if (nextAttempt > maxAttempts || !isSafeToRepeat(method, hasIdempotencyKey) ||
        !isRetryableError(error))
        return std::nullopt;

    qint64 delay = 0;
    if (error.retryAfterMs() >= 0) {
        delay = error.retryAfterMs();
    } else {
        const int exponent = std::min(nextAttempt - 2, 16);
        const qint64 cap = std::min<qint64>(maxDelayMs, qint64(baseDelayMs) << exponent);
        const double jitter = m_jitter ? m_jitter() : QRandomGenerator::global()->generateDouble();
        // "Full jitter", with a floor so that retries never hammer the server back to back.
        delay = std::max<qint64>(baseDelayMs / 2, qint64(cap * jitter));
    }
    if (elapsedMs + delay > deadlineMs)
        return std::nullopt;
    return int(delay);
}

} // namespace balie::api
