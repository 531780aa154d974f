// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

namespace balie::api {

// What came back from one HTTP exchange, independent of QNetworkReply so that it can be
// parsed (and fuzzed) on its own.
struct ReplySnapshot
{
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    QByteArray requestId;
    bool timedOut = false;
};

// Turns any error answer of any flavour into one ApiError: DRF's {detail} and field errors,
// Otesse's and the Booking API's {error:{...}}, Telesto's {statusCode, error}, Outseta's, an
// HTML page from a proxy, an empty or broken body, a dropped connection or a timeout.
class ErrorParser
{
    Q_DECLARE_TR_FUNCTIONS(ErrorParser)

public:
    static ApiError parse(const ReplySnapshot& reply,
                          const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Seconds ("120") or an HTTP-date; -1 when absent or unreadable.
    static qint64 parseRetryAfterMs(const QByteArray& value, const QDateTime& now);
    static ApiError::Kind kindForStatus(int status);
    static bool isSuccess(int status) { return status >= 200 && status < 300; }
};

} // namespace balie::api
