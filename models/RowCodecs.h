// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "RowStore.h"
#include "domain/Booking.h"
#include "domain/Customer.h"
#include "domain/Organisation.h"
#include "domain/Product.h"
#include "domain/Service.h"

namespace balie::models {

// How each record kept in a table is packed (RowStore).

template <>
struct RowCodec<api::Organisation>
{
    static void write(const api::Organisation& o, RowWriter& w);
    static api::Organisation read(RowReader& r);
};

template <>
struct RowCodec<api::Customer>
{
    static void write(const api::Customer& c, RowWriter& w);
    static api::Customer read(RowReader& r);
};

template <>
struct RowCodec<api::Account>
{
    static void write(const api::Account& a, RowWriter& w);
    static api::Account read(RowReader& r);
};

template <>
struct RowCodec<api::Service>
{
    static void write(const api::Service& s, RowWriter& w);
    static api::Service read(RowReader& r);
};

template <>
struct RowCodec<api::Booking>
{
    static void write(const api::Booking& b, RowWriter& w);
    static api::Booking read(RowReader& r);
};

template <>
struct RowCodec<api::Product>
{
    static void write(const api::Product& p, RowWriter& w);
    static api::Product read(RowReader& r);
};

} // namespace balie::models
