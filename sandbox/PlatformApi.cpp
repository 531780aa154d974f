// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "PlatformApi.h"

#include "BookingRules.h"
#include "FieldErrors.h"
#include "IdempotencyCache.h"
#include "Serializers.h"
#include "Store.h"
#include "TimeFormat.h"
#include "TokenIssuer.h"
#include "Validators.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace balie::sandbox {

namespace {

const QString notAuthenticated = u"Authentication credentials were not provided or are invalid."_s;
const QString orgNotFound = u"Organization not found."_s;
const QStringList statuses = {u"created"_s, u"confirmed"_s, u"rescheduled"_s, u"completed"_s,
                              u"cancelled"_s};

bool isCurrency(const QJsonValue& value)
{
    static const QRegularExpression code(u"^[A-Z]{3}$"_s);
    return value.isString() && code.match(value.toString()).hasMatch();
}

ApiResponse bookingOutcome(const BookingRules::Outcome& outcome, int okStatus, qint64 requestedMs)
{
    using Kind = BookingRules::Outcome::Kind;
    switch (outcome.kind) {
    case Kind::Ok:
        return ApiResponse::json(okStatus, Serializers::booking(outcome.booking, true));
    case Kind::OutsideHours:
        return ApiResponse::json(400,
                                 QJsonObject{{u"scheduled_at"_s, QJsonArray{outcome.message}}});
    case Kind::Conflict:
        return ApiResponse::json(
            409, QJsonObject{
                     {u"detail"_s, outcome.message},
                     {u"code"_s, u"BOOKING_CONFLICT"_s},
                     {u"details"_s,
                      QJsonObject{{u"requested_time"_s, TimeFormat::iso(requestedMs)},
                                  {u"next_available"_s,
                                   outcome.nextAvailableMs < 0
                                       ? QJsonValue()
                                       : QJsonValue(TimeFormat::iso(outcome.nextAvailableMs))}}}});
    case Kind::InvalidTransition:
        return ApiResponse::json(
            409, QJsonObject{{u"detail"_s, outcome.message}, {u"code"_s, u"INVALID_TRANSITION"_s}});
    }
    return {};
}

} // namespace

PlatformApi::PlatformApi(SandboxContext& context)
    : Dialect(context)
{
    const auto hello = [this](const ApiRequest& r) {
        return helloWorld(r);
    };
    m_router.add(u"GET"_s, u"/helloworld"_s, hello);
    m_router.add(u"GET"_s, u"/api/helloworld/"_s, hello);
    m_router.add(u"POST"_s, u"/api/auth/login/"_s,
                 [this](const ApiRequest& r) { return login(r); });
    m_router.add(u"POST"_s, m_ctx.options.refreshPath,
                 [this](const ApiRequest& r) { return refresh(r); });

    authed(u"GET"_s, u"/api/organisations/"_s,
           [this](const ApiRequest& r, const UserRecord& u) { return listOrganisations(r, u); });
    authed(u"POST"_s, u"/api/organisations/"_s,
           [this](const ApiRequest& r, const UserRecord& u) { return createOrganisation(r, u); });
    authed(u"POST"_s, u"/api/organisations/{id}/make_active/"_s,
           [this](const ApiRequest& r, const UserRecord& u) { return makeActive(r, u); });

    const QString base = u"/api/organisations/{org}"_s;
    scoped(
        u"GET"_s, base + u"/customers/"_s,
        [this](const ApiRequest& r, const UserRecord&, qint64 o) { return listCustomers(r, o); });
    scoped(u"POST"_s, base + u"/customers/"_s,
           [this](const ApiRequest& r, const UserRecord& u, qint64 o) {
               return createCustomer(r, u, o);
           });
    scoped(u"GET"_s, base + u"/customers/{id}/"_s,
           [this](const ApiRequest& r, const UserRecord&, qint64 o) { return getCustomer(r, o); });
    scoped(
        u"PATCH"_s, base + u"/customers/{id}/"_s,
        [this](const ApiRequest& r, const UserRecord&, qint64 o) { return patchCustomer(r, o); });
    scoped(u"GET"_s, base + u"/services/"_s,
           [this](const ApiRequest& r, const UserRecord&, qint64 o) { return listServices(r, o); });
    scoped(u"GET"_s, base + u"/bookings/"_s,
           [this](const ApiRequest& r, const UserRecord&, qint64 o) { return listBookings(r, o); });
    scoped(u"POST"_s, base + u"/bookings/"_s,
           [this](const ApiRequest& r, const UserRecord& u, qint64 o) {
               return createBooking(r, u, o);
           });
    scoped(u"GET"_s, base + u"/bookings/{id}/"_s,
           [this](const ApiRequest& r, const UserRecord&, qint64 o) { return getBooking(r, o); });
    const QList<BookingRules::Action> actions = {
        BookingRules::Action::Confirm, BookingRules::Action::Cancel, BookingRules::Action::Complete,
        BookingRules::Action::Reschedule};
    for (BookingRules::Action action : actions) {
        scoped(u"POST"_s, base + u"/bookings/{id}/%1/"_s.arg(BookingRules::actionName(action)),
               [this, action](const ApiRequest& r, const UserRecord&, qint64 o) {
                   return bookingAction(r, o, int(action));
               });
    }
    scoped(u"GET"_s, base + u"/products/"_s,
           [this](const ApiRequest& r, const UserRecord&, qint64 o) { return listProducts(r, o); });
    scoped(u"POST"_s, base + u"/products/"_s,
           [this](const ApiRequest& r, const UserRecord& u, qint64 o) {
               return createProduct(r, u, o);
           });
    scoped(u"GET"_s, base + u"/products/{id}/"_s,
           [this](const ApiRequest& r, const UserRecord&, qint64 o) { return getProduct(r, o); });
    scoped(u"PATCH"_s, base + u"/products/{id}/"_s,
           [this](const ApiRequest& r, const UserRecord&, qint64 o) { return patchProduct(r, o); });
}

QString PlatformApi::prefix() const
{
    return QString();
}

ApiResponse PlatformApi::detail(int status, const QString& message)
{
    return ApiResponse::json(status, QJsonObject{{u"detail"_s, message}});
}

ApiResponse PlatformApi::error(int status, const QString& message) const
{
    return detail(status, message);
}

ApiResponse PlatformApi::fieldErrors(const FieldErrors& errors)
{
    return ApiResponse::json(400, errors.toDrf());
}

void PlatformApi::authed(const QString& method, const QString& pattern, Handler handler)
{
    m_router.add(method, pattern, [this, handler](const ApiRequest& request) {
        auto user = authenticate(request);
        if (auto* refused = std::get_if<ApiResponse>(&user))
            return *refused;
        return handler(request, std::get<UserRecord>(user));
    });
}

void PlatformApi::scoped(const QString& method, const QString& pattern, OrgHandler handler)
{
    authed(method, pattern, [this, handler](const ApiRequest& request, const UserRecord& user) {
        bool ok = false;
        const qint64 orgId = request.params.value(u"org"_s).toLongLong(&ok);
        const auto org = ok ? m_ctx.store.organisation(orgId) : std::nullopt;
        if (!org || org->ownerId != user.id)
            return detail(404, orgNotFound);
        return handler(request, user, orgId);
    });
}

std::variant<UserRecord, ApiResponse> PlatformApi::authenticate(const ApiRequest& request) const
{
    const QString key = request.header("x-api-key");
    const QString authorization = request.header("authorization");
    if (!key.isEmpty()) {
        if (auto user = m_ctx.store.userByApiKey(key))
            return *user;
    } else if (authorization.startsWith("Bearer "_L1, Qt::CaseInsensitive)) {
        const auto userId =
            m_ctx.tokens.verify(authorization.mid(7).trimmed(), TokenIssuer::Kind::Access);
        if (auto user = userId ? m_ctx.store.userById(*userId) : std::nullopt)
            return *user;
        ApiResponse response = ApiResponse::json(
            401, QJsonObject{{u"detail"_s, u"Given token not valid for any token type"_s},
                             {u"code"_s, u"token_not_valid"_s}});
        return response.withHeader(QByteArrayLiteral("WWW-Authenticate"),
                                   QByteArrayLiteral("Bearer realm=\"api\""));
    }
    return detail(401, notAuthenticated)
        .withHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Api-Key"));
}

std::variant<QJsonObject, ApiResponse> PlatformApi::body(const ApiRequest& request)
{
    if (auto object = request.jsonObject())
        return *object;
    return detail(400, u"JSON parse error - the body is not a JSON object."_s);
}

ApiResponse PlatformApi::idempotent(const ApiRequest& request, const UserRecord& user,
                                    const std::function<ApiResponse()>& create)
{
    const QByteArray fingerprint =
        request.method.toUtf8() + ' ' + request.path.toUtf8() + '\n' + request.body;
    return m_ctx.idempotency.run(
        u"platform:%1"_s.arg(user.id), request.header("idempotency-key"), fingerprint, create, [] {
            return ApiResponse::json(
                422, QJsonObject{{u"detail"_s, u"Idempotency-Key reused with a different body"_s},
                                 {u"code"_s, u"idempotency_mismatch"_s}});
        });
}

std::variant<PlatformApi::Paging, ApiResponse> PlatformApi::paging(const ApiRequest& request) const
{
    Paging paging;
    paging.size = m_ctx.options.pageSizeDefault;
    const QString page = request.queryValue(u"page"_s);
    if (!page.isEmpty()) {
        bool ok = false;
        paging.page = page.toLongLong(&ok);
        if (!ok || paging.page < 1)
            return detail(404, u"Invalid page."_s);
    }
    bool ok = false;
    const qint64 size = request.queryValue(u"page_size"_s).toLongLong(&ok);
    if (ok && size > 0)
        paging.size = qMin<qint64>(size, m_ctx.options.pageSizeMax);
    return paging;
}

std::variant<QJsonObject, ApiResponse> PlatformApi::page(const ApiRequest& request,
                                                         const Paging& paging, qint64 total,
                                                         const QJsonArray& results) const
{
    if (paging.page > 1 && paging.offset() >= total)
        return detail(404, u"Invalid page."_s);
    QJsonValue next;
    QJsonValue previous;
    if (paging.offset() + paging.size < total) {
        QUrlQuery query = request.query;
        query.removeAllQueryItems(u"page"_s);
        query.addQueryItem(u"page"_s, QString::number(paging.page + 1));
        next = request.absoluteUrl(query, m_ctx.options.publicBaseUrl);
    }
    if (paging.page > 1) {
        QUrlQuery query = request.query;
        query.removeAllQueryItems(u"page"_s);
        if (paging.page > 2)
            query.addQueryItem(u"page"_s, QString::number(paging.page - 1));
        previous = request.absoluteUrl(query, m_ctx.options.publicBaseUrl);
    }
    return QJsonObject{
        {u"count"_s, total}, {u"next"_s, next}, {u"previous"_s, previous}, {u"results"_s, results}};
}

// Auth -----------------------------------------------------------------------------------------

ApiResponse PlatformApi::helloWorld(const ApiRequest& request)
{
    auto user = authenticate(request);
    if (auto* refused = std::get_if<ApiResponse>(&user))
        return *refused;
    return ApiResponse::text(200,
                             u"Hello world @%1"_s.arg(std::get<UserRecord>(user).username).toUtf8(),
                             QByteArrayLiteral("text/plain; charset=utf-8"));
}

ApiResponse PlatformApi::login(const ApiRequest& request)
{
    auto parsed = body(request);
    if (auto* bad = std::get_if<ApiResponse>(&parsed))
        return *bad;
    const QJsonObject in = std::get<QJsonObject>(parsed);
    const QString username = in.value("username"_L1).toString().trimmed();
    const QString email = in.value("email"_L1).toString().trimmed();
    const QString password = in.value("password"_L1).toString();
    FieldErrors errors;
    if (password.isEmpty())
        errors.add(u"password"_s, FieldErrors::Code::Missing, u"This field is required."_s);
    if (username.isEmpty() && email.isEmpty()) {
        errors.add(u"username"_s, FieldErrors::Code::Missing,
                   u"Must include either \"username\" or \"email\"."_s);
        errors.add(u"email"_s, FieldErrors::Code::Missing,
                   u"Must include either \"username\" or \"email\"."_s);
    }
    if (!errors.isEmpty())
        return fieldErrors(errors);
    const auto user = m_ctx.store.userByLogin(username, email);
    if (!user || user->password != password)
        return detail(401, u"Unable to log in with the provided credentials."_s);

    ++m_ctx.stats.logins;
    const qint64 now = TimeFormat::nowMs();
    m_ctx.store.setLastLogin(user->id, now);
    const qint64 ttl = m_ctx.options.tokenTtlSeconds;
    return ApiResponse::json(
        200,
        QJsonObject{{u"access"_s, m_ctx.tokens.issue(TokenIssuer::Kind::Access, user->id, ttl)},
                    {u"refresh"_s,
                     m_ctx.tokens.issue(TokenIssuer::Kind::Refresh, user->id, 7LL * 24 * 3600)},
                    {u"user"_s, QJsonObject{{u"id"_s, user->id},
                                            {u"last_login"_s, TimeFormat::iso(now)},
                                            {u"is_superuser"_s, user->superuser},
                                            {u"username"_s, user->username},
                                            {u"email"_s, user->email},
                                            {u"is_staff"_s, user->staff},
                                            {u"is_active"_s, true}}}});
}

ApiResponse PlatformApi::refresh(const ApiRequest& request)
{
    auto parsed = body(request);
    if (auto* bad = std::get_if<ApiResponse>(&parsed))
        return *bad;
    const QJsonValue token = std::get<QJsonObject>(parsed).value("refresh"_L1);
    if (!token.isString() || token.toString().isEmpty())
        return ApiResponse::json(
            400, QJsonObject{{u"refresh"_s, QJsonArray{u"This field is required."_s}}});
    const auto userId = m_ctx.tokens.verify(token.toString(), TokenIssuer::Kind::Refresh);
    if (!userId || !m_ctx.store.userById(*userId)) {
        return ApiResponse::json(401, QJsonObject{{u"detail"_s, u"Token is invalid or expired"_s},
                                                  {u"code"_s, u"token_not_valid"_s}});
    }
    ++m_ctx.stats.refreshes;
    return ApiResponse::json(
        200, QJsonObject{{u"access"_s, m_ctx.tokens.issue(TokenIssuer::Kind::Access, *userId,
                                                          m_ctx.options.tokenTtlSeconds)}});
}

// Organisations --------------------------------------------------------------------------------

ApiResponse PlatformApi::listOrganisations(const ApiRequest& request, const UserRecord& user)
{
    auto p = paging(request);
    if (auto* bad = std::get_if<ApiResponse>(&p))
        return *bad;
    const Paging& pg = std::get<Paging>(p);
    const auto rows = m_ctx.store.organisationsOf(user.id, pg.offset(), pg.size);
    QJsonArray results;
    for (const OrganisationRecord& org : rows.rows)
        results.append(Serializers::organisation(org, user, org.id == user.activeOrganisation));
    auto out = page(request, pg, rows.total, results);
    if (auto* bad = std::get_if<ApiResponse>(&out))
        return *bad;
    return ApiResponse::json(200, std::get<QJsonObject>(out));
}

ApiResponse PlatformApi::createOrganisation(const ApiRequest& request, const UserRecord& user)
{
    return idempotent(request, user, [&] {
        auto parsed = body(request);
        if (auto* bad = std::get_if<ApiResponse>(&parsed))
            return *bad;
        const QJsonObject in = std::get<QJsonObject>(parsed);
        FieldErrors errors;
        OrganisationRecord org;
        org.ownerId = user.id;
        org.name = in.value("name"_L1).toString().trimmed();
        if (!in.contains("name"_L1))
            errors.add(u"name"_s, FieldErrors::Code::Missing, u"This field is required."_s);
        else if (org.name.isEmpty())
            errors.add(u"name"_s, FieldErrors::Code::Invalid, u"This field may not be blank."_s);
        else if (org.name.size() > 100)
            errors.add(u"name"_s, FieldErrors::Code::Invalid,
                       u"Ensure this field has no more than 100 characters."_s);
        const QJsonValue base = in.value("base_currency"_L1);
        if (base.isUndefined())
            errors.add(u"base_currency"_s, FieldErrors::Code::Missing,
                       u"This field is required."_s);
        else if (!isCurrency(base))
            errors.add(u"base_currency"_s, FieldErrors::Code::Invalid,
                       u"Enter a three-letter ISO 4217 code, such as EUR."_s);
        else
            org.baseCurrency = base.toString();
        const QJsonValue currencies = in.value("currencies"_L1);
        if (currencies.isUndefined()) {
            org.currencies = {org.baseCurrency};
        } else if (!currencies.isArray()) {
            errors.add(u"currencies"_s, FieldErrors::Code::Invalid,
                       u"Expected a list of items but got type \"%1\"."_s.arg(
                           currencies.isString() ? u"str"_s : u"other"_s));
        } else {
            for (const QJsonValue& c : currencies.toArray()) {
                if (!isCurrency(c)) {
                    errors.add(u"currencies"_s, FieldErrors::Code::Invalid,
                               u"Enter three-letter ISO 4217 codes, such as EUR."_s);
                    break;
                }
                if (!org.currencies.contains(c.toString()))
                    org.currencies << c.toString();
            }
        }
        const QJsonValue image = in.value("image"_L1);
        if (image.isString())
            org.image = image.toString();
        else if (!image.isUndefined() && !image.isNull())
            errors.add(u"image"_s, FieldErrors::Code::Invalid, u"Not a valid string."_s);
        if (!errors.isEmpty())
            return fieldErrors(errors);
        org.id = m_ctx.store.insertOrganisation(org);
        ++m_ctx.stats.creations;
        return ApiResponse::json(201, Serializers::organisation(org, user, false));
    });
}

ApiResponse PlatformApi::makeActive(const ApiRequest& request, const UserRecord& user)
{
    bool ok = false;
    const qint64 id = request.params.value(u"id"_s).toLongLong(&ok);
    const auto org = ok ? m_ctx.store.organisation(id) : std::nullopt;
    if (!org || org->ownerId != user.id)
        return detail(404, orgNotFound);
    m_ctx.store.setActiveOrganisation(user.id, id);
    return ApiResponse::json(
        200, QJsonObject{{u"message"_s, u"Organisation %1 is now active."_s.arg(org->name)}});
}

// Customers ------------------------------------------------------------------------------------

ApiResponse PlatformApi::listCustomers(const ApiRequest& request, qint64 org)
{
    auto p = paging(request);
    if (auto* bad = std::get_if<ApiResponse>(&p))
        return *bad;
    const Paging& pg = std::get<Paging>(p);
    CustomerFilter filter;
    const QString updatedAfter = request.queryValue(u"updated_after"_s);
    if (!updatedAfter.isEmpty()) {
        const auto ms = TimeFormat::parseIso(updatedAfter);
        if (!ms)
            return ApiResponse::json(
                400, QJsonObject{{u"updated_after"_s, QJsonArray{u"Enter a valid date/time."_s}}});
        filter.updatedAfterMs = *ms;
    }
    filter.search = request.queryValue(u"search"_s).trimmed();
    const auto rows = m_ctx.store.customers(org, filter, pg.offset(), pg.size);
    QJsonArray results;
    for (const CustomerRecord& c : rows.rows)
        results.append(Serializers::customer(c, true));
    auto out = page(request, pg, rows.total, results);
    if (auto* bad = std::get_if<ApiResponse>(&out))
        return *bad;
    return ApiResponse::json(200, std::get<QJsonObject>(out));
}

ApiResponse PlatformApi::createCustomer(const ApiRequest& request, const UserRecord& user,
                                        qint64 org)
{
    return idempotent(request, user, [&] {
        auto parsed = body(request);
        if (auto* bad = std::get_if<ApiResponse>(&parsed))
            return *bad;
        CustomerRecord c;
        c.organisation = org;
        const FieldErrors errors =
            Validators::customer(std::get<QJsonObject>(parsed), false, m_ctx.store, &c);
        if (!errors.isEmpty())
            return fieldErrors(errors);
        c.createdMs = c.updatedMs = TimeFormat::nowMs();
        c.id = m_ctx.store.insertCustomer(c);
        ++m_ctx.stats.creations;
        return ApiResponse::json(201, Serializers::customer(c, true));
    });
}

ApiResponse PlatformApi::getCustomer(const ApiRequest& request, qint64 org)
{
    const auto c = m_ctx.store.customer(org, request.params.value(u"id"_s));
    if (!c)
        return detail(404, u"Not found."_s);
    return ApiResponse::json(200, Serializers::customer(*c, true));
}

ApiResponse PlatformApi::patchCustomer(const ApiRequest& request, qint64 org)
{
    auto c = m_ctx.store.customer(org, request.params.value(u"id"_s));
    if (!c)
        return detail(404, u"Not found."_s);
    auto parsed = body(request);
    if (auto* bad = std::get_if<ApiResponse>(&parsed))
        return *bad;
    const FieldErrors errors =
        Validators::customer(std::get<QJsonObject>(parsed), true, m_ctx.store, &*c);
    if (!errors.isEmpty())
        return fieldErrors(errors);
    c->updatedMs = TimeFormat::nowMs();
    m_ctx.store.updateCustomer(*c);
    return ApiResponse::json(200, Serializers::customer(*c, true));
}

// Services -------------------------------------------------------------------------------------

ApiResponse PlatformApi::listServices(const ApiRequest& request, qint64 org)
{
    auto p = paging(request);
    if (auto* bad = std::get_if<ApiResponse>(&p))
        return *bad;
    const Paging& pg = std::get<Paging>(p);
    const auto rows = m_ctx.store.services(org, pg.offset(), pg.size);
    QJsonArray results;
    for (const ServiceRecord& s : rows.rows)
        results.append(Serializers::service(s, true));
    auto out = page(request, pg, rows.total, results);
    if (auto* bad = std::get_if<ApiResponse>(&out))
        return *bad;
    return ApiResponse::json(200, std::get<QJsonObject>(out));
}

// Bookings -------------------------------------------------------------------------------------

ApiResponse PlatformApi::listBookings(const ApiRequest& request, qint64 org)
{
    auto p = paging(request);
    if (auto* bad = std::get_if<ApiResponse>(&p))
        return *bad;
    const Paging& pg = std::get<Paging>(p);
    BookingFilter filter;
    FieldErrors errors;
    for (const auto& [name, target] :
         {std::pair{u"from"_s, &filter.fromMs}, std::pair{u"to"_s, &filter.toMs}}) {
        const QString text = request.queryValue(name);
        if (text.isEmpty())
            continue;
        if (const auto ms = TimeFormat::parseIso(text))
            *target = *ms;
        else
            errors.add(name, FieldErrors::Code::Invalid, u"Enter a valid date/time."_s);
    }
    filter.status = request.queryValue(u"status"_s);
    if (!filter.status.isEmpty() && !statuses.contains(filter.status))
        errors.add(
            u"status"_s, FieldErrors::Code::Invalid,
            u"Select a valid choice. %1 is not one of the available choices."_s.arg(filter.status));
    filter.customer = request.queryValue(u"customer"_s);
    if (!errors.isEmpty())
        return fieldErrors(errors);
    const auto rows = m_ctx.store.bookings(org, filter, pg.offset(), pg.size);
    QJsonArray results;
    for (const BookingRecord& b : rows.rows)
        results.append(Serializers::booking(b, true));
    auto out = page(request, pg, rows.total, results);
    if (auto* bad = std::get_if<ApiResponse>(&out))
        return *bad;
    return ApiResponse::json(200, std::get<QJsonObject>(out));
}

ApiResponse PlatformApi::createBooking(const ApiRequest& request, const UserRecord& user,
                                       qint64 org)
{
    return idempotent(request, user, [&] {
        auto parsed = body(request);
        if (auto* bad = std::get_if<ApiResponse>(&parsed))
            return *bad;
        Validators::BookingDraft draft;
        const FieldErrors errors =
            Validators::booking(std::get<QJsonObject>(parsed), m_ctx.store, org, false, &draft);
        if (!errors.isEmpty())
            return fieldErrors(errors);
        BookingRules rules(m_ctx.store);
        const BookingRules::Outcome outcome = rules.place(draft.booking, draft.service);
        if (outcome.kind == BookingRules::Outcome::Kind::Ok)
            ++m_ctx.stats.creations;
        return bookingOutcome(outcome, 201, draft.booking.startMs);
    });
}

ApiResponse PlatformApi::getBooking(const ApiRequest& request, qint64 org)
{
    const auto b = m_ctx.store.booking(org, request.params.value(u"id"_s));
    if (!b)
        return detail(404, u"Not found."_s);
    return ApiResponse::json(200, Serializers::booking(*b, true));
}

ApiResponse PlatformApi::bookingAction(const ApiRequest& request, qint64 org, int actionValue)
{
    const auto action = BookingRules::Action(actionValue);
    const auto booking = m_ctx.store.booking(org, request.params.value(u"id"_s));
    if (!booking)
        return detail(404, u"Not found."_s);
    BookingRules rules(m_ctx.store);
    if (action != BookingRules::Action::Reschedule)
        return bookingOutcome(rules.apply(*booking, action), 200, booking->startMs);

    auto parsed = body(request);
    if (auto* bad = std::get_if<ApiResponse>(&parsed))
        return *bad;
    qint64 start = 0;
    int duration = 0;
    const FieldErrors errors =
        Validators::reschedule(std::get<QJsonObject>(parsed), booking->duration, &start, &duration);
    if (!errors.isEmpty())
        return fieldErrors(errors);
    const auto service = m_ctx.store.service(org, booking->service);
    if (!service)
        return detail(404, u"Not found."_s);
    return bookingOutcome(rules.reschedule(*booking, *service, start, duration), 200, start);
}

// Products -------------------------------------------------------------------------------------

ApiResponse PlatformApi::listProducts(const ApiRequest& request, qint64 org)
{
    auto p = paging(request);
    if (auto* bad = std::get_if<ApiResponse>(&p))
        return *bad;
    const Paging& pg = std::get<Paging>(p);
    const auto rows = m_ctx.store.products(org, pg.offset(), pg.size);
    QJsonArray results;
    for (const ProductRecord& product : rows.rows)
        results.append(Serializers::product(product, true));
    auto out = page(request, pg, rows.total, results);
    if (auto* bad = std::get_if<ApiResponse>(&out))
        return *bad;
    return ApiResponse::json(200, std::get<QJsonObject>(out));
}

ApiResponse PlatformApi::createProduct(const ApiRequest& request, const UserRecord& user,
                                       qint64 org)
{
    return idempotent(request, user, [&] {
        auto parsed = body(request);
        if (auto* bad = std::get_if<ApiResponse>(&parsed))
            return *bad;
        ProductRecord product;
        product.organisation = org;
        const FieldErrors errors =
            Validators::product(std::get<QJsonObject>(parsed), false, false, &product);
        if (!errors.isEmpty())
            return fieldErrors(errors);
        product.createdMs = TimeFormat::nowMs();
        product.id = m_ctx.store.insertProduct(product);
        ++m_ctx.stats.creations;
        return ApiResponse::json(201, Serializers::product(product, true));
    });
}

ApiResponse PlatformApi::getProduct(const ApiRequest& request, qint64 org)
{
    const auto product = m_ctx.store.product(org, request.params.value(u"id"_s));
    if (!product)
        return detail(404, u"Not found."_s);
    return ApiResponse::json(200, Serializers::product(*product, true));
}

ApiResponse PlatformApi::patchProduct(const ApiRequest& request, qint64 org)
{
    auto product = m_ctx.store.product(org, request.params.value(u"id"_s));
    if (!product)
        return detail(404, u"Not found."_s);
    auto parsed = body(request);
    if (auto* bad = std::get_if<ApiResponse>(&parsed))
        return *bad;
    const FieldErrors errors =
        Validators::product(std::get<QJsonObject>(parsed), true, false, &*product);
    if (!errors.isEmpty())
        return fieldErrors(errors);
    m_ctx.store.updateProduct(*product);
    return ApiResponse::json(200, Serializers::product(*product, true));
}

} // namespace balie::sandbox
