// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace balie::sandbox {

// An answer to write: status, content type, extra headers and body.
struct ApiResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, const QJsonObject& object);
    static ApiResponse json(int status, const QJsonArray& array);
    static ApiResponse text(int status, const QByteArray& body, const QByteArray& contentType);

    ApiResponse& withHeader(const QByteArray& name, const QByteArray& value);
    ApiResponse& withRetryAfter(qint64 seconds);
};

} // namespace balie::sandbox
