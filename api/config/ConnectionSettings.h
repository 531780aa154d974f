// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Flavour.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace balie::api {

// What Balie remembers about a connection. Nothing here is secret: it is kept in QSettings.
struct ConnectionSettings
{
    QString id; // a UUID, also the key prefix of the connection's keychain entries
    QString name;
    Flavour flavour = Flavour::Balie;
    QUrl baseUrl;
    AuthScheme auth = AuthScheme::Login;
    QString username;
    QString email;
    QString refreshPath = QStringLiteral("/api/auth/refresh/");
    int pageSize = 0; // 0: the flavour's default
    // Requests allowed in the flavour's window (Outseta a second, Telesto an hour, Booking API
    // creations a minute), where plans differ; 0: the documented limit.
    int requestBudget = 0;
    // Outseta's guide does not say what `offset` counts: items (the usual meaning) or pages.
    bool offsetCountsPages = false;

    // An empty string when usable, else what is wrong, translated.
    QString validate() const;
    // The field validate() complains about.
    enum class Field
    {
        None,
        Name,
        BaseUrl,
        Auth,
        Username,
        Email
    };
    Field invalidField() const;
};

// The secrets of a connection, held in memory only while needed; stored only in the keychain.
struct Credentials
{
    QByteArray apiKey;
    QByteArray secret;       // Outseta's secret key
    QByteArray refreshToken; // after a login
    // The short-lived token of that session, kept too so that each balie-cli command does not
    // renew the session first; an expired one gets a 401 and one refresh, as ever.
    QByteArray accessToken;

    bool isEmpty() const
    {
        return apiKey.isEmpty() && secret.isEmpty() && refreshToken.isEmpty() &&
               accessToken.isEmpty();
    }
};

} // namespace balie::api
