// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "TelestoConnector.h"

#include "ObjectParser.h"
#include "domain/DomainJson.h"
#include "net/BudgetBook.h"
#include "net/RateBudget.h"

using namespace Qt::StringLiterals;

namespace balie::api {

TelestoConnector::TelestoConnector(const ConnectionSettings& settings, QNetworkAccessManager* nam,
                                   BudgetBook* budgets, QObject* parent)
    : Connector(settings, nam, budgets, parent)
{}

void TelestoConnector::bindBudgets(const Credentials&)
{
    // Telesto counts per IP address, so per server whatever the key. The window has a margin so
    // that clock differences never let the 101st request in; a 429 is a 15-minute block.
    m_budget = sharedBudget(u"telesto"_s, false, 10'000, 5'000);
    if (m_budget)
        m_budget->setBlockOnRefusal(BlockMs);
}

ApiRequest TelestoConnector::withBudget(ApiRequest request) const
{
    if (m_budget)
        request.budgets.append(m_budget);
    // A retry spends the budget too; Telesto asks clients to retry 429s only, so keep it to one.
    request.retry.maxAttempts = 2;
    return request;
}

ApiJob* TelestoConnector::testConnection()
{
    return m_client->send(withBudget(ApiRequest::get(u"/products"_s)));
}

ProductListJob* TelestoConnector::products(const QString& organisationId)
{
    ApiRequest request = withBudget(ApiRequest::get(u"/products"_s));
    request.organisationId = organisationId;
    return m_client->list<Product>(request, Paginator::plainArray(), &DomainJson::product);
}

ValueJob<Product>* TelestoConnector::createProduct(const QString& organisationId,
                                                   const ProductDraft& draft,
                                                   const QByteArray& idempotencyKey)
{
    QJsonObject body = DomainJson::toJson(draft);
    // Telesto sends and takes every value as a string.
    body.insert(u"stock_onhand"_s,
                draft.stockOnHand ? QString::number(*draft.stockOnHand) : QString());
    ApiRequest request = withBudget(ApiRequest::post(u"/products"_s, QJsonDocument(body)));
    request.organisationId = organisationId;
    request.idempotencyKey = idempotencyKey;
    return m_client->send<Product>(request, objectParser(&DomainJson::product));
}

ValueJob<Product>* TelestoConnector::updateProduct(const QString& organisationId,
                                                   const QString& productId,
                                                   const ProductDraft& draft)
{
    QJsonObject body = DomainJson::toJson(draft);
    body.insert(u"stock_onhand"_s,
                draft.stockOnHand ? QString::number(*draft.stockOnHand) : QString());
    ApiRequest request = withBudget(
        ApiRequest::patch(u"/products/"_s + QString::fromLatin1(QUrl::toPercentEncoding(productId)),
                          QJsonDocument(body)));
    request.organisationId = organisationId;
    return m_client->send<Product>(request, objectParser(&DomainJson::product));
}

} // namespace balie::api
