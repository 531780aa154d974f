// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ErrorParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace balie::api {

namespace {

QString jsonText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& v : value.toArray())
            parts << jsonText(v);
        return parts.join(u' ');
    }
    return {};
}

ApiError::Kind kindForCode(const QString& code, ApiError::Kind fallback)
{
    const QString c = code.toUpper();
    if (c == u"BOOKING_CONFLICT" || c == u"INVALID_TRANSITION" || c == u"CONFLICT")
        return ApiError::Kind::Conflict;
    if (c == u"UNAUTHORIZED" || c == u"INVALID_API_KEY" || c == u"TOKEN_NOT_VALID" ||
        c == u"AUTHENTICATION_ERROR")
        return ApiError::Kind::Auth;
    if (c == u"FORBIDDEN")
        return ApiError::Kind::Forbidden;
    if (c == u"RATE_LIMITED" || c == u"RATE_LIMIT_EXCEEDED" || c == u"TOO_MANY_REQUESTS")
        return ApiError::Kind::RateLimited;
    if (c == u"NOT_FOUND")
        return ApiError::Kind::NotFound;
    if (c == u"MISSING_REQUIRED_FIELD" || c == u"INVALID_FIELD" || c == u"VALIDATION_ERROR" ||
        c == u"INVALID_SERVICE" || c == u"VALIDATION")
        return ApiError::Kind::Validation;
    if (c == u"SERVER_ERROR")
        return ApiError::Kind::Server;
    return fallback;
}

// {"error": {...}} of Otesse, the Booking API and Outseta, and Telesto's {statusCode, error}.
void readErrorObject(const QJsonObject& error, ApiError& out)
{
    QString code = error.value("code"_L1).toString();
    const QString type = error.value("type"_L1).toString();
    if (code.isEmpty())
        code = type;
    out.setCode(code);
    QString message = error.value("message"_L1).toString();
    if (message.isEmpty())
        message = error.value("description"_L1).toString();
    out.setServerMessage(message);
    const QJsonObject details = error.value("details"_L1).toObject();
    out.setDetails(details);
    const QString param = error.value("param"_L1).toString();
    if (!param.isEmpty())
        out.addFieldError(param, message);
    const QString detailField = details.value("field"_L1).toString();
    if (!detailField.isEmpty())
        out.addFieldError(detailField, message);
    out.setKind(kindForCode(code, out.kind()));
    if (code.compare(u"INVALID_SERVICE", Qt::CaseInsensitive) == 0 && out.fieldErrors().isEmpty())
        out.addFieldError(u"service"_s, message);
    // Telesto and Outseta name the field in the text: "ean_upc: invalid check digit".
    if (out.kind() == ApiError::Kind::Validation && out.fieldErrors().isEmpty()) {
        static const QRegularExpression fieldFirst(u"^([A-Za-z_][A-Za-z0-9_.]*): (.+)$"_s);
        const auto match = fieldFirst.match(message);
        if (match.hasMatch())
            out.addFieldError(match.captured(1), match.captured(2));
    }
}

// The errors of one DRF field, however deep: a list of messages, a nested serializer
// ({"price": {"amount": [...]}} or a list of them) and a list field's errors per item
// ({"currencies": {"1": [...]}}: an item of the field, reported on the field itself).
void readDrfField(const QString& field, const QJsonValue& value, ApiError& out, int depth = 0)
{
    if (depth > 8)
        return; // a server's nesting is not a reason to recurse without end
    if (value.isString() || value.isDouble()) {
        out.addFieldError(field, jsonText(value));
    } else if (value.isArray()) {
        for (const QJsonValue& v : value.toArray())
            readDrfField(field, v, out, depth + 1);
    } else if (value.isObject()) {
        const QJsonObject nested = value.toObject();
        for (auto n = nested.constBegin(); n != nested.constEnd(); ++n) {
            bool index = false;
            n.key().toInt(&index);
            const QString name = field.isEmpty() ? n.key() : index ? field : field + u'.' + n.key();
            readDrfField(name, n.value(), out, depth + 1);
        }
    }
}

// DRF: {"detail": "..."} or {"field": ["msg", ...], "non_field_errors": [...]}.
void readDrf(const QJsonObject& object, ApiError& out)
{
    out.setServerMessage(jsonText(object.value("detail"_L1)));
    out.setCode(object.value("code"_L1).toString());
    out.setDetails(object.value("details"_L1).toObject());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == u"detail" || it.key() == u"code" || it.key() == u"details")
            continue;
        const QString field = it.key() == u"non_field_errors" ? QString() : it.key();
        readDrfField(field, it.value(), out);
    }
    if (!out.code().isEmpty())
        out.setKind(kindForCode(out.code(), out.kind()));
    if (out.serverMessage().isEmpty() && out.fieldErrors().contains(QString()))
        out.setServerMessage(out.fieldErrors().value(QString()).join(u' '));
}

// Outseta's own validation shape: {"ErrorMessage": "...", "EntityValidationErrors": [...]}.
void readOutsetaNative(const QJsonObject& object, ApiError& out)
{
    out.setServerMessage(object.value("ErrorMessage"_L1).toString());
    for (const QJsonValue& entity : object.value("EntityValidationErrors"_L1).toArray()) {
        for (const QJsonValue& v : entity.toObject().value("ValidationErrors"_L1).toArray()) {
            const QJsonObject e = v.toObject();
            out.addFieldError(e.value("PropertyName"_L1).toString(),
                              e.value("ErrorMessage"_L1).toString());
        }
    }
}

QString htmlTitle(const QByteArray& body)
{
    static const QRegularExpression title(u"<title>\\s*(.*?)\\s*</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    const auto match = title.match(QString::fromUtf8(body.left(4096)));
    return match.hasMatch() ? match.captured(1).simplified().left(200) : QString();
}

bool looksLikeHtml(const QByteArray& body, const QByteArray& contentType)
{
    if (contentType.contains("html"))
        return true;
    const QByteArray start = body.trimmed().left(15).toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html");
}

ApiError networkFailure(const ReplySnapshot& reply)
{
    using NE = QNetworkReply::NetworkError;
    ApiError error;
    if (reply.timedOut) {
        error.setKind(ApiError::Kind::Timeout);
        return error;
    }
    switch (reply.networkError) {
    case NE::OperationCanceledError:
        error.setKind(ApiError::Kind::Cancelled);
        break;
    case NE::TimeoutError:
        error.setKind(ApiError::Kind::Timeout);
        break;
    case NE::SslHandshakeFailedError:
        error.setKind(ApiError::Kind::Tls);
        break;
    case NE::ConnectionRefusedError:
    case NE::HostNotFoundError:
    case NE::ProxyConnectionRefusedError:
    case NE::ProxyNotFoundError:
        // The request never left: a write can be tried again without doubt.
        error.setKind(ApiError::Kind::Network);
        error.setCode(u"not_reached"_s);
        break;
    case NE::ContentReSendError:
        // Only a write's OneShotBody refuses a resend: it went once, its answer was lost.
        error.setKind(ApiError::Kind::Network);
        error.setCode(u"resend_refused"_s);
        break;
    default:
        error.setKind(ApiError::Kind::Network);
        break;
    }
    error.setServerMessage(reply.networkErrorString);
    return error;
}

} // namespace

ApiError::Kind ErrorParser::kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return ApiError::Kind::Validation;
    case 401:
        return ApiError::Kind::Auth;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
    case 410:
        return ApiError::Kind::NotFound;
    case 409:
        return ApiError::Kind::Conflict;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return ApiError::Kind::Server;
    if (status >= 400)
        return ApiError::Kind::Validation;
    return ApiError::Kind::BadResponse;
}

qint64 ErrorParser::parseRetryAfterMs(const QByteArray& value, const QDateTime& now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    // A wait longer than a year means "not any time soon"; clamping also keeps the
    // conversion to milliseconds from overflowing (found by the fuzzer).
    constexpr qint64 yearSeconds = 366LL * 24 * 3600;
    if (ok)
        return seconds >= 0 ? qMin(seconds, yearSeconds) * 1000 : -1;
    // HTTP-date (RFC 9110: IMF-fixdate), e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime at = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!at.isValid()) {
        at = QLocale::c().toDateTime(QString::fromLatin1(v), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
        at.setTimeZone(QTimeZone::utc());
    }
    if (!at.isValid())
        return -1;
    return qBound<qint64>(0, now.msecsTo(at), yearSeconds * 1000);
}

ApiError ErrorParser::parse(const ReplySnapshot& reply, const QDateTime& now)
{
    ApiError error;
    if (reply.httpStatus == 0) {
        error = networkFailure(reply);
    } else {
        error.setHttpStatus(reply.httpStatus);
        error.setKind(isSuccess(reply.httpStatus) ? ApiError::Kind::BadResponse
                                                  : kindForStatus(reply.httpStatus));
        QJsonParseError jsonError;
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &jsonError);
        if (reply.body.trimmed().isEmpty()) {
            if (isSuccess(reply.httpStatus))
                error.setServerMessage(tr("The answer was empty."));
        } else if (jsonError.error != QJsonParseError::NoError) {
            if (looksLikeHtml(reply.body, reply.contentType)) {
                const QString title = htmlTitle(reply.body);
                error.setServerMessage(title.isEmpty() ? tr("an HTML page instead of data")
                                                       : title);
            } else if (isSuccess(reply.httpStatus)) {
                error.setServerMessage(tr("The answer is not valid JSON."));
            } else {
                error.setServerMessage(QString::fromUtf8(reply.body.left(200)).simplified());
            }
        } else if (doc.isObject()) {
            const QJsonObject object = doc.object();
            const QJsonValue errorValue = object.value("error"_L1);
            if (errorValue.isObject()) {
                readErrorObject(errorValue.toObject(), error);
            } else if (errorValue.isString()) {
                error.setServerMessage(errorValue.toString());
            } else if (object.contains("ErrorMessage"_L1)) {
                readOutsetaNative(object, error);
            } else {
                readDrf(object, error);
            }
        }
        if (isSuccess(reply.httpStatus))
            error.setKind(ApiError::Kind::BadResponse);
    }
    if (!reply.requestId.isEmpty())
        error.setRequestId(QString::fromLatin1(reply.requestId));
    const qint64 retryMs = parseRetryAfterMs(reply.retryAfter, now);
    if (retryMs >= 0)
        error.setRetryAfterMs(retryMs, now);
    return error;
}

} // namespace balie::api
