// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "HttpClient.h"

#include "ApiLogging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace balie::api {

HttpClient::HttpClient(QNetworkAccessManager* nam, QUrl baseUrl, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_baseUrl(std::move(baseUrl))
{
    // Paths are appended to the base, so keep it free of a trailing slash.
    QString path = m_baseUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    m_baseUrl.setPath(path);
    const QString version = QCoreApplication::applicationVersion();
    m_userAgent = "Balie/" + (version.isEmpty() ? QByteArray("dev") : version.toUtf8());
}

HttpClient::~HttpClient()
{
    cancelAll();
}

ApiJob* HttpClient::send(const ApiRequest& request)
{
    auto* job = new ApiJob(this, request);
    enqueue(job);
    return job;
}

void HttpClient::enqueue(ApiJob* job)
{
    m_jobs.removeIf([](const QPointer<ApiJob>& j) { return j.isNull() || j->isFinished(); });
    m_jobs.append(job);
    // Queued, so that the caller can connect to the job before anything can happen to it.
    QMetaObject::invokeMethod(job, &ApiJob::start, Qt::QueuedConnection);
}

ApiJob* HttpClient::failed(const ApiError& error)
{
    auto* job = new ApiJob(this, ApiRequest());
    job->failOnStart(error);
    enqueue(job);
    return job;
}

void HttpClient::startList(ListJob* job)
{
    // Tracked too: a list cancelled before its first page request exists must never start.
    m_lists.removeIf([](const QPointer<ListJob>& j) { return j.isNull() || j->isFinished(); });
    m_lists.append(job);
    QMetaObject::invokeMethod(job, &ListJob::start, Qt::QueuedConnection);
}

QUrl HttpClient::urlFor(const ApiRequest& request) const
{
    if (request.absoluteUrl.isValid())
        return request.absoluteUrl;
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

bool HttpClient::isSameOrigin(const QUrl& url) const
{
    return url.scheme().compare(m_baseUrl.scheme(), Qt::CaseInsensitive) == 0 &&
           url.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) == 0 &&
           url.port(url.scheme() == u"https" ? 443 : 80) ==
               m_baseUrl.port(m_baseUrl.scheme() == u"https" ? 443 : 80);
}

void HttpClient::cancelAll()
{
    const auto lists = std::exchange(m_lists, {});
    for (const QPointer<ListJob>& list : lists) {
        if (list)
            list->cancel();
    }
    const auto jobs = std::exchange(m_jobs, {});
    for (const QPointer<ApiJob>& job : jobs) {
        if (job)
            job->cancel();
    }
}

void HttpClient::cancelOrganisation(const QString& organisationId)
{
    if (organisationId.isEmpty())
        return; // logins, refreshes and organisation lists belong to no organisation
    const auto lists = m_lists;
    for (const QPointer<ListJob>& list : lists) {
        if (list && list->organisationId() == organisationId)
            list->cancel();
    }
    const auto jobs = m_jobs;
    for (const QPointer<ApiJob>& job : jobs) {
        if (job && job->organisationId() == organisationId)
            job->cancel();
    }
}

int HttpClient::jobsInFlight() const
{
    int n = 0;
    for (const QPointer<ApiJob>& job : m_jobs) {
        if (job && !job->isFinished())
            ++n;
    }
    return n;
}

bool HttpClient::isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

int HttpClient::listParallelism(int wanted) const
{
    if (m_parallelAfter429 == 0)
        return wanted;
    constexpr qint64 quietMs = 30'000;
    const qint64 regained = m_since429.elapsed() / quietMs;
    return int(std::clamp<qint64>(m_parallelAfter429 + regained, 1, qMax(1, wanted)));
}

void HttpClient::noteRateLimited(int pagesInUse)
{
    m_parallelAfter429 = qMax(1, pagesInUse / 2);
    m_since429.start();
    qCInfo(lcApi) << "rate limited: lists now fetch" << m_parallelAfter429 << "pages at once";
}

bool HttpClient::isTransportAllowed(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"https" || (scheme == u"http" && isLoopbackHost(url.host()));
}

QString HttpClient::redacted(const QUrl& url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = copy.path();
    const qsizetype feed = path.indexOf(u"/feed/"_s);
    if (feed >= 0)
        path = path.left(feed) + u"/feed/…"_s;
    copy.setPath(path);
    return copy.toString();
}

} // namespace balie::api
