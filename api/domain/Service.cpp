// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Service.h"

#include "Currency.h"
#include "JsonFields.h"

#include <QTimeZone>
#include <cmath>

namespace balie::api {

int Money::digits() const
{
    return Currencies::minorUnits(currency).value_or(2);
}

double Money::amount() const
{
    return double(minorUnits) / std::pow(10.0, digits());
}

std::optional<qint64> Money::minorUnitsOf(double amount, const QString& currency)
{
    const int digits = Currencies::minorUnits(currency).value_or(2);
    return JsonFields::wholeNumber(std::round(amount * std::pow(10.0, digits)));
}

bool Availability::admits(const QDateTime& startTime, int minutes) const
{
    const QTimeZone zone(timeZone);
    if (!zone.isValid() || !start.isValid() || !end.isValid())
        return false;
    const QDateTime local = startTime.toTimeZone(zone);
    const QDateTime localEnd = startTime.addSecs(qint64(minutes) * 60).toTimeZone(zone);
    if (!days.contains(Qt::DayOfWeek(local.date().dayOfWeek())))
        return false;
    if (localEnd.date() != local.date())
        return false;
    return local.time() >= start && localEnd.time() <= end;
}

bool Service::isReferencedBy(const QString& reference) const
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return false;
    if (id == ref || name.trimmed().compare(ref, Qt::CaseInsensitive) == 0)
        return true;
    // A slug: the id's last part ("srv_consultation", "svc-consultation"), or the name written
    // with _ or - for spaces.
    for (const QChar separator : {QLatin1Char('_'), QLatin1Char('-')}) {
        if (id.endsWith(separator + ref, Qt::CaseInsensitive))
            return true;
        QString slug = name.trimmed().toLower();
        slug.replace(QLatin1Char(' '), separator);
        if (slug == ref.toLower())
            return true;
    }
    return false;
}

} // namespace balie::api
