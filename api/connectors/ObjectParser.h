#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace balie::api {

// Adapts a row reader (QJsonObject) to a job's answer reader (QJsonDocument), for answers that
// are one object.
template <class T>
std::function<std::optional<T>(const QJsonDocument&, QString*)>
objectParser(std::optional<T> (*read)(const QJsonObject&, QString*))
{
    return [read](const QJsonDocument& doc, QString* error) -> std::optional<T> {
        if (!doc.isObject()) {
            if (error)
                *error = QStringLiteral("expected an object");
            return std::nullopt;
        }
        return read(doc.object(), error);
    };
}

} // namespace balie::api
