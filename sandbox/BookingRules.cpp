// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "BookingRules.h"

#include "Store.h"
#include "TimeFormat.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace balie::sandbox {

namespace {

constexpr qint64 horizonMs = 90LL * 24 * 3600 * 1000;

QTimeZone zoneOf(const ServiceRecord& service)
{
    QTimeZone zone(service.timezone.toLatin1());
    return zone.isValid() ? zone : QTimeZone::utc();
}

qint64 ceilToGrid(qint64 ms)
{
    const qint64 rest = ms % BookingRules::gridMs;
    return rest == 0 ? ms : ms + (BookingRules::gridMs - rest);
}

QString hhmm(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

const QStringList shortDays = {u"Mon"_s, u"Tue"_s, u"Wed"_s, u"Thu"_s,
                               u"Fri"_s, u"Sat"_s, u"Sun"_s};

} // namespace

BookingRules::BookingRules(Store& store)
    : m_store(store)
{}

bool BookingRules::fitsAvailability(const ServiceRecord& service, qint64 startMs, int duration)
{
    const QTimeZone zone = zoneOf(service);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, zone);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(startMs + qint64(duration) * 60'000, zone);
    if (!service.days.contains(start.date().dayOfWeek()))
        return false;
    const int startMinute = start.time().hour() * 60 + start.time().minute();
    int endMinute = end.time().hour() * 60 + end.time().minute();
    if (end.date() != start.date())
        endMinute += 24 * 60 * int(start.date().daysTo(end.date()));
    return startMinute >= service.startMinute && endMinute <= service.endMinute;
}

QString BookingRules::openingHours(const ServiceRecord& service)
{
    QList<int> days = service.days;
    std::sort(days.begin(), days.end());
    QString dayText;
    const bool contiguous = !days.isEmpty() && days.last() - days.first() == days.size() - 1;
    if (contiguous && days.size() > 2) {
        dayText = shortDays.at(days.first() - 1) + u'–' + shortDays.at(days.last() - 1);
    } else {
        QStringList names;
        for (int day : days)
            names << shortDays.at(day - 1);
        dayText = names.join(u", "_s);
    }
    return u"%1 %2–%3 %4"_s.arg(dayText, hhmm(service.startMinute), hhmm(service.endMinute),
                                service.timezone);
}

std::optional<QString> BookingRules::transition(const QString& status, Action action)
{
    const bool open =
        status == "created"_L1 || status == "confirmed"_L1 || status == "rescheduled"_L1;
    switch (action) {
    case Action::Confirm:
        if (status == "created"_L1 || status == "rescheduled"_L1)
            return u"confirmed"_s;
        break;
    case Action::Reschedule:
        if (open)
            return u"rescheduled"_s;
        break;
    case Action::Complete:
        if (status == "confirmed"_L1 || status == "rescheduled"_L1)
            return u"completed"_s;
        break;
    case Action::Cancel:
        if (open)
            return u"cancelled"_s;
        break;
    }
    return std::nullopt;
}

QString BookingRules::actionName(Action action)
{
    switch (action) {
    case Action::Confirm:
        return u"confirm"_s;
    case Action::Reschedule:
        return u"reschedule"_s;
    case Action::Complete:
        return u"complete"_s;
    case Action::Cancel:
        return u"cancel"_s;
    }
    return {};
}

std::optional<qint64> BookingRules::nextAvailable(const ServiceRecord& service, qint64 fromMs,
                                                  int duration, const QString& excludeId) const
{
    const QTimeZone zone = zoneOf(service);
    const qint64 limitMs = fromMs + horizonMs;
    const QList<BookingRecord> taken = m_store.activeBookingsOfService(
        service.organisation, service.id, fromMs, limitMs + qint64(duration) * 60'000, excludeId);
    qint64 candidate = ceilToGrid(fromMs);
    while (candidate < limitMs) {
        if (!fitsAvailability(service, candidate, duration)) {
            // Jump to the opening of the same or the next day instead of walking the night.
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(candidate, zone);
            const int minute = local.time().hour() * 60 + local.time().minute();
            const QTime opening(service.startMinute / 60, service.startMinute % 60);
            QDate day = local.date();
            if (minute >= service.startMinute || !service.days.contains(day.dayOfWeek()))
                day = day.addDays(1);
            const qint64 next = ceilToGrid(QDateTime(day, opening, zone).toMSecsSinceEpoch());
            candidate = next > candidate ? next : candidate + gridMs;
            continue;
        }
        const qint64 end = candidate + qint64(duration) * 60'000;
        qint64 clash = -1;
        for (const BookingRecord& b : taken) {
            if (b.startMs < end && b.endMs() > candidate)
                clash = qMax(clash, b.endMs());
        }
        if (clash < 0)
            return candidate;
        candidate = ceilToGrid(clash);
    }
    return std::nullopt;
}

BookingRules::Outcome BookingRules::checkSlot(const ServiceRecord& service, qint64 startMs,
                                              int duration, const QString& excludeId) const
{
    Outcome outcome;
    if (!fitsAvailability(service, startMs, duration)) {
        outcome.kind = Outcome::Kind::OutsideHours;
        outcome.message = u"Outside the service's opening hours (%1)."_s.arg(openingHours(service));
        outcome.nextAvailableMs = nextAvailable(service, startMs, duration, excludeId).value_or(-1);
        return outcome;
    }
    const QList<BookingRecord> taken = m_store.activeBookingsOfService(
        service.organisation, service.id, startMs, startMs + qint64(duration) * 60'000, excludeId);
    if (!taken.isEmpty()) {
        outcome.kind = Outcome::Kind::Conflict;
        outcome.message = u"The requested time slot is not available"_s;
        outcome.nextAvailableMs = nextAvailable(service, startMs, duration, excludeId).value_or(-1);
    }
    return outcome;
}

BookingRules::Outcome BookingRules::place(BookingRecord draft, const ServiceRecord& service)
{
    Outcome outcome = checkSlot(service, draft.startMs, draft.duration, {});
    if (outcome.kind != Outcome::Kind::Ok)
        return outcome;
    const qint64 now = TimeFormat::nowMs();
    draft.organisation = service.organisation;
    draft.service = service.id;
    draft.status = u"created"_s;
    draft.createdMs = now;
    draft.updatedMs = now;
    const QString id = m_store.insertBooking(draft);
    outcome.booking = m_store.booking(service.organisation, id).value_or(draft);
    return outcome;
}

BookingRules::Outcome BookingRules::reschedule(BookingRecord booking, const ServiceRecord& service,
                                               qint64 startMs, int duration)
{
    Outcome outcome;
    const std::optional<QString> next = transition(booking.status, Action::Reschedule);
    if (!next) {
        outcome.kind = Outcome::Kind::InvalidTransition;
        outcome.message = u"A %1 booking cannot be rescheduled."_s.arg(booking.status);
        outcome.booking = booking;
        return outcome;
    }
    outcome = checkSlot(service, startMs, duration, booking.id);
    if (outcome.kind != Outcome::Kind::Ok)
        return outcome;
    booking.startMs = startMs;
    booking.duration = duration;
    booking.status = *next;
    booking.updatedMs = TimeFormat::nowMs();
    m_store.updateBooking(booking);
    outcome.booking = booking;
    return outcome;
}

BookingRules::Outcome BookingRules::apply(BookingRecord booking, Action action)
{
    Outcome outcome;
    const std::optional<QString> next = transition(booking.status, action);
    if (!next) {
        outcome.kind = Outcome::Kind::InvalidTransition;
        outcome.message =
            u"Cannot %1 a booking that is %2."_s.arg(actionName(action), booking.status);
        outcome.booking = booking;
        return outcome;
    }
    booking.status = *next;
    booking.updatedMs = TimeFormat::nowMs();
    m_store.updateBooking(booking);
    outcome.booking = booking;
    return outcome;
}

} // namespace balie::sandbox
