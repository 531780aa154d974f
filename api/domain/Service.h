// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace balie::api {

struct Money
{
    // In the currency's minor unit (cents of EUR, yen, fils of KWD): never a floating-point
    // sum.
    qint64 minorUnits = 0;
    QString currency;

    // Digits of the minor unit: 2 where the currency is unknown.
    int digits() const;
    // The amount in whole units, for display and export only.
    double amount() const;
    static std::optional<qint64> minorUnitsOf(double amount, const QString& currency);

    friend bool operator==(const Money&, const Money&) = default;
};

// When a service can be booked: on these days, between these hours, in this time zone.
struct Availability
{
    QList<Qt::DayOfWeek> days;
    QTime start;
    QTime end;
    QByteArray timeZone; // IANA id, e.g. "Europe/Amsterdam"

    // Whether [start, start + minutes) lies inside the availability.
    bool admits(const QDateTime& start, int minutes) const;

    friend bool operator==(const Availability&, const Availability&) = default;
};

struct Service
{
    QString id;
    QString organisationId;
    QString name;
    QString description;
    int durationMinutes = 0;
    Money price;
    QString priceType; // hourly, flat or custom
    Availability availability;

    // Whether a booking's `service` names this one: by id, or, as some servers write it, by
    // name or slug ("consultation" for srv_consultation named "Consultation").
    bool isReferencedBy(const QString& reference) const;

    friend bool operator==(const Service&, const Service&) = default;
};

} // namespace balie::api
