// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Booking.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <functional>

namespace balie::models {

// Bookings as an iCalendar file (RFC 5545) that staff import into Outlook, Google or Apple
// Calendar: one VEVENT per booking with a UID that stays the same at every export (a second
// import updates the event instead of doubling it), its times in the service's time zone with
// that zone's VTIMEZONE (UTC where the zone is not known), the customer and service as the
// summary and the note as the description. Server text is escaped and folded as the RFC says,
// never interpreted.
class ICalendarWriter
{
public:
    struct Options
    {
        QString calendarName; // the organisation, shown by the calendar as the list's name
        // Makes the UIDs unique beyond this server: "<booking>.<organisation>@<domain>".
        QString uidDomain;
        QDateTime stamp = QDateTime::currentDateTimeUtc(); // DTSTAMP: when the file was made
    };
    // The IANA id of a booking's time zone (its service's), empty when not known.
    using ZoneOf = std::function<QByteArray(const api::Booking&)>;

    static QByteArray write(const QList<api::Booking>& bookings, const ZoneOf& zoneOf,
                            const Options& options);

    // TEXT as RFC 5545 3.3.11 writes it: backslash, semicolon, comma and line breaks escaped;
    // other control characters, which no calendar shows, left out.
    static QString escapeText(const QString& text);
    // A content line folded at 75 octets (never inside a UTF-8 character), ended by CRLF.
    static QByteArray contentLine(const QString& line);
};

} // namespace balie::models
