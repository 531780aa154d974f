#include "DomainJson.h"

#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

namespace balie::api::DomainJson {

namespace {

// Sets `error` for a field that is present but unreadable.
bool fail(QString* error, const QString& id, QLatin1StringView field)
{
    if (error)
        *error =
            QCoreApplication::translate("balie::api::DomainJson", "row %1: \"%2\" is not readable")
                .arg(id, QString(field));
    return false;
}

QString organisationOf(const QJsonObject& o)
{
    const QJsonValue v = o.value("organisation"_L1);
    if (const auto n = v.isDouble() ? JsonFields::wholeNumber(v.toDouble()) : std::nullopt)
        return QString::number(*n);
    return v.toString();
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

std::optional<Organisation> organisation(const QJsonObject& o, QString* error)
{
    const auto id = JsonFields::id(o, "id"_L1, error);
    if (!id)
        return std::nullopt;
    Organisation org;
    org.id = *id;
    org.name = JsonFields::text(o, "name"_L1);
    org.baseCurrency = JsonFields::text(o, "base_currency"_L1);
    for (const QJsonValue& c : o.value("currencies"_L1).toArray())
        org.currencies << c.toString();
    const QString image = JsonFields::text(o, "image"_L1);
    if (!image.isEmpty())
        org.image = QUrl(image);
    const QJsonObject owner = o.value("owner"_L1).toObject();
    org.ownerName = JsonFields::text(owner, "username"_L1);
    org.isActive = o.value("is_active"_L1).toBool();
    return org;
}

std::optional<Customer> customer(const QJsonObject& o, QString* error)
{
    const auto id = JsonFields::id(o, "id"_L1, error);
    if (!id)
        return std::nullopt;
    Customer c;
    c.id = *id;
    c.organisationId = organisationOf(o);
    c.name = JsonFields::text(o, "name"_L1);
    c.email = JsonFields::text(o, "email"_L1);
    c.phone = JsonFields::text(o, "phone"_L1);
    c.company = JsonFields::text(o, "company"_L1);
    bool ok = true;
    c.createdAt = JsonFields::dateTime(o, "created_at"_L1, &ok);
    if (!ok && !fail(error, c.id, "created_at"_L1))
        return std::nullopt;
    c.updatedAt = JsonFields::dateTime(o, "updated_at"_L1, &ok);
    if (!ok && !fail(error, c.id, "updated_at"_L1))
        return std::nullopt;
    return c;
}

std::optional<Service> service(const QJsonObject& o, QString* error)
{
    const auto id = JsonFields::id(o, "id"_L1, error);
    if (!id)
        return std::nullopt;
    Service s;
    s.id = *id;
    s.organisationId = organisationOf(o);
    s.name = JsonFields::text(o, "name"_L1);
    s.description = JsonFields::text(o, "description"_L1);
    bool ok = true;
    s.durationMinutes = int(JsonFields::integer(o, "duration"_L1, &ok).value_or(0));
    if (!ok && !fail(error, s.id, "duration"_L1))
        return std::nullopt;
    const QJsonObject price = o.value("price"_L1).toObject();
    const auto amount = JsonFields::number(price, "amount"_L1, &ok);
    if (!ok && !fail(error, s.id, "price"_L1))
        return std::nullopt;
    const auto cents = amount ? JsonFields::wholeNumber(std::round(*amount * 100.0)) : 0;
    if (!cents && !fail(error, s.id, "price"_L1))
        return std::nullopt;
    s.price.minorUnits = *cents;
    s.price.currency = JsonFields::text(price, "currency"_L1);
    s.priceType = JsonFields::text(price, "type"_L1);
    const QJsonObject availability = o.value("availability"_L1).toObject();
    for (const QJsonValue& d : availability.value("days"_L1).toArray()) {
        if (const auto day = dayFromName(d.toString()))
            s.availability.days << *day;
    }
    const QJsonObject hours = availability.value("hours"_L1).toObject();
    s.availability.start = QTime::fromString(JsonFields::text(hours, "start"_L1), u"HH:mm"_s);
    s.availability.end = QTime::fromString(JsonFields::text(hours, "end"_L1), u"HH:mm"_s);
    s.availability.timeZone = JsonFields::text(availability, "timezone"_L1).toUtf8();
    return s;
}

std::optional<Booking> booking(const QJsonObject& o, QString* error)
{
    const auto id = JsonFields::id(o, "id"_L1, error);
    if (!id)
        return std::nullopt;
    Booking b;
    b.id = *id;
    b.organisationId = organisationOf(o);
    const QJsonValue serviceValue = o.value("service"_L1);
    if (serviceValue.isObject()) {
        b.serviceId = JsonFields::text(serviceValue.toObject(), "id"_L1);
        b.serviceName = JsonFields::text(serviceValue.toObject(), "name"_L1);
    } else {
        b.serviceId = JsonFields::text(o, "service"_L1);
        b.serviceName = JsonFields::text(o, "service_name"_L1);
    }
    const QJsonValue customerValue = o.value("customer"_L1);
    if (customerValue.isObject()) {
        const QJsonObject c = customerValue.toObject();
        b.customerId = JsonFields::text(c, "id"_L1);
        b.customerName = JsonFields::text(c, "name"_L1);
        b.customerEmail = JsonFields::text(c, "email"_L1);
    } else {
        b.customerId = JsonFields::text(o, "customer"_L1);
        b.customerName = JsonFields::text(o, "customer_name"_L1);
    }
    bool ok = true;
    b.scheduledAt = JsonFields::dateTime(o, "scheduled_at"_L1, &ok);
    if ((!ok || !b.scheduledAt.isValid()) && !fail(error, b.id, "scheduled_at"_L1))
        return std::nullopt;
    b.durationMinutes = int(JsonFields::integer(o, "duration"_L1, &ok).value_or(0));
    if (!ok && !fail(error, b.id, "duration"_L1))
        return std::nullopt;
    const QString status = JsonFields::text(o, "status"_L1);
    const auto parsedStatus = BookingStatuses::fromString(status.isEmpty() ? u"created"_s : status);
    if (!parsedStatus && !fail(error, b.id, "status"_L1))
        return std::nullopt;
    b.status = *parsedStatus;
    b.note = JsonFields::text(o, "note"_L1);
    b.createdAt = JsonFields::dateTime(o, "created_at"_L1, &ok);
    b.updatedAt = JsonFields::dateTime(o, "updated_at"_L1, &ok);
    return b;
}

std::optional<Product> product(const QJsonObject& o, QString* error)
{
    const auto id = JsonFields::id(o, "id"_L1, error);
    if (!id)
        return std::nullopt;
    Product p;
    p.id = *id;
    p.organisationId = organisationOf(o);
    p.name = JsonFields::text(o, "name"_L1);
    p.eanUpc = JsonFields::text(o, "ean_upc"_L1);
    bool ok = true;
    p.stockOnHand = JsonFields::integer(o, "stock_onhand"_L1, &ok);
    if (!ok && !fail(error, p.id, "stock_onhand"_L1))
        return std::nullopt;
    p.created = JsonFields::dateTime(o, "created"_L1, &ok);
    if (!ok && !fail(error, p.id, "created"_L1))
        return std::nullopt;
    return p;
}

std::optional<Customer> outsetaPerson(const QJsonObject& o, QString* error)
{
    const auto id = JsonFields::id(o, "Uid"_L1, error);
    if (!id)
        return std::nullopt;
    Customer c;
    c.id = *id;
    c.name =
        (JsonFields::text(o, "FirstName"_L1) + u' ' + JsonFields::text(o, "LastName"_L1)).trimmed();
    c.email = JsonFields::text(o, "Email"_L1);
    c.phone = JsonFields::text(o, "PhoneMobile"_L1);
    c.company = JsonFields::text(o.value("Account"_L1).toObject(), "Name"_L1);
    bool ok = true;
    c.createdAt = JsonFields::dateTime(o, "Created"_L1, &ok);
    if (!ok && !fail(error, c.id, "Created"_L1))
        return std::nullopt;
    c.updatedAt = JsonFields::dateTime(o, "Updated"_L1, &ok);
    if (!ok && !fail(error, c.id, "Updated"_L1))
        return std::nullopt;
    return c;
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
