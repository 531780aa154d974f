// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace balie::sandbox {

// Method + path pattern routing. Patterns are relative to a dialect's prefix, with `{name}`
// captures (a capture may be followed by a literal suffix inside its segment, as `{token}.ics`).
// A trailing slash is optional on every route.
class Router
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest&)>;

    enum class Outcome
    {
        Matched,
        NotFound,
        MethodNotAllowed
    };

    struct Match
    {
        Outcome outcome = Outcome::NotFound;
        Handler handler;
        QHash<QString, QString> params;
        QStringList allowed; // methods of the path, for a 405's Allow header
    };

    void add(const QString& method, const QString& pattern, Handler handler);
    Match match(const QString& method, const QString& path) const;

private:
    struct Route
    {
        QString method;
        QStringList segments;
        Handler handler;
    };
    static QStringList split(const QString& path);
    static bool matchSegments(const QStringList& pattern, const QStringList& actual,
                              QHash<QString, QString>* params);

    QList<Route> m_routes;
};

} // namespace balie::sandbox
