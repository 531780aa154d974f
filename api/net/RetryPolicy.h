// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QStringList>
#include <functional>
#include <optional>

namespace balie::api {

// When to try a request again. Only what is safe: GET and HEAD, or a POST that carries an
// Idempotency-Key (the server then answers a replay with the first result). Exponential backoff
// with full jitter, a bounded number of attempts and an overall deadline; a server's
// Retry-After wins over the backoff.
class RetryPolicy
{
public:
    int maxAttempts = 4;
    int baseDelayMs = 300;
    int maxDelayMs = 10'000;
    int deadlineMs = 45'000;
    // Error codes the vendor documents as retryable beyond 429/502/503/504 (Otesse:
    // rate_limit_exceeded, server_error). Compared exactly.
    QStringList retryableCodes;

    bool isRetryableError(const ApiError& error) const;
    // `idempotentServer`: the server documents that it honours Idempotency-Key (the platform
    // and Otesse). Elsewhere a key is sent but a POST is never repeated: it could create twice.
    static bool isSafeToRepeat(const QByteArray& method, bool hasIdempotencyKey,
                               bool idempotentServer = true);

    // The delay before attempt number `nextAttempt` (2 for the first retry), or nullopt when
    // the request must not be tried again.
    std::optional<int> delayBeforeRetry(int nextAttempt, const ApiError& error,
                                        const QByteArray& method, bool repeatable,
                                        qint64 elapsedMs) const;

    // For tests: a deterministic source of jitter in [0, 1).
    void setJitterSource(std::function<double()> source) { m_jitter = std::move(source); }

    static RetryPolicy none();

private:
    std::function<double()> m_jitter;
};

} // namespace balie::api
