// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ICalendarWriter.h"

#include <QMap>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace balie::models {

namespace {

QString utcStamp(const QDateTime& utc)
{
    return utc.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
}

QString localStamp(const QDateTime& local)
{
    return local.toString(u"yyyyMMdd'T'HHmmss"_s);
}

// "+0100", "-0330", "+054500" where a zone's offset has seconds (old Amsterdam time).
QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    seconds = std::abs(seconds);
    QString text = u"%1%2%3"_s.arg(sign)
                       .arg(seconds / 3600, 2, 10, QChar(u'0'))
                       .arg(seconds / 60 % 60, 2, 10, QChar(u'0'));
    if (seconds % 60 != 0)
        text += u"%1"_s.arg(seconds % 60, 2, 10, QChar(u'0'));
    return text;
}

QString statusOf(api::BookingStatus status)
{
    switch (status) {
    case api::BookingStatus::Created:
        return u"TENTATIVE"_s; // not confirmed yet
    case api::BookingStatus::Cancelled:
        return u"CANCELLED"_s;
    default:
        return u"CONFIRMED"_s;
    }
}

// One VTIMEZONE for the zone over [from, to]: the transition in force at `from` and each one
// after it up to `to`, so that every event's local time has its offset in the file. A zone
// without transitions (no daylight saving) gets one STANDARD block.
QStringList timeZoneLines(const QTimeZone& zone, const QDateTime& from, const QDateTime& to)
{
    QStringList lines{u"BEGIN:VTIMEZONE"_s, u"TZID:"_s + QString::fromUtf8(zone.id())};
    QList<QTimeZone::OffsetData> transitions;
    const QTimeZone::OffsetData before = zone.previousTransition(from);
    if (before.atUtc.isValid())
        transitions << before;
    transitions << zone.transitions(from, to);
    if (transitions.isEmpty()) {
        const int offset = zone.offsetFromUtc(from);
        lines << u"BEGIN:STANDARD"_s << u"DTSTART:19700101T000000"_s
              << u"TZOFFSETFROM:"_s + offsetText(offset) << u"TZOFFSETTO:"_s + offsetText(offset)
              << u"TZNAME:"_s + ICalendarWriter::escapeText(zone.abbreviation(from))
              << u"END:STANDARD"_s;
    }
    for (const QTimeZone::OffsetData& t : std::as_const(transitions)) {
        const int offsetFrom = zone.offsetFromUtc(t.atUtc.addSecs(-1));
        const QString kind = t.daylightTimeOffset > 0 ? u"DAYLIGHT"_s : u"STANDARD"_s;
        // DTSTART is the local time at which the change happens, on the clock before it.
        const QDateTime localBefore = t.atUtc.toUTC().addSecs(offsetFrom);
        lines << u"BEGIN:"_s + kind << u"DTSTART:"_s + localBefore.toString(u"yyyyMMdd'T'HHmmss"_s)
              << u"TZOFFSETFROM:"_s + offsetText(offsetFrom)
              << u"TZOFFSETTO:"_s + offsetText(t.offsetFromUtc)
              << u"TZNAME:"_s + ICalendarWriter::escapeText(t.abbreviation) << u"END:"_s + kind;
    }
    lines << u"END:VTIMEZONE"_s;
    return lines;
}

} // namespace

QString ICalendarWriter::escapeText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            escaped += u"\\n"_s;
        } else if (c == u'\n') {
            escaped += u"\\n"_s;
        } else if (c.unicode() < 0x20 && c != u'\t') {
            continue; // not TEXT (RFC 5545 3.3.11)
        } else if (c.unicode() == 0x7F) {
            continue;
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray ICalendarWriter::contentLine(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray folded;
    folded.reserve(utf8.size() + utf8.size() / 70 * 3 + 2);
    qsizetype start = 0;
    qsizetype room = 75; // octets on the first line; a continuation's leading space takes one
    while (utf8.size() - start > room) {
        qsizetype end = start + room;
        // Never inside a character: back off over UTF-8 continuation bytes.
        while (end > start && (uchar(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        folded += utf8.mid(start, end - start);
        folded += "\r\n ";
        start = end;
        room = 74;
    }
    folded += utf8.mid(start);
    folded += "\r\n";
    return folded;
}

QByteArray ICalendarWriter::write(const QList<api::Booking>& bookings, const ZoneOf& zoneOf,
                                  const Options& options)
{
    // Each zone once, over the span of its events.
    struct Span
    {
        QDateTime from;
        QDateTime to;
    };
    QMap<QByteArray, Span> zones;
    QList<QTimeZone> zoneOfBooking;
    zoneOfBooking.reserve(bookings.size());
    for (const api::Booking& b : bookings) {
        QTimeZone zone;
        const QByteArray id = zoneOf ? zoneOf(b) : QByteArray();
        if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id))
            zone = QTimeZone(id);
        zoneOfBooking << zone;
        if (!zone.isValid() || !b.scheduledAt.isValid())
            continue;
        auto it = zones.find(zone.id());
        if (it == zones.end()) {
            zones.insert(zone.id(), {b.scheduledAt, b.endsAt()});
        } else {
            it->from = std::min(it->from, b.scheduledAt);
            it->to = std::max(it->to, b.endsAt());
        }
    }

    QStringList lines{u"BEGIN:VCALENDAR"_s, u"VERSION:2.0"_s, u"PRODID:-//Balie//Balie//EN"_s,
                      u"CALSCALE:GREGORIAN"_s, u"METHOD:PUBLISH"_s};
    if (!options.calendarName.isEmpty())
        lines << u"X-WR-CALNAME:"_s + escapeText(options.calendarName);
    for (auto it = zones.cbegin(); it != zones.cend(); ++it)
        lines << timeZoneLines(QTimeZone(it.key()), it->from, it->to);

    const QString stamp = utcStamp(options.stamp);
    for (qsizetype i = 0; i < bookings.size(); ++i) {
        const api::Booking& b = bookings.at(i);
        if (!b.scheduledAt.isValid())
            continue;
        const QTimeZone& zone = zoneOfBooking.at(i);
        const QString customer = b.customerName.isEmpty() ? b.customerId : b.customerName;
        const QString service = b.serviceName.isEmpty() ? b.serviceId : b.serviceName;
        lines << u"BEGIN:VEVENT"_s
              << u"UID:"_s +
                     escapeText(u"%1.%2@%3"_s.arg(b.id, b.organisationId, options.uidDomain))
              << u"DTSTAMP:"_s + stamp;
        if (zone.isValid()) {
            const QString tzid = QString::fromUtf8(zone.id());
            lines << u"DTSTART;TZID=%1:%2"_s.arg(tzid, localStamp(b.scheduledAt.toTimeZone(zone)));
            // DTEND must come after DTSTART (3.8.2.2): a booking without a length has none.
            if (b.durationMinutes > 0)
                lines << u"DTEND;TZID=%1:%2"_s.arg(tzid, localStamp(b.endsAt().toTimeZone(zone)));
        } else {
            lines << u"DTSTART:"_s + utcStamp(b.scheduledAt);
            if (b.durationMinutes > 0)
                lines << u"DTEND:"_s + utcStamp(b.endsAt());
        }
        lines << u"SUMMARY:"_s +
                     escapeText(service.isEmpty() ? customer : u"%1 · %2"_s.arg(customer, service))
              << u"STATUS:"_s + statusOf(b.status);
        // The note and how to reach the customer; no ATTENDEE, which would make Outlook offer
        // to send the customer invitations.
        const QStringList description{b.note, b.customerEmail};
        if (!b.note.isEmpty() || !b.customerEmail.isEmpty())
            lines << u"DESCRIPTION:"_s + escapeText(description.join(u'\n').trimmed());
        if (b.createdAt.isValid())
            lines << u"CREATED:"_s + utcStamp(b.createdAt);
        if (b.updatedAt.isValid()) {
            lines << u"LAST-MODIFIED:"_s + utcStamp(b.updatedAt);
            // A later change has a higher sequence, so that a calendar importing the file
            // again takes the newer time: seconds since 2020 fit the RFC's 32-bit integer
            // until 2088.
            static const QDateTime epoch(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
            lines << u"SEQUENCE:%1"_s.arg(std::max<qint64>(0, epoch.secsTo(b.updatedAt)));
        }
        lines << u"END:VEVENT"_s;
    }
    lines << u"END:VCALENDAR"_s;

    QByteArray file;
    for (const QString& line : std::as_const(lines))
        file += contentLine(line);
    return file;
}

} // namespace balie::models
