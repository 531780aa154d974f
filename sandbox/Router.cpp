// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Router.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace balie::sandbox {

QStringList Router::split(const QString& path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

void Router::add(const QString& method, const QString& pattern, Handler handler)
{
    m_routes.append({method, split(pattern), std::move(handler)});
}

bool Router::matchSegments(const QStringList& pattern, const QStringList& actual,
                           QHash<QString, QString>* params)
{
    if (pattern.size() != actual.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString& p = pattern.at(i);
        const QString a = QUrl::fromPercentEncoding(actual.at(i).toUtf8());
        if (p.startsWith(u'{')) {
            const qsizetype close = p.indexOf(u'}');
            const QString name = p.mid(1, close - 1);
            const QString suffix = p.mid(close + 1);
            if (!a.endsWith(suffix) || a.size() <= suffix.size())
                return false;
            params->insert(name, a.left(a.size() - suffix.size()));
        } else if (p != a) {
            return false;
        }
    }
    return true;
}

Router::Match Router::match(const QString& method, const QString& path) const
{
    const QStringList actual = split(path);
    Match result;
    for (const Route& route : m_routes) {
        QHash<QString, QString> params;
        if (!matchSegments(route.segments, actual, &params))
            continue;
        if (route.method == method) {
            result.outcome = Outcome::Matched;
            result.handler = route.handler;
            result.params = params;
            return result;
        }
        result.outcome = Outcome::MethodNotAllowed;
        if (!result.allowed.contains(route.method))
            result.allowed << route.method;
    }
    return result;
}

} // namespace balie::sandbox
