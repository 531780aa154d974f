// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Booking.h"
#include "Customer.h"
#include "JsonValue.h"
#include "Organisation.h"
#include "Product.h"
#include "Service.h"

#include <QJsonObject>
#include <optional>

namespace balie::api::DomainJson {

// Row readers shared by the flavours whose field names agree (the platform, OAS, Otesse, the
// Booking API and Telesto): the tolerant field readers absorb the differences in types.
// Each returns nullopt with `error` set when the row would corrupt data.
std::optional<Organisation> organisation(const JsonValue& o, QString* error);
std::optional<Customer> customer(const JsonValue& o, QString* error);
std::optional<Service> service(const JsonValue& o, QString* error);
std::optional<Booking> booking(const JsonValue& o, QString* error);
std::optional<Product> product(const JsonValue& o, QString* error);
// Outseta's people: {Uid, Email, FirstName, LastName, PhoneMobile, Account{Name}, ...}.
std::optional<Customer> outsetaPerson(const JsonValue& o, QString* error);
std::optional<Account> outsetaAccount(const JsonValue& o, QString* error);

// The draft field a server's field name stands for, in every flavour's words ("ean_upc" and
// "ean" are "eanUpc", Outseta's "Email" is "email"): error messages go next to the right field
// without the console knowing the servers' names. Unknown names come back as they are.
QString draftField(const QString& serverField);

QJsonObject toJson(const OrganisationDraft& draft);
QJsonObject toJson(const CustomerDraft& draft);
QJsonObject toJson(const BookingDraft& draft);
QJsonObject toJson(const ProductDraft& draft);
QJsonObject toOutsetaPerson(const CustomerDraft& draft);

} // namespace balie::api::DomainJson
