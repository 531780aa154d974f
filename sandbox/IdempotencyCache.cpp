// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "IdempotencyCache.h"

#include "TimeFormat.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace balie::sandbox {

namespace {
constexpr qint64 lifetimeMs = 24LL * 3600 * 1000;
}

void IdempotencyCache::expire(qint64 nowMs)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (nowMs - it->storedMs > lifetimeMs)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

ApiResponse IdempotencyCache::run(const QString& principal, const QString& key,
                                  const QByteArray& fingerprint,
                                  const std::function<ApiResponse()>& create,
                                  const std::function<ApiResponse()>& mismatch)
{
    if (key.isEmpty())
        return create();
    const qint64 now = TimeFormat::nowMs();
    expire(now);
    const QString id = principal + u'\n' + key;
    const QByteArray digest = QCryptographicHash::hash(fingerprint, QCryptographicHash::Sha256);
    const auto it = m_entries.constFind(id);
    if (it != m_entries.cend()) {
        if (it->fingerprint != digest)
            return mismatch();
        ApiResponse replay = it->response;
        replay.withHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
        return replay;
    }
    ApiResponse response = create();
    // Server errors and limits are worth a retry with the same key; everything else is final.
    if (response.status < 500 && response.status != 429)
        m_entries.insert(id, Entry{digest, response, now});
    return response;
}

} // namespace balie::sandbox
