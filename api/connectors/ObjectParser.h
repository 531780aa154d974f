// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/JsonValue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <functional>
#include <optional>

namespace balie::api {

// Adapts a row reader to a job's answer reader, for answers that are one object.
template <class T>
std::function<std::optional<T>(const QByteArray&, QString*)>
objectParser(std::optional<T> (*read)(const JsonValue&, QString*))
{
    return [read](const QByteArray& body, QString* error) -> std::optional<T> {
        const JsonDocument doc(body);
        if (!doc.root().isObject()) {
            if (error)
                *error = QCoreApplication::translate(
                    "balie::api::ObjectParser",
                    "The server's answer is not a record Balie can read.");
            return std::nullopt;
        }
        return read(doc.root(), error);
    };
}

} // namespace balie::api
