// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "RecordTables.h"

#include "ResourceModels.h"
#include "domain/JsonFields.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace balie::cli {

namespace {

Cell text(const QString& value)
{
    return {value, value.isEmpty() ? QJsonValue() : QJsonValue(value)};
}

QString priceTypeName(const QString& type)
{
    if (type == u"hourly"_s)
        return RecordTables::tr("per hour", "price type");
    if (type == u"flat"_s)
        return RecordTables::tr("flat", "price type");
    if (type == u"custom"_s)
        return RecordTables::tr("on request", "price type");
    return type;
}

Cell dateCell(const QDateTime& dateTime)
{
    return {models::Format::dateTime(dateTime), RecordTables::isoUtc(dateTime)};
}

} // namespace

QJsonValue RecordTables::isoUtc(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return QJsonValue::Null;
    return api::JsonFields::isoUtc(dateTime);
}

QString RecordTables::minutes(int minutes)
{
    return tr("%1 min", "a duration in minutes").arg(QLocale().toString(minutes));
}

QString RecordTables::availability(const api::Availability& availability)
{
    const QLocale locale;
    QStringList days;
    for (Qt::DayOfWeek day : availability.days)
        days << locale.dayName(day, QLocale::ShortFormat);
    QStringList parts;
    if (!days.isEmpty())
        parts << days.join(u' ');
    if (availability.start.isValid() && availability.end.isValid()) {
        parts << tr("%1–%2", "opening hours: from, to")
                     .arg(locale.toString(availability.start, QLocale::ShortFormat),
                          locale.toString(availability.end, QLocale::ShortFormat));
    }
    if (!availability.timeZone.isEmpty())
        parts << QString::fromUtf8(availability.timeZone);
    return parts.join(u' ');
}

Table RecordTables::organisations(const QList<api::Organisation>& rows, const QString& activeId)
{
    Table table;
    table.columns = {
        {u"id"_s, tr("ID")},
        {u"name"_s, tr("Name")},
        {u"base_currency"_s, tr("Base currency")},
        {u"currencies"_s, tr("Currencies")},
        {u"image"_s, tr("Image"), false, false},
        {u"active"_s, tr("Active")},
    };
    for (const api::Organisation& o : rows) {
        const bool active = activeId.isEmpty() ? o.isActive : o.id == activeId;
        table.rows.append({
            text(o.id),
            text(o.name),
            text(o.baseCurrency),
            {o.currencies.join(u", "_s), QJsonArray::fromStringList(o.currencies)},
            text(o.image.toString()),
            {active ? tr("yes") : QString(), active},
        });
    }
    return table;
}

Table RecordTables::customers(const QList<api::Customer>& rows)
{
    Table table;
    table.columns = {
        {u"id"_s, tr("ID")},
        {u"name"_s, tr("Name")},
        {u"email"_s, tr("E-mail")},
        {u"phone"_s, tr("Phone")},
        {u"company"_s, tr("Company"), false, false},
        {u"created_at"_s, tr("Created"), false, false},
        {u"updated_at"_s, tr("Updated")},
    };
    for (const api::Customer& c : rows) {
        table.rows.append({text(c.id), text(c.name), text(c.email), text(c.phone), text(c.company),
                           dateCell(c.createdAt), dateCell(c.updatedAt)});
    }
    return table;
}

Table RecordTables::accounts(const QList<api::Account>& rows)
{
    Table table;
    table.columns = {
        {u"id"_s, tr("ID")},
        {u"name"_s, tr("Name")},
        {u"created_at"_s, tr("Created")},
        {u"updated_at"_s, tr("Updated")},
    };
    for (const api::Account& a : rows)
        table.rows.append({text(a.id), text(a.name), dateCell(a.createdAt), dateCell(a.updatedAt)});
    return table;
}

Table RecordTables::services(const QList<api::Service>& rows)
{
    Table table;
    table.columns = {
        {u"id"_s, tr("ID")},
        {u"name"_s, tr("Name")},
        {u"description"_s, tr("Description"), false, false},
        {u"duration_minutes"_s, tr("Duration"), true},
        {u"price"_s, tr("Price"), true},
        {u"currency"_s, tr("Currency"), false, false},
        {u"price_type"_s, tr("Price type")},
        {u"days"_s, tr("Days"), false, false},
        {u"hours_start"_s, tr("Opens"), false, false},
        {u"hours_end"_s, tr("Closes"), false, false},
        {u"timezone"_s, tr("Time zone"), false, false},
        {u"availability"_s, tr("Availability"), false, true, false},
    };
    for (const api::Service& s : rows) {
        QJsonArray days;
        for (Qt::DayOfWeek day : s.availability.days)
            days.append(QLocale::c().dayName(day).toLower());
        const QString zone = QString::fromUtf8(s.availability.timeZone);
        const QString start =
            s.availability.start.isValid() ? s.availability.start.toString(u"HH:mm"_s) : QString();
        const QString end =
            s.availability.end.isValid() ? s.availability.end.toString(u"HH:mm"_s) : QString();
        table.rows.append({
            text(s.id),
            text(s.name),
            text(s.description),
            {minutes(s.durationMinutes), s.durationMinutes},
            {models::Format::money(s.price), s.price.amount()},
            text(s.price.currency),
            {priceTypeName(s.priceType), s.priceType.isEmpty() ? QJsonValue() : s.priceType},
            {QString(), days},
            text(start),
            text(end),
            text(zone),
            {availability(s.availability), QJsonValue()},
        });
    }
    return table;
}

Table RecordTables::bookings(const QList<api::Booking>& rows)
{
    Table table;
    table.columns = {
        {u"id"_s, tr("ID")},
        {u"scheduled_at"_s, tr("When")},
        {u"duration_minutes"_s, tr("Duration"), true},
        {u"status"_s, tr("Status")},
        {u"service_id"_s, tr("Service ID"), false, false},
        {u"service_name"_s, tr("Service")},
        {u"customer_id"_s, tr("Customer ID"), false, false},
        {u"customer_name"_s, tr("Customer")},
        {u"customer_email"_s, tr("Customer e-mail"), false, false},
        {u"note"_s, tr("Note")},
        {u"created_at"_s, tr("Created"), false, false},
        {u"updated_at"_s, tr("Updated"), false, false},
    };
    for (const api::Booking& b : rows) {
        table.rows.append({
            text(b.id),
            dateCell(b.scheduledAt),
            {minutes(b.durationMinutes), b.durationMinutes},
            {api::BookingStatuses::displayName(b.status), api::BookingStatuses::toString(b.status)},
            text(b.serviceId),
            {b.serviceName.isEmpty() ? b.serviceId : b.serviceName,
             b.serviceName.isEmpty() ? QJsonValue() : QJsonValue(b.serviceName)},
            text(b.customerId),
            {b.customerName.isEmpty() ? b.customerId : b.customerName,
             b.customerName.isEmpty() ? QJsonValue() : QJsonValue(b.customerName)},
            text(b.customerEmail),
            text(b.note),
            dateCell(b.createdAt),
            dateCell(b.updatedAt),
        });
    }
    return table;
}

Table RecordTables::products(const QList<api::Product>& rows)
{
    Table table;
    table.columns = {
        {u"id"_s, tr("ID")},           {u"name"_s, tr("Name")},
        {u"ean_upc"_s, tr("EAN/UPC")}, {u"stock_onhand"_s, tr("Stock"), true},
        {u"created"_s, tr("Created")},
    };
    for (const api::Product& p : rows) {
        const Cell stock = p.stockOnHand ? Cell{QLocale().toString(*p.stockOnHand),
                                                QJsonValue(double(*p.stockOnHand))}
                                         : Cell{tr("unknown", "stock"), QJsonValue()};
        table.rows.append({text(p.id), text(p.name), text(p.eanUpc), stock, dateCell(p.created)});
    }
    return table;
}

} // namespace balie::cli
