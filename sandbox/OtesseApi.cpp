// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "OtesseApi.h"

#include "BookingRules.h"
#include "FieldErrors.h"
#include "IdempotencyCache.h"
#include "Serializers.h"
#include "Store.h"
#include "TimeFormat.h"
#include "Validators.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace balie::sandbox {

namespace {
const QString invalidRequest = u"invalid_request_error"_s;
}

OtesseApi::OtesseApi(SandboxContext& context)
    : Dialect(context)
{
    m_limiter.configure(m_ctx.options.otesseLimit,
                        qint64(m_ctx.options.otesseWindowSeconds) * 1000);
    guarded(u"GET"_s, u"/customers"_s, [this](const ApiRequest& r) { return listCustomers(r); });
    guarded(u"POST"_s, u"/customers"_s, [this](const ApiRequest& r) { return createCustomer(r); });
    guarded(u"GET"_s, u"/bookings"_s, [this](const ApiRequest& r) { return listBookings(r); });
    guarded(u"POST"_s, u"/bookings"_s, [this](const ApiRequest& r) { return createBooking(r); });
}

QString OtesseApi::prefix() const
{
    return u"/otesse/v1"_s;
}

ApiResponse OtesseApi::failure(int status, const QString& type, const QString& code,
                               const QString& message, const QString& param)
{
    return ApiResponse::json(
        status, QJsonObject{{u"error"_s,
                             QJsonObject{{u"type"_s, type},
                                         {u"code"_s, code},
                                         {u"message"_s, message},
                                         {u"param"_s, param.isEmpty() ? QJsonValue() : param}}}});
}

ApiResponse OtesseApi::error(int status, const QString& message) const
{
    switch (status) {
    case 401:
        return failure(status, u"authentication_error"_s, u"invalid_api_key"_s, message);
    case 404:
        return failure(status, invalidRequest, u"not_found"_s, message);
    case 405:
        return failure(status, invalidRequest, u"method_not_allowed"_s, message);
    case 429:
        return failure(status, u"rate_limit_error"_s, u"rate_limit_exceeded"_s, message);
    default:
        if (status >= 500)
            return failure(status, u"api_error"_s, u"server_error"_s, message);
        return failure(status, invalidRequest, u"invalid_field"_s, message);
    }
}

ApiResponse OtesseApi::fieldError(const FieldErrors& errors)
{
    const FieldErrors::Error& e = errors.first();
    const bool missing = e.code == FieldErrors::Code::Missing;
    return failure(400, invalidRequest, missing ? u"missing_required_field"_s : u"invalid_field"_s,
                   missing ? u"Missing required field: %1"_s.arg(e.field)
                           : u"Invalid %1: %2"_s.arg(e.field, e.message),
                   e.field);
}

void OtesseApi::guarded(const QString& method, const QString& pattern, Handler handler)
{
    m_router.add(method, pattern, [this, handler](const ApiRequest& request) {
        const QString authorization = request.header("authorization");
        const QString key = authorization.startsWith("Bearer "_L1, Qt::CaseInsensitive)
                                ? authorization.mid(7).trimmed()
                                : QString();
        if (key.isEmpty() || key != m_ctx.credentials.otesseKey)
            return error(401, u"Invalid API key provided."_s);
        const RateLimiter::Decision decision = m_limiter.hit(key, TimeFormat::nowMs());
        if (!decision.allowed) {
            ++m_ctx.stats.rateLimited;
            return error(429, u"Too many requests. Retry after %1 seconds."_s.arg(
                                  decision.retryAfterSeconds))
                .withRetryAfter(decision.retryAfterSeconds);
        }
        return handler(request);
    });
}

std::optional<ApiResponse> OtesseApi::paging(const ApiRequest& request, qint64* page,
                                             qint64* perPage) const
{
    *page = 1;
    *perPage = 25;
    bool ok = true;
    const QString pageText = request.queryValue(u"page"_s);
    if (!pageText.isEmpty())
        *page = pageText.toLongLong(&ok);
    if (!ok || *page < 1)
        return failure(400, invalidRequest, u"invalid_field"_s,
                       u"page must be a positive integer"_s, u"page"_s);
    const QString perPageText = request.queryValue(u"per_page"_s);
    if (!perPageText.isEmpty())
        *perPage = perPageText.toLongLong(&ok);
    if (!ok || *perPage < 1)
        return failure(400, invalidRequest, u"invalid_field"_s,
                       u"per_page must be a positive integer"_s, u"per_page"_s);
    *perPage = qMin<qint64>(*perPage, 100);
    return std::nullopt;
}

QJsonObject OtesseApi::paginated(const QJsonArray& data, qint64 page, qint64 perPage, qint64 total)
{
    QJsonObject pagination{{u"page"_s, page}, {u"per_page"_s, perPage}};
    if (m_ctx.options.announceTotals) {
        pagination.insert(u"total"_s, total);
        pagination.insert(u"total_pages"_s, (total + perPage - 1) / perPage);
    }
    return QJsonObject{{u"data"_s, data}, {u"pagination"_s, pagination}};
}

ApiResponse OtesseApi::idempotent(const ApiRequest& request,
                                  const std::function<ApiResponse()>& create)
{
    const QByteArray fingerprint =
        request.method.toUtf8() + ' ' + request.path.toUtf8() + '\n' + request.body;
    return m_ctx.idempotency.run(u"otesse:"_s + m_ctx.credentials.otesseKey,
                                 request.header("idempotency-key"), fingerprint, create, [] {
                                     return failure(
                                         422, invalidRequest, u"idempotency_mismatch"_s,
                                         u"Idempotency-Key reused with a different body"_s);
                                 });
}

ApiResponse OtesseApi::listCustomers(const ApiRequest& request)
{
    qint64 page = 1;
    qint64 perPage = 25;
    if (auto bad = paging(request, &page, &perPage))
        return *bad;
    CustomerFilter filter;
    const QString updatedAfter = request.queryValue(u"updated_after"_s);
    if (!updatedAfter.isEmpty()) {
        const auto ms = TimeFormat::parseIso(updatedAfter);
        if (!ms)
            return failure(400, invalidRequest, u"invalid_field"_s,
                           u"updated_after must be an ISO 8601 date-time"_s, u"updated_after"_s);
        filter.updatedAfterMs = *ms;
    }
    const auto rows =
        m_ctx.store.customers(m_ctx.vendorOrganisation, filter, (page - 1) * perPage, perPage);
    QJsonArray data;
    for (const CustomerRecord& c : rows.rows)
        data.append(Serializers::customer(c, false));
    return ApiResponse::json(200, paginated(data, page, perPage, rows.total));
}

ApiResponse OtesseApi::createCustomer(const ApiRequest& request)
{
    return idempotent(request, [&] {
        const auto body = request.jsonObject();
        if (!body)
            return failure(400, invalidRequest, u"invalid_field"_s,
                           u"The body is not a JSON object."_s);
        CustomerRecord c;
        c.organisation = m_ctx.vendorOrganisation;
        const FieldErrors errors = Validators::customer(*body, false, m_ctx.store, &c);
        if (!errors.isEmpty())
            return fieldError(errors);
        c.createdMs = c.updatedMs = TimeFormat::nowMs();
        c.id = m_ctx.store.insertCustomer(c);
        ++m_ctx.stats.creations;
        return ApiResponse::json(201, Serializers::customer(c, false));
    });
}

ApiResponse OtesseApi::listBookings(const ApiRequest& request)
{
    qint64 page = 1;
    qint64 perPage = 25;
    if (auto bad = paging(request, &page, &perPage))
        return *bad;
    const auto rows = m_ctx.store.bookings(m_ctx.vendorOrganisation, BookingFilter{},
                                           (page - 1) * perPage, perPage);
    QJsonArray data;
    for (const BookingRecord& b : rows.rows)
        data.append(Serializers::booking(b, false));
    return ApiResponse::json(200, paginated(data, page, perPage, rows.total));
}

ApiResponse OtesseApi::createBooking(const ApiRequest& request)
{
    return idempotent(request, [&] {
        const auto body = request.jsonObject();
        if (!body)
            return failure(400, invalidRequest, u"invalid_field"_s,
                           u"The body is not a JSON object."_s);
        Validators::BookingDraft draft;
        const FieldErrors errors =
            Validators::booking(*body, m_ctx.store, m_ctx.vendorOrganisation, false, &draft);
        if (!errors.isEmpty())
            return fieldError(errors);
        BookingRules rules(m_ctx.store);
        const BookingRules::Outcome outcome = rules.place(draft.booking, draft.service);
        using Kind = BookingRules::Outcome::Kind;
        if (outcome.kind == Kind::OutsideHours)
            return failure(400, invalidRequest, u"invalid_field"_s, outcome.message,
                           u"scheduled_at"_s);
        if (outcome.kind == Kind::Conflict) {
            ApiResponse response = failure(409, invalidRequest, u"booking_conflict"_s,
                                           outcome.message, u"scheduled_at"_s);
            QJsonObject object = QJsonDocument::fromJson(response.body).object();
            QJsonObject inner = object.value("error"_L1).toObject();
            inner.insert(u"details"_s,
                         QJsonObject{{u"requested_time"_s, TimeFormat::iso(draft.booking.startMs)},
                                     {u"next_available"_s,
                                      outcome.nextAvailableMs < 0
                                          ? QJsonValue()
                                          : QJsonValue(TimeFormat::iso(outcome.nextAvailableMs))}});
            object.insert(u"error"_s, inner);
            return ApiResponse::json(409, object);
        }
        ++m_ctx.stats.creations;
        return ApiResponse::json(201, Serializers::booking(outcome.booking, false));
    });
}

} // namespace balie::sandbox
