// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "FieldErrors.h"
#include "Records.h"

#include <QJsonObject>

namespace balie::sandbox {

class Store;

// Reads and checks request bodies shared by the flavours. `partial` means PATCH: absent fields
// keep their value.
class Validators
{
public:
    // name, email (unique in the organisation), phone.
    static FieldErrors customer(const QJsonObject& body, bool partial, const Store& store,
                                CustomerRecord* customer);
    // name, ean_upc (8–14 digits or empty), stock_onhand (integer, null or, stringly, "").
    static FieldErrors product(const QJsonObject& body, bool partial, bool stringly,
                               ProductRecord* product);

    struct BookingDraft
    {
        ServiceRecord service;
        BookingRecord booking;
        CustomerRecord newCustomer; // Booking API: {name, email} of a customer to create
        bool createsCustomer = false;
    };
    // service, customer (an id, or with allowCustomerObject {name, email}), scheduled_at,
    // duration?, note?.
    static FieldErrors booking(const QJsonObject& body, const Store& store, qint64 org,
                               bool allowCustomerObject, BookingDraft* draft);
    // scheduled_at and duration? of a reschedule; duration defaults to the current one.
    static FieldErrors reschedule(const QJsonObject& body, int currentDuration, qint64* startMs,
                                  int* duration);

    static bool isEmail(const QString& text);
    static std::optional<int> integer(const QJsonValue& value, bool stringly);
};

} // namespace balie::sandbox
