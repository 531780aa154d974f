// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Booking.h"
#include "domain/Customer.h"
#include "domain/Organisation.h"
#include "domain/Product.h"
#include "domain/Service.h"

#include <QList>
#include <QVariant>
#include <functional>

namespace balie::models {

// A column described as data: a stable key (settings, CSV headers, --json), a translatable
// title, and how to show, sort and hand a record's value to a script. A column without its own
// sort value is text: what it shows is what a filter searches (dates, numbers and statuses are
// left out of the search).
template <class T>
struct RecordColumn
{
    using Value = std::function<QVariant(const T&)>;

    RecordColumn(const char* columnKey, const char* columnTitle, Value displayValue,
                 Value sortValue = {}, Value exportedValue = {},
                 Qt::Alignment columnAlignment = Qt::AlignLeft | Qt::AlignVCenter)
        : key(columnKey)
        , title(columnTitle)
        , display(std::move(displayValue))
        , sort(std::move(sortValue))
        , exported(std::move(exportedValue))
        , alignment(columnAlignment)
    {}

    // Where the column shows before anyone chooses. The console has every column (its Columns
    // menu shows the hidden ones); balie-cli's tables stay narrow; --json and --csv have every
    // column but the summaries for people.
    RecordColumn& hiddenInConsole()
    {
        shownInConsole = false;
        return *this;
    }
    RecordColumn& outOfCliTables()
    {
        inCliTable = false;
        return *this;
    }
    RecordColumn& forPeopleOnly()
    {
        forScripts = false;
        return *this;
    }
    // An amount: the ISO code of its currency, so that a spreadsheet export adds up only the
    // amounts in the reader's own currency.
    RecordColumn& inCurrency(Value code)
    {
        currency = std::move(code);
        return *this;
    }

    // A phone number: searched without its spaces, and in its national form ("+31 6 1234 5678"
    // is found by "0612345678").
    RecordColumn& phoneNumber()
    {
        phone = true;
        return *this;
    }

    bool isSearched() const { return !sort; }

    const char* key;
    const char* title; // QT_TRANSLATE_NOOP in the schema's context
    Value display;
    Value sort;     // empty: sort by display
    Value exported; // for scripts: plain numbers, ISO 8601 UTC, lists; invalid when unknown.
                    // Empty: the display text.
    Value currency;
    Qt::Alignment alignment;
    bool shownInConsole = true;
    bool inCliTable = true;
    bool forScripts = true;
    bool phone = false;
};

// The columns of one resource, for every table that shows it: the console's models and
// export, and balie-cli's tables, --json and --csv.
template <class T>
struct RecordSchema
{
    const char* context; // of the titles' translations
    QList<RecordColumn<T>> columns;
};

namespace Schemas {
RecordSchema<api::Organisation> organisations();
RecordSchema<api::Customer> customers();
RecordSchema<api::Account> accounts();
RecordSchema<api::Service> services();
RecordSchema<api::Booking> bookings();
RecordSchema<api::Product> products();
} // namespace Schemas

} // namespace balie::models
