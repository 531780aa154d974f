// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Flavour.h"

using namespace Qt::StringLiterals;

namespace balie::api::Flavours {

FlavourInfo info(Flavour flavour)
{
    using C = Capability;
    switch (flavour) {
    case Flavour::Balie:
        return {flavour,
                u"balie"_s,
                QCoreApplication::translate("balie::api::Flavours", "Balie platform"),
                {AuthScheme::Login, AuthScheme::ApiKeyHeader},
                C::HelloWorld | C::Organisations | C::CreateOrganisation | C::ActivateOrganisation |
                    C::Customers | C::CreateCustomer | C::UpdateCustomer | C::Services |
                    C::Bookings | C::CreateBooking | C::BookingActions | C::Products |
                    C::CreateProduct | C::UpdateProduct | C::IncrementalSync | C::ChangeDuration,
                u"https://balie.example.com"_s};
    case Flavour::Oas:
        return {flavour,
                u"oas"_s,
                QCoreApplication::translate("balie::api::Flavours", "OAS"),
                {AuthScheme::ApiKeyHeader, AuthScheme::Login},
                C::HelloWorld | C::Organisations | C::CreateOrganisation | C::ActivateOrganisation,
                u"https://oas-beta.ottomate.me"_s};
    case Flavour::Otesse:
        return {flavour,
                u"otesse"_s,
                QCoreApplication::translate("balie::api::Flavours", "Otesse"),
                {AuthScheme::BearerKey},
                C::Customers | C::CreateCustomer | C::Bookings | C::CreateBooking |
                    C::IncrementalSync,
                u"https://api.otesse.com/v1"_s};
    case Flavour::Booking:
        return {flavour,
                u"booking"_s,
                QCoreApplication::translate("balie::api::Flavours", "Booking API"),
                {AuthScheme::BearerKey},
                C::Services | C::Bookings | C::CreateBooking | C::BookingActions,
                u"https://api.example.com"_s,
                {10, RateLimit::Window::Minute, true}};
    case Flavour::Telesto:
        return {flavour,
                u"telesto"_s,
                QCoreApplication::translate("balie::api::Flavours", "Telesto"),
                {AuthScheme::RawKey},
                C::Products | C::CreateProduct | C::UpdateProduct,
                u"https://telesto.app/v2"_s,
                {100, RateLimit::Window::Hour}};
    case Flavour::Outseta:
        return {flavour,
                u"outseta"_s,
                QCoreApplication::translate("balie::api::Flavours", "Outseta"),
                {AuthScheme::KeyAndSecret},
                C::Customers | C::CreateCustomer | C::Accounts,
                u"https://yourdomain.outseta.com/api/v1"_s,
                {4, RateLimit::Window::Second},
                true};
    }
    return {};
}

QList<Flavour> all()
{
    return {Flavour::Balie,   Flavour::Oas,     Flavour::Otesse,
            Flavour::Booking, Flavour::Telesto, Flavour::Outseta};
}

std::optional<Flavour> fromId(const QString& id)
{
    for (Flavour f : all()) {
        if (info(f).id.compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QString authSchemeId(AuthScheme scheme)
{
    switch (scheme) {
    case AuthScheme::ApiKeyHeader:
        return u"api-key"_s;
    case AuthScheme::Login:
        return u"login"_s;
    case AuthScheme::BearerKey:
        return u"bearer-key"_s;
    case AuthScheme::RawKey:
        return u"raw-key"_s;
    case AuthScheme::KeyAndSecret:
        return u"key-secret"_s;
    }
    return {};
}

std::optional<AuthScheme> authSchemeFromId(const QString& id)
{
    for (AuthScheme s : {AuthScheme::ApiKeyHeader, AuthScheme::Login, AuthScheme::BearerKey,
                         AuthScheme::RawKey, AuthScheme::KeyAndSecret}) {
        if (authSchemeId(s) == id)
            return s;
    }
    return std::nullopt;
}

QString authSchemeDisplayName(AuthScheme scheme)
{
    switch (scheme) {
    case AuthScheme::ApiKeyHeader:
        return QCoreApplication::translate("balie::api::Flavours", "API key");
    case AuthScheme::Login:
        return QCoreApplication::translate("balie::api::Flavours", "User name and password");
    case AuthScheme::BearerKey:
    case AuthScheme::RawKey:
        return QCoreApplication::translate("balie::api::Flavours", "API key");
    case AuthScheme::KeyAndSecret:
        return QCoreApplication::translate("balie::api::Flavours", "API key and secret");
    }
    return {};
}

bool needsSecret(AuthScheme scheme)
{
    return scheme == AuthScheme::KeyAndSecret;
}

qint64 windowMs(RateLimit::Window window)
{
    switch (window) {
    case RateLimit::Window::None:
        return 0;
    case RateLimit::Window::Second:
        return 1'000;
    case RateLimit::Window::Minute:
        return 60'000;
    case RateLimit::Window::Hour:
        return 3'600'000;
    }
    return 0;
}

} // namespace balie::api::Flavours
