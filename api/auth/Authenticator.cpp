// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Authenticator.h"

#include "ApiLogging.h"

namespace balie::api {

bool Authenticator::requestRefresh(int usedGeneration)
{
    if (usedGeneration != m_generation)
        return false; // renewed since that request went out: replay it
    if (m_state == State::LoginRequired || !canRefresh())
        return false;
    if (m_state == State::Refreshing)
        return true;
    setState(State::Refreshing);
    qCInfo(lcAuth) << "access token rejected; refreshing once for all waiting requests";
    startRefresh();
    return m_state == State::Refreshing;
}

void Authenticator::finishRefresh(bool ok, const ApiError& error)
{
    if (ok) {
        credentialsChanged();
        setState(State::Ready);
    } else if (error.kind() == ApiError::Kind::Auth ||
               error.kind() == ApiError::Kind::LoginRequired ||
               error.kind() == ApiError::Kind::Validation) {
        qCInfo(lcAuth) << "refresh rejected; login required";
        setState(State::LoginRequired);
        Q_EMIT loginRequired();
    } else {
        // A network failure says nothing about the refresh token: keep it for the next try.
        setState(State::Ready);
    }
    Q_EMIT refreshFinished(ok, error);
}

void Authenticator::credentialsChanged()
{
    ++m_generation;
}

void Authenticator::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

StaticHeaderAuthenticator::StaticHeaderAuthenticator(QByteArray header, QByteArray value,
                                                     QObject* parent)
    : Authenticator(parent)
    , m_header(std::move(header))
    , m_value(std::move(value))
{}

void StaticHeaderAuthenticator::authorize(QNetworkRequest& request) const
{
    request.setRawHeader(m_header, m_value);
}

void StaticHeaderAuthenticator::startRefresh()
{
    finishRefresh(false, ApiError(ApiError::Kind::Auth, QString()));
}

} // namespace balie::api
