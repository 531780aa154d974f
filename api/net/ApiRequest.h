// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "RetryPolicy.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace balie::api {

class RateBudget;

// Everything needed to send one request; the client resolves the path against the
// connection's base URL and adds credentials.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // appended to the base URL, e.g. "/api/organisations/"
    QUrlQuery query;
    QUrl absoluteUrl; // set instead of path to follow a server's `next` link
    QByteArray body;
    QByteArray contentType = "application/json";
    QByteArray accept = "application/json";
    QByteArray idempotencyKey;
    bool serverHonoursIdempotencyKey = false; // set by connectors whose server documents it
    bool authenticated = true;
    int transferTimeoutMs = 30'000; // without a byte
    // Wall-clock time one attempt may take, however steadily bytes trickle in.
    int attemptDeadlineMs = 60'000;
    // The largest answer read; a larger one is aborted, never buffered whole.
    qint64 maxResponseBytes = qint64(64) << 20;
    RetryPolicy retry;
    QList<RateBudget*> budgets; // each must have room before the request goes
    QString organisationId;     // the organisation this request works for, if any
    // The answer must be JSON, but is read (and checked) elsewhere: list pages, on worker
    // threads. The job leaves json() empty.
    bool rawJson = false;

    static ApiRequest get(const QString& path, const QUrlQuery& query = {});
    static ApiRequest post(const QString& path, const QJsonDocument& body = {});
    static ApiRequest patch(const QString& path, const QJsonDocument& body);
    bool isRepeatable() const
    {
        return RetryPolicy::isSafeToRepeat(method, !idempotencyKey.isEmpty(),
                                           serverHonoursIdempotencyKey);
    }
    // A fresh random key (UUID) that stays the same across this request's attempts.
    static QByteArray newIdempotencyKey();
};

} // namespace balie::api
