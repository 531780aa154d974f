// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "TokenIssuer.h"

#include "SplitMix64.h"
#include "TimeFormat.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace balie::sandbox {

namespace {
constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

TokenIssuer::TokenIssuer(quint64 seed)
{
    SplitMix64 random(seed ^ 0x70CE11ULL);
    for (int i = 0; i < 4; ++i) {
        const quint64 word = random.next();
        m_secret.append(reinterpret_cast<const char*>(&word), sizeof word);
    }
}

QString TokenIssuer::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Access:
        return u"access"_s;
    case Kind::Refresh:
        return u"refresh"_s;
    case Kind::Outseta:
        return u"outseta"_s;
    }
    return {};
}

QByteArray TokenIssuer::sign(const QByteArray& data) const
{
    return QMessageAuthenticationCode::hash(data, m_secret, QCryptographicHash::Sha256)
        .toBase64(base64url);
}

QString TokenIssuer::issue(Kind kind, qint64 userId, qint64 ttlSeconds)
{
    const qint64 now = TimeFormat::nowMs() / 1000;
    const QJsonObject header{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}};
    const QJsonObject payload{{u"token_type"_s, kindName(kind)},
                              {u"user_id"_s, userId},
                              {u"iat"_s, now},
                              {u"exp"_s, now + ttlSeconds},
                              {u"jti"_s, QString::number(++m_counter, 16)},
                              {u"gen"_s, QString::number(m_generation)}};
    const QByteArray data =
        QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(base64url) + '.' +
        QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(base64url);
    return QString::fromLatin1(data + '.' + sign(data));
}

std::optional<qint64> TokenIssuer::verify(const QString& token, Kind kind) const
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray data = parts.at(0) + '.' + parts.at(1);
    if (sign(data) != parts.at(2))
        return std::nullopt;
    const QJsonObject payload =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), base64url)).object();
    if (payload.value("token_type"_L1).toString() != kindName(kind))
        return std::nullopt;
    if (qint64(payload.value("exp"_L1).toDouble()) <= TimeFormat::nowMs() / 1000)
        return std::nullopt;
    if (kind != Kind::Refresh &&
        payload.value("gen"_L1).toString() != QString::number(m_generation)) {
        return std::nullopt;
    }
    return qint64(payload.value("user_id"_L1).toDouble());
}

void TokenIssuer::expireAll()
{
    ++m_generation;
}

} // namespace balie::sandbox
