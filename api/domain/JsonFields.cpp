#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QTimeZone>
#include <cmath>

using namespace Qt::StringLiterals;

namespace balie::api::JsonFields {

std::optional<qint64> wholeNumber(double d)
{
    constexpr double limit = 9007199254740992.0; // 2^53
    if (!std::isfinite(d) || std::floor(d) != d || d > limit || d < -limit)
        return std::nullopt;
    return qint64(d);
}

qint64 count(const QJsonValue& value)
{
    if (!value.isDouble())
        return -1;
    const std::optional<qint64> n = wholeNumber(value.toDouble());
    return n && *n >= 0 ? *n : -1;
}

std::optional<QString> id(const QJsonObject& object, QLatin1StringView key, QString* error)
{
    const QJsonValue value = object.value(key);
    QString result;
    if (value.isString())
        result = value.toString().trimmed();
    else if (const auto n = value.isDouble() ? wholeNumber(value.toDouble()) : std::nullopt)
        result = QString::number(*n);
    if (result.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("balie::api::JsonFields", "a row without \"%1\"")
                         .arg(QString(key));
        return std::nullopt;
    }
    return result;
}

QString text(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

std::optional<qint64> integer(const QJsonObject& object, QLatin1StringView key, bool* ok)
{
    *ok = true;
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        const std::optional<qint64> n = wholeNumber(value.toDouble());
        *ok = n.has_value();
        return n;
    }
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (s.isEmpty())
            return std::nullopt;
        const qint64 n = s.toLongLong(ok);
        return *ok ? std::optional<qint64>(n) : std::nullopt;
    }
    if (!value.isNull() && !value.isUndefined())
        *ok = false;
    return std::nullopt;
}

std::optional<double> number(const QJsonObject& object, QLatin1StringView key, bool* ok)
{
    *ok = true;
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (s.isEmpty())
            return std::nullopt;
        const double d = s.toDouble(ok);
        return *ok ? std::optional<double>(d) : std::nullopt;
    }
    if (!value.isNull() && !value.isUndefined())
        *ok = false;
    return std::nullopt;
}

QDateTime parseDateTime(const QString& raw, bool* ok)
{
    *ok = true;
    const QString s = raw.trimmed();
    if (s.isEmpty())
        return {};
    QDateTime result = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!result.isValid()) {
        // Telesto: "2024-01-15 10:30:00", no zone; taken as UTC.
        result = QDateTime::fromString(s, u"yyyy-MM-dd HH:mm:ss"_s);
        if (result.isValid())
            result.setTimeZone(QTimeZone::utc());
    }
    if (!result.isValid()) {
        *ok = false;
        return {};
    }
    if (result.timeSpec() == Qt::LocalTime)
        result.setTimeZone(QTimeZone::utc()); // ISO without an offset: the APIs mean UTC
    return result.toUTC();
}

QDateTime dateTime(const QJsonObject& object, QLatin1StringView key, bool* ok)
{
    const QJsonValue value = object.value(key);
    if (value.isNull() || value.isUndefined()) {
        *ok = true;
        return {};
    }
    if (!value.isString()) {
        *ok = false;
        return {};
    }
    return parseDateTime(value.toString(), ok);
}

QString isoUtc(const QDateTime& dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

} // namespace balie::api::JsonFields
