// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ApiResponse.h"

#include <QJsonDocument>

namespace balie::sandbox {

ApiResponse ApiResponse::json(int status, const QJsonObject& object)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::json(int status, const QJsonArray& array)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::text(int status, const QByteArray& body, const QByteArray& contentType)
{
    ApiResponse response;
    response.status = status;
    response.body = body;
    response.contentType = contentType;
    return response;
}

ApiResponse& ApiResponse::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

ApiResponse& ApiResponse::withRetryAfter(qint64 seconds)
{
    return withHeader(QByteArrayLiteral("Retry-After"),
                      QByteArray::number(qMax<qint64>(1, seconds)));
}

} // namespace balie::sandbox
