// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <optional>

namespace balie::sandbox {

// Time stamps are kept as milliseconds since the epoch (UTC) and written in the dialects' formats.
class TimeFormat
{
public:
    static QString iso(qint64 msecs);     // 2026-11-23T09:30:00Z
    static QString telesto(qint64 msecs); // 2024-01-15 10:30:00 (UTC, no zone)
    // ISO 8601 with a zone (Z or an offset); a time without a zone is taken as UTC.
    static std::optional<qint64> parseIso(const QString& text);
    static qint64 nowMs();
};

} // namespace balie::sandbox
