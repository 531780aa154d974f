// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ApiJob.h"

#include "ApiLogging.h"
#include "ErrorParser.h"
#include "HttpClient.h"
#include "OneShotBody.h"
#include "RateBudget.h"
#include "auth/Authenticator.h"

#include <QLocale>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace balie::api {

ApiJob::ApiJob(HttpClient* client, ApiRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
    m_waitTimer.setSingleShot(true);
    // Retry-After is a promise about time; a coarse timer may fire up to 5 % early.
    m_waitTimer.setTimerType(Qt::PreciseTimer);
    m_attemptTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, [this] { abortAttempt(false); });
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::start()
{
    m_elapsed.start();
    if (m_presetError) {
        finish(*m_presetError);
        return;
    }
    attempt();
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    finish(ApiError(ApiError::Kind::Cancelled, QString()));
}

void ApiJob::attempt()
{
    if (m_finished)
        return;
    if (!m_client) {
        finish(ApiError(ApiError::Kind::Cancelled, QString()));
        return;
    }
    const QUrl url = m_client->urlFor(m_request);
    if (!HttpClient::isTransportAllowed(url)) {
        finish(ApiError(ApiError::Kind::Insecure, url.host()));
        return;
    }

    Authenticator* auth = m_request.authenticated ? m_client->authenticator() : nullptr;
    if (auth && auth->state() == Authenticator::State::Ready && auth->needsRefreshBeforeUse())
        auth->requestRefresh(auth->generation());
    if (auth && auth->state() == Authenticator::State::Refreshing) {
        waitForRefresh();
        return;
    }
    if (auth && auth->state() == Authenticator::State::LoginRequired) {
        finish(ApiError(ApiError::Kind::LoginRequired, QString()));
        return;
    }

    // Every budget must have room; a short wait is queued, a long one refused. Spent at the
    // last moment, atomically across processes (a request has one budget: the server's limit
    // it counts against).
    qint64 wait = 0;
    RateBudget* limiting = nullptr;
    for (qsizetype i = 0; wait == 0 && i < m_request.budgets.size(); ++i) {
        limiting = m_request.budgets.at(i);
        wait = limiting->acquire();
    }
    if (wait > 0) {
        if (wait > limiting->maxQueueMs()) {
            qCInfo(lcApi) << "budget" << limiting->name() << "spent; next request in" << wait
                          << "ms";
            finish(budgetRefusal(limiting, wait));
            return;
        }
        Q_EMIT waitingForBudget(wait);
        m_waitTimer.disconnect();
        connect(&m_waitTimer, &QTimer::timeout, this, &ApiJob::attempt);
        m_waitTimer.start(int(wait));
        return;
    }
    send();
}

void ApiJob::send()
{
    ++m_attempts;
    QNetworkRequest request(m_client->urlFor(m_request));
    request.setTransferTimeout(m_request.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader("Accept", m_request.accept);
    request.setRawHeader("User-Agent", m_client->userAgent());
    if (!m_request.body.isEmpty() || m_request.method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    if (!m_request.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_request.idempotencyKey);
    if (m_request.authenticated) {
        if (Authenticator* auth = m_client->authenticator()) {
            m_authGeneration = auth->generation();
            auth->authorize(request);
        }
    }

    QNetworkAccessManager* nam = m_client->networkManager();
    m_attemptTimedOut = false;
    m_tooLarge = false;
    if (m_request.method == "GET" || m_request.method == "HEAD") {
        m_reply = nam->sendCustomRequest(request, m_request.method, m_request.body);
    } else {
        // Sent once per attempt, whatever the connection does (see OneShotBody).
        auto* body = new OneShotBody(m_request.body);
        m_reply = nam->sendCustomRequest(request, m_request.method, body);
        body->setParent(m_reply);
        m_sentBody = body;
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    watchSize(m_reply);
    m_attemptTimer.start(qMax(1, m_request.attemptDeadlineMs));
    connect(m_reply, &QNetworkReply::sslErrors, this, [](const QList<QSslError>& errors) {
        // Never ignored: the reply then fails with SslHandshakeFailedError.
        for (const QSslError& e : errors)
            qCWarning(lcApi) << "TLS error:" << e.errorString();
    });
    qCDebug(lcApi).noquote() << m_request.method << HttpClient::redacted(request.url()) << "attempt"
                             << m_attempts;
}

void ApiJob::watchSize(QNetworkReply* reply)
{
    const qint64 cap = m_request.maxResponseBytes;
    if (cap <= 0)
        return;
    // Refused as soon as the headers announce too much, and while an answer of unknown length
    // streams in: nothing larger than the cap is ever held.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, cap] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap)
            abortAttempt(true);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, cap](qint64 received, qint64) {
        if (received > cap)
            abortAttempt(true);
    });
}

void ApiJob::abortAttempt(bool tooLarge)
{
    if (!m_reply)
        return;
    (tooLarge ? m_tooLarge : m_attemptTimedOut) = true;
    m_reply->abort(); // finished() follows at once, with OperationCanceledError
}

void ApiJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    m_attemptTimer.stop();
    if (!reply)
        return;
    reply->deleteLater();

    if (m_tooLarge) {
        m_body.clear();
        const QString cap = QLocale().formattedDataSize(m_request.maxResponseBytes);
        finish(ApiError::said(ApiError::Kind::BadResponse, u"response_too_large"_s,
                              tr("The server's answer is larger than %1, more than Balie reads "
                                 "in one answer; it stopped reading.")
                                  .arg(cap)));
        return;
    }
    const QNetworkReply::NetworkError replyError = reply->error();
    if (replyError == QNetworkReply::InsecureRedirectError ||
        replyError == QNetworkReply::TooManyRedirectsError) {
        // A refusal of ours, not a network fault: another try would be refused the same way.
        QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (!target.isValid())
            target = QUrl::fromEncoded(reply->rawHeader("Location"));
        const QUrl to = target.isValid() ? reply->url().resolved(target) : QUrl();
        qCWarning(lcApi).noquote() << "refused a redirect to" << HttpClient::redacted(to);
        finish(replyError == QNetworkReply::InsecureRedirectError
                   ? ApiError::said(ApiError::Kind::BadResponse, u"cross_origin_redirect"_s,
                                    tr("The server sent Balie on to another server (%1). Balie "
                                       "did not follow, so that your credentials stay with this "
                                       "server; check the server address of this connection.")
                                        .arg(to.host().isEmpty() ? tr("unknown") : to.host()))
                   : ApiError::said(ApiError::Kind::BadResponse, u"too_many_redirects"_s,
                                    tr("The server kept sending Balie on to other addresses.")));
        return;
    }

    ReplySnapshot snap;
    snap.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    snap.networkError = reply->error();
    snap.networkErrorString = reply->errorString();
    // With no status, OperationCanceled can only be the transfer timeout: cancel() disconnects
    // from the reply before aborting it.
    snap.timedOut = snap.httpStatus == 0 && reply->error() == QNetworkReply::OperationCanceledError;
    if (m_attemptTimedOut)
        snap.timedOut = true;
    snap.body = reply->readAll();
    snap.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    snap.retryAfter = reply->rawHeader("Retry-After");
    snap.requestId = reply->rawHeader("X-Request-Id");

    qCDebug(lcApi).noquote() << m_request.method << HttpClient::redacted(reply->url()) << "->"
                             << snap.httpStatus << reply->error();

    // A body cut short is a network failure, not data. QNetworkAccessManager does not always
    // say so when the peer closes before Content-Length is reached, so check it here (only for
    // identity encoding: a compressed body is longer than its declared length once inflated).
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool bodyExpected =
        m_request.method != "HEAD" && snap.httpStatus != 204 && snap.httpStatus != 304;
    const bool shortBody = bodyExpected && declared.isValid() &&
                           reply->rawHeader("Content-Encoding").isEmpty() &&
                           declared.toLongLong() > snap.body.size();
    // Errors 1-99 are the transport's (closed, timed out, ...): after the headers they still
    // mean the answer is incomplete, whatever its status said.
    const bool transportError = reply->error() > QNetworkReply::NoError &&
                                reply->error() < QNetworkReply::ProxyConnectionRefusedError;
    if (snap.httpStatus != 0 && (shortBody || transportError)) {
        snap.timedOut =
            reply->error() == QNetworkReply::OperationCanceledError || m_attemptTimedOut;
        snap.httpStatus = 0;
        if (!transportError)
            snap.networkError = QNetworkReply::RemoteHostClosedError;
        snap.networkErrorString = tr("The connection closed before the whole answer arrived.");
    }

    if (ErrorParser::isSuccess(snap.httpStatus) && snap.networkError == QNetworkReply::NoError) {
        m_httpStatus = snap.httpStatus;
        m_body = snap.body;
        // A caller that asks only for JSON gets JSON or an error; one that also takes text
        // (helloworld) gets JSON parsed only when the server says it is JSON.
        const bool jsonOnly = m_request.accept == "application/json";
        if (m_request.rawJson) {
            // Read (and checked) on a worker thread by the list job.
        } else if (jsonOnly || snap.contentType.contains("json")) {
            QJsonParseError parseError;
            m_json = QJsonDocument::fromJson(m_body, &parseError);
            if (parseError.error != QJsonParseError::NoError && !m_body.isEmpty()) {
                ApiError error = ErrorParser::parse(snap);
                error.setCode(u"unreadable_body"_s); // a proxy's page, a cut: worth another try
                retryOrFinish(error);
                return;
            }
        }
        finish(interpret());
        return;
    }

    ApiError error = ErrorParser::parse(snap);
    m_httpStatus = snap.httpStatus;
    Authenticator* auth = m_request.authenticated && m_client ? m_client->authenticator() : nullptr;
    if (snap.httpStatus == 401 && auth && auth->state() == Authenticator::State::LoginRequired)
        error.setKind(ApiError::Kind::LoginRequired); // a refresh was already refused
    if (snap.httpStatus == 401 && auth && auth->canRefresh() && !m_replayedAfterRefresh) {
        m_replayedAfterRefresh = true;
        if (auth->requestRefresh(m_authGeneration)) {
            waitForRefresh();
            return;
        }
        if (auth->state() != Authenticator::State::LoginRequired) {
            attempt(); // renewed while this request was out: replay it
            return;
        }
        error.setKind(ApiError::Kind::LoginRequired);
    }
    if (snap.httpStatus == 429) {
        // A server whose 429 is a block (Telesto): remembered by every process, and never
        // retried into.
        for (RateBudget* budget : std::as_const(m_request.budgets)) {
            if (!budget->blocksOnRefusal())
                continue;
            budget->noteRefusal(error.retryAfterMs());
            finish(budgetRefusal(budget, budget->waitMs()));
            return;
        }
    }
    retryOrFinish(error);
}

ApiError ApiJob::budgetRefusal(const RateBudget* budget, qint64 waitMs)
{
    ApiError error(ApiError::Kind::RateLimited, QString());
    error.setCode(u"client_budget"_s);
    error.setRetryAfterMs(waitMs);
    if (budget->blockedUntil() > 0) {
        error.setCode(u"server_block"_s);
        const QDateTime until = error.retryAt().toLocalTime();
        const QString when = until.date() == QDate::currentDate()
                                 ? QLocale().toString(until.time(), QLocale::ShortFormat)
                                 : QLocale().toString(until, QLocale::ShortFormat);
        error.setSentence(
            tr("%1 blocks requests from this computer until %2. Balie sends "
               "nothing to it before then, so that the block does not grow.")
                .arg(budget->serverName().isEmpty() ? budget->name() : budget->serverName(), when));
    }
    return error;
}

void ApiJob::waitForRefresh()
{
    Authenticator* auth = m_client->authenticator();
    QObject::disconnect(m_refreshConnection);
    m_refreshConnection = connect(
        auth, &Authenticator::refreshFinished, this, [this](bool ok, const ApiError& error) {
            QObject::disconnect(m_refreshConnection);
            if (ok) {
                attempt();
            } else if (error.kind() == ApiError::Kind::Auth ||
                       error.kind() == ApiError::Kind::Validation) {
                finish(ApiError(ApiError::Kind::LoginRequired, QString()));
            } else if (error.kind() == ApiError::Kind::OutcomeUnknown) {
                // The refresh's answer was lost, not this request's: it never went.
                ApiError unreached = error;
                unreached.setKind(ApiError::Kind::Network);
                finish(unreached);
            } else {
                finish(error);
            }
        });
}

void ApiJob::retryOrFinish(const ApiError& error)
{
    // A wait the server asked for (429 or 503 with Retry-After) is not a failed attempt: only
    // the deadline bounds those.
    const bool serverWait =
        error.retryAfterMs() >= 0 && (error.httpStatus() == 429 || error.httpStatus() == 503);
    const int counted = m_attempts - m_serverWaits - (serverWait ? 1 : 0);
    const std::optional<int> delay = m_request.retry.delayBeforeRetry(
        counted + 1, error, m_request.method, m_request.isRepeatable(), m_elapsed.elapsed());
    if (!delay) {
        finish(writeOutcome(error));
        return;
    }
    if (serverWait)
        ++m_serverWaits;
    qCInfo(lcApi).noquote() << "retrying" << m_request.method
                            << HttpClient::redacted(m_client->urlFor(m_request)) << "in" << *delay
                            << "ms after" << ApiError::kindName(error.kind()) << error.httpStatus();
    m_waitTimer.disconnect();
    connect(&m_waitTimer, &QTimer::timeout, this, &ApiJob::attempt);
    m_waitTimer.start(*delay);
    Q_EMIT retrying(m_attempts + 1, *delay, error);
}

ApiError ApiJob::interpret()
{
    return {};
}

ApiError ApiJob::writeOutcome(const ApiError& error) const
{
    // A write whose answer was lost may have been carried out: say so, rather than "could not
    // be reached". Refused connections and unknown hosts never reached the server.
    if (m_request.method == "GET" || m_request.method == "HEAD" || m_attempts == 0)
        return error;
    const bool lostAnswer = error.kind() == ApiError::Kind::Timeout ||
                            (error.kind() == ApiError::Kind::Network && error.httpStatus() == 0 &&
                             error.code() != u"not_reached");
    if (!lostAnswer)
        return error;
    ApiError unknown = error;
    unknown.setKind(ApiError::Kind::OutcomeUnknown);
    return unknown;
}

void ApiJob::finish(const ApiError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_waitTimer.stop();
    QObject::disconnect(m_refreshConnection);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace balie::api
