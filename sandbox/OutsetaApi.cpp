// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "OutsetaApi.h"

#include "FieldErrors.h"
#include "Store.h"
#include "TimeFormat.h"
#include "TokenIssuer.h"
#include "Validators.h"

using namespace Qt::StringLiterals;

namespace balie::sandbox {

OutsetaApi::OutsetaApi(SandboxContext& context)
    : Dialect(context)
{
    m_limiter.configure(m_ctx.options.outsetaRatePerSecond, 1000);
    m_router.add(u"POST"_s, u"/tokens"_s, [this](const ApiRequest& r) { return issueToken(r); });
    guarded(u"GET"_s, u"/crm/people"_s, [this](const ApiRequest& r) { return listPeople(r); });
    guarded(u"POST"_s, u"/crm/people"_s, [this](const ApiRequest& r) { return createPerson(r); });
    guarded(u"GET"_s, u"/crm/accounts"_s, [this](const ApiRequest& r) { return listAccounts(r); });
}

QString OutsetaApi::prefix() const
{
    return u"/outseta/api/v1"_s;
}

ApiResponse OutsetaApi::failure(int status, const QString& code, const QString& message)
{
    return ApiResponse::json(
        status, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}});
}

ApiResponse OutsetaApi::error(int status, const QString& message) const
{
    switch (status) {
    case 401:
        return failure(status, u"unauthorized"_s, message);
    case 404:
        return failure(status, u"not_found"_s, message);
    case 405:
        return failure(status, u"method_not_allowed"_s, message);
    case 429:
        return failure(status, u"rate_limited"_s, message);
    default:
        return failure(status, status >= 500 ? u"server_error"_s : u"validation"_s, message);
    }
}

std::optional<QString> OutsetaApi::credential(const ApiRequest& request) const
{
    const QString authorization = request.header("authorization").trimmed();
    if (authorization.startsWith("Outseta "_L1, Qt::CaseInsensitive)) {
        const QString pair = authorization.mid(8).trimmed();
        if (pair == m_ctx.credentials.outsetaKey + u':' + m_ctx.credentials.outsetaSecret)
            return u"key:"_s + m_ctx.credentials.outsetaKey;
    } else if (authorization.startsWith("bearer "_L1, Qt::CaseInsensitive)) {
        if (const auto user =
                m_ctx.tokens.verify(authorization.mid(7).trimmed(), TokenIssuer::Kind::Outseta))
            return u"user:%1"_s.arg(*user);
    }
    return std::nullopt;
}

void OutsetaApi::guarded(const QString& method, const QString& pattern, Handler handler)
{
    m_router.add(method, pattern, [this, handler](const ApiRequest& request) {
        const auto who = credential(request);
        if (!who)
            return error(401, u"Authorization has been denied for this request."_s);
        const RateLimiter::Decision decision = m_limiter.hit(*who, TimeFormat::nowMs());
        if (!decision.allowed) {
            ++m_ctx.stats.rateLimited;
            return error(429, u"Requests are limited to %1 per second."_s.arg(
                                  m_ctx.options.outsetaRatePerSecond))
                .withRetryAfter(1);
        }
        return handler(request);
    });
}

QJsonObject OutsetaApi::page(const QJsonArray& items, qint64 offset, qint64 limit,
                             qint64 total) const
{
    QJsonObject metadata{{u"limit"_s, limit}, {u"offset"_s, offset}};
    if (m_ctx.options.announceTotals)
        metadata.insert(u"total"_s, total);
    return QJsonObject{{u"metadata"_s, metadata}, {u"items"_s, items}};
}

std::optional<ApiResponse> OutsetaApi::paging(const ApiRequest& request, qint64* offset,
                                              qint64* limit) const
{
    // Naming a child object's fields (Account.Name) lowers the page size limit to 25.
    const bool children = request.queryValue(u"fields"_s).contains(u'.');
    const qint64 max = children ? 25 : 100;
    bool ok = true;
    *offset = 0;
    *limit = max;
    const QString offsetText = request.queryValue(u"offset"_s);
    if (!offsetText.isEmpty())
        *offset = offsetText.toLongLong(&ok);
    if (!ok || *offset < 0)
        return failure(400, u"validation"_s, u"offset must be a non-negative integer"_s);
    const QString limitText = request.queryValue(u"limit"_s);
    if (!limitText.isEmpty())
        *limit = limitText.toLongLong(&ok);
    if (!ok || *limit < 1)
        return failure(400, u"validation"_s, u"limit must be a positive integer"_s);
    *limit = qMin(*limit, max);
    if (m_ctx.options.outsetaOffsetInPages)
        *offset *= *limit; // the page number, as rows skipped
    return std::nullopt;
}

QJsonObject OutsetaApi::personJson(const CustomerRecord& c)
{
    const qsizetype space = c.name.indexOf(u' ');
    return QJsonObject{
        {u"Uid"_s, c.id},
        {u"Email"_s, c.email},
        {u"FirstName"_s, space < 0 ? c.name : c.name.left(space)},
        {u"LastName"_s, space < 0 ? QString() : c.name.mid(space + 1)},
        {u"PhoneMobile"_s, c.phone},
        {u"Created"_s, TimeFormat::iso(c.createdMs)},
        {u"Updated"_s, TimeFormat::iso(c.updatedMs)},
        {u"Account"_s, c.accountId.isEmpty() ? QJsonValue()
                                             : QJsonValue(QJsonObject{{u"Uid"_s, c.accountId},
                                                                      {u"Name"_s, c.accountName}})},
    };
}

QJsonObject OutsetaApi::selectFields(const QJsonObject& item, const QString& fields)
{
    if (fields.trimmed().isEmpty())
        return item;
    QJsonObject selected;
    for (const QString& raw : fields.split(u',', Qt::SkipEmptyParts)) {
        const QString field = raw.trimmed();
        const QString top = field.section(u'.', 0, 0);
        if (top == "*"_L1) {
            for (auto it = item.begin(); it != item.end(); ++it) {
                if (!it.value().isObject())
                    selected.insert(it.key(), it.value());
            }
        } else if (item.contains(top)) {
            selected.insert(top, item.value(top));
        }
    }
    return selected;
}

ApiResponse OutsetaApi::issueToken(const ApiRequest& request)
{
    const auto body = request.jsonObject();
    if (!body)
        return failure(400, u"validation"_s, u"The body is not a JSON object."_s);
    const QString username = body->value("username"_L1).toString().trimmed();
    const QString password = body->value("password"_L1).toString();
    if (username.isEmpty() || password.isEmpty())
        return failure(400, u"validation"_s, u"username and password are required"_s);
    const bool isEmail = username.contains(u'@');
    const auto user =
        m_ctx.store.userByLogin(isEmail ? QString() : username, isEmail ? username : QString());
    if (!user || user->password != password)
        return failure(401, u"unauthorized"_s, u"Invalid username or password."_s);
    ++m_ctx.stats.logins;
    const qint64 ttl = m_ctx.options.tokenTtlSeconds;
    return ApiResponse::json(
        200, QJsonObject{
                 {u"access_token"_s, m_ctx.tokens.issue(TokenIssuer::Kind::Outseta, user->id, ttl)},
                 {u"expires_in"_s, ttl},
                 {u"token_type"_s, u"bearer"_s}});
}

ApiResponse OutsetaApi::listPeople(const ApiRequest& request)
{
    qint64 offset = 0;
    qint64 limit = 100;
    if (auto bad = paging(request, &offset, &limit))
        return *bad;
    const auto rows =
        m_ctx.store.customers(m_ctx.vendorOrganisation, CustomerFilter{}, offset, limit);
    const QString fields = request.queryValue(u"fields"_s);
    QJsonArray items;
    for (const CustomerRecord& c : rows.rows)
        items.append(selectFields(personJson(c), fields));
    return ApiResponse::json(200, page(items, offset, limit, rows.total));
}

ApiResponse OutsetaApi::createPerson(const ApiRequest& request)
{
    const auto body = request.jsonObject();
    if (!body)
        return failure(400, u"validation"_s, u"The body is not a JSON object."_s);
    const qint64 org = m_ctx.vendorOrganisation;
    const QString first = body->value("FirstName"_L1).toString().trimmed();
    const QString last = body->value("LastName"_L1).toString().trimmed();
    QJsonObject mapped{{u"email"_s, body->value("Email"_L1)},
                       {u"name"_s, (first + u' ' + last).trimmed()},
                       {u"phone"_s, body->value("PhoneMobile"_L1).toString()}};
    if (!body->contains("Email"_L1))
        mapped.remove(u"email"_s);
    CustomerRecord c;
    c.organisation = org;
    FieldErrors errors = Validators::customer(mapped, false, m_ctx.store, &c);
    if (!errors.isEmpty()) {
        const auto& e = errors.first();
        const QString field = e.field == "email"_L1 ? u"Email"_s : u"FirstName"_s;
        return failure(400, u"validation"_s, u"%1: %2"_s.arg(field, e.message));
    }
    const QJsonValue account = body->value("Account"_L1);
    if (account.isObject()) {
        const auto found = m_ctx.store.account(org, account.toObject().value("Uid"_L1).toString());
        if (!found)
            return failure(400, u"validation"_s, u"Account: unknown Uid."_s);
        c.accountId = found->id;
        c.accountName = found->name;
    }
    c.createdMs = c.updatedMs = TimeFormat::nowMs();
    c.id = m_ctx.store.insertCustomer(c);
    ++m_ctx.stats.creations;
    return ApiResponse::json(200, personJson(c));
}

ApiResponse OutsetaApi::listAccounts(const ApiRequest& request)
{
    qint64 offset = 0;
    qint64 limit = 100;
    if (auto bad = paging(request, &offset, &limit))
        return *bad;
    const auto rows = m_ctx.store.accounts(m_ctx.vendorOrganisation, offset, limit);
    QJsonArray items;
    for (const AccountRecord& a : rows.rows) {
        items.append(QJsonObject{{u"Uid"_s, a.id},
                                 {u"Name"_s, a.name},
                                 {u"Created"_s, TimeFormat::iso(a.createdMs)},
                                 {u"Updated"_s, TimeFormat::iso(a.updatedMs)}});
    }
    return ApiResponse::json(200, page(items, offset, limit, rows.total));
}

} // namespace balie::sandbox
