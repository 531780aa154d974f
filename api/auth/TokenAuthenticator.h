// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Authenticator.h"

#include <QPointer>

namespace balie::api {

class ApiJob;
class HttpClient;

// OAS-style login: username, email and password give an access and a refresh token; requests
// carry `Authorization: Bearer <access>`; a 401 triggers one refresh shared by every waiting
// request. The password is never kept; the refresh token is handed to the owner to keep in the
// keychain (tokensChanged()).
class TokenAuthenticator : public Authenticator
{
    Q_OBJECT

public:
    TokenAuthenticator(HttpClient* client, QString loginPath, QString refreshPath,
                       QObject* parent = nullptr);

    ApiJob* login(const QString& username, const QString& email, const QString& password);
    void setTokens(const QByteArray& access, const QByteArray& refresh);
    void logout();

    QByteArray refreshToken() const { return m_refresh; }
    QByteArray accessToken() const { return m_access; }
    // The route that renewed the session last: the configured one, or one found.
    QString refreshPath() const { return m_refreshPath; }
    // The routes tried, in order, when the configured one answers 404 or 405: the OAS guide
    // names none, and servers built on its libraries use these.
    static QStringList commonRefreshPaths();
    bool hasSession() const { return !m_access.isEmpty() || !m_refresh.isEmpty(); }

    void authorize(QNetworkRequest& request) const override;
    bool canRefresh() const override { return !m_refresh.isEmpty(); }
    bool needsRefreshBeforeUse() const override
    {
        return m_access.isEmpty() && !m_refresh.isEmpty();
    }

Q_SIGNALS:
    void tokensChanged();
    // Another route than the configured one renewed the session: keep it for next time.
    void refreshPathFound(const QString& path);

protected:
    void startRefresh() override;

private:
    // Ends a refresh still out (a login or a logout overtook it) and settles its waiters.
    void abandonRefresh(bool ok);
    // The configured route first, then the common ones it is not.
    QStringList refreshCandidates() const;
    void refreshAt(const QStringList& paths);
    ApiError elsewhere(const QStringList& tried) const;

    HttpClient* m_client;
    QPointer<ApiJob> m_refreshJob;
    QString m_loginPath;
    QString m_refreshPath;
    QByteArray m_access;
    QByteArray m_refresh;
};

} // namespace balie::api
