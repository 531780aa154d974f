// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "OutsetaConnector.h"

#include "ObjectParser.h"
#include "domain/DomainJson.h"
#include "net/BudgetBook.h"
#include "net/RateBudget.h"

using namespace Qt::StringLiterals;

namespace balie::api {

OutsetaConnector::OutsetaConnector(const ConnectionSettings& settings, QNetworkAccessManager* nam,
                                   BudgetBook* budgets, QObject* parent)
    : Connector(settings, nam, budgets, parent)
{}

void OutsetaConnector::bindBudgets(const Credentials&)
{
    // 4 requests a second per key, whichever connection or process spends them.
    m_budget = sharedBudget(u"outseta"_s, true, 50, 60'000);
}

ApiRequest OutsetaConnector::withBudget(ApiRequest request) const
{
    if (m_budget)
        request.budgets.append(m_budget);
    return request;
}

ApiJob* OutsetaConnector::testConnection()
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"1"_s);
    return m_client->send(withBudget(ApiRequest::get(u"/crm/people"_s, query)));
}

template <class T>
ResourceListJob<T>* OutsetaConnector::list(const QString& path, const QString& organisationId,
                                           typename ResourceListJob<T>::Parser parser)
{
    ApiRequest request = withBudget(ApiRequest::get(path));
    request.organisationId = organisationId;
    const int limit = m_settings.pageSize > 0 ? qMin(m_settings.pageSize, 100) : 100;
    return m_client->list<T>(request, Paginator::offsetLimit(limit, m_settings.offsetCountsPages),
                             std::move(parser));
}

AccountListJob* OutsetaConnector::accounts(const QString& organisationId)
{
    return list<Account>(u"/crm/accounts"_s, organisationId, &DomainJson::outsetaAccount);
}

CustomerListJob* OutsetaConnector::customers(const QString& organisationId, const CustomerQuery&)
{
    return list<Customer>(u"/crm/people"_s, organisationId, &DomainJson::outsetaPerson);
}

ValueJob<Customer>* OutsetaConnector::createCustomer(const QString& organisationId,
                                                     const CustomerDraft& draft,
                                                     const QByteArray& idempotencyKey)
{
    ApiRequest request = withBudget(
        ApiRequest::post(u"/crm/people"_s, QJsonDocument(DomainJson::toOutsetaPerson(draft))));
    request.organisationId = organisationId;
    request.idempotencyKey = idempotencyKey;
    return m_client->send<Customer>(request, objectParser(&DomainJson::outsetaPerson));
}

} // namespace balie::api
