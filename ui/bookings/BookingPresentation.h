// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Booking.h"
#include "domain/Service.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace balie::ui {

// How bookings, services and times read and look, shared by the list, calendar and editor.
class BookingPresentation
{
    Q_DECLARE_TR_FUNCTIONS(balie::ui::BookingPresentation)

public:
    // "Tuesday to Saturday, 10:00–18:00 (Europe/Amsterdam)", in the user's language.
    static QString availabilityText(const api::Availability& availability);
    // Whether the availability can be checked at all (known zone, days and hours).
    static bool isCheckable(const api::Availability& availability);
    // The zone a service's times are typed in: its own, or the user's when it has none.
    static QTimeZone serviceZone(const api::Availability& availability);
    // A date and time as it is (no zone conversion), without seconds.
    static QString dateTimeText(const QDateTime& time);
    // A time in a zone as the user reads it: "23-11-2026 09:30".
    static QString zonedTime(const QDateTime& time, const QTimeZone& zone);
    // "Mon 23-11 09:30 (Europe/Amsterdam) · 08:30 your time", local part only when it differs.
    static QString timeInZoneAndLocal(const QDateTime& time, const QTimeZone& zone);

    // A time of day in the user's locale, without seconds: "09:30", "9:30 AM".
    static QString timeText(const QTime& time);
    // The locale's short numeric date format with a four-digit year, for date edits.
    static QString dateEditFormat();

    // Status colours: distinguishable for colour-blind users, text readable on them.
    static QColor statusBackground(api::BookingStatus status);
    static QColor statusForeground(api::BookingStatus status);

private:
    static QString daysText(QList<Qt::DayOfWeek> days);
};

} // namespace balie::ui
