// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiError.h"

#include <QNetworkRequest>
#include <QObject>

namespace balie::api {

// Puts credentials on requests and, where the scheme has one, renews them. When many requests
// get 401 at once, exactly one refresh runs; every waiting request is replayed once after it.
class Authenticator : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Ready,
        Refreshing,
        LoginRequired
    };
    Q_ENUM(State)

    using QObject::QObject;

    virtual void authorize(QNetworkRequest& request) const = 0;
    virtual bool canRefresh() const { return false; }
    // True when the credentials must be renewed before anything is sent (a kept refresh token
    // but no access token yet): saves every run a round trip that can only end in 401.
    virtual bool needsRefreshBeforeUse() const { return false; }

    State state() const { return m_state; }
    // Increases each time the credentials change, so a request that got 401 can tell whether
    // a refresh already happened since it was sent.
    int generation() const { return m_generation; }

    // Asks for new credentials after a 401 on a request sent with `usedGeneration`. Returns
    // true when the caller should wait for refreshFinished(), false when it may replay at once
    // (credentials already renewed) — or must give up (state() is LoginRequired).
    bool requestRefresh(int usedGeneration);

Q_SIGNALS:
    void refreshFinished(bool ok, const balie::api::ApiError& error);
    void loginRequired();
    void stateChanged(balie::api::Authenticator::State state);

protected:
    virtual void startRefresh() = 0;
    // Subclasses call this exactly once per startRefresh().
    void finishRefresh(bool ok, const ApiError& error = {});
    void credentialsChanged();
    void setState(State state);

private:
    State m_state = State::Ready;
    int m_generation = 1;
};

// A fixed header: `X-Api-Key: <key>`, `Authorization: Bearer <key>`, the bare
// `Authorization: <key>` of Telesto, or `Authorization: Outseta <key>:<secret>`.
class StaticHeaderAuthenticator : public Authenticator
{
    Q_OBJECT

public:
    StaticHeaderAuthenticator(QByteArray header, QByteArray value, QObject* parent = nullptr);
    void authorize(QNetworkRequest& request) const override;

protected:
    void startRefresh() override;

private:
    QByteArray m_header;
    QByteArray m_value;
};

} // namespace balie::api
