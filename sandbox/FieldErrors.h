// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace balie::sandbox {

// Validation failures, in order; each flavour writes them in its own error shape.
struct FieldErrors
{
    enum class Code
    {
        Missing,
        Invalid,
        UnknownService,
        UnknownCustomer
    };

    struct Error
    {
        QString field;
        Code code;
        QString message;
    };

    QList<Error> errors;

    void add(const QString& field, Code code, const QString& message)
    {
        errors.append({field, code, message});
    }
    bool isEmpty() const { return errors.isEmpty(); }
    const Error& first() const { return errors.first(); }

    // DRF's shape: {"field": ["message", …], …}
    QJsonObject toDrf() const
    {
        QJsonObject object;
        for (const Error& e : errors) {
            QJsonArray messages = object.value(e.field).toArray();
            messages.append(e.message);
            object.insert(e.field, messages);
        }
        return object;
    }
};

} // namespace balie::sandbox
