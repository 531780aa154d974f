// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "JsonFields.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <cmath>

using namespace Qt::StringLiterals;

namespace balie::api::JsonFields {

namespace {

QString keyText(std::string_view key)
{
    return QString::fromUtf8(key.data(), qsizetype(key.size()));
}

// The usual "2024-01-15T10:30:00Z" (or with milliseconds, or an offset), read without
// QDateTime's general parser: list pages carry hundreds of thousands of these. Anything else
// goes to parseDateTime().
std::optional<QDateTime> fastIsoUtc(std::string_view s)
{
    const auto digits = [&s](size_t at, size_t n, int* out) {
        int v = 0;
        for (size_t i = at; i < at + n; ++i) {
            const unsigned digit = unsigned(s[i]) - unsigned('0');
            if (digit > 9)
                return false;
            v = v * 10 + int(digit);
        }
        *out = v;
        return true;
    };
    if (s.size() < 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't') ||
        s[13] != ':' || s[16] != ':')
        return std::nullopt;
    int year, month, day, hour, minute, second;
    if (!digits(0, 4, &year) || !digits(5, 2, &month) || !digits(8, 2, &day) ||
        !digits(11, 2, &hour) || !digits(14, 2, &minute) || !digits(17, 2, &second))
        return std::nullopt;
    size_t at = 19;
    int ms = 0;
    if (s[at] == '.') {
        size_t n = 0;
        int fraction = 0;
        while (at + 1 + n < s.size() && s[at + 1 + n] >= '0' && s[at + 1 + n] <= '9') {
            if (n < 3)
                fraction = fraction * 10 + (s[at + 1 + n] - '0');
            ++n;
        }
        if (n == 0)
            return std::nullopt;
        for (size_t k = n; k < 3; ++k)
            fraction *= 10;
        ms = fraction;
        at += 1 + n;
    }
    int offsetSeconds = 0;
    if (at < s.size() && (s[at] == 'Z' || s[at] == 'z')) {
        ++at;
    } else if (at + 6 == s.size() && (s[at] == '+' || s[at] == '-') && s[at + 3] == ':') {
        int oh, om;
        if (!digits(at + 1, 2, &oh) || !digits(at + 4, 2, &om) || oh > 23 || om > 59)
            return std::nullopt;
        offsetSeconds = (oh * 3600 + om * 60) * (s[at] == '-' ? -1 : 1);
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at != s.size())
        return std::nullopt;
    // Days since 1970-01-01 by the civil calendar (H. Hinnant's algorithm): QDate's
    // validation and conversion cost more than the rest of this function.
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    // 24:00 and leap seconds are left to the general parser.
    if (month < 1 || month > 12 || day < 1 ||
        day > monthDays[month - 1] + (month == 2 && leap ? 1 : 0) || hour > 23 || minute > 59 ||
        second > 59)
        return std::nullopt;
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    const qint64 days = qint64(era) * 146097 + dayOfEra - 719468;
    const qint64 msecs = days * 86'400'000 +
                         ((hour * 60 + minute) * 60 + second - offsetSeconds) * qint64(1000) + ms;
    // Qt::UTC, as toUTC() gives: stored inline, without a time zone object per value.
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

} // namespace

std::optional<qint64> wholeNumber(double d)
{
    constexpr double limit = 9007199254740992.0; // 2^53
    if (!std::isfinite(d) || std::floor(d) != d || d > limit || d < -limit)
        return std::nullopt;
    return qint64(d);
}

qint64 count(const JsonValue& value)
{
    std::optional<qint64> n = value.toInteger();
    if (!n && value.type() == JsonValue::Type::Double)
        n = wholeNumber(value.toDouble());
    return n && *n >= 0 ? *n : -1;
}

std::optional<QString> id(const JsonValue& object, std::string_view key, QString* error)
{
    return idOf(object[key], key, error);
}

std::optional<QString> idOf(const JsonValue& value, std::string_view key, QString* error)
{
    QString result;
    if (value.isString())
        result = value.toString().trimmed();
    else if (const auto n = value.toInteger())
        result = QString::number(*n);
    else if (const auto d = value.isNumber() ? wholeNumber(value.toDouble()) : std::nullopt)
        result = QString::number(*d);
    if (result.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("balie::api::JsonFields", "a row without \"%1\"")
                         .arg(keyText(key));
        return std::nullopt;
    }
    return result;
}

QString text(const JsonValue& object, std::string_view key)
{
    return textOf(object[key]);
}

QString textOf(const JsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (const auto n = value.toInteger())
        return QString::number(*n);
    if (value.isNumber())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

std::optional<qint64> integer(const JsonValue& object, std::string_view key, bool* ok)
{
    return integerOf(object[key], ok);
}

std::optional<qint64> integerOf(const JsonValue& value, bool* ok)
{
    *ok = true;
    if (value.isNumber()) {
        std::optional<qint64> n = value.toInteger();
        if (!n)
            n = wholeNumber(value.toDouble());
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
    if (!value.isNull() && !value.isMissing())
        *ok = false;
    return std::nullopt;
}

std::optional<double> number(const JsonValue& object, std::string_view key, bool* ok)
{
    return numberOf(object[key], ok);
}

std::optional<double> numberOf(const JsonValue& value, bool* ok)
{
    *ok = true;
    if (value.isNumber())
        return value.toDouble();
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (s.isEmpty())
            return std::nullopt;
        const double d = s.toDouble(ok);
        return *ok ? std::optional<double>(d) : std::nullopt;
    }
    if (!value.isNull() && !value.isMissing())
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

QDateTime dateTime(const JsonValue& object, std::string_view key, bool* ok)
{
    return dateTimeOf(object[key], ok);
}

QDateTime dateTimeOf(const JsonValue& value, bool* ok)
{
    if (value.isNull() || value.isMissing()) {
        *ok = true;
        return {};
    }
    if (!value.isString()) {
        *ok = false;
        return {};
    }
    if (const std::optional<QDateTime> fast = fastIsoUtc(value.utf8())) {
        *ok = true;
        return *fast;
    }
    return parseDateTime(value.toString(), ok);
}

QString isoUtc(const QDateTime& dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

} // namespace balie::api::JsonFields
