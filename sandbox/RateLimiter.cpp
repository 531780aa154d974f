// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "RateLimiter.h"

namespace balie::sandbox {

namespace {
qint64 ceilSeconds(qint64 ms)
{
    return qMax<qint64>(1, (ms + 999) / 1000);
}
} // namespace

void RateLimiter::configure(int limit, qint64 windowMs, qint64 blockMs)
{
    m_limit = limit;
    m_windowMs = windowMs;
    m_blockMs = blockMs;
    reset();
}

void RateLimiter::reset()
{
    m_hits.clear();
    m_blockedUntil.clear();
}

RateLimiter::Decision RateLimiter::hit(const QString& key, qint64 nowMs)
{
    Decision decision;
    if (m_limit <= 0)
        return decision; // no limit
    const qint64 blockedUntil = m_blockedUntil.value(key, 0);
    if (blockedUntil > nowMs) {
        decision.allowed = false;
        decision.retryAfterSeconds = ceilSeconds(blockedUntil - nowMs);
        return decision;
    }
    std::deque<qint64>& hits = m_hits[key];
    while (!hits.empty() && hits.front() <= nowMs - m_windowMs)
        hits.pop_front();
    if (qsizetype(hits.size()) < m_limit) {
        hits.push_back(nowMs);
        return decision;
    }
    decision.allowed = false;
    if (m_blockMs > 0) {
        m_blockedUntil.insert(key, nowMs + m_blockMs);
        hits.clear();
        decision.blockStarted = true;
        decision.retryAfterSeconds = ceilSeconds(m_blockMs);
    } else {
        decision.retryAfterSeconds = ceilSeconds(hits.front() + m_windowMs - nowMs);
    }
    return decision;
}

} // namespace balie::sandbox
