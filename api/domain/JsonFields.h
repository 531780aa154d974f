// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "JsonValue.h"

#include <QDateTime>
#include <QString>
#include <optional>
#include <string_view>

namespace balie::api {

// Readers for one field of a JSON object, tolerant of each vendor's quirks (numbers sent as
// strings, "" for null, "2024-01-15 10:30:00" dates without a zone) but strict where a wrong
// guess would corrupt data: an id that is missing or empty is an error.
namespace JsonFields {

// An id as string or integer; nullopt (and `error` set) when missing or empty.
std::optional<QString> id(const JsonValue& object, std::string_view key, QString* error);
// A string; null, missing or a non-string gives an empty string.
QString text(const JsonValue& object, std::string_view key);
// A whole number from a number or a numeric string; "" and null give nullopt. `ok` is false
// when the value is present but not a whole number.
std::optional<qint64> integer(const JsonValue& object, std::string_view key, bool* ok);
// A decimal number from a number or a numeric string.
std::optional<double> number(const JsonValue& object, std::string_view key, bool* ok);
// ISO 8601 with a zone, or "yyyy-MM-dd HH:mm:ss" taken as UTC; "" and null give an invalid
// QDateTime, `ok` false for text that is not a date.
QDateTime dateTime(const JsonValue& object, std::string_view key, bool* ok);
QDateTime parseDateTime(const QString& text, bool* ok);
// A JSON number as a whole number, when it is one and exactly representable (|d| <= 2^53);
// converting anything else to an integer would be undefined behaviour or silently wrong.
std::optional<qint64> wholeNumber(double d);
// A count or total from a server: a whole number >= 0, else -1.
qint64 count(const JsonValue& value);
// An ISO 8601 UTC string with "Z", as the APIs expect.
QString isoUtc(const QDateTime& dateTime);

// The same readers for a member already found (JsonValue::pick); `key` names it in errors.
std::optional<QString> idOf(const JsonValue& value, std::string_view key, QString* error);
QString textOf(const JsonValue& value);
std::optional<qint64> integerOf(const JsonValue& value, bool* ok);
std::optional<double> numberOf(const JsonValue& value, bool* ok);
QDateTime dateTimeOf(const JsonValue& value, bool* ok);

} // namespace JsonFields

} // namespace balie::api
