// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiResponse.h"

#include <QHash>
#include <QString>
#include <functional>

namespace balie::sandbox {

// Remembers the answers to creating POSTs by (credentials, Idempotency-Key) for 24 hours.
class IdempotencyCache
{
public:
    // Runs create() unless the key was seen: then the first answer is replayed, or, when the
    // request differs (method, path or body), mismatch() answers.
    ApiResponse run(const QString& principal, const QString& key, const QByteArray& fingerprint,
                    const std::function<ApiResponse()>& create,
                    const std::function<ApiResponse()>& mismatch);

private:
    struct Entry
    {
        QByteArray fingerprint;
        ApiResponse response;
        qint64 storedMs = 0;
    };
    void expire(qint64 nowMs);

    QHash<QString, Entry> m_entries;
};

} // namespace balie::sandbox
