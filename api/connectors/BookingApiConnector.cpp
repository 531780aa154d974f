// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "BookingApiConnector.h"

#include "ObjectParser.h"
#include "domain/DomainJson.h"
#include "domain/JsonFields.h"
#include "net/BudgetBook.h"
#include "net/RateBudget.h"

using namespace Qt::StringLiterals;

namespace balie::api {

BookingApiConnector::BookingApiConnector(const ConnectionSettings& settings,
                                         QNetworkAccessManager* nam, BudgetBook* budgets,
                                         QObject* parent)
    : Connector(settings, nam, budgets, parent)
{}

void BookingApiConnector::bindBudgets(const Credentials&)
{
    // Per key. A creation is never queued silently: the person at the desk is told when the
    // next one can go.
    m_creations = sharedBudget(u"booking-creations"_s, true, 1'000, 0);
}

ApiJob* BookingApiConnector::testConnection()
{
    return m_client->send(ApiRequest::get(u"/services"_s));
}

ServiceListJob* BookingApiConnector::services(const QString& organisationId)
{
    ApiRequest request = ApiRequest::get(u"/services"_s);
    request.organisationId = organisationId;
    return m_client->list<Service>(request, Paginator::plainArray(), &DomainJson::service);
}

BookingListJob* BookingApiConnector::bookings(const QString& organisationId,
                                              const BookingQuery& query)
{
    QUrlQuery q;
    if (query.from.isValid())
        q.addQueryItem(u"from"_s, JsonFields::isoUtc(query.from));
    if (query.to.isValid())
        q.addQueryItem(u"to"_s, JsonFields::isoUtc(query.to));
    if (query.status)
        q.addQueryItem(u"status"_s, BookingStatuses::toString(*query.status));
    ApiRequest request = ApiRequest::get(u"/bookings"_s, q);
    request.organisationId = organisationId;
    return m_client->list<Booking>(request, Paginator::plainArray(), &DomainJson::booking);
}

ValueJob<Booking>* BookingApiConnector::createBooking(const QString& organisationId,
                                                      const BookingDraft& draft,
                                                      const QByteArray& idempotencyKey)
{
    ApiRequest request = ApiRequest::post(u"/bookings"_s, QJsonDocument(DomainJson::toJson(draft)));
    request.organisationId = organisationId;
    request.idempotencyKey = idempotencyKey;
    if (m_creations)
        request.budgets.append(m_creations);
    return m_client->send<Booking>(request, objectParser(&DomainJson::booking));
}

ValueJob<Booking>* BookingApiConnector::bookingAction(const QString& organisationId,
                                                      const QString& bookingId,
                                                      BookingAction action,
                                                      const QDateTime& newTime,
                                                      int newDurationMinutes)
{
    QJsonObject body;
    if (action == BookingAction::Reschedule) {
        body.insert(u"scheduled_at"_s, JsonFields::isoUtc(newTime));
        // Beyond the guide (which moves a booking's time only): sent where asked for.
        if (newDurationMinutes > 0)
            body.insert(u"duration"_s, newDurationMinutes);
    }
    ApiRequest request =
        ApiRequest::post(u"/bookings/"_s + QString::fromLatin1(QUrl::toPercentEncoding(bookingId)) +
                             u'/' + BookingStatuses::actionToString(action),
                         QJsonDocument(body));
    request.organisationId = organisationId;
    return m_client->send<Booking>(request, objectParser(&DomainJson::booking));
}

} // namespace balie::api
