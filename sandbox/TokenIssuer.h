// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace balie::sandbox {

// Issues and checks JWT-looking tokens (header.payload.signature, base64url, HMAC-SHA256).
// Access tokens carry a generation; expireAll() moves it on, which invalidates every access
// token issued before while refresh tokens stay good.
class TokenIssuer
{
public:
    enum class Kind
    {
        Access,
        Refresh,
        Outseta
    };

    explicit TokenIssuer(quint64 seed);

    QString issue(Kind kind, qint64 userId, qint64 ttlSeconds);
    // The user id of a valid, unexpired token of the given kind.
    std::optional<qint64> verify(const QString& token, Kind kind) const;
    void expireAll();

private:
    static QString kindName(Kind kind);
    QByteArray sign(const QByteArray& data) const;

    QByteArray m_secret;
    quint64 m_generation = 0;
    quint64 m_counter = 0;
};

} // namespace balie::sandbox
