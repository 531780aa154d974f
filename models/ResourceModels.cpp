// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ResourceModels.h"

#include "connectors/Connector.h"
#include "domain/JsonFields.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace balie::models {

namespace {

constexpr Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;

QVariant iso(const QDateTime& dt)
{
    return dt.isValid() ? api::JsonFields::isoUtc(dt) : QString();
}

QVariant sortTime(const QDateTime& dt)
{
    return dt.isValid() ? dt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

} // namespace

namespace Format {

QString dateTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString clockTime(const QTime& time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(u"[:.]ss?"_s);
    format.remove(seconds);
    return QLocale().toString(time, format);
}

QString currencySymbol(const QString& isoCode)
{
    // The symbol the currency's own countries write ("€" for EUR, "£" for GBP), from Qt's
    // locale data, when no other currency writes it too: "$" alone could be any dollar, so a
    // foreign dollar keeps its ISO code.
    static const QHash<QString, QString> symbols = [] {
        QHash<QString, QString> bySymbol; // symbol -> code, or "" when several codes use it
        QHash<QString, QString> byCode;
        const QList<QLocale> all = QLocale::matchingLocales(
            QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale& l : all) {
            const QString code = l.currencySymbol(QLocale::CurrencyIsoCode);
            const QString symbol = l.currencySymbol(QLocale::CurrencySymbol);
            if (code.isEmpty() || symbol.isEmpty())
                continue;
            if (!byCode.contains(code))
                byCode.insert(code, symbol);
            const auto it = bySymbol.constFind(symbol);
            if (it == bySymbol.cend())
                bySymbol.insert(symbol, code);
            else if (*it != code)
                bySymbol[symbol] = QString();
        }
        QHash<QString, QString> unique;
        for (auto it = byCode.cbegin(); it != byCode.cend(); ++it) {
            if (bySymbol.value(it.value()) == it.key())
                unique.insert(it.key(), it.value());
        }
        return unique;
    }();
    const QString code = isoCode.toUpper();
    const QLocale locale;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    return symbols.value(code, code);
}

QString money(const api::Money& money)
{
    const QLocale locale;
    const double amount = money.amount();
    if (money.currency.isEmpty())
        return locale.toString(amount, 'f', money.digits());
    // In the user's own format with the currency's symbol and its own minor unit: "€ 1.234,56"
    // in Dutch, "€40.00" in English, "¥1,500" (no cents), "KWD 1.250" (fils).
    return locale.toCurrencyString(amount, currencySymbol(money.currency), money.digits());
}

QString duration(int minutes)
{
    return QCoreApplication::translate("balie::models::Format", "%n min", nullptr, minutes);
}

QString availability(const api::Availability& availability)
{
    const QLocale locale;
    QStringList days;
    for (Qt::DayOfWeek day : availability.days)
        days << locale.dayName(day, QLocale::ShortFormat);
    return QCoreApplication::translate("balie::models::Format", "%1, %2–%3 (%4)",
                                       "days, opening time, closing time, time zone")
        .arg(days.join(u' '), locale.toString(availability.start, QLocale::ShortFormat),
             locale.toString(availability.end, QLocale::ShortFormat),
             QString::fromUtf8(availability.timeZone));
}

} // namespace Format

// ---------------------------------------------------------------------------------------------

OrganisationTableModel::OrganisationTableModel(QObject* parent)
    : TypedRecordModel(
          "balie::models::OrganisationTableModel",
          {
              {"name", QT_TRANSLATE_NOOP("balie::models::OrganisationTableModel", "Name"),
               [](const api::Organisation& o) {
                   return o.name;
               }},
              {"base_currency",
               QT_TRANSLATE_NOOP("balie::models::OrganisationTableModel", "Base currency"),
               [](const api::Organisation& o) {
                   return o.baseCurrency;
               }},
              {"currencies",
               QT_TRANSLATE_NOOP("balie::models::OrganisationTableModel", "Currencies"),
               [](const api::Organisation& o) { return o.currencies.join(u", "_s); },
               {},
               [](const api::Organisation& o) {
                   return o.currencies.join(u' ');
               }},
              {"active", QT_TRANSLATE_NOOP("balie::models::OrganisationTableModel", "Active"),
               [](const api::Organisation& o) {
                   return o.isActive ? QCoreApplication::translate(
                                           "balie::models::OrganisationTableModel", "Yes")
                                     : QString();
               },
               [](const api::Organisation& o) { return o.isActive; },
               [](const api::Organisation& o) {
                   return o.isActive ? u"true"_s : u"false"_s;
               }},
              {"id", QT_TRANSLATE_NOOP("balie::models::OrganisationTableModel", "ID"),
               [](const api::Organisation& o) { return o.id; },
               [](const api::Organisation& o) {
                   return o.id.toLongLong();
               }},
          },
          parent)
{}

bool OrganisationTableModel::isSupportedBy(const api::Connector* connector) const
{
    return connector != nullptr;
}

void OrganisationTableModel::setActive(const QString& organisationId)
{
    for (int row = 0; row < rowCount(); ++row) {
        const bool active = record(row).id == organisationId;
        if (record(row).isActive == active)
            continue;
        api::Organisation changed = record(row);
        changed.isActive = active;
        upsert(changed);
    }
}

api::ListJob* OrganisationTableModel::startList(api::Connector* connector, const QString&)
{
    return connector->organisations();
}

// ---------------------------------------------------------------------------------------------

CustomerTableModel::CustomerTableModel(QObject* parent)
    : TypedRecordModel(
          "balie::models::CustomerTableModel",
          {
              {"name", QT_TRANSLATE_NOOP("balie::models::CustomerTableModel", "Name"),
               [](const api::Customer& c) {
                   return c.name;
               }},
              {"email", QT_TRANSLATE_NOOP("balie::models::CustomerTableModel", "E-mail"),
               [](const api::Customer& c) {
                   return c.email;
               }},
              {"phone", QT_TRANSLATE_NOOP("balie::models::CustomerTableModel", "Phone"),
               [](const api::Customer& c) {
                   return c.phone;
               }},
              {"company", QT_TRANSLATE_NOOP("balie::models::CustomerTableModel", "Company"),
               [](const api::Customer& c) {
                   return c.company;
               }},
              {"updated_at", QT_TRANSLATE_NOOP("balie::models::CustomerTableModel", "Updated"),
               [](const api::Customer& c) { return Format::dateTime(c.updatedAt); },
               [](const api::Customer& c) { return sortTime(c.updatedAt); },
               [](const api::Customer& c) {
                   return iso(c.updatedAt);
               }},
              {"created_at", QT_TRANSLATE_NOOP("balie::models::CustomerTableModel", "Created"),
               [](const api::Customer& c) { return Format::dateTime(c.createdAt); },
               [](const api::Customer& c) { return sortTime(c.createdAt); },
               [](const api::Customer& c) {
                   return iso(c.createdAt);
               }},
              {"id", QT_TRANSLATE_NOOP("balie::models::CustomerTableModel", "ID"),
               [](const api::Customer& c) {
                   return c.id;
               }},
          },
          parent)
{}

bool CustomerTableModel::isSupportedBy(const api::Connector* connector) const
{
    return connector && connector->can(api::Capability::Customers);
}

api::ListJob* CustomerTableModel::startList(api::Connector* connector, const QString& org)
{
    return connector->customers(org, {});
}

bool CustomerTableModel::canListChanges() const
{
    return connector() && connector()->can(api::Capability::IncrementalSync);
}

api::ListJob* CustomerTableModel::startChangesList(api::Connector* connector, const QString& org,
                                                   const QDateTime& since)
{
    api::CustomerQuery query;
    query.updatedAfter = since;
    return connector->customers(org, query);
}

// ---------------------------------------------------------------------------------------------

AccountTableModel::AccountTableModel(QObject* parent)
    : TypedRecordModel(
          "balie::models::AccountTableModel",
          {
              {"name", QT_TRANSLATE_NOOP("balie::models::AccountTableModel", "Name"),
               [](const api::Account& a) {
                   return a.name;
               }},
              {"updated_at", QT_TRANSLATE_NOOP("balie::models::AccountTableModel", "Updated"),
               [](const api::Account& a) { return Format::dateTime(a.updatedAt); },
               [](const api::Account& a) { return sortTime(a.updatedAt); },
               [](const api::Account& a) {
                   return iso(a.updatedAt);
               }},
              {"created_at", QT_TRANSLATE_NOOP("balie::models::AccountTableModel", "Created"),
               [](const api::Account& a) { return Format::dateTime(a.createdAt); },
               [](const api::Account& a) { return sortTime(a.createdAt); },
               [](const api::Account& a) {
                   return iso(a.createdAt);
               }},
              {"id", QT_TRANSLATE_NOOP("balie::models::AccountTableModel", "ID"),
               [](const api::Account& a) {
                   return a.id;
               }},
          },
          parent)
{}

bool AccountTableModel::isSupportedBy(const api::Connector* connector) const
{
    return connector && connector->can(api::Capability::Accounts);
}

api::ListJob* AccountTableModel::startList(api::Connector* connector, const QString& org)
{
    return connector->accounts(org);
}

// ---------------------------------------------------------------------------------------------

ServiceTableModel::ServiceTableModel(QObject* parent)
    : TypedRecordModel(
          "balie::models::ServiceTableModel",
          {
              {"name", QT_TRANSLATE_NOOP("balie::models::ServiceTableModel", "Name"),
               [](const api::Service& s) {
                   return s.name;
               }},
              {"duration", QT_TRANSLATE_NOOP("balie::models::ServiceTableModel", "Duration"),
               [](const api::Service& s) { return Format::duration(s.durationMinutes); },
               [](const api::Service& s) { return s.durationMinutes; },
               [](const api::Service& s) { return s.durationMinutes; }, Right},
              {"price", QT_TRANSLATE_NOOP("balie::models::ServiceTableModel", "Price"),
               [](const api::Service& s) { return Format::money(s.price); },
               [](const api::Service& s) { return s.price.minorUnits; },
               [](const api::Service& s) {
                   return u"%1 %2"_s.arg(QString::number(s.price.amount(), 'f', s.price.digits()),
                                         s.price.currency);
               },
               Right},
              {"availability",
               QT_TRANSLATE_NOOP("balie::models::ServiceTableModel", "Availability"),
               [](const api::Service& s) {
                   return Format::availability(s.availability);
               }},
              {"description", QT_TRANSLATE_NOOP("balie::models::ServiceTableModel", "Description"),
               [](const api::Service& s) {
                   return s.description;
               }},
              {"id", QT_TRANSLATE_NOOP("balie::models::ServiceTableModel", "ID"),
               [](const api::Service& s) {
                   return s.id;
               }},
          },
          parent)
{}

bool ServiceTableModel::isSupportedBy(const api::Connector* connector) const
{
    return connector && connector->can(api::Capability::Services);
}

api::ListJob* ServiceTableModel::startList(api::Connector* connector, const QString& org)
{
    return connector->services(org);
}

std::optional<api::Service> ServiceTableModel::service(const QString& id) const
{
    const int row = rowOfReference(id);
    if (row < 0)
        return std::nullopt;
    return record(row);
}

int ServiceTableModel::rowOfReference(const QString& reference) const
{
    const int row = rowOf(reference);
    if (row >= 0)
        return row;
    for (int i = 0; i < rowCount(); ++i) { // a handful of services
        if (record(i).isReferencedBy(reference))
            return i;
    }
    return -1;
}

// ---------------------------------------------------------------------------------------------

BookingTableModel::BookingTableModel(QObject* parent)
    : TypedRecordModel(
          "balie::models::BookingTableModel",
          {
              {"scheduled_at", QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "When"),
               [](const api::Booking& b) { return Format::dateTime(b.scheduledAt); },
               [](const api::Booking& b) { return sortTime(b.scheduledAt); },
               [](const api::Booking& b) {
                   return iso(b.scheduledAt);
               }},
              {"duration", QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "Duration"),
               [](const api::Booking& b) { return Format::duration(b.durationMinutes); },
               [](const api::Booking& b) { return b.durationMinutes; },
               [](const api::Booking& b) { return b.durationMinutes; }, Right},
              {"status", QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "Status"),
               [](const api::Booking& b) { return api::BookingStatuses::displayName(b.status); },
               [](const api::Booking& b) { return int(b.status); },
               [](const api::Booking& b) {
                   return api::BookingStatuses::toString(b.status);
               }},
              {"customer", QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "Customer"),
               [](const api::Booking& b) {
                   return b.customerName.isEmpty() ? b.customerId : b.customerName;
               }},
              {"service", QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "Service"),
               [](const api::Booking& b) {
                   return b.serviceName.isEmpty() ? b.serviceId : b.serviceName;
               }},
              {"note", QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "Note"),
               [](const api::Booking& b) {
                   return b.note;
               }},
              {"id", QT_TRANSLATE_NOOP("balie::models::BookingTableModel", "ID"),
               [](const api::Booking& b) {
                   return b.id;
               }},
          },
          parent)
{}

bool BookingTableModel::isSupportedBy(const api::Connector* connector) const
{
    return connector && connector->can(api::Capability::Bookings);
}

QVariant BookingTableModel::data(const QModelIndex& index, int role) const
{
    if (role == StatusRole || role == StartRole || role == EndRole) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const api::Booking& b = record(index.row());
        if (role == StatusRole)
            return int(b.status);
        return role == StartRole ? b.scheduledAt : b.endsAt();
    }
    return TypedRecordModel::data(index, role);
}

void BookingTableModel::setQuery(const api::BookingQuery& query)
{
    m_query = query;
    if (connector()) // else the first load will use it
        reload();
}

bool BookingTableModel::matches(const api::BookingQuery& query, const api::Booking& b)
{
    if (query.from.isValid() && b.endsAt() <= query.from)
        return false;
    if (query.to.isValid() && b.scheduledAt >= query.to)
        return false;
    if (query.status && b.status != *query.status)
        return false;
    return query.customerId.isEmpty() || b.customerId == query.customerId;
}

std::function<bool(const api::Booking&)> BookingTableModel::storedScope() const
{
    return [query = m_query](const api::Booking& b) {
        return matches(query, b);
    };
}

api::ListJob* BookingTableModel::startList(api::Connector* connector, const QString& org)
{
    return connector->bookings(org, m_query);
}

// ---------------------------------------------------------------------------------------------

ProductTableModel::ProductTableModel(QObject* parent)
    : TypedRecordModel(
          "balie::models::ProductTableModel",
          {
              {"name", QT_TRANSLATE_NOOP("balie::models::ProductTableModel", "Name"),
               [](const api::Product& p) {
                   return p.name;
               }},
              {"ean_upc", QT_TRANSLATE_NOOP("balie::models::ProductTableModel", "EAN/UPC"),
               [](const api::Product& p) {
                   return p.eanUpc;
               }},
              {"stock_onhand", QT_TRANSLATE_NOOP("balie::models::ProductTableModel", "Stock"),
               [](const api::Product& p) -> QVariant {
                   if (!p.stockOnHand)
                       return QCoreApplication::translate("balie::models::ProductTableModel",
                                                          "unknown");
                   return QLocale().toString(*p.stockOnHand);
               },
               [](const api::Product& p) -> QVariant {
                   return p.stockOnHand ? *p.stockOnHand : std::numeric_limits<qint64>::min();
               },
               [](const api::Product& p) -> QVariant {
                   return p.stockOnHand ? QString::number(*p.stockOnHand) : QString();
               },
               Right},
              {"created", QT_TRANSLATE_NOOP("balie::models::ProductTableModel", "Created"),
               [](const api::Product& p) { return Format::dateTime(p.created); },
               [](const api::Product& p) { return sortTime(p.created); },
               [](const api::Product& p) {
                   return iso(p.created);
               }},
              {"id", QT_TRANSLATE_NOOP("balie::models::ProductTableModel", "ID"),
               [](const api::Product& p) {
                   return p.id;
               }},
          },
          parent)
{}

bool ProductTableModel::isSupportedBy(const api::Connector* connector) const
{
    return connector && connector->can(api::Capability::Products);
}

api::ListJob* ProductTableModel::startList(api::Connector* connector, const QString& org)
{
    return connector->products(org);
}

} // namespace balie::models
