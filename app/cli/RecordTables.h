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

// Records as balie-cli prints them, through the console's column schema (models::Schemas):
// the same keys, titles and values as the console's tables and export. Each cell holds the
// text a person reads (the user's locale) and the value a script reads (plain numbers, ISO 8601
// UTC, null when unknown).
class RecordTables
{
public:
    // `activeId`: the organisation this connection works on, marked as active.
    static Table organisations(QList<api::Organisation> rows, const QString& activeId);
    static Table customers(const QList<api::Customer>& rows);
    static Table accounts(const QList<api::Account>& rows);
    static Table services(const QList<api::Service>& rows);
    static Table bookings(const QList<api::Booking>& rows);
    static Table products(const QList<api::Product>& rows);

    static QJsonValue isoUtc(const QDateTime& dateTime);
};

} // namespace balie::cli
