// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Validators.h"

#include "Store.h"
#include "TimeFormat.h"

#include <QRegularExpression>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace balie::sandbox {

namespace {

using Code = FieldErrors::Code;

const QString required = u"This field is required."_s;
const QString blank = u"This field may not be blank."_s;
const QString dateFormat = u"Datetime has wrong format. Use one of these formats instead: "
                           "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."_s;

// A required or optional string field; false when it is present but not a string.
bool readString(const QJsonObject& body, const QString& field, QString* out, FieldErrors* errors)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined())
        return true;
    if (value.isNull()) {
        *out = QString();
        return true;
    }
    if (!value.isString()) {
        errors->add(field, Code::Invalid, u"Not a valid string."_s);
        return false;
    }
    *out = value.toString().trimmed();
    return true;
}

} // namespace

bool Validators::isEmail(const QString& text)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(text).hasMatch();
}

std::optional<int> Validators::integer(const QJsonValue& value, bool stringly)
{
    if (value.isDouble()) {
        // Range first: converting a double outside int's range is undefined behaviour.
        const double d = value.toDouble();
        if (!std::isfinite(d) || d < double(std::numeric_limits<int>::min()) ||
            d > double(std::numeric_limits<int>::max()) || std::floor(d) != d)
            return std::nullopt;
        return int(d);
    }
    if (stringly && value.isString()) {
        bool ok = false;
        const int i = value.toString().trimmed().toInt(&ok);
        if (ok)
            return i;
    }
    return std::nullopt;
}

FieldErrors Validators::customer(const QJsonObject& body, bool partial, const Store& store,
                                 CustomerRecord* customer)
{
    FieldErrors errors;
    for (const QString& field : {u"name"_s, u"email"_s}) {
        if (!partial && !body.contains(field))
            errors.add(field, Code::Missing, required);
    }
    QString name = customer->name;
    if (readString(body, u"name"_s, &name, &errors) && body.contains("name"_L1) && name.isEmpty())
        errors.add(u"name"_s, Code::Invalid, blank);
    QString email = customer->email;
    if (readString(body, u"email"_s, &email, &errors) && body.contains("email"_L1)) {
        email = email.toLower();
        if (email.isEmpty()) {
            errors.add(u"email"_s, Code::Invalid, blank);
        } else if (!isEmail(email)) {
            errors.add(u"email"_s, Code::Invalid, u"Enter a valid email address."_s);
        } else if (email != customer->email) {
            const auto existing = store.customerByEmail(customer->organisation, email);
            if (existing && existing->id != customer->id)
                errors.add(u"email"_s, Code::Invalid,
                           u"customer with this email already exists."_s);
        }
    }
    QString phone = customer->phone;
    readString(body, u"phone"_s, &phone, &errors);
    if (errors.isEmpty()) {
        customer->name = name;
        customer->email = email;
        customer->phone = phone;
    }
    return errors;
}

FieldErrors Validators::product(const QJsonObject& body, bool partial, bool stringly,
                                ProductRecord* product)
{
    FieldErrors errors;
    if (!partial && !body.contains("name"_L1))
        errors.add(u"name"_s, Code::Missing, required);
    QString name = product->name;
    if (readString(body, u"name"_s, &name, &errors) && body.contains("name"_L1) && name.isEmpty())
        errors.add(u"name"_s, Code::Invalid, blank);

    QString ean = product->eanUpc;
    const QJsonValue eanValue = body.value("ean_upc"_L1);
    if (stringly && eanValue.isDouble()) {
        // 14 digits at most: anything larger is not a code (and would not fit an integer).
        const double d = eanValue.toDouble();
        ean = d >= 0 && d < 1e14 && std::floor(d) == d ? QString::number(qint64(d))
                                                       : QString::number(d, 'g', 17);
    } else
        readString(body, u"ean_upc"_s, &ean, &errors);
    static const QRegularExpression digits(u"^[0-9]{8,14}$"_s);
    if (!ean.isEmpty() && !digits.match(ean).hasMatch())
        errors.add(u"ean_upc"_s, Code::Invalid, u"Enter 8 to 14 digits."_s);

    std::optional<int> stock = product->stockOnHand;
    const QJsonValue stockValue = body.value("stock_onhand"_L1);
    if (stockValue.isNull() || (stringly && stockValue.toString(u"x"_s).isEmpty())) {
        stock.reset();
    } else if (!stockValue.isUndefined()) {
        stock = integer(stockValue, stringly);
        if (!stock)
            errors.add(u"stock_onhand"_s, Code::Invalid, u"A valid integer is required."_s);
    }
    if (errors.isEmpty()) {
        product->name = name;
        product->eanUpc = ean;
        product->stockOnHand = stock;
    }
    return errors;
}

FieldErrors Validators::booking(const QJsonObject& body, const Store& store, qint64 org,
                                bool allowCustomerObject, BookingDraft* draft)
{
    FieldErrors errors;
    for (const QString& field : {u"service"_s, u"customer"_s, u"scheduled_at"_s}) {
        if (!body.contains(field) || body.value(field).isNull())
            errors.add(field, Code::Missing, required);
    }

    const QJsonValue serviceValue = body.value("service"_L1);
    if (serviceValue.isString()) {
        const auto service = store.service(org, serviceValue.toString());
        if (service)
            draft->service = *service;
        else
            errors.add(
                u"service"_s, Code::UnknownService,
                u"Invalid pk \"%1\" - object does not exist."_s.arg(serviceValue.toString()));
    } else if (!serviceValue.isUndefined() && !serviceValue.isNull()) {
        errors.add(u"service"_s, Code::Invalid, u"Not a valid string."_s);
    }

    const QJsonValue customerValue = body.value("customer"_L1);
    if (customerValue.isString()) {
        const auto customer = store.customer(org, customerValue.toString());
        if (customer) {
            draft->booking.customer = customer->id;
        } else {
            errors.add(
                u"customer"_s, Code::UnknownCustomer,
                u"Invalid pk \"%1\" - object does not exist."_s.arg(customerValue.toString()));
        }
    } else if (customerValue.isObject() && allowCustomerObject) {
        const QJsonObject c = customerValue.toObject();
        const QString email = c.value("email"_L1).toString().trimmed().toLower();
        const QString name = c.value("name"_L1).toString().trimmed();
        if (!isEmail(email)) {
            errors.add(u"customer.email"_s, Code::Invalid, u"Enter a valid email address."_s);
        } else if (const auto existing = store.customerByEmail(org, email)) {
            draft->booking.customer = existing->id;
        } else if (name.isEmpty()) {
            errors.add(u"customer.name"_s, Code::Missing, required);
        } else {
            draft->createsCustomer = true;
            draft->newCustomer.organisation = org;
            draft->newCustomer.name = name;
            draft->newCustomer.email = email;
        }
    } else if (!customerValue.isUndefined() && !customerValue.isNull()) {
        errors.add(u"customer"_s, Code::Invalid, u"Not a valid string."_s);
    }

    const QJsonValue when = body.value("scheduled_at"_L1);
    if (!when.isUndefined() && !when.isNull()) {
        const auto start = TimeFormat::parseIso(when.toString());
        if (start)
            draft->booking.startMs = *start;
        else
            errors.add(u"scheduled_at"_s, Code::Invalid, dateFormat);
    }

    draft->booking.duration = draft->service.duration;
    const QJsonValue duration = body.value("duration"_L1);
    if (!duration.isUndefined() && !duration.isNull()) {
        const auto minutes = integer(duration, false);
        if (!minutes || *minutes < 5 || *minutes > 600)
            errors.add(u"duration"_s, Code::Invalid,
                       u"Enter a whole number of minutes from 5 to 600."_s);
        else
            draft->booking.duration = *minutes;
    }
    const QJsonValue note = body.value("note"_L1);
    if (note.isString())
        draft->booking.note = note.toString();
    else if (!note.isUndefined() && !note.isNull())
        errors.add(u"note"_s, Code::Invalid, u"Not a valid string."_s);
    draft->booking.organisation = org;
    return errors;
}

FieldErrors Validators::reschedule(const QJsonObject& body, int currentDuration, qint64* startMs,
                                   int* duration)
{
    FieldErrors errors;
    const QJsonValue when = body.value("scheduled_at"_L1);
    if (when.isUndefined() || when.isNull()) {
        errors.add(u"scheduled_at"_s, Code::Missing, required);
    } else if (const auto start = TimeFormat::parseIso(when.toString())) {
        *startMs = *start;
    } else {
        errors.add(u"scheduled_at"_s, Code::Invalid, dateFormat);
    }
    *duration = currentDuration;
    const QJsonValue value = body.value("duration"_L1);
    if (!value.isUndefined() && !value.isNull()) {
        const auto minutes = integer(value, false);
        if (!minutes || *minutes < 5 || *minutes > 600)
            errors.add(u"duration"_s, Code::Invalid,
                       u"Enter a whole number of minutes from 5 to 600."_s);
        else
            *duration = *minutes;
    }
    return errors;
}

} // namespace balie::sandbox
