// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "BookingApi.h"

#include "BookingRules.h"
#include "FieldErrors.h"
#include "Serializers.h"
#include "Store.h"
#include "TimeFormat.h"
#include "Validators.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace balie::sandbox {

namespace {

const QStringList statuses = {u"created"_s, u"confirmed"_s, u"rescheduled"_s, u"completed"_s,
                              u"cancelled"_s};

QString icsTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyyMMddTHHmmssZ"_s);
}

QString icsText(QString text)
{
    return text.replace(u'\\', u"\\\\"_s)
        .replace(u';', u"\\;"_s)
        .replace(u',', u"\\,"_s)
        .replace(u'\n', u"\\n"_s);
}

} // namespace

BookingApi::BookingApi(SandboxContext& context)
    : Dialect(context)
{
    m_createLimiter.configure(m_ctx.options.bookingCreateLimit,
                              qint64(m_ctx.options.bookingWindowSeconds) * 1000);
    guarded(u"GET"_s, u"/services"_s, [this](const ApiRequest& r) { return listServices(r); });
    guarded(u"GET"_s, u"/services/{id}"_s, [this](const ApiRequest& r) { return getService(r); });
    guarded(u"GET"_s, u"/bookings"_s, [this](const ApiRequest& r) { return listBookings(r); });
    guarded(u"POST"_s, u"/bookings"_s, [this](const ApiRequest& r) { return createBooking(r); });
    const QList<BookingRules::Action> actions = {
        BookingRules::Action::Confirm, BookingRules::Action::Cancel, BookingRules::Action::Complete,
        BookingRules::Action::Reschedule};
    for (BookingRules::Action action : actions) {
        guarded(u"POST"_s, u"/bookings/{id}/"_s + BookingRules::actionName(action),
                [this, action](const ApiRequest& r) { return bookingAction(r, int(action)); });
    }
    m_router.add(u"GET"_s, u"/calendar/feed/{token}.ics"_s,
                 [this](const ApiRequest& r) { return calendarFeed(r); });
}

QString BookingApi::prefix() const
{
    return u"/booking/v1"_s;
}

ApiResponse BookingApi::failure(int status, const QString& code, const QString& message,
                                const QJsonObject& details)
{
    QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    if (!details.isEmpty())
        error.insert(u"details"_s, details);
    return ApiResponse::json(status, QJsonObject{{u"error"_s, error}});
}

ApiResponse BookingApi::error(int status, const QString& message) const
{
    switch (status) {
    case 401:
        return failure(status, u"UNAUTHORIZED"_s, message);
    case 404:
        return failure(status, u"NOT_FOUND"_s, message);
    case 405:
        return failure(status, u"METHOD_NOT_ALLOWED"_s, message);
    case 429:
        return failure(status, u"RATE_LIMITED"_s, message);
    default:
        if (status >= 500)
            return failure(status, u"SERVER_ERROR"_s, message);
        return failure(status, u"VALIDATION_ERROR"_s, message);
    }
}

ApiResponse BookingApi::validation(const FieldErrors& errors)
{
    const FieldErrors::Error& e = errors.first();
    if (e.code == FieldErrors::Code::UnknownService)
        return failure(400, u"INVALID_SERVICE"_s, u"Service ID not found"_s,
                       QJsonObject{{u"field"_s, e.field}});
    return failure(400, u"VALIDATION_ERROR"_s, u"%1: %2"_s.arg(e.field, e.message),
                   QJsonObject{{u"field"_s, e.field}, {u"reason"_s, e.message}});
}

QJsonObject BookingApi::bookingJson(const BookingRecord& b) const
{
    // As the guide's example: the booking names its service "consultation" where the services
    // list says "srv_consultation".
    const bool byName = m_ctx.options.bookingServiceByName;
    return QJsonObject{
        {u"id"_s, b.id},
        {u"service"_s, byName ? b.serviceName.toLower().replace(u' ', u'_') : b.service},
        {u"service_name"_s, byName ? QJsonValue() : QJsonValue(b.serviceName)},
        {u"customer"_s, QJsonObject{{u"id"_s, b.customer},
                                    {u"name"_s, b.customerName},
                                    {u"email"_s, b.customerEmail}}},
        {u"scheduled_at"_s, TimeFormat::iso(b.startMs)},
        {u"duration"_s, b.duration},
        {u"status"_s, b.status},
        {u"note"_s, b.note},
        {u"created_at"_s, TimeFormat::iso(b.createdMs)},
        {u"updated_at"_s, TimeFormat::iso(b.updatedMs)}};
}

void BookingApi::guarded(const QString& method, const QString& pattern, Handler handler)
{
    m_router.add(method, pattern, [this, handler](const ApiRequest& request) {
        const QString authorization = request.header("authorization");
        const QString key = authorization.startsWith("Bearer "_L1, Qt::CaseInsensitive)
                                ? authorization.mid(7).trimmed()
                                : QString();
        if (key.isEmpty() || key != m_ctx.credentials.bookingKey)
            return error(401, u"Invalid API key"_s);
        return handler(request);
    });
}

ApiResponse BookingApi::listServices(const ApiRequest&)
{
    const auto rows = m_ctx.store.services(m_ctx.vendorOrganisation, 0, 10'000);
    QJsonArray result;
    for (const ServiceRecord& s : rows.rows)
        result.append(Serializers::service(s, false));
    return ApiResponse::json(200, result);
}

ApiResponse BookingApi::getService(const ApiRequest& request)
{
    const auto s = m_ctx.store.service(m_ctx.vendorOrganisation, request.params.value(u"id"_s));
    if (!s)
        return failure(404, u"INVALID_SERVICE"_s, u"Service ID not found"_s);
    return ApiResponse::json(200, Serializers::service(*s, false));
}

ApiResponse BookingApi::listBookings(const ApiRequest& request)
{
    BookingFilter filter;
    for (const auto& [name, target] :
         {std::pair{u"from"_s, &filter.fromMs}, std::pair{u"to"_s, &filter.toMs}}) {
        const QString text = request.queryValue(name);
        if (text.isEmpty())
            continue;
        const auto ms = TimeFormat::parseIso(text);
        if (!ms)
            return failure(400, u"VALIDATION_ERROR"_s,
                           u"%1 must be an ISO 8601 date-time"_s.arg(name),
                           QJsonObject{{u"field"_s, name}});
        *target = *ms;
    }
    filter.status = request.queryValue(u"status"_s);
    if (!filter.status.isEmpty() && !statuses.contains(filter.status))
        return failure(400, u"VALIDATION_ERROR"_s, u"Unknown status %1"_s.arg(filter.status),
                       QJsonObject{{u"field"_s, u"status"_s}});
    QJsonArray result;
    const qint64 chunk = 1000;
    for (qint64 offset = 0;; offset += chunk) {
        const auto rows = m_ctx.store.bookings(m_ctx.vendorOrganisation, filter, offset, chunk);
        for (const BookingRecord& b : rows.rows)
            result.append(bookingJson(b));
        if (offset + chunk >= rows.total)
            break;
    }
    return ApiResponse::json(200, result);
}

ApiResponse BookingApi::createBooking(const ApiRequest& request)
{
    const QString key = request.header("authorization").mid(7).trimmed();
    const RateLimiter::Decision decision = m_createLimiter.hit(key, TimeFormat::nowMs());
    if (!decision.allowed) {
        ++m_ctx.stats.rateLimited;
        return failure(429, u"RATE_LIMITED"_s,
                       u"Booking creation is limited to %1 per %2 s"_s
                           .arg(m_ctx.options.bookingCreateLimit)
                           .arg(m_ctx.options.bookingWindowSeconds))
            .withRetryAfter(decision.retryAfterSeconds);
    }
    const auto body = request.jsonObject();
    if (!body)
        return failure(400, u"VALIDATION_ERROR"_s, u"The body is not a JSON object."_s);
    const qint64 org = m_ctx.vendorOrganisation;
    Validators::BookingDraft draft;
    const FieldErrors errors = Validators::booking(*body, m_ctx.store, org, true, &draft);
    if (!errors.isEmpty())
        return validation(errors);

    BookingRules rules(m_ctx.store);
    BookingRules::Outcome outcome =
        rules.checkSlot(draft.service, draft.booking.startMs, draft.booking.duration);
    if (outcome.kind == BookingRules::Outcome::Kind::Ok) {
        if (draft.createsCustomer) {
            draft.newCustomer.createdMs = draft.newCustomer.updatedMs = TimeFormat::nowMs();
            draft.booking.customer = m_ctx.store.insertCustomer(draft.newCustomer);
            ++m_ctx.stats.creations;
        }
        outcome = rules.place(draft.booking, draft.service);
    }
    const QJsonValue next = outcome.nextAvailableMs < 0
                                ? QJsonValue()
                                : QJsonValue(TimeFormat::iso(outcome.nextAvailableMs));
    switch (outcome.kind) {
    case BookingRules::Outcome::Kind::Ok:
        ++m_ctx.stats.creations;
        return ApiResponse::json(201, bookingJson(outcome.booking));
    case BookingRules::Outcome::Kind::OutsideHours:
        return failure(400, u"VALIDATION_ERROR"_s, outcome.message,
                       QJsonObject{{u"field"_s, u"scheduled_at"_s}, {u"next_available"_s, next}});
    default:
        return failure(409, u"BOOKING_CONFLICT"_s, outcome.message,
                       QJsonObject{{u"requested_time"_s, TimeFormat::iso(draft.booking.startMs)},
                                   {u"next_available"_s, next}});
    }
}

ApiResponse BookingApi::bookingAction(const ApiRequest& request, int actionValue)
{
    const auto action = BookingRules::Action(actionValue);
    const qint64 org = m_ctx.vendorOrganisation;
    const auto booking = m_ctx.store.booking(org, request.params.value(u"id"_s));
    if (!booking)
        return failure(404, u"NOT_FOUND"_s, u"Booking not found"_s);
    BookingRules rules(m_ctx.store);
    BookingRules::Outcome outcome;
    qint64 requested = booking->startMs;
    if (action == BookingRules::Action::Reschedule) {
        const auto body = request.jsonObject();
        if (!body)
            return failure(400, u"VALIDATION_ERROR"_s, u"The body is not a JSON object."_s);
        int duration = 0;
        const FieldErrors errors =
            Validators::reschedule(*body, booking->duration, &requested, &duration);
        if (!errors.isEmpty())
            return validation(errors);
        const auto service = m_ctx.store.service(org, booking->service);
        if (!service)
            return failure(400, u"INVALID_SERVICE"_s, u"Service ID not found"_s);
        outcome = rules.reschedule(*booking, *service, requested, duration);
    } else {
        outcome = rules.apply(*booking, action);
    }
    const QJsonValue next = outcome.nextAvailableMs < 0
                                ? QJsonValue()
                                : QJsonValue(TimeFormat::iso(outcome.nextAvailableMs));
    switch (outcome.kind) {
    case BookingRules::Outcome::Kind::Ok:
        return ApiResponse::json(200, bookingJson(outcome.booking));
    case BookingRules::Outcome::Kind::OutsideHours:
        return failure(400, u"VALIDATION_ERROR"_s, outcome.message,
                       QJsonObject{{u"field"_s, u"scheduled_at"_s}, {u"next_available"_s, next}});
    case BookingRules::Outcome::Kind::Conflict:
        return failure(409, u"BOOKING_CONFLICT"_s, outcome.message,
                       QJsonObject{{u"requested_time"_s, TimeFormat::iso(requested)},
                                   {u"next_available"_s, next}});
    case BookingRules::Outcome::Kind::InvalidTransition:
        break;
    }
    return failure(409, u"INVALID_TRANSITION"_s, outcome.message,
                   QJsonObject{{u"status"_s, booking->status}});
}

ApiResponse BookingApi::calendarFeed(const ApiRequest& request)
{
    if (request.params.value(u"token"_s) != m_ctx.credentials.bookingKey)
        return error(401, u"Invalid API key"_s);
    QStringList lines = {u"BEGIN:VCALENDAR"_s, u"VERSION:2.0"_s,
                         u"PRODID:-//Balie//Sandbox Booking API//EN"_s, u"CALSCALE:GREGORIAN"_s,
                         u"X-WR-CALNAME:Bookings"_s};
    const QString stamp = icsTime(TimeFormat::nowMs());
    for (qint64 offset = 0;; offset += 1000) {
        const auto rows =
            m_ctx.store.bookings(m_ctx.vendorOrganisation, BookingFilter{}, offset, 1000);
        for (const BookingRecord& b : rows.rows) {
            if (b.status == "cancelled"_L1)
                continue;
            lines << u"BEGIN:VEVENT"_s << u"UID:%1@booking.balie.test"_s.arg(b.id)
                  << u"DTSTAMP:"_s + stamp << u"DTSTART:"_s + icsTime(b.startMs)
                  << u"DTEND:"_s + icsTime(b.endMs())
                  << u"SUMMARY:"_s + icsText(u"%1 – %2"_s.arg(b.serviceName, b.customerName))
                  << u"STATUS:"_s + (b.status == "created"_L1 ? u"TENTATIVE"_s : u"CONFIRMED"_s)
                  << u"END:VEVENT"_s;
        }
        if (offset + 1000 >= rows.total)
            break;
    }
    lines << u"END:VCALENDAR"_s;
    return ApiResponse::text(200, (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8(),
                             QByteArrayLiteral("text/calendar; charset=utf-8"));
}

} // namespace balie::sandbox
