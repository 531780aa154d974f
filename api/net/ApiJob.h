// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace balie::api {

class HttpClient;
class OneShotBody;
class RateBudget;

// One request, from the first attempt to its end: waits for rate budgets, adds credentials,
// owns its reply, has a transfer timeout, retries only where safe, replays once after a token
// refresh, and ends in exactly one of a result or an ApiError, announced by finished() once.
// Nothing here blocks or spins an event loop. A job deletes itself after finished() unless
// setAutoDelete(false).
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ~ApiJob() override;

    const ApiRequest& request() const { return m_request; }
    QString organisationId() const { return m_request.organisationId; }

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray body() const { return m_body; }
    QJsonDocument json() const { return m_json; }
    int attempts() const { return m_attempts; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    // Makes the job end with `error` as soon as it starts, without a request.
    void failOnStart(const ApiError& error) { m_presetError = error; }

public Q_SLOTS:
    // Ends the job now with a Cancelled error; harmless after it has finished.
    void cancel();

Q_SIGNALS:
    void finished(balie::api::ApiJob* job);
    // A rate budget holds the request back for this long before it goes.
    void waitingForBudget(qint64 ms);
    // The last attempt failed with `error`; attempt number `nextAttempt` goes in `delayMs`.
    void retrying(int nextAttempt, int delayMs, const balie::api::ApiError& error);

protected:
    ApiJob(HttpClient* client, ApiRequest request);
    // Turns a successful answer into the job's result; an error here fails the job as a bad
    // response. The default accepts any JSON body, or any body when JSON is not expected.
    virtual ApiError interpret();

private:
    friend class HttpClient;
    void start();
    void attempt();
    void send();
    void onReplyFinished();
    void watchSize(QNetworkReply* reply);
    void abortAttempt(bool tooLarge);
    ApiError writeOutcome(const ApiError& error) const;
    static ApiError budgetRefusal(const RateBudget* budget, qint64 waitMs);
    void retryOrFinish(const ApiError& error);
    void waitForRefresh();
    void finish(const ApiError& error);

    QPointer<HttpClient> m_client;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QPointer<OneShotBody> m_sentBody;
    QTimer m_waitTimer;
    QTimer m_attemptTimer;
    QElapsedTimer m_elapsed;
    QMetaObject::Connection m_refreshConnection;
    int m_attempts = 0;
    int m_serverWaits = 0; // retries after a server's own Retry-After: not counted as attempts
    bool m_attemptTimedOut = false;
    bool m_tooLarge = false;
    int m_authGeneration = 0;
    bool m_replayedAfterRefresh = false;
    bool m_finished = false;
    bool m_autoDelete = true;
    int m_httpStatus = 0;
    QByteArray m_body;
    QJsonDocument m_json;
    ApiError m_error;
    std::optional<ApiError> m_presetError;
};

// A job whose answer is parsed into a value (an Organisation, a Booking, ...).
template <class T>
class ValueJob : public ApiJob
{
public:
    using Parser = std::function<std::optional<T>(const QByteArray& body, QString* error)>;

    ValueJob(HttpClient* client, ApiRequest request, Parser parser)
        : ApiJob(client, std::move(request))
        , m_parser(std::move(parser))
    {}

    const T& value() const { return m_value; }

protected:
    ApiError interpret() override
    {
        QString why;
        std::optional<T> parsed = m_parser(body(), &why);
        if (!parsed)
            return ApiError(ApiError::Kind::BadResponse, why);
        m_value = std::move(*parsed);
        return {};
    }

private:
    Parser m_parser;
    T m_value{};
};

} // namespace balie::api
