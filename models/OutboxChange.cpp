// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "OutboxChange.h"

#include "connectors/Connector.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace balie::models {

namespace {

struct KindName
{
    OutboxChange::Kind kind;
    QLatin1StringView name;
};
constexpr KindName kindNames[] = {
    {OutboxChange::Kind::CreateBooking, "booking.create"_L1},
    {OutboxChange::Kind::BookingAction, "booking.action"_L1},
    {OutboxChange::Kind::CreateCustomer, "customer.create"_L1},
    {OutboxChange::Kind::UpdateCustomer, "customer.update"_L1},
    {OutboxChange::Kind::CreateProduct, "product.create"_L1},
    {OutboxChange::Kind::UpdateProduct, "product.update"_L1},
};

struct ActionName
{
    api::BookingAction action;
    QLatin1StringView name;
};
constexpr ActionName actionNames[] = {
    {api::BookingAction::Confirm, "confirm"_L1},
    {api::BookingAction::Reschedule, "reschedule"_L1},
    {api::BookingAction::Complete, "complete"_L1},
    {api::BookingAction::Cancel, "cancel"_L1},
};

QString timeText(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeOf(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

bool OutboxChange::isCreate() const
{
    return kind == Kind::CreateBooking || kind == Kind::CreateCustomer ||
           kind == Kind::CreateProduct;
}

bool OutboxChange::isIrreversible() const
{
    return kind == Kind::BookingAction &&
           (action == api::BookingAction::Cancel || action == api::BookingAction::Complete);
}

QString OutboxChange::kindName() const
{
    for (const KindName& k : kindNames) {
        if (k.kind == kind)
            return k.name;
    }
    return {};
}

QByteArray OutboxChange::payload() const
{
    QJsonObject o;
    switch (kind) {
    case Kind::CreateBooking:
        o = {{u"service"_s, booking.serviceId},
             {u"customer"_s, booking.customerId},
             {u"customer_name"_s, booking.customerName},
             {u"customer_email"_s, booking.customerEmail},
             {u"at"_s, timeText(booking.scheduledAt)},
             {u"duration"_s, booking.durationMinutes},
             {u"note"_s, booking.note}};
        break;
    case Kind::BookingAction:
        for (const ActionName& a : actionNames) {
            if (a.action == action)
                o.insert(u"action"_s, QString(a.name));
        }
        o.insert(u"at"_s, timeText(newTime));
        if (newDuration > 0)
            o.insert(u"duration"_s, newDuration);
        break;
    case Kind::CreateCustomer:
    case Kind::UpdateCustomer:
        o = {
            {u"name"_s, customer.name}, {u"email"_s, customer.email}, {u"phone"_s, customer.phone}};
        break;
    case Kind::CreateProduct:
    case Kind::UpdateProduct:
        o = {{u"name"_s, product.name}, {u"ean"_s, product.eanUpc}};
        o.insert(u"stock"_s,
                 product.stockOnHand ? QJsonValue(double(*product.stockOnHand)) : QJsonValue());
        break;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<OutboxChange> OutboxChange::fromKept(const QString& kind, const QString& target,
                                                   const QByteArray& payload,
                                                   const QByteArray& idempotencyKey)
{
    OutboxChange c;
    bool known = false;
    for (const KindName& k : kindNames) {
        if (k.name == kind) {
            c.kind = k.kind;
            known = true;
        }
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (!known || error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    c.target = target;
    c.idempotencyKey = idempotencyKey;
    switch (c.kind) {
    case Kind::CreateBooking:
        c.booking.serviceId = o.value(u"service"_s).toString();
        c.booking.customerId = o.value(u"customer"_s).toString();
        c.booking.customerName = o.value(u"customer_name"_s).toString();
        c.booking.customerEmail = o.value(u"customer_email"_s).toString();
        c.booking.scheduledAt = timeOf(o.value(u"at"_s));
        c.booking.durationMinutes = o.value(u"duration"_s).toInt();
        c.booking.note = o.value(u"note"_s).toString();
        if (!c.booking.scheduledAt.isValid())
            return std::nullopt;
        break;
    case Kind::BookingAction: {
        bool action = false;
        for (const ActionName& a : actionNames) {
            if (a.name == o.value(u"action"_s).toString()) {
                c.action = a.action;
                action = true;
            }
        }
        c.newTime = timeOf(o.value(u"at"_s));
        c.newDuration = o.value(u"duration"_s).toInt();
        if (!action || target.isEmpty() || c.newDuration < 0 ||
            (c.action == api::BookingAction::Reschedule && !c.newTime.isValid()))
            return std::nullopt;
        break;
    }
    case Kind::CreateCustomer:
    case Kind::UpdateCustomer:
        c.customer = {o.value(u"name"_s).toString(), o.value(u"email"_s).toString(),
                      o.value(u"phone"_s).toString()};
        break;
    case Kind::CreateProduct:
    case Kind::UpdateProduct:
        c.product.name = o.value(u"name"_s).toString();
        c.product.eanUpc = o.value(u"ean"_s).toString();
        if (o.value(u"stock"_s).isDouble())
            c.product.stockOnHand = qint64(o.value(u"stock"_s).toDouble());
        break;
    }
    if (!c.isCreate() && target.isEmpty())
        return std::nullopt;
    return c;
}

api::ApiJob* OutboxChange::send(api::Connector* connector, const QString& organisationId) const
{
    switch (kind) {
    case Kind::CreateBooking:
        return connector->createBooking(organisationId, booking, idempotencyKey);
    case Kind::BookingAction:
        return connector->bookingAction(organisationId, target, action, newTime, newDuration);
    case Kind::CreateCustomer:
        return connector->createCustomer(organisationId, customer, idempotencyKey);
    case Kind::UpdateCustomer:
        return connector->updateCustomer(organisationId, target, customer);
    case Kind::CreateProduct:
        return connector->createProduct(organisationId, product, idempotencyKey);
    case Kind::UpdateProduct:
        return connector->updateProduct(organisationId, target, product);
    }
    return nullptr;
}

} // namespace balie::models
