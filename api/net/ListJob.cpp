#include "ListJob.h"

#include "ApiJob.h"
#include "ApiLogging.h"
#include "HttpClient.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace balie::api {

namespace {

// The threads that read list pages: as many as the machine has cores, at a lower scheduling
// priority, so that the UI thread gets the processor first and stays responsive while a long
// list loads.
Q_GLOBAL_STATIC(QThreadPool, pageReaders)

void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread; QThread::setPriority has no effect under the
    // default scheduler.
    thread_local const bool lowered = setpriority(PRIO_PROCESS, 0, 5) == 0;
    Q_UNUSED(lowered);
#endif
}

} // namespace

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
        m_ready.insert(m_nextSequence++, Ready{std::move(parsed), QUrl()});
        deliver();
        return;
    }
    fetch(Planned{m_first, m_nextSequence++});
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
    const ApiRequest& request = planned.request;
    const QUrl url = m_client->urlFor(request);
    if (request.absoluteUrl.isValid() && !m_client->isSameOrigin(url)) {
        qCWarning(lcApi).noquote()
            << "refusing a page link to another origin:" << HttpClient::redacted(url);
        ApiError error(ApiError::Kind::BadResponse,
                       tr("The server pointed to another server (%1) for the next page; Balie "
                          "did not follow, so that your credentials stay with this server.")
                           .arg(url.host()));
        error.setCode(u"cross_origin_link"_s);
        finish(error);
        return;
    }
    if (m_pagesRequested >= Paginator::MaxPages) {
        finish(ApiError(ApiError::Kind::BadResponse,
                        tr("The server kept linking to more pages than Balie fetches (%1).")
                            .arg(Paginator::MaxPages)));
        return;
    }
    ++m_pagesRequested;

    ApiJob* job = m_client->send(request);
    m_inFlight.append(job);
    const quint64 sequence = planned.sequence;
    connect(job, &ApiJob::finished, this, [this, sequence](ApiJob* j) { onPage(j, sequence); });
}

void ListJob::onPage(ApiJob* job, quint64 sequence)
{
    m_inFlight.removeAll(job);
    if (m_finished)
        return;
    if (!job->isOk()) {
        // A planned page past the end: rows were removed while the list loaded. The rest of
        // the list is still good.
        if (m_firstPageDone && job->error().kind() == ApiError::Kind::NotFound) {
            m_ready.insert(sequence, Ready{std::nullopt, QUrl()});
            deliver();
            return;
        }
        finish(job->error());
        return;
    }
    m_bytes += job->body().size();
    read(job->body(), sequence, m_client ? m_client->urlFor(job->request()) : QUrl());
    pump(); // the next page goes out while this one is read
}

void ListJob::read(const QByteArray& body, quint64 sequence, const QUrl& url)
{
    ++m_reading;
    // The watcher is the job's: when the job goes, so does the delivery; the worker only
    // touches what the reader captured.
    auto* watcher = new QFutureWatcher<ParsedPage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, sequence, url] {
        watcher->deleteLater();
        --m_reading;
        if (m_finished)
            return;
        // Taken, not copied: the rows are moved on without a second owner.
        m_ready.insert(sequence, Ready{watcher->future().takeResult(), url});
        deliver();
    });
    watcher->setFuture(QtConcurrent::run(
        pageReaders(),
        [reader = m_reader](const QByteArray& page) {
            lowerThisThreadsPriority();
            return reader(page);
        },
        body));
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
            if (ready.parsed && !take(*ready.parsed, ready.url))
                return;
            deliver();
        },
        Qt::QueuedConnection);
}

bool ListJob::take(ParsedPage& parsed, const QUrl& url)
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
        QString tooMany;
        const QList<ApiRequest> rest = m_paginator->remaining(m_first, page, &tooMany);
        if (!tooMany.isEmpty()) {
            finish(ApiError(ApiError::Kind::BadResponse, tooMany));
            return false;
        }
        for (const ApiRequest& request : rest)
            enqueue(request);
    }
    // A `next` that is not planned yet is followed: lists without a known total, and lists
    // that grew while they loaded. A relative link is taken relative to the page it was on.
    if (page.next.isValid()) {
        ApiRequest next = m_first;
        next.absoluteUrl = url.isValid() ? url.resolved(page.next) : page.next;
        enqueue(next);
    }

    if (kept > 0)
        Q_EMIT rowsAvailable(this);
    if (m_finished)
        return false; // a receiver cancelled the list
    Q_EMIT progress(m_received, m_total);
    return !m_finished;
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

void ListJob::enqueue(const ApiRequest& request)
{
    if (!m_client)
        return;
    const QString key = urlKey(m_client->urlFor(request));
    if (m_planned.contains(key))
        return; // planned already, or a server linking back to a page it sent
    m_planned.insert(key);
    m_queue.enqueue(Planned{request, m_nextSequence++});
}

void ListJob::pump()
{
    while (!m_finished && !m_queue.isEmpty() && m_inFlight.size() < m_maxParallel)
        fetch(m_queue.dequeue());
    if (!m_finished && m_queue.isEmpty() && m_inFlight.isEmpty() && m_reading == 0 &&
        m_ready.isEmpty())
        finish({});
}

void ListJob::finish(const ApiError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
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
        pageReaders()->start([reader = std::exchange(m_reader, {})]() mutable { reader = {}; });
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace balie::api
