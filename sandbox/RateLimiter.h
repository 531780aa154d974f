// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QHash>
#include <QString>
#include <deque>

namespace balie::sandbox {

// A sliding-window limit per key: at most `limit` admitted hits per window. With a block time,
// the hit that exceeds the limit starts a block during which every hit is refused.
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        qint64 retryAfterSeconds = 0;
        bool blockStarted = false;
    };

    void configure(int limit, qint64 windowMs, qint64 blockMs = 0);
    Decision hit(const QString& key, qint64 nowMs);
    void reset();

private:
    int m_limit = 0;
    qint64 m_windowMs = 0;
    qint64 m_blockMs = 0;
    QHash<QString, std::deque<qint64>> m_hits;
    QHash<QString, qint64> m_blockedUntil;
};

} // namespace balie::sandbox
