// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "TelestoApi.h"

#include "FieldErrors.h"
#include "Store.h"
#include "TimeFormat.h"
#include "Validators.h"

using namespace Qt::StringLiterals;

namespace balie::sandbox {

TelestoApi::TelestoApi(SandboxContext& context)
    : Dialect(context)
{
    m_limiter.configure(m_ctx.options.telestoLimit,
                        qint64(m_ctx.options.telestoWindowSeconds) * 1000,
                        qint64(m_ctx.options.telestoBlockSeconds) * 1000);
    guarded(u"GET"_s, u"/products"_s, [this](const ApiRequest& r) { return listProducts(r); });
    guarded(u"POST"_s, u"/products"_s, [this](const ApiRequest& r) { return createProduct(r); });
    guarded(u"GET"_s, u"/products/{id}"_s, [this](const ApiRequest& r) { return getProduct(r); });
    guarded(u"PATCH"_s, u"/products/{id}"_s,
            [this](const ApiRequest& r) { return patchProduct(r); });
}

QString TelestoApi::prefix() const
{
    return u"/telesto/v2"_s;
}

ApiResponse TelestoApi::error(int status, const QString& message) const
{
    QString type;
    switch (status) {
    case 400:
        type = u"BAD_REQUEST"_s;
        break;
    case 401:
        type = u"UNAUTHORIZED"_s;
        break;
    case 403:
        type = u"FORBIDDEN"_s;
        break;
    case 404:
        type = u"NOT_FOUND"_s;
        break;
    case 405:
        type = u"METHOD_NOT_ALLOWED"_s;
        break;
    case 429:
        type = u"TOO_MANY_REQUESTS"_s;
        break;
    default:
        type = status >= 500 ? u"SERVER_ERROR"_s : u"BAD_REQUEST"_s;
        break;
    }
    return ApiResponse::json(
        status,
        QJsonObject{{u"statusCode"_s, status},
                    {u"error"_s, QJsonObject{{u"type"_s, type}, {u"description"_s, message}}}});
}

std::optional<ApiResponse> TelestoApi::admit(const ApiRequest& request)
{
    const RateLimiter::Decision decision =
        m_limiter.hit(request.remoteAddress.toString(), TimeFormat::nowMs());
    if (decision.allowed)
        return std::nullopt;
    ++m_ctx.stats.rateLimited;
    if (decision.blockStarted)
        ++m_ctx.stats.telestoBlocks;
    return error(429, u"Rate limit overschreden: uw IP-adres is %1 seconden geblokkeerd"_s.arg(
                          decision.retryAfterSeconds))
        .withRetryAfter(decision.retryAfterSeconds);
}

void TelestoApi::guarded(const QString& method, const QString& pattern, Handler handler)
{
    m_router.add(method, pattern, [this, handler](const ApiRequest& request) {
        const QString key = request.header("authorization").trimmed();
        if (key.isEmpty())
            return error(401, u"Missing API key"_s);
        if (key != m_ctx.credentials.telestoKey)
            return error(401, u"Invalid API key"_s);
        return handler(request);
    });
}

QJsonObject TelestoApi::productJson(const ProductRecord& p)
{
    return QJsonObject{
        {u"id"_s, p.id},
        {u"name"_s, p.name},
        {u"ean_upc"_s, p.eanUpc},
        {u"stock_onhand"_s, p.stockOnHand ? QString::number(*p.stockOnHand) : QString()},
        {u"created"_s, TimeFormat::telesto(p.createdMs)},
    };
}

ApiResponse TelestoApi::listProducts(const ApiRequest&)
{
    QJsonArray result;
    const qint64 chunk = 1000;
    for (qint64 offset = 0;; offset += chunk) {
        const auto rows = m_ctx.store.products(m_ctx.vendorOrganisation, offset, chunk);
        for (const ProductRecord& p : rows.rows)
            result.append(productJson(p));
        if (offset + chunk >= rows.total)
            break;
    }
    return ApiResponse::json(200, result);
}

ApiResponse TelestoApi::getProduct(const ApiRequest& request)
{
    const auto p = m_ctx.store.product(m_ctx.vendorOrganisation, request.params.value(u"id"_s));
    if (!p)
        return error(404, u"Product niet gevonden"_s);
    return ApiResponse::json(200, productJson(*p));
}

ApiResponse TelestoApi::createProduct(const ApiRequest& request)
{
    const auto body = request.jsonObject();
    if (!body)
        return error(400, u"Ongeldige JSON"_s);
    ProductRecord p;
    p.organisation = m_ctx.vendorOrganisation;
    const FieldErrors errors = Validators::product(*body, false, true, &p);
    if (!errors.isEmpty())
        return error(400, u"%1: %2"_s.arg(errors.first().field, errors.first().message));
    p.createdMs = TimeFormat::nowMs();
    p.id = m_ctx.store.insertProduct(p);
    ++m_ctx.stats.creations;
    return ApiResponse::json(201, productJson(p));
}

ApiResponse TelestoApi::patchProduct(const ApiRequest& request)
{
    auto p = m_ctx.store.product(m_ctx.vendorOrganisation, request.params.value(u"id"_s));
    if (!p)
        return error(404, u"Product niet gevonden"_s);
    const auto body = request.jsonObject();
    if (!body)
        return error(400, u"Ongeldige JSON"_s);
    const FieldErrors errors = Validators::product(*body, true, true, &*p);
    if (!errors.isEmpty())
        return error(400, u"%1: %2"_s.arg(errors.first().field, errors.first().message));
    m_ctx.store.updateProduct(*p);
    return ApiResponse::json(200, productJson(*p));
}

} // namespace balie::sandbox
