// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "BalieConnector.h"

#include "ObjectParser.h"
#include "domain/DomainJson.h"
#include "domain/JsonFields.h"

using namespace Qt::StringLiterals;

namespace balie::api {

BalieConnector::BalieConnector(const ConnectionSettings& settings, QNetworkAccessManager* nam,
                               BudgetBook* budgets, QObject* parent)
    : Connector(settings, nam, budgets, parent)
{}

int BalieConnector::pageSize() const
{
    if (m_settings.pageSize > 0)
        return m_settings.pageSize;
    // OAS documents no page size parameter; the platform takes up to 500.
    return m_settings.flavour == Flavour::Balie ? 500 : 0;
}

QString BalieConnector::orgPath(const QString& organisationId, const QString& rest) const
{
    return u"/api/organisations/"_s + QString::fromLatin1(QUrl::toPercentEncoding(organisationId)) +
           u'/' + rest;
}

ApiRequest BalieConnector::orgGet(const QString& organisationId, const QString& rest,
                                  const QUrlQuery& query) const
{
    ApiRequest request = ApiRequest::get(orgPath(organisationId, rest), query);
    request.organisationId = organisationId;
    return request;
}

ApiRequest BalieConnector::orgCreate(const QString& organisationId, const QString& rest,
                                     const QJsonObject& body,
                                     const QByteArray& idempotencyKey) const
{
    ApiRequest request = ApiRequest::post(orgPath(organisationId, rest), QJsonDocument(body));
    request.organisationId = organisationId;
    request.idempotencyKey = idempotencyKey;
    request.serverHonoursIdempotencyKey = true; // the platform replays a repeated key
    return request;
}

ApiJob* BalieConnector::testConnection()
{
    ApiRequest request = ApiRequest::get(u"/helloworld"_s);
    request.accept = "text/plain, application/json";
    return m_client->send(request);
}

OrganisationListJob* BalieConnector::organisations()
{
    return m_client->list<Organisation>(ApiRequest::get(u"/api/organisations/"_s),
                                        Paginator::drf(pageSize()), &DomainJson::organisation);
}

ValueJob<Organisation>* BalieConnector::createOrganisation(const OrganisationDraft& draft,
                                                           const QByteArray& idempotencyKey)
{
    ApiRequest request =
        ApiRequest::post(u"/api/organisations/"_s, QJsonDocument(DomainJson::toJson(draft)));
    request.idempotencyKey = idempotencyKey;
    request.serverHonoursIdempotencyKey = true;
    return m_client->send<Organisation>(request, objectParser(&DomainJson::organisation));
}

ApiJob* BalieConnector::activateOrganisation(const QString& organisationId)
{
    ApiRequest request = ApiRequest::post(orgPath(organisationId, u"make_active/"_s));
    request.organisationId = organisationId;
    return m_client->send(request);
}

CustomerListJob* BalieConnector::customers(const QString& organisationId,
                                           const CustomerQuery& query)
{
    if (m_settings.flavour != Flavour::Balie)
        return Connector::customers(organisationId, query);
    QUrlQuery q;
    if (query.updatedAfter.isValid())
        q.addQueryItem(u"updated_after"_s, JsonFields::isoUtc(query.updatedAfter));
    if (!query.search.isEmpty())
        q.addQueryItem(u"search"_s, query.search);
    return m_client->list<Customer>(orgGet(organisationId, u"customers/"_s, q),
                                    Paginator::drf(pageSize()), &DomainJson::customer);
}

ValueJob<Customer>* BalieConnector::createCustomer(const QString& organisationId,
                                                   const CustomerDraft& draft,
                                                   const QByteArray& idempotencyKey)
{
    if (m_settings.flavour != Flavour::Balie)
        return Connector::createCustomer(organisationId, draft, idempotencyKey);
    const ApiRequest request =
        orgCreate(organisationId, u"customers/"_s, DomainJson::toJson(draft), idempotencyKey);
    return m_client->send<Customer>(request, objectParser(&DomainJson::customer));
}

ValueJob<Customer>* BalieConnector::updateCustomer(const QString& organisationId,
                                                   const QString& customerId,
                                                   const CustomerDraft& draft)
{
    if (m_settings.flavour != Flavour::Balie)
        return Connector::updateCustomer(organisationId, customerId, draft);
    QJsonObject body = DomainJson::toJson(draft);
    body.insert(u"phone"_s, draft.phone); // an emptied phone is sent, so that it is cleared
    ApiRequest request = ApiRequest::patch(
        orgPath(organisationId,
                u"customers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(customerId)) + u'/'),
        QJsonDocument(body));
    request.organisationId = organisationId;
    return m_client->send<Customer>(request, objectParser(&DomainJson::customer));
}

ServiceListJob* BalieConnector::services(const QString& organisationId)
{
    if (m_settings.flavour != Flavour::Balie)
        return Connector::services(organisationId);
    return m_client->list<Service>(orgGet(organisationId, u"services/"_s),
                                   Paginator::drf(pageSize()), &DomainJson::service);
}

BookingListJob* BalieConnector::bookings(const QString& organisationId, const BookingQuery& query)
{
    if (m_settings.flavour != Flavour::Balie)
        return Connector::bookings(organisationId, query);
    QUrlQuery q;
    if (query.from.isValid())
        q.addQueryItem(u"from"_s, JsonFields::isoUtc(query.from));
    if (query.to.isValid())
        q.addQueryItem(u"to"_s, JsonFields::isoUtc(query.to));
    if (query.status)
        q.addQueryItem(u"status"_s, BookingStatuses::toString(*query.status));
    if (!query.customerId.isEmpty())
        q.addQueryItem(u"customer"_s, query.customerId);
    return m_client->list<Booking>(orgGet(organisationId, u"bookings/"_s, q),
                                   Paginator::drf(pageSize()), &DomainJson::booking);
}

ValueJob<Booking>* BalieConnector::createBooking(const QString& organisationId,
                                                 const BookingDraft& draft,
                                                 const QByteArray& idempotencyKey)
{
    if (m_settings.flavour != Flavour::Balie)
        return Connector::createBooking(organisationId, draft, idempotencyKey);
    const ApiRequest request =
        orgCreate(organisationId, u"bookings/"_s, DomainJson::toJson(draft), idempotencyKey);
    return m_client->send<Booking>(request, objectParser(&DomainJson::booking));
}

ValueJob<Booking>* BalieConnector::bookingAction(const QString& organisationId,
                                                 const QString& bookingId, BookingAction action,
                                                 const QDateTime& newTime, int newDurationMinutes)
{
    if (m_settings.flavour != Flavour::Balie)
        return Connector::bookingAction(organisationId, bookingId, action, newTime,
                                        newDurationMinutes);
    QJsonObject body;
    if (action == BookingAction::Reschedule) {
        body.insert(u"scheduled_at"_s, JsonFields::isoUtc(newTime));
        if (newDurationMinutes > 0)
            body.insert(u"duration"_s, newDurationMinutes);
    }
    ApiRequest request = ApiRequest::post(
        orgPath(organisationId, u"bookings/"_s +
                                    QString::fromLatin1(QUrl::toPercentEncoding(bookingId)) + u'/' +
                                    BookingStatuses::actionToString(action) + u'/'),
        QJsonDocument(body));
    request.organisationId = organisationId;
    return m_client->send<Booking>(request, objectParser(&DomainJson::booking));
}

ProductListJob* BalieConnector::products(const QString& organisationId)
{
    if (m_settings.flavour != Flavour::Balie)
        return Connector::products(organisationId);
    return m_client->list<Product>(orgGet(organisationId, u"products/"_s),
                                   Paginator::drf(pageSize()), &DomainJson::product);
}

ValueJob<Product>* BalieConnector::createProduct(const QString& organisationId,
                                                 const ProductDraft& draft,
                                                 const QByteArray& idempotencyKey)
{
    if (m_settings.flavour != Flavour::Balie)
        return Connector::createProduct(organisationId, draft, idempotencyKey);
    const ApiRequest request =
        orgCreate(organisationId, u"products/"_s, DomainJson::toJson(draft), idempotencyKey);
    return m_client->send<Product>(request, objectParser(&DomainJson::product));
}

ValueJob<Product>* BalieConnector::updateProduct(const QString& organisationId,
                                                 const QString& productId,
                                                 const ProductDraft& draft)
{
    if (m_settings.flavour != Flavour::Balie)
        return Connector::updateProduct(organisationId, productId, draft);
    ApiRequest request = ApiRequest::patch(
        orgPath(organisationId,
                u"products/"_s + QString::fromLatin1(QUrl::toPercentEncoding(productId)) + u'/'),
        QJsonDocument(DomainJson::toJson(draft)));
    request.organisationId = organisationId;
    return m_client->send<Product>(request, objectParser(&DomainJson::product));
}

} // namespace balie::api
