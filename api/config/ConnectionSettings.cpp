// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ConnectionSettings.h"

#include "net/HttpClient.h"

namespace balie::api {

QString ConnectionSettings::validate() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("balie::api::ConnectionSettings",
                                           "Give the connection a name.");
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return QCoreApplication::translate(
            "balie::api::ConnectionSettings",
            "Enter the server address, for example https://api.example.com.");
    if (!baseUrl.userInfo().isEmpty())
        return QCoreApplication::translate(
            "balie::api::ConnectionSettings",
            "Leave the user name and password out of the server address: Balie asks for them "
            "separately and keeps them in the keychain.");
    if (!HttpClient::isTransportAllowed(baseUrl))
        return QCoreApplication::translate(
            "balie::api::ConnectionSettings",
            "The server address must start with https:// (plain http:// only for this "
            "computer).");
    if (!Flavours::info(flavour).authSchemes.contains(auth))
        return QCoreApplication::translate(
            "balie::api::ConnectionSettings",
            "This kind of server does not support that way of signing in.");
    if (auth == AuthScheme::Login && (username.trimmed().isEmpty() || email.trimmed().isEmpty()))
        return QCoreApplication::translate(
            "balie::api::ConnectionSettings",
            "Signing in needs both the user name and the e-mail address.");
    return {};
}

ConnectionSettings::Field ConnectionSettings::invalidField() const
{
    if (name.trimmed().isEmpty())
        return Field::Name;
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() || !baseUrl.userInfo().isEmpty() ||
        !HttpClient::isTransportAllowed(baseUrl))
        return Field::BaseUrl;
    if (!Flavours::info(flavour).authSchemes.contains(auth))
        return Field::Auth;
    if (auth == AuthScheme::Login && username.trimmed().isEmpty())
        return Field::Username;
    if (auth == AuthScheme::Login && email.trimmed().isEmpty())
        return Field::Email;
    return Field::None;
}

} // namespace balie::api
