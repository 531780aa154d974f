// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Serializers.h"

#include "TimeFormat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace balie::sandbox {

namespace {
const QStringList dayNames = {u"monday"_s, u"tuesday"_s,  u"wednesday"_s, u"thursday"_s,
                              u"friday"_s, u"saturday"_s, u"sunday"_s};

QString hhmm(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

QString Serializers::dayName(int day)
{
    return day >= 1 && day <= 7 ? dayNames.at(day - 1) : QString();
}

QJsonObject Serializers::organisation(const OrganisationRecord& org, const UserRecord& owner,
                                      bool isActive)
{
    return QJsonObject{
        {u"id"_s, org.id},
        {u"owner"_s, QJsonObject{{u"id"_s, owner.id},
                                 {u"username"_s, owner.username},
                                 {u"email"_s, owner.email}}},
        {u"name"_s, org.name},
        {u"base_currency"_s, org.baseCurrency},
        {u"currencies"_s, QJsonArray::fromStringList(org.currencies)},
        {u"image"_s, org.image},
        {u"is_active"_s, isActive},
    };
}

QJsonObject Serializers::customer(const CustomerRecord& c, bool withOrganisation)
{
    QJsonObject o{{u"id"_s, c.id},
                  {u"name"_s, c.name},
                  {u"email"_s, c.email},
                  {u"phone"_s, c.phone},
                  {u"created_at"_s, TimeFormat::iso(c.createdMs)},
                  {u"updated_at"_s, TimeFormat::iso(c.updatedMs)}};
    if (withOrganisation)
        o[u"organisation"_s] = c.organisation;
    return o;
}

QJsonObject Serializers::service(const ServiceRecord& s, bool withOrganisation)
{
    QJsonArray days;
    for (int day : s.days)
        days.append(dayName(day));
    QJsonObject o{
        {u"id"_s, s.id},
        {u"name"_s, s.name},
        {u"description"_s, s.description},
        {u"duration"_s, s.duration},
        {u"price"_s, QJsonObject{{u"amount"_s, s.priceAmount},
                                 {u"currency"_s, s.priceCurrency},
                                 {u"type"_s, s.priceType}}},
        {u"availability"_s, QJsonObject{{u"days"_s, days},
                                        {u"hours"_s, QJsonObject{{u"start"_s, hhmm(s.startMinute)},
                                                                 {u"end"_s, hhmm(s.endMinute)}}},
                                        {u"timezone"_s, s.timezone}}},
    };
    if (withOrganisation)
        o[u"organisation"_s] = s.organisation;
    return o;
}

QJsonObject Serializers::booking(const BookingRecord& b, bool withOrganisation)
{
    QJsonObject o{{u"id"_s, b.id},
                  {u"service"_s, b.service},
                  {u"customer"_s, b.customer},
                  {u"customer_name"_s, b.customerName},
                  {u"service_name"_s, b.serviceName},
                  {u"scheduled_at"_s, TimeFormat::iso(b.startMs)},
                  {u"duration"_s, b.duration},
                  {u"status"_s, b.status},
                  {u"note"_s, b.note},
                  {u"created_at"_s, TimeFormat::iso(b.createdMs)},
                  {u"updated_at"_s, TimeFormat::iso(b.updatedMs)}};
    if (withOrganisation)
        o[u"organisation"_s] = b.organisation;
    return o;
}

QJsonObject Serializers::product(const ProductRecord& p, bool withOrganisation)
{
    QJsonObject o{{u"id"_s, p.id},
                  {u"name"_s, p.name},
                  {u"ean_upc"_s, p.eanUpc},
                  {u"stock_onhand"_s, p.stockOnHand ? QJsonValue(*p.stockOnHand) : QJsonValue()},
                  {u"created"_s, TimeFormat::iso(p.createdMs)}};
    if (withOrganisation)
        o[u"organisation"_s] = p.organisation;
    return o;
}

} // namespace balie::sandbox
