// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Table.h"
#include "domain/Booking.h"
#include "domain/Customer.h"
#include "domain/Organisation.h"
#include "domain/Product.h"
#include "domain/Service.h"

#include <QCoreApplication>
#include <QDateTime>

namespace balie::cli {

// Turns records into tables: translated headers and values in the user's locale for people,
// stable keys, plain numbers and ISO 8601 UTC for scripts.
class RecordTables
{
    Q_DECLARE_TR_FUNCTIONS(balie::cli::RecordTables)

public:
    // `activeId`: the organisation this connection works on, marked as active.
    static Table organisations(const QList<api::Organisation>& rows, const QString& activeId);
    static Table customers(const QList<api::Customer>& rows);
    static Table accounts(const QList<api::Account>& rows);
    static Table services(const QList<api::Service>& rows);
    static Table bookings(const QList<api::Booking>& rows);
    static Table products(const QList<api::Product>& rows);

    // Person-facing formats in the user's locale.
    static QString minutes(int minutes);
    static QString availability(const api::Availability& availability);

    // Script-facing values.
    static QJsonValue isoUtc(const QDateTime& dateTime);
};

} // namespace balie::cli
