// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QString>
#include <optional>

namespace balie::api {

enum class Flavour
{
    Balie,
    Oas,
    Otesse,
    Booking,
    Telesto,
    Outseta
};

// What a flavour can do, so that front-ends show only what works.
enum class Capability : quint32
{
    HelloWorld = 1u << 0,
    Organisations = 1u << 1, // a real list of organisations (else one implicit one)
    CreateOrganisation = 1u << 2,
    ActivateOrganisation = 1u << 3,
    Customers = 1u << 4,
    CreateCustomer = 1u << 5,
    Services = 1u << 6,
    Bookings = 1u << 7,
    CreateBooking = 1u << 8,
    BookingActions = 1u << 9,
    Products = 1u << 10,
    CreateProduct = 1u << 11,
    UpdateProduct = 1u << 12,
    IncrementalSync = 1u << 13, // customers updated after a time
    UpdateCustomer = 1u << 14,
    Accounts = 1u << 15,       // the companies customers belong to (Outseta)
    ChangeDuration = 1u << 16, // a reschedule may also give the booking a new length
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

// How a connection proves who it is.
enum class AuthScheme
{
    ApiKeyHeader, // X-Api-Key: <key> (OAS)
    Login,        // username, email, password -> Bearer access + refresh (OAS)
    BearerKey,    // Authorization: Bearer <key> (Otesse, Booking API)
    RawKey,       // Authorization: <key> (Telesto)
    KeyAndSecret, // Authorization: Outseta <key>:<secret>
};

// A request limit the flavour's guide documents; a plan may allow another number
// (ConnectionSettings::requestBudget).
struct RateLimit
{
    enum class Window
    {
        None, // no documented limit
        Second,
        Minute,
        Hour
    };
    int documented = 0;
    Window window = Window::None;
    bool creationsOnly = false; // only creations count (Booking API)

    bool exists() const { return window != Window::None; }
};

struct FlavourInfo
{
    Flavour flavour;
    QString id;                    // "balie", "oas", ... as in settings and on the command line
    QString displayName;           // translated
    QList<AuthScheme> authSchemes; // the first is the default
    Capabilities capabilities;
    QString exampleBaseUrl;
    RateLimit rateLimit = {};
    // Outseta's guide does not say whether `offset` counts items or pages.
    bool offsetUnitUndocumented = false;

    bool can(Capability c) const { return capabilities.testFlag(c); }
};

namespace Flavours {
FlavourInfo info(Flavour flavour);
QList<Flavour> all();
std::optional<Flavour> fromId(const QString& id);
QString authSchemeId(AuthScheme scheme);
std::optional<AuthScheme> authSchemeFromId(const QString& id);
QString authSchemeDisplayName(AuthScheme scheme);
bool needsSecret(AuthScheme scheme);
qint64 windowMs(RateLimit::Window window);
} // namespace Flavours

} // namespace balie::api
