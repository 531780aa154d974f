#include "TokenAuthenticator.h"

#include "ApiLogging.h"
#include "net/ApiJob.h"
#include "net/HttpClient.h"

#include <QJsonObject>

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
        setTokens(access, refresh);
    });
    return job;
}

void TokenAuthenticator::setTokens(const QByteArray& access, const QByteArray& refresh)
{
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
    m_access.clear();
    m_refresh.clear();
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

void TokenAuthenticator::startRefresh()
{
    ApiRequest request = ApiRequest::post(
        m_refreshPath, QJsonDocument(QJsonObject{{u"refresh"_s, QString::fromUtf8(m_refresh)}}));
    request.authenticated = false;
    request.retry = RetryPolicy::none();
    ApiJob* job = m_client->send(request);
    m_refreshJob = job;
    connect(job, &ApiJob::finished, this, [this](ApiJob* j) {
        m_refreshJob = nullptr;
        const QByteArray access = j->json().object().value("access"_L1).toString().toUtf8();
        if (!j->isOk() || access.isEmpty()) {
            ApiError error = j->error();
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
        Q_EMIT tokensChanged();
        finishRefresh(true);
    });
}

} // namespace balie::api
