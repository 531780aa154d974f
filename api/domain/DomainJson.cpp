// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "DomainJson.h"

#include "JsonFields.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <cmath>
#include <string>

using namespace Qt::StringLiterals;

namespace balie::api::DomainJson {

namespace {

// Sets `error` for a field that is present but unreadable.
bool fail(QString* error, const QString& id, std::string_view field)
{
    if (error)
        *error =
            QCoreApplication::translate("balie::api::DomainJson", "row %1: \"%2\" is not readable")
                .arg(id, QString::fromUtf8(field.data(), qsizetype(field.size())));
    return false;
}

QString organisationIdOf(const JsonValue& v)
{
    // Every row of a page names the same organisation: the text made for the last row is
    // shared rather than made again.
    thread_local std::string lastText;
    thread_local QString lastId;
    if (v.isString()) {
        const std::string_view text = v.utf8();
        if (text != lastText || lastId.isNull()) {
            lastText.assign(text);
            lastId = QString::fromUtf8(text.data(), qsizetype(text.size()));
        }
        return lastId;
    }
    thread_local qint64 lastNumber = 0;
    thread_local QString lastNumberId;
    if (const auto n = v.toInteger()) {
        if (*n != lastNumber || lastNumberId.isNull()) {
            lastNumber = *n;
            lastNumberId = QString::number(*n);
        }
        return lastNumberId;
    }
    if (const auto n = v.isNumber() ? JsonFields::wholeNumber(v.toDouble()) : std::nullopt)
        return QString::number(*n);
    return v.toString();
}

QString organisationOf(const JsonValue& o)
{
    return organisationIdOf(o["organisation"]);
}

std::optional<Qt::DayOfWeek> dayFromName(const QString& name)
{
    static const QStringList days = {u"monday"_s, u"tuesday"_s,  u"wednesday"_s, u"thursday"_s,
                                     u"friday"_s, u"saturday"_s, u"sunday"_s};
    const qsizetype i = days.indexOf(name.trimmed().toLower());
    if (i < 0)
        return std::nullopt;
    return Qt::DayOfWeek(i + 1);
}

} // namespace

std::optional<Organisation> organisation(const JsonValue& o, QString* error)
{
    const auto id = JsonFields::id(o, "id", error);
    if (!id)
        return std::nullopt;
    Organisation org;
    org.id = *id;
    org.name = JsonFields::text(o, "name");
    org.baseCurrency = JsonFields::text(o, "base_currency");
    for (const JsonValue c : o["currencies"])
        org.currencies << c.toString();
    const QString image = JsonFields::text(o, "image");
    if (!image.isEmpty())
        org.image = QUrl(image);
    org.ownerName = JsonFields::text(o["owner"], "username");
    org.isActive = o["is_active"].toBool();
    return org;
}

std::optional<Customer> customer(const JsonValue& o, QString* error)
{
    // Every member in one pass: a list page holds hundreds of these rows.
    enum
    {
        Id,
        Organisation,
        Name,
        Email,
        Phone,
        Company,
        Created,
        Updated,
        Count
    };
    static constexpr std::string_view keys[Count] = {
        "id", "organisation", "name", "email", "phone", "company", "created_at", "updated_at"};
    JsonValue f[Count];
    o.pick(keys, f, Count);
    const auto id = JsonFields::idOf(f[Id], "id", error);
    if (!id)
        return std::nullopt;
    Customer c;
    c.id = *id;
    c.organisationId = organisationIdOf(f[Organisation]);
    c.name = JsonFields::textOf(f[Name]);
    c.email = JsonFields::textOf(f[Email]);
    c.phone = JsonFields::textOf(f[Phone]);
    c.company = JsonFields::textOf(f[Company]);
    bool ok = true;
    c.createdAt = JsonFields::dateTimeOf(f[Created], &ok);
    if (!ok && !fail(error, c.id, "created_at"))
        return std::nullopt;
    c.updatedAt = JsonFields::dateTimeOf(f[Updated], &ok);
    if (!ok && !fail(error, c.id, "updated_at"))
        return std::nullopt;
    return c;
}

std::optional<Service> service(const JsonValue& o, QString* error)
{
    const auto id = JsonFields::id(o, "id", error);
    if (!id)
        return std::nullopt;
    Service s;
    s.id = *id;
    s.organisationId = organisationOf(o);
    s.name = JsonFields::text(o, "name");
    s.description = JsonFields::text(o, "description");
    bool ok = true;
    s.durationMinutes = int(JsonFields::integer(o, "duration", &ok).value_or(0));
    if (!ok && !fail(error, s.id, "duration"))
        return std::nullopt;
    const JsonValue price = o["price"];
    const auto amount = JsonFields::number(price, "amount", &ok);
    if (!ok && !fail(error, s.id, "price"))
        return std::nullopt;
    s.price.currency = JsonFields::text(price, "currency");
    // In the currency's minor unit: 150 JPY is 150 yen, 1.5 KWD 1500 fils.
    const auto minor = amount ? Money::minorUnitsOf(*amount, s.price.currency) : 0;
    if (!minor && !fail(error, s.id, "price"))
        return std::nullopt;
    s.price.minorUnits = *minor;
    s.priceType = JsonFields::text(price, "type");
    const JsonValue availability = o["availability"];
    for (const JsonValue d : availability["days"]) {
        if (const auto day = dayFromName(d.toString()))
            s.availability.days << *day;
    }
    const JsonValue hours = availability["hours"];
    s.availability.start = QTime::fromString(JsonFields::text(hours, "start"), u"HH:mm"_s);
    s.availability.end = QTime::fromString(JsonFields::text(hours, "end"), u"HH:mm"_s);
    s.availability.timeZone = JsonFields::text(availability, "timezone").toUtf8();
    return s;
}

std::optional<Booking> booking(const JsonValue& o, QString* error)
{
    const auto id = JsonFields::id(o, "id", error);
    if (!id)
        return std::nullopt;
    Booking b;
    b.id = *id;
    b.organisationId = organisationOf(o);
    const JsonValue serviceValue = o["service"];
    if (serviceValue.isObject()) {
        b.serviceId = JsonFields::text(serviceValue, "id");
        b.serviceName = JsonFields::text(serviceValue, "name");
    } else {
        // Otesse's guide shows no booking: servers name it "service" or "service_id".
        b.serviceId = JsonFields::text(o, "service");
        if (b.serviceId.isEmpty())
            b.serviceId = JsonFields::text(o, "service_id");
        b.serviceName = JsonFields::text(o, "service_name");
    }
    const JsonValue customerValue = o["customer"];
    if (customerValue.isObject()) {
        const JsonValue& c = customerValue;
        b.customerId = JsonFields::text(c, "id");
        b.customerName = JsonFields::text(c, "name");
        b.customerEmail = JsonFields::text(c, "email");
    } else {
        // Likewise "customer" or "customer_id".
        b.customerId = JsonFields::text(o, "customer");
        if (b.customerId.isEmpty())
            b.customerId = JsonFields::text(o, "customer_id");
        b.customerName = JsonFields::text(o, "customer_name");
    }
    bool ok = true;
    b.scheduledAt = JsonFields::dateTime(o, "scheduled_at", &ok);
    if ((!ok || !b.scheduledAt.isValid()) && !fail(error, b.id, "scheduled_at"))
        return std::nullopt;
    b.durationMinutes = int(JsonFields::integer(o, "duration", &ok).value_or(0));
    if (!ok && !fail(error, b.id, "duration"))
        return std::nullopt;
    const QString status = JsonFields::text(o, "status");
    const auto parsedStatus = BookingStatuses::fromString(status.isEmpty() ? u"created"_s : status);
    if (!parsedStatus && !fail(error, b.id, "status"))
        return std::nullopt;
    b.status = *parsedStatus;
    b.note = JsonFields::text(o, "note");
    b.createdAt = JsonFields::dateTime(o, "created_at", &ok);
    b.updatedAt = JsonFields::dateTime(o, "updated_at", &ok);
    return b;
}

std::optional<Product> product(const JsonValue& o, QString* error)
{
    const auto id = JsonFields::id(o, "id", error);
    if (!id)
        return std::nullopt;
    Product p;
    p.id = *id;
    p.organisationId = organisationOf(o);
    p.name = JsonFields::text(o, "name");
    p.eanUpc = JsonFields::text(o, "ean_upc");
    bool ok = true;
    p.stockOnHand = JsonFields::integer(o, "stock_onhand", &ok);
    if (!ok && !fail(error, p.id, "stock_onhand"))
        return std::nullopt;
    p.created = JsonFields::dateTime(o, "created", &ok);
    if (!ok && !fail(error, p.id, "created"))
        return std::nullopt;
    return p;
}

std::optional<Customer> outsetaPerson(const JsonValue& o, QString* error)
{
    const auto id = JsonFields::id(o, "Uid", error);
    if (!id)
        return std::nullopt;
    Customer c;
    c.id = *id;
    c.name = (JsonFields::text(o, "FirstName") + u' ' + JsonFields::text(o, "LastName")).trimmed();
    c.email = JsonFields::text(o, "Email");
    c.phone = JsonFields::text(o, "PhoneMobile");
    c.company = JsonFields::text(o["Account"], "Name");
    bool ok = true;
    c.createdAt = JsonFields::dateTime(o, "Created", &ok);
    if (!ok && !fail(error, c.id, "Created"))
        return std::nullopt;
    c.updatedAt = JsonFields::dateTime(o, "Updated", &ok);
    if (!ok && !fail(error, c.id, "Updated"))
        return std::nullopt;
    return c;
}

std::optional<Account> outsetaAccount(const JsonValue& o, QString* error)
{
    const auto id = JsonFields::id(o, "Uid", error);
    if (!id)
        return std::nullopt;
    Account a;
    a.id = *id;
    a.name = JsonFields::text(o, "Name");
    bool ok = true;
    a.createdAt = JsonFields::dateTime(o, "Created", &ok);
    if (!ok && !fail(error, a.id, "Created"))
        return std::nullopt;
    a.updatedAt = JsonFields::dateTime(o, "Updated", &ok);
    if (!ok && !fail(error, a.id, "Updated"))
        return std::nullopt;
    return a;
}

QString draftField(const QString& serverField)
{
    static const QHash<QString, QString> names{
        {u"full_name"_s, u"name"_s},
        {u"firstname"_s, u"name"_s},
        {u"lastname"_s, u"name"_s},
        {u"phone_number"_s, u"phone"_s},
        {u"phonemobile"_s, u"phone"_s},
        {u"ean_upc"_s, u"eanUpc"_s},
        {u"ean"_s, u"eanUpc"_s},
        {u"upc"_s, u"eanUpc"_s},
        {u"stock_onhand"_s, u"stockOnHand"_s},
        {u"stock_on_hand"_s, u"stockOnHand"_s},
        {u"stock"_s, u"stockOnHand"_s},
        {u"scheduled_at"_s, u"scheduledAt"_s},
        {u"time"_s, u"scheduledAt"_s},
        {u"start"_s, u"scheduledAt"_s},
        {u"duration"_s, u"durationMinutes"_s},
        {u"duration_minutes"_s, u"durationMinutes"_s},
        {u"base_currency"_s, u"baseCurrency"_s},
        {u"api_key"_s, u"apiKey"_s},
        {u"key"_s, u"apiKey"_s},
        {u"image_url"_s, u"image"_s},
        {u"imageurl"_s, u"image"_s},
        {u"basecurrency"_s, u"baseCurrency"_s},
        {u"stockonhand"_s, u"stockOnHand"_s},
        {u"eanupc"_s, u"eanUpc"_s},
        {u"scheduledat"_s, u"scheduledAt"_s},
        {u"apikey"_s, u"apiKey"_s},
    };
    const QString lower = serverField.toLower();
    if (const auto it = names.constFind(lower); it != names.cend())
        return *it;
    // "customer", "customer_id", "customer.email": all about the customer chosen.
    for (const QString& prefix : {u"customer"_s, u"service"_s}) {
        if (lower.startsWith(prefix))
            return prefix;
    }
    return lower;
}

QJsonObject toJson(const OrganisationDraft& draft)
{
    QJsonObject o{{u"name"_s, draft.name},
                  {u"base_currency"_s, draft.baseCurrency},
                  {u"currencies"_s, QJsonArray::fromStringList(draft.currencies)}};
    if (!draft.image.isEmpty())
        o.insert(u"image"_s, draft.image.toString(QUrl::FullyEncoded));
    return o;
}

QJsonObject toJson(const CustomerDraft& draft)
{
    QJsonObject o{{u"name"_s, draft.name}, {u"email"_s, draft.email}};
    if (!draft.phone.isEmpty())
        o.insert(u"phone"_s, draft.phone);
    return o;
}

QJsonObject toJson(const BookingDraft& draft)
{
    QJsonObject o{{u"service"_s, draft.serviceId},
                  {u"scheduled_at"_s, JsonFields::isoUtc(draft.scheduledAt)}};
    if (!draft.customerId.isEmpty())
        o.insert(u"customer"_s, draft.customerId);
    else
        o.insert(u"customer"_s,
                 QJsonObject{{u"name"_s, draft.customerName}, {u"email"_s, draft.customerEmail}});
    if (draft.durationMinutes > 0)
        o.insert(u"duration"_s, draft.durationMinutes);
    if (!draft.note.isEmpty())
        o.insert(u"note"_s, draft.note);
    return o;
}

QJsonObject toJson(const ProductDraft& draft)
{
    QJsonObject o{{u"name"_s, draft.name}, {u"ean_upc"_s, draft.eanUpc}};
    o.insert(u"stock_onhand"_s,
             draft.stockOnHand ? QJsonValue(double(*draft.stockOnHand)) : QJsonValue());
    return o;
}

QJsonObject toOutsetaPerson(const CustomerDraft& draft)
{
    const QString name = draft.name.trimmed();
    const qsizetype space = name.indexOf(u' ');
    QJsonObject o{{u"Email"_s, draft.email},
                  {u"FirstName"_s, space < 0 ? name : name.left(space)},
                  {u"LastName"_s, space < 0 ? QString() : name.mid(space + 1)}};
    if (!draft.phone.isEmpty())
        o.insert(u"PhoneMobile"_s, draft.phone);
    return o;
}

} // namespace balie::api::DomainJson
