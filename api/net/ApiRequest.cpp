// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ApiRequest.h"

#include <QUuid>

namespace balie::api {

ApiRequest ApiRequest::get(const QString& path, const QUrlQuery& query)
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    return request;
}

ApiRequest ApiRequest::post(const QString& path, const QJsonDocument& body)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    if (!body.isNull())
        request.body = body.toJson(QJsonDocument::Compact);
    return request;
}

ApiRequest ApiRequest::patch(const QString& path, const QJsonDocument& body)
{
    ApiRequest request = post(path, body);
    request.method = "PATCH";
    return request;
}

QByteArray ApiRequest::newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace balie::api
