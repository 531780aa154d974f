// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ListJob.h"

#include "ApiJob.h"
#include "ApiLogging.h"
#include "BackgroundThreads.h"
#include "HttpClient.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QThreadPool>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace balie::api {

ListJob::ListJob(HttpClient* client, ApiRequest first, std::unique_ptr<Paginator> paginator)
    : QObject(client)
    , m_client(client)
    , m_first(std::move(first))
    , m_paginator(std::move(paginator))
{
    m_paginator->prepareFirst(m_first);
    // Worker threads check the body, the job's thread only takes its rows.
    m_first.rawJson = true;
}

ListJob::~ListJob()
{
    for (const QPointer<ApiJob>& job : std::as_const(m_inFlight)) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

void ListJob::start()
{
    m_reader = pageReader(m_paginator);
    if (m_client)
        m_planned.insert(urlKey(m_client->urlFor(m_first)));
    if (m_finished)
        return; // cancelled before it started
    if (m_presetError) {
        finish(*m_presetError);
        return;
    }
    if (m_presetPage) {
        // Small and made by Balie itself: read here, at once.
        ParsedPage parsed = m_reader(*m_presetPage);
        m_ready.insert(m_nextSequence++, Ready{std::move(parsed), m_first, QUrl(), 0});
        deliver();
        return;
    }
    m_clock.start();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const qint64 minutes = qMax<qint64>(1, (m_deadlineMs + 59'999) / 60'000);
        finish(ApiError::said(ApiError::Kind::Timeout, u"list_deadline"_s,
                              tr("The list was not complete after %n minute(s), so Balie stopped "
                                 "(%1 rows had arrived). The server may be very slow or keep "
                                 "sending more pages; try again later.",
                                 nullptr, int(minutes))
                                  .arg(m_received)));
    });
    m_deadline.start(int(qMin<qint64>(m_deadlineMs, std::numeric_limits<int>::max())));
    fetch(Planned{m_first, m_nextSequence++, 0, 0});
}

void ListJob::cancel()
{
    finish(ApiError(ApiError::Kind::Cancelled, QString()));
}

void ListJob::fetch(const Planned& planned)
{
    if (!m_client) {
        finish(ApiError(ApiError::Kind::Cancelled, QString()));
        return;
    }
    ApiRequest request = planned.request;
    const QUrl url = m_client->urlFor(request);
    if (request.absoluteUrl.isValid() && !m_client->isSameOrigin(url)) {
        qCWarning(lcApi).noquote()
            << "refusing a page link to another origin:" << HttpClient::redacted(url);
        finish(ApiError::said(ApiError::Kind::BadResponse, u"cross_origin_link"_s,
                              tr("The server pointed to another server (%1) for the next page; "
                                 "Balie did not follow, so that your credentials stay with this "
                                 "server.")
                                  .arg(url.host())));
        return;
    }
    if (planned.rereads == 0 && m_pagesRequested >= m_maxPages) {
        finish(ApiError::said(ApiError::Kind::BadResponse, u"page_ceiling"_s,
                              tr("The server kept linking to more pages than Balie fetches for "
                                 "one list (%1); the list is incomplete, so Balie stopped.")
                                  .arg(m_maxPages)));
        return;
    }
    if (planned.rereads == 0)
        ++m_pagesRequested;

    // Waits and retries of a page may take as long as the list has left, not longer.
    const qint64 left = m_deadlineMs - (m_clock.isValid() ? m_clock.elapsed() : 0);
    request.retry.deadlineMs = int(std::clamp<qint64>(left, 1, std::numeric_limits<int>::max()));
    ApiJob* job = m_client->send(request);
    m_inFlight.append(job);
    connect(job, &ApiJob::retrying, this, [this](int, int, const ApiError& error) {
        if (error.kind() == ApiError::Kind::RateLimited && m_client)
            m_client->noteRateLimited(parallelism()); // fewer pages at once from now on
    });
    connect(job, &ApiJob::finished, this, [this, planned](ApiJob* j) { onPage(j, planned); });
}

void ListJob::onPage(ApiJob* job, const Planned& planned)
{
    m_inFlight.removeAll(job);
    if (m_finished)
        return;
    if (!job->isOk()) {
        // A page that is gone is judged in the list's order, once the pages before it have
        // said how long the list is now.
        if (m_firstPageDone && job->error().kind() == ApiError::Kind::NotFound) {
            m_ready.insert(planned.sequence,
                           Ready{std::nullopt, planned.request, QUrl(), planned.firstRow});
            deliver();
            return;
        }
        finish(job->error());
        return;
    }
    m_bytes += job->body().size();
    read(job->body(), planned, m_client ? m_client->urlFor(job->request()) : QUrl());
    pump(); // the next page goes out while this one is read
}

void ListJob::read(const QByteArray& body, const Planned& planned, const QUrl& url)
{
    ++m_reading;
    // The watcher is the job's: when the job goes, so does the delivery; the worker only
    // touches what the reader captured.
    auto* watcher = new QFutureWatcher<ParsedPage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, planned, url] {
        watcher->deleteLater();
        --m_reading;
        if (m_finished)
            return;
        // Taken, not copied: the rows are moved on without a second owner.
        ParsedPage parsed = watcher->future().takeResult();
        if (!parsed.page && parsed.unreadable &&
            planned.rereads + 1 < planned.request.retry.maxAttempts) {
            reread(planned, parsed.error);
            return;
        }
        m_ready.insert(planned.sequence,
                       Ready{std::move(parsed), planned.request, url, planned.firstRow});
        deliver();
    });
    watcher->setFuture(QtConcurrent::run(
        backgroundThreads(),
        [reader = m_reader](const QByteArray& page) {
            lowerThisThreadsPriority();
            return reader(page);
        },
        body));
}

void ListJob::reread(Planned planned, const QString& why)
{
    // A 2xx page that cannot be read (cut short, a proxy's page, broken JSON) is fetched again,
    // like any passing fault: one bad page must not cost the whole list.
    ++planned.rereads;
    const int delay = planned.request.retry.baseDelayMs << qMin(planned.rereads - 1, 5);
    qCInfo(lcApi).noquote() << "page" << planned.sequence << "could not be read (" << why
                            << "); fetching it again in" << delay << "ms";
    ++m_rereadsWaiting;
    QTimer::singleShot(delay, this, [this, planned] {
        --m_rereadsWaiting;
        if (m_finished)
            return;
        fetch(planned);
    });
}

void ListJob::deliver()
{
    // Pages are handed over in the list's order (a page waits for the ones before it), one per
    // turn of the event loop: pages read together must not keep the UI thread from input and
    // painting for the time of several.
    if (m_finished || m_deliveryQueued)
        return;
    if (m_ready.isEmpty() || m_ready.firstKey() != m_nextToDeliver) {
        pump();
        return;
    }
    m_deliveryQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_deliveryQueued = false;
            if (m_finished || m_ready.isEmpty() || m_ready.firstKey() != m_nextToDeliver)
                return;
            Ready ready = m_ready.take(m_nextToDeliver);
            ++m_nextToDeliver;
            if (!ready.parsed) {
                if (!isMissingPageExpected(ready.firstRow)) {
                    finish(ApiError::said(
                        ApiError::Kind::BadResponse, u"page_not_found"_s,
                        tr("The server said a page of this list does not exist (404) although "
                           "it announced it; the list is incomplete, so Balie stopped. Try "
                           "again; if it keeps happening, the server's paging is broken.")));
                    return;
                }
            } else if (!take(*ready.parsed, ready.request, ready.url)) {
                return;
            }
            deliver();
        },
        Qt::QueuedConnection);
}

bool ListJob::take(ParsedPage& parsed, const ApiRequest& request, const QUrl& url)
{
    if (!parsed.page) {
        finish(ApiError(ApiError::Kind::BadResponse, parsed.error));
        return false;
    }
    const Paginator::Page& page = *parsed.page;
    ++m_pagesFetched;
    if (page.total >= 0)
        m_total = page.total;
    const int kept = keep(parsed.rows);
    m_received += kept;

    if (!m_firstPageDone) {
        m_firstPageDone = true;
        m_firstPageRows = page.step > 0 ? page.step : page.itemCount;
        if (page.total < 0 && page.totalPages > 1)
            m_minimumRows = (page.totalPages - 1) * page.itemCount + 1;
        QString tooMany;
        const QList<ApiRequest> rest = m_paginator->remaining(m_first, page, &tooMany);
        if (!tooMany.isEmpty()) {
            finish(ApiError(ApiError::Kind::BadResponse, tooMany));
            return false;
        }
        qint64 firstRow = m_firstPageRows;
        for (const ApiRequest& r : rest) {
            enqueue(r, firstRow);
            firstRow += m_firstPageRows;
        }
    }
    // A `next` that is not planned yet is followed: lists without a known total, and lists
    // that grew while they loaded. A relative link is taken relative to the page it was on.
    if (page.next.isValid()) {
        ApiRequest next = m_first;
        next.absoluteUrl = url.isValid() ? url.resolved(page.next) : page.next;
        enqueue(next);
    } else if (const std::optional<ApiRequest> following = m_paginator->following(request, page)) {
        enqueue(*following);
    }

    if (kept > 0)
        Q_EMIT rowsAvailable(this);
    if (m_finished)
        return false; // a receiver cancelled the list
    Q_EMIT progress(m_received, m_total);
    return !m_finished;
}

bool ListJob::isMissingPageExpected(qint64 firstRow) const
{
    // Rows were removed while the list loaded, and the pages before said so: this page is now
    // past the end. Any other missing page leaves a hole.
    return firstRow > 0 && m_total >= 0 && firstRow >= m_total;
}

ApiError ListJob::shortListError() const
{
    // What the server sent, counted before Balie dropped anything: a row seen twice (rows
    // moved while paging) or of another organisation still came.
    const qint64 sent = m_received + m_foreignDropped + m_duplicates;
    const qint64 expected = m_total >= 0 ? m_total : m_minimumRows;
    if (expected < 0 || sent >= expected)
        return {};
    qCWarning(lcApi) << "list ended with" << sent << "rows of" << expected << "announced";
    return ApiError::said(ApiError::Kind::BadResponse, u"short_list"_s,
                          tr("The server announced %1 rows but sent only %2; the list is "
                             "incomplete, so Balie did not use it. Try again; if it keeps "
                             "happening, the server's paging is broken.")
                              .arg(QLocale().toString(expected), QLocale().toString(sent)));
}

QString ListJob::urlKey(const QUrl& url)
{
    // The same page however its query is ordered (DRF sorts its parameters, Balie does not).
    QUrlQuery query(url);
    QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    std::sort(items.begin(), items.end());
    QUrl normal = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QUrlQuery sorted;
    sorted.setQueryItems(items);
    normal.setQuery(sorted);
    return normal.toString(QUrl::FullyEncoded);
}

void ListJob::enqueue(const ApiRequest& request, qint64 firstRow)
{
    if (!m_client)
        return;
    const QString key = urlKey(m_client->urlFor(request));
    if (m_planned.contains(key))
        return; // planned already, or a server linking back to a page it sent
    m_planned.insert(key);
    m_queue.enqueue(Planned{request, m_nextSequence++, firstRow, 0});
}

int ListJob::parallelism() const
{
    return m_client ? m_client->listParallelism(m_maxParallel) : m_maxParallel;
}

void ListJob::pump()
{
    while (!m_finished && !m_queue.isEmpty() && m_inFlight.size() < parallelism())
        fetch(m_queue.dequeue());
    if (!m_finished && m_queue.isEmpty() && m_inFlight.isEmpty() && m_reading == 0 &&
        m_rereadsWaiting == 0 && m_ready.isEmpty())
        finish(shortListError());
}

void ListJob::finish(const ApiError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_deadline.stop();
    m_queue.clear();
    m_ready.clear();
    const auto inFlight = std::exchange(m_inFlight, {});
    for (const QPointer<ApiJob>& job : inFlight) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
    if (m_foreignDropped > 0)
        qCWarning(lcApi) << "dropped" << m_foreignDropped
                         << "rows of another organisation than the one asked for";
    // The reader holds what the pages share (every id seen): a long list's worth, let go on a
    // reading thread rather than the UI's.
    if (m_reader)
        backgroundThreads()->start(
            [reader = std::exchange(m_reader, {})]() mutable { reader = {}; });
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace balie::api
