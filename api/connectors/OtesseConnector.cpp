// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "OtesseConnector.h"

#include "ObjectParser.h"
#include "domain/DomainJson.h"
#include "domain/JsonFields.h"

using namespace Qt::StringLiterals;

namespace balie::api {

OtesseConnector::OtesseConnector(const ConnectionSettings& settings, QNetworkAccessManager* nam,
                                 BudgetBook* budgets, QObject* parent)
    : Connector(settings, nam, budgets, parent)
{}

ApiRequest OtesseConnector::prepared(ApiRequest request)
{
    // Otesse's guide names these codes retryable.
    request.retry.retryableCodes = {u"rate_limit_exceeded"_s, u"server_error"_s};
    return request;
}

ApiJob* OtesseConnector::testConnection()
{
    QUrlQuery query;
    query.addQueryItem(u"per_page"_s, u"1"_s);
    return m_client->send(prepared(ApiRequest::get(u"/customers"_s, query)));
}

CustomerListJob* OtesseConnector::customers(const QString& organisationId,
                                            const CustomerQuery& query)
{
    QUrlQuery q;
    if (query.updatedAfter.isValid())
        q.addQueryItem(u"updated_after"_s, JsonFields::isoUtc(query.updatedAfter));
    ApiRequest request = ApiRequest::get(u"/customers"_s, q);
    request.organisationId = organisationId;
    return m_client->list<Customer>(prepared(request), Paginator::pagePerPage(perPage()),
                                    &DomainJson::customer);
}

ValueJob<Customer>* OtesseConnector::createCustomer(const QString& organisationId,
                                                    const CustomerDraft& draft,
                                                    const QByteArray& idempotencyKey)
{
    ApiRequest request =
        ApiRequest::post(u"/customers"_s, QJsonDocument(DomainJson::toJson(draft)));
    request.organisationId = organisationId;
    request.idempotencyKey = idempotencyKey;
    request.serverHonoursIdempotencyKey = true;
    return m_client->send<Customer>(prepared(request), objectParser(&DomainJson::customer));
}

BookingListJob* OtesseConnector::bookings(const QString& organisationId, const BookingQuery&)
{
    ApiRequest request = ApiRequest::get(u"/bookings"_s);
    request.organisationId = organisationId;
    return m_client->list<Booking>(prepared(request), Paginator::pagePerPage(perPage()),
                                   &DomainJson::booking);
}

ValueJob<Booking>* OtesseConnector::createBooking(const QString& organisationId,
                                                  const BookingDraft& draft,
                                                  const QByteArray& idempotencyKey)
{
    ApiRequest request = ApiRequest::post(u"/bookings"_s, QJsonDocument(DomainJson::toJson(draft)));
    request.organisationId = organisationId;
    request.idempotencyKey = idempotencyKey;
    request.serverHonoursIdempotencyKey = true;
    return m_client->send<Booking>(prepared(request), objectParser(&DomainJson::booking));
}

} // namespace balie::api
