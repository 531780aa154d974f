// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "RecordSchema.h"

#include "Format.h"
#include "domain/JsonFields.h"

#include <QCoreApplication>
#include <QLocale>
#include <limits>

using namespace Qt::StringLiterals;

namespace balie::models {

namespace {

constexpr Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;

QVariant iso(const QDateTime& dt)
{
    return dt.isValid() ? QVariant(api::JsonFields::isoUtc(dt)) : QVariant();
}

QVariant sortTime(const QDateTime& dt)
{
    return dt.isValid() ? dt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

// A point in time: shown in local time, sorted as a number, handed out as ISO 8601 UTC.
template <class T>
RecordColumn<T> timeColumn(const char* key, const char* title, QDateTime T::*member)
{
    return {key, title, [member](const T& r) { return Format::dateTime(r.*member); },
            [member](const T& r) { return sortTime(r.*member); },
            [member](const T& r) {
                return iso(r.*member);
            }};
}

template <class T>
RecordColumn<T> textColumn(const char* key, const char* title, QString T::*member)
{
    return {key, title, [member](const T& r) {
                return r.*member;
            }};
}

// A name the server may leave out: the id stands in on screen, a script gets null.
QVariant nameOrNull(const QString& name)
{
    return name.isEmpty() ? QVariant() : QVariant(name);
}

QString clock(const QTime& time)
{
    return time.isValid() ? time.toString(u"HH:mm"_s) : QString();
}

} // namespace

namespace Schemas {

RecordSchema<api::Organisation> organisations()
{
    using O = api::Organisation;
    return {
        "balie::models::OrganisationTableModel",
        {
            textColumn("name", QT_TRANSLATE_NOOP("balie::models::OrganisationTableModel", "Name"),
                       &O::name),
            textColumn("base_currency",
                       QT_TRANSLATE_NOOP("balie::models::OrganisationTableModel", "Base currency"),
                       &O::baseCurrency),
            {"currencies",
             QT_TRANSLATE_NOOP("balie::models::OrganisationTableModel", "Currencies"),
             [](const O& o) { return o.currencies.join(u", "_s); },
             {},
             [](const O& o) {
                 return o.currencies;
             }},
            RecordColumn<O>{"image",
                            QT_TRANSLATE_NOOP("balie::models::OrganisationTableModel", "Image"),
                            [](const O& o) {
                                return o.image.toString();
                            }}
                .hiddenInConsole()
                .outOfCliTables(),
            {"active", QT_TRANSLATE_NOOP("balie::models::OrganisationTableModel", "Active"),
             [](const O& o) {
                 return o.isActive ? QCoreApplication::translate(
                                         "balie::models::OrganisationTableModel", "Yes")
                                   : QString();
             },
             [](const O& o) { return o.isActive; },
             [](const O& o) {
                 return o.isActive;
             }},
            {"id", QT_TRANSLATE_NOOP("balie::models::OrganisationTableModel", "ID"),
             [](const O& o) { return o.id; }, [](const O& o) { return o.id.toLongLong(); },
             [](const O& o) {
                 return o.id;
             }},
        }};
}

RecordSchema<api::Customer> customers()
{
    using C = api::Customer;
    return {
        "balie::models::CustomerTableModel",
        {
            textColumn("name", QT_TRANSLATE_NOOP("balie::models::CustomerTableModel", "Name"),
                       &C::name),
            textColumn("email", QT_TRANSLATE_NOOP("balie::models::CustomerTableModel", "E-mail"),
                       &C::email),
            textColumn("phone", QT_TRANSLATE_NOOP("balie::models::CustomerTableModel", "Phone"),
                       &C::phone)
                .phoneNumber(),
            textColumn("company", QT_TRANSLATE_NOOP("balie::models::CustomerTableModel", "Company"),
                       &C::company)
                .outOfCliTables(),
            timeColumn("updated_at",
                       QT_TRANSLATE_NOOP("balie::models::CustomerTableModel", "Updated"),
                       &C::updatedAt),
            timeColumn("created_at",
                       QT_TRANSLATE_NOOP("balie::models::CustomerTableModel", "Created"),
                       &C::createdAt)
                .outOfCliTables(),
            textColumn("id", QT_TRANSLATE_NOOP("balie::models::CustomerTableModel", "ID"), &C::id),
        }};
}

RecordSchema<api::Account> accounts()
{
    using A = api::Account;
    return {
        "balie::models::AccountTableModel",
        {
            textColumn("name", QT_TRANSLATE_NOOP("balie::models::AccountTableModel", "Name"),
                       &A::name),
            timeColumn("updated_at",
                       QT_TRANSLATE_NOOP("balie::models::AccountTableModel", "Updated"),
                       &A::updatedAt),
            timeColumn("created_at",
                       QT_TRANSLATE_NOOP("balie::models::AccountTableModel", "Created"),
                       &A::createdAt),
            textColumn("id", QT_TRANSLATE_NOOP("balie::models::AccountTableModel", "ID"), &A::id),
        }};
}

RecordSchema<api::Service> services()
{
    using S = api::Service;
    return {
        "balie::models::ServiceTableModel",
        {
            textColumn("name", QT_TRANSLATE_NOOP("balie::models::ServiceTableModel", "Name"),
                       &S::name),
            {"duration_minutes", QT_TRANSLATE_NOOP("balie::models::ServiceTableModel", "Duration"),
             [](const S& s) { return Format::duration(s.durationMinutes); },
             [](const S& s) { return s.durationMinutes; },
             [](const S& s) { return s.durationMinutes; }, Right},
            RecordColumn<S>{"price", QT_TRANSLATE_NOOP("balie::models::ServiceTableModel", "Price"),
                            [](const S& s) { return Format::money(s.price); },
                            [](const S& s) { return s.price.minorUnits; },
                            [](const S& s) { return s.price.amount(); }, Right}
                .inCurrency([](const S& s) { return s.price.currency; }),
            RecordColumn<S>{"currency",
                            QT_TRANSLATE_NOOP("balie::models::ServiceTableModel", "Currency"),
                            [](const S& s) {
                                return s.price.currency;
                            }}
                .hiddenInConsole()
                .outOfCliTables(),
            RecordColumn<S>{"price_type",
                            QT_TRANSLATE_NOOP("balie::models::ServiceTableModel", "Price type"),
                            [](const S& s) { return Format::priceType(s.priceType); },
                            {},
                            [](const S& s) {
                                return nameOrNull(s.priceType);
                            }}
                .hiddenInConsole(),
            RecordColumn<S>{"availability",
                            QT_TRANSLATE_NOOP("balie::models::ServiceTableModel", "Availability"),
                            [](const S& s) {
                                return Format::availability(s.availability);
                            }}
                .forPeopleOnly(),
            RecordColumn<S>{"days",
                            QT_TRANSLATE_NOOP("balie::models::ServiceTableModel", "Days"),
                            [](const S& s) {
                                QStringList days;
                                for (Qt::DayOfWeek day : s.availability.days)
                                    days << QLocale().dayName(day, QLocale::ShortFormat);
                                return days.join(u' ');
                            },
                            {},
                            [](const S& s) {
                                QStringList days; // stable English names for scripts
                                for (Qt::DayOfWeek day : s.availability.days)
                                    days << QLocale::c().dayName(day).toLower();
                                return days;
                            }}
                .hiddenInConsole()
                .outOfCliTables(),
            RecordColumn<S>{"hours_start",
                            QT_TRANSLATE_NOOP("balie::models::ServiceTableModel", "Opens"),
                            [](const S& s) { return Format::clockTime(s.availability.start); },
                            {},
                            [](const S& s) {
                                return clock(s.availability.start);
                            }}
                .hiddenInConsole()
                .outOfCliTables(),
            RecordColumn<S>{"hours_end",
                            QT_TRANSLATE_NOOP("balie::models::ServiceTableModel", "Closes"),
                            [](const S& s) { return Format::clockTime(s.availability.end); },
                            {},
                            [](const S& s) {
                                return clock(s.availability.end);
                            }}
                .hiddenInConsole()
                .outOfCliTables(),
            RecordColumn<S>{"timezone",
                            QT_TRANSLATE_NOOP("balie::models::ServiceTableModel", "Time zone"),
                            [](const S& s) {
                                return QString::fromUtf8(s.availability.timeZone);
                            }}
                .hiddenInConsole()
                .outOfCliTables(),
            textColumn("description",
                       QT_TRANSLATE_NOOP("balie::models::ServiceTableModel", "Description"),
                       &S::description)
                .outOfCliTables(),
            textColumn("id", QT_TRANSLATE_NOOP("balie::models::ServiceTableModel", "ID"), &S::id),
        }};
}

RecordSchema<api::Booking> bookings()
{
    using B = api::Booking;
    return {
        "balie::models::BookingTableModel",
        {
            timeColumn("scheduled_at",
                       QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "When"),
                       &B::scheduledAt),
            {"duration_minutes", QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "Duration"),
             [](const B& b) { return Format::duration(b.durationMinutes); },
             [](const B& b) { return b.durationMinutes; },
             [](const B& b) { return b.durationMinutes; }, Right},
            {"status", QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "Status"),
             [](const B& b) { return api::BookingStatuses::displayName(b.status); },
             [](const B& b) { return int(b.status); },
             [](const B& b) {
                 return api::BookingStatuses::toString(b.status);
             }},
            {"customer_name",
             QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "Customer"),
             [](const B& b) { return b.customerName.isEmpty() ? b.customerId : b.customerName; },
             {},
             [](const B& b) {
                 return nameOrNull(b.customerName);
             }},
            {"service_name",
             QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "Service"),
             [](const B& b) { return b.serviceName.isEmpty() ? b.serviceId : b.serviceName; },
             {},
             [](const B& b) {
                 return nameOrNull(b.serviceName);
             }},
            textColumn("note", QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "Note"),
                       &B::note),
            textColumn("customer_id",
                       QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "Customer ID"),
                       &B::customerId)
                .hiddenInConsole()
                .outOfCliTables(),
            textColumn("customer_email",
                       QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "Customer e-mail"),
                       &B::customerEmail)
                .hiddenInConsole()
                .outOfCliTables(),
            textColumn("service_id",
                       QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "Service ID"),
                       &B::serviceId)
                .hiddenInConsole()
                .outOfCliTables(),
            timeColumn("created_at",
                       QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "Created"),
                       &B::createdAt)
                .hiddenInConsole()
                .outOfCliTables(),
            timeColumn("updated_at",
                       QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "Updated"),
                       &B::updatedAt)
                .hiddenInConsole()
                .outOfCliTables(),
            textColumn("id", QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "ID"), &B::id),
        }};
}

RecordSchema<api::Product> products()
{
    using P = api::Product;
    return {
        "balie::models::ProductTableModel",
        {
            textColumn("name", QT_TRANSLATE_NOOP("balie::models::ProductTableModel", "Name"),
                       &P::name),
            textColumn("ean_upc", QT_TRANSLATE_NOOP("balie::models::ProductTableModel", "EAN/UPC"),
                       &P::eanUpc),
            {"stock_onhand", QT_TRANSLATE_NOOP("balie::models::ProductTableModel", "Stock"),
             [](const P& p) -> QVariant {
                 if (!p.stockOnHand)
                     return QCoreApplication::translate("balie::models::ProductTableModel",
                                                        "unknown");
                 return QLocale().toString(*p.stockOnHand);
             },
             [](const P& p) -> QVariant {
                 return p.stockOnHand ? *p.stockOnHand : std::numeric_limits<qint64>::min();
             },
             [](const P& p) -> QVariant {
                 return p.stockOnHand ? QVariant(*p.stockOnHand) : QVariant();
             },
             Right},
            timeColumn("created", QT_TRANSLATE_NOOP("balie::models::ProductTableModel", "Created"),
                       &P::created),
            textColumn("id", QT_TRANSLATE_NOOP("balie::models::ProductTableModel", "ID"), &P::id),
        }};
}

} // namespace Schemas

} // namespace balie::models
