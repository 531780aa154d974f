// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiError.h"
#include "ApiRequest.h"
#include "Paginator.h"
#include "SeenIds.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QTimer>
#include <any>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace balie::api {

class ApiJob;
class HttpClient;

// Fetches a whole list, page after page, and streams rows to the caller as pages arrive (the
// first rows show at once). Once the server tells the total, the remaining pages are fetched
// in parallel, a few at a time. Page bodies are read into rows on worker threads, so that the
// thread the job lives on (the UI's) only moves finished rows; rows are handed over in the
// server's order, whatever order the pages arrive in. Rows are de-duplicated by id; a row of
// another organisation than the one asked for is dropped. A `next` link to another origin is
// refused: following it would send the credentials elsewhere.
class ListJob : public QObject
{
    Q_OBJECT

public:
    ~ListJob() override;

    QString organisationId() const { return m_first.organisationId; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    qint64 total() const { return m_total; }
    qint64 received() const { return m_received; }
    int pagesFetched() const { return m_pagesFetched; }
    int foreignRowsDropped() const { return m_foreignDropped; }
    // Bytes of every page body received.
    qint64 bytesReceived() const { return m_bytes; }

    void setMaxParallel(int n) { m_maxParallel = qMax(1, n); }
    // The most pages one list may take, and the time the whole list may take (retries and
    // waits a server asks for included): beyond either, the list fails with a clear error.
    void setMaxPages(int pages) { m_maxPages = qMax(1, pages); }
    void setDeadlineMs(qint64 ms) { m_deadlineMs = qMax<qint64>(1, ms); }
    static constexpr qint64 DefaultDeadlineMs = 15 * 60'000;
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    void failOnStart(const ApiError& error) { m_presetError = error; }
    // Serves this JSON array as the only page, without a request (an implicit organisation).
    void serveWithoutRequest(const QByteArray& json) { m_presetPage = json; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    // New rows are ready: take them from the typed job (ResourceListJob::takeRows()).
    void rowsAvailable(balie::api::ListJob* job);
    void progress(qint64 received, qint64 total);
    void finished(balie::api::ListJob* job);

protected:
    // One page as a worker thread leaves it.
    struct ParsedPage
    {
        std::optional<Paginator::Page> page; // its items cleared: the document is gone
        QString error;                       // why the page cannot be read
        // Not a page at all (cut short, not JSON, another shape: a proxy's answer), worth
        // fetching again; a page whose rows are wrong is the server's data and is not.
        bool unreadable = false;
        std::any rows; // the typed job's QList<T>
    };
    // Reads one page body; runs on a worker thread, so it may use only what it captured.
    using PageReader = std::function<ParsedPage(const QByteArray& body)>;

    ListJob(HttpClient* client, ApiRequest first, std::unique_ptr<Paginator> paginator);
    virtual PageReader pageReader(std::shared_ptr<const Paginator> paginator) const = 0;
    // On the job's thread: keeps the rows of a page read by pageReader(); the number of new
    // rows kept.
    virtual int keep(std::any& rows) = 0;
    void countForeignRows(int rows) { m_foreignDropped += rows; }
    void countDuplicateRows(int rows) { m_duplicates += rows; }

private:
    friend class HttpClient;
    struct Planned
    {
        ApiRequest request;
        quint64 sequence = 0; // the page's place in the list
        qint64 firstRow = -1; // the row it starts at, where the server's total plans it
        int rereads = 0;      // times fetched again because its body could not be read
    };

    void start();
    void fetch(const Planned& planned);
    void enqueue(const ApiRequest& request, qint64 firstRow = -1);
    static QString urlKey(const QUrl& url);
    void onPage(ApiJob* job, const Planned& planned);
    void read(const QByteArray& body, const Planned& planned, const QUrl& url);
    void reread(Planned planned, const QString& why);
    void deliver();
    bool take(ParsedPage& parsed, const ApiRequest& request, const QUrl& url);
    bool isMissingPageExpected(qint64 firstRow) const;
    ApiError shortListError() const;
    void pump();
    int parallelism() const;
    void finish(const ApiError& error);

    QPointer<HttpClient> m_client;
    ApiRequest m_first;
    std::shared_ptr<const Paginator> m_paginator;
    PageReader m_reader;
    QQueue<Planned> m_queue;
    QList<QPointer<ApiJob>> m_inFlight;
    QSet<QString> m_planned; // urlKey() of every page requested or queued
    struct Ready
    {
        std::optional<ParsedPage> parsed; // empty: the server said 404 for this page
        ApiRequest request;
        QUrl url;
        qint64 firstRow = -1;
    };
    QMap<quint64, Ready> m_ready; // read, waiting for the pages before them
    quint64 m_nextSequence = 0;   // given to the next page planned
    quint64 m_nextToDeliver = 0;
    int m_reading = 0; // pages on worker threads
    int m_rereadsWaiting = 0;
    bool m_deliveryQueued = false;
    int m_pagesRequested = 0;
    int m_maxParallel = 4;
    int m_maxPages = int(Paginator::MaxPages);
    qint64 m_deadlineMs = DefaultDeadlineMs;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    qint64 m_firstPageRows = 0; // rows of a full first page: the step of planned pages
    qint64 m_minimumRows = -1;  // at least this many, when only a page count is known
    bool m_firstPageDone = false;
    bool m_finished = false;
    bool m_autoDelete = true;
    qint64 m_total = -1;
    qint64 m_received = 0;
    qint64 m_bytes = 0;
    int m_pagesFetched = 0;
    int m_foreignDropped = 0;
    int m_duplicates = 0;
    ApiError m_error;
    std::optional<ApiError> m_presetError;
    std::optional<QByteArray> m_presetPage;
};

// The typed list job: T has `id` and `organisationId` members.
template <class T>
class ResourceListJob : public ListJob
{
public:
    using Parser = std::function<std::optional<T>(const JsonValue&, QString* error)>;
    // Made for each row on the worker thread too (a table's search text); must be
    // thread-safe.
    using Indexer = std::function<QByteArray(const T&)>;

    ResourceListJob(HttpClient* client, ApiRequest first, std::unique_ptr<Paginator> paginator,
                    Parser parser)
        : ListJob(client, std::move(first), std::move(paginator))
        , m_parser(std::move(parser))
    {}

    // The rows that arrived since the last call.
    QList<T> takeRows() { return std::exchange(m_rows, {}); }
    // Set before the job starts: what the indexer made of each row taken, in the same order.
    void setIndexer(Indexer indexer) { m_indexer = std::move(indexer); }
    QList<QByteArray> takeIndexes() { return std::exchange(m_indexes, {}); }

protected:
    struct Rows
    {
        QList<T> rows;
        QList<QByteArray> indexes;
        int foreign = 0;
        int duplicates = 0;
    };
    // What the worker threads share to drop rows that came before (by id) or belong to another
    // organisation. Pages are read in any order, so of a row that comes twice (rows moved
    // while the list was paged) the copy read first is kept.
    struct Sieve
    {
        QMutex mutex;
        SeenIds seen;
        QString organisation;
    };

    PageReader pageReader(std::shared_ptr<const Paginator> paginator) const override
    {
        auto sieve = std::make_shared<Sieve>();
        auto parsers = std::make_shared<JsonParserPool>();
        sieve->organisation = organisationId();
        return [paginator, parser = m_parser, indexer = m_indexer, sieve,
                parsers](const QByteArray& body) {
            ParsedPage out;
            const JsonDocument doc(body, parsers.get());
            if (!doc.isValid()) {
                out.unreadable = true;
                out.error = QCoreApplication::translate(
                                "balie::api::ListJob",
                                "The server's answer is not a list Balie can read (%1).")
                                .arg(doc.errorString());
                return out;
            }
            out.page = paginator->parse(doc.root(), &out.error);
            if (!out.page) {
                out.unreadable = true;
                return out;
            }
            Rows rows;
            rows.rows.reserve(out.page->itemCount);
            for (const JsonValue item : out.page->items) {
                std::optional<T> row = parser(item, &out.error);
                if (!row) {
                    out.page.reset();
                    return out;
                }
                if (!sieve->organisation.isEmpty() && !row->organisationId.isEmpty()) {
                    if (row->organisationId != sieve->organisation) {
                        ++rows.foreign;
                        continue;
                    }
                    row->organisationId = sieve->organisation; // one string for all rows
                }
                rows.rows.append(std::move(*row));
            }
            std::vector<SeenIds::Fingerprint> ids;
            ids.reserve(size_t(rows.rows.size()));
            for (const T& row : std::as_const(rows.rows))
                ids.push_back(sieve->seen.fingerprintOf(row.id));
            std::vector<bool> before(ids.size());
            {
                const QMutexLocker lock(&sieve->mutex);
                // Room for the announced total, up to a size no server's word should cost more
                // than; beyond it the table grows as ids come.
                if (out.page->total > 0)
                    sieve->seen.reserve(qsizetype(qMin<qint64>(out.page->total, 250'000)));
                for (const SeenIds::Fingerprint& id : ids)
                    sieve->seen.prefetch(id);
                for (size_t i = 0; i < ids.size(); ++i)
                    before[i] = !sieve->seen.insert(ids[i]);
            }
            qsizetype at = 0;
            rows.duplicates =
                int(rows.rows.removeIf([&](const T&) { return before[size_t(at++)]; }));
            if (indexer) {
                rows.indexes.reserve(rows.rows.size());
                for (const T& row : std::as_const(rows.rows))
                    rows.indexes.append(indexer(row));
            }
            out.page->items = {};
            out.rows = std::move(rows);
            return out;
        };
    }

    int keep(std::any& rows) override
    {
        auto* parsed = std::any_cast<Rows>(&rows);
        if (!parsed)
            return 0;
        countForeignRows(parsed->foreign);
        countDuplicateRows(parsed->duplicates);
        const int kept = int(parsed->rows.size());
        if (m_rows.isEmpty()) {
            m_rows = std::move(parsed->rows);
            m_indexes = std::move(parsed->indexes);
            return kept;
        }
        const qsizetype needed = m_rows.size() + parsed->rows.size();
        if (m_rows.capacity() < needed) // at least doubling: callers that never take stay linear
            m_rows.reserve(qMax(needed, 2 * m_rows.capacity()));
        for (T& row : parsed->rows)
            m_rows.append(std::move(row));
        for (QByteArray& index : parsed->indexes)
            m_indexes.append(std::move(index));
        return kept;
    }

private:
    Parser m_parser;
    Indexer m_indexer;
    QList<T> m_rows;
    QList<QByteArray> m_indexes;
};

} // namespace balie::api
