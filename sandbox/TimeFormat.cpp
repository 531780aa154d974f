// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "TimeFormat.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace balie::sandbox {

QString TimeFormat::iso(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc())
        .toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QString TimeFormat::telesto(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc())
        .toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

std::optional<qint64> TimeFormat::parseIso(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc());
    return parsed.toMSecsSinceEpoch();
}

qint64 TimeFormat::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace balie::sandbox
