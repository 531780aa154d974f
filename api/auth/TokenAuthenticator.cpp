// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "TokenAuthenticator.h"

#include "ApiLogging.h"
#include "net/ApiJob.h"
#include "net/HttpClient.h"

#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace balie::api {

TokenAuthenticator::TokenAuthenticator(HttpClient* client, QString loginPath, QString refreshPath,
                                       QObject* parent)
    : Authenticator(parent)
    , m_client(client)
    , m_loginPath(std::move(loginPath))
    , m_refreshPath(std::move(refreshPath))
{}

ApiJob* TokenAuthenticator::login(const QString& username, const QString& email,
                                  const QString& password)
{
    ApiRequest request =
        ApiRequest::post(m_loginPath, QJsonDocument(QJsonObject{{u"username"_s, username},
                                                                {u"email"_s, email},
                                                                {u"password"_s, password}}));
    request.authenticated = false;
    request.retry = RetryPolicy::none();
    ApiJob* job = m_client->send(request);
    connect(job, &ApiJob::finished, this, [this](ApiJob* j) {
        if (!j->isOk())
            return;
        const QJsonObject answer = j->json().object();
        const QByteArray access = answer.value("access"_L1).toString().toUtf8();
        const QByteArray refresh = answer.value("refresh"_L1).toString().toUtf8();
        if (access.isEmpty()) {
            qCWarning(lcAuth) << "login answer without an access token";
            return;
        }
        qCInfo(lcAuth) << "logged in";
        // A server may say where it renews sessions.
        for (const char* key : {"refresh_path", "refresh_url"}) {
            const QUrl route(answer.value(QLatin1StringView(key)).toString());
            if (!route.path().isEmpty() && (route.isRelative() || m_client->isSameOrigin(route)) &&
                route.path() != m_refreshPath) {
                m_refreshPath = route.path();
                Q_EMIT refreshPathFound(m_refreshPath);
            }
        }
        setTokens(access, refresh);
    });
    return job;
}

namespace {

// Overwrites a token's bytes before letting go of them, so that a logged-out session does not
// linger in freed memory (best effort: copies Qt made for a request's header are its own).
void wipe(QByteArray& secret)
{
    if (!secret.isEmpty())
        std::fill(secret.begin(), secret.end(), '\0');
    secret.clear();
}

} // namespace

void TokenAuthenticator::setTokens(const QByteArray& access, const QByteArray& refresh)
{
    if (access != m_access)
        wipe(m_access);
    if (refresh != m_refresh)
        wipe(m_refresh);
    m_access = access;
    m_refresh = refresh;
    const bool session = !m_access.isEmpty() || !m_refresh.isEmpty();
    if (state() == State::Refreshing) {
        abandonRefresh(session); // waiting requests replay with these tokens
    } else {
        credentialsChanged();
        setState(session ? State::Ready : State::LoginRequired);
    }
    Q_EMIT tokensChanged();
}

void TokenAuthenticator::logout()
{
    wipe(m_access);
    wipe(m_refresh);
    if (state() == State::Refreshing) {
        abandonRefresh(false);
    } else {
        credentialsChanged();
        setState(State::LoginRequired);
    }
    Q_EMIT tokensChanged();
}

void TokenAuthenticator::abandonRefresh(bool ok)
{
    if (m_refreshJob) {
        m_refreshJob->disconnect(this);
        m_refreshJob->cancel();
    }
    finishRefresh(ok, ok ? ApiError() : ApiError(ApiError::Kind::LoginRequired, QString()));
}

void TokenAuthenticator::authorize(QNetworkRequest& request) const
{
    if (!m_access.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_access);
}

QStringList TokenAuthenticator::commonRefreshPaths()
{
    return {u"/api/auth/refresh/"_s, u"/api/token/refresh/"_s, u"/api/auth/token/refresh/"_s};
}

QStringList TokenAuthenticator::refreshCandidates() const
{
    QStringList paths{m_refreshPath};
    for (const QString& common : commonRefreshPaths()) {
        if (!paths.contains(common))
            paths << common;
    }
    return paths;
}

void TokenAuthenticator::startRefresh()
{
    refreshAt(refreshCandidates());
}

ApiError TokenAuthenticator::elsewhere(const QStringList& tried) const
{
    return ApiError::said(
        ApiError::Kind::NotFound, u"refresh_route"_s,
        tr("This server renews sessions elsewhere: none of %1 answered. Set its route with "
           "--refresh-path (balie-cli connections add … --refresh-path PATH), or log in again.")
            .arg(tried.join(u", "_s)));
}

void TokenAuthenticator::refreshAt(const QStringList& paths)
{
    const QString path = paths.first();
    ApiRequest request = ApiRequest::post(
        path, QJsonDocument(QJsonObject{{u"refresh"_s, QString::fromUtf8(m_refresh)}}));
    request.authenticated = false;
    request.retry = RetryPolicy::none();
    ApiJob* job = m_client->send(request);
    m_refreshJob = job;
    connect(job, &ApiJob::finished, this, [this, paths, path](ApiJob* j) {
        m_refreshJob = nullptr;
        const QByteArray access = j->json().object().value("access"_L1).toString().toUtf8();
        if (!j->isOk() || access.isEmpty()) {
            ApiError error = j->error();
            // Not here: the next common route, then a message that says what to set. The
            // session is not given up for a wrong route.
            const int status = error.httpStatus();
            if (status == 404 || status == 405) {
                if (paths.size() > 1) {
                    qCInfo(lcAuth) << "no refresh at" << path << "; trying" << paths.at(1);
                    refreshAt(paths.mid(1));
                    return;
                }
                finishRefresh(false, elsewhere(refreshCandidates()));
                return;
            }
            if (j->isOk())
                error = ApiError(ApiError::Kind::BadResponse, QString());
            if (error.kind() == ApiError::Kind::Auth ||
                error.kind() == ApiError::Kind::Validation) {
                m_access.clear();
                m_refresh.clear();
                Q_EMIT tokensChanged();
            }
            finishRefresh(false, error);
            return;
        }
        m_access = access;
        const QString rotated = j->json().object().value("refresh"_L1).toString();
        if (!rotated.isEmpty())
            m_refresh = rotated.toUtf8();
        if (path != m_refreshPath) {
            qCInfo(lcAuth) << "sessions renew at" << path;
            m_refreshPath = path;
            Q_EMIT refreshPathFound(path);
        }
        Q_EMIT tokensChanged();
        finishRefresh(true);
    });
}

} // namespace balie::api
