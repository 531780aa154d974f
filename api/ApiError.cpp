// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ApiError.h"

#include "domain/JsonFields.h"

#include <QLocale>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace balie::api {

ApiError::ApiError(Kind kind, QString message)
    : m_kind(kind)
    , m_serverMessage(std::move(message))
{}

bool ApiError::isTimeTaken() const
{
    return m_code.compare(u"BOOKING_CONFLICT"_s, Qt::CaseInsensitive) == 0;
}

QDateTime ApiError::nextAvailable() const
{
    const QJsonValue next = m_details.value(QLatin1StringView("next_available"));
    bool ok = false;
    const QDateTime at =
        next.isString() ? JsonFields::parseDateTime(next.toString(), &ok) : QDateTime();
    return ok ? at : QDateTime();
}

void ApiError::renameFields(const std::function<QString(const QString&)>& rename)
{
    QMap<QString, QStringList> renamed;
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it)
        renamed[rename(it.key())] += it.value();
    m_fieldErrors = renamed;
}

void ApiError::addFieldError(const QString& field, const QString& message)
{
    m_fieldErrors[field].append(message);
}

void ApiError::setRetryAfterMs(qint64 ms, const QDateTime& now)
{
    m_retryAfterMs = ms;
    m_retryAt = ms >= 0 ? now.addMSecs(ms) : QDateTime();
}

ApiError ApiError::said(Kind kind, const QString& code, const QString& sentence)
{
    ApiError error(kind, QString());
    error.setCode(code);
    error.setSentence(sentence);
    return error;
}

QString ApiError::kindName(Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(int(kind)));
}

QString ApiError::message() const
{
    if (m_kind == Kind::None)
        return {};
    if (!m_sentence.isEmpty())
        return m_sentence;
    QString base;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        base = tr("The server could not be reached. Check the network connection and the "
                  "server address.");
        break;
    case Kind::OutcomeUnknown:
        base = tr("The connection broke after the request was sent, so Balie cannot tell "
                  "whether the server carried it out. Look it up (refresh the list) before you "
                  "try again, so that nothing is done twice.");
        break;
    case Kind::Timeout:
        base = tr("The server took too long to answer.");
        break;
    case Kind::Tls:
        base = tr("The secure connection to the server could not be verified.");
        break;
    case Kind::Auth:
        base = tr("The server did not accept the credentials.");
        break;
    case Kind::LoginRequired:
        base = tr("Your session has ended. Please log in again.");
        break;
    case Kind::Forbidden:
        base = tr("You are not allowed to do this.");
        break;
    case Kind::NotFound:
        base = tr("The item was not found. It may have been removed.");
        break;
    case Kind::Validation:
        base = tr("The server did not accept the data.");
        break;
    case Kind::Conflict:
        base = tr("This conflicts with the current state on the server.");
        break;
    case Kind::RateLimited:
        if (m_retryAt.isValid()) {
            const QString when =
                QLocale().toString(m_retryAt.toLocalTime().time(), QLocale::ShortFormat);
            base = tr("Too many requests. The next request can go at %1.").arg(when);
        } else {
            base = tr("Too many requests. Please wait a moment and try again.");
        }
        break;
    case Kind::Server:
        base = tr("The server had a problem. Please try again later.");
        break;
    case Kind::BadResponse:
        base = tr("The server sent an answer Balie does not understand.");
        break;
    case Kind::Unsupported:
        base = tr("This connection does not offer this.");
        break;
    case Kind::Insecure:
        base = tr("Balie only connects over https, except to this computer.");
        break;
    case Kind::Cancelled:
        base = tr("The request was cancelled.");
        break;
    }
    if (m_serverMessage.isEmpty() || m_kind == Kind::Cancelled)
        return base;
    return tr("%1 (%2)", "general message, then the server's own words").arg(base, m_serverMessage);
}

QString ApiError::technicalDetails() const
{
    QStringList parts;
    if (m_httpStatus > 0)
        parts << tr("HTTP status: %1").arg(m_httpStatus);
    parts << tr("Kind: %1").arg(kindName(m_kind));
    if (!m_code.isEmpty())
        parts << tr("Code: %1").arg(m_code);
    if (!m_requestId.isEmpty())
        parts << tr("Request id: %1").arg(m_requestId);
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it)
        parts << tr("Field %1: %2").arg(it.key(), it.value().join(u"; "_s));
    return parts.join(u'\n');
}

} // namespace balie::api
