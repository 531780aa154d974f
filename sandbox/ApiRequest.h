// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace balie::sandbox {

// A request as the dialects see it: decoded once by SandboxServer, independent of QtHttpServer.
struct ApiRequest
{
    QString method; // GET, POST, …
    QString path;   // full path, e.g. /otesse/v1/customers
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QHostAddress remoteAddress;
    QHash<QString, QString> params; // captures of the matched route, e.g. {"id": "cus_…"}

    QString header(const char* name) const;
    QString queryValue(const QString& key) const;
    // The body as a JSON object; nullopt when it is not one (an empty body gives an empty object).
    std::optional<QJsonObject> jsonObject() const;
    // http://<Host header><path>?<query>, for absolute links (DRF next/previous); with a valid
    // origin, on that origin's scheme, host and port instead of the Host header.
    QString absoluteUrl(const QUrlQuery& replacementQuery, const QUrl& origin = {}) const;
};

} // namespace balie::sandbox
