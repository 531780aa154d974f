// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ApiRequest.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace balie::sandbox {

QString ApiRequest::header(const char* name) const
{
    return QString::fromUtf8(headers.value(QByteArray(name).toLower()));
}

QString ApiRequest::queryValue(const QString& key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

std::optional<QJsonObject> ApiRequest::jsonObject() const
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString ApiRequest::absoluteUrl(const QUrlQuery& replacementQuery, const QUrl& origin) const
{
    QString host = header("host");
    if (host.isEmpty())
        host = u"127.0.0.1"_s;
    QUrl url(u"http://%1"_s.arg(host));
    if (origin.isValid() && !origin.host().isEmpty()) {
        url = QUrl();
        url.setScheme(origin.scheme());
        url.setHost(origin.host());
        url.setPort(origin.port());
    }
    url.setPath(path);
    url.setQuery(replacementQuery);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace balie::sandbox
