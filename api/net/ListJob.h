#pragma once

#include "ApiError.h"
#include "ApiRequest.h"
#include "Paginator.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

namespace balie::api {

class ApiJob;
class HttpClient;

// Fetches a whole list, page after page, and streams rows to the caller as pages arrive (the
// first rows show at once). Once the server tells the total, the remaining pages are fetched
// in parallel, a few at a time. Rows are de-duplicated by id; a row of another organisation
// than the one asked for is dropped. A `next` link to another origin is refused: following it
// would send the credentials elsewhere.
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

    void setMaxParallel(int n) { m_maxParallel = qMax(1, n); }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    void failOnStart(const ApiError& error) { m_presetError = error; }
    // Serves these items as the only page, without a request (an implicit organisation).
    void serveWithoutRequest(const QJsonArray& items) { m_presetItems = items; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    // New rows are ready: take them from the typed job (ResourceListJob::takeRows()).
    void rowsAvailable(balie::api::ListJob* job);
    void progress(qint64 received, qint64 total);
    void finished(balie::api::ListJob* job);

protected:
    ListJob(HttpClient* client, ApiRequest first, std::unique_ptr<Paginator> paginator);
    // Parses and keeps one page's items; returns the number of new rows kept, or -1 with
    // `error` set when an item would corrupt data (a row without an id).
    virtual int consume(const QJsonArray& items, QString* error) = 0;
    void countForeignRow() { ++m_foreignDropped; }

private:
    friend class HttpClient;
    void start();
    void fetch(const ApiRequest& request);
    void enqueue(const ApiRequest& request);
    static QString urlKey(const QUrl& url);
    void onPage(ApiJob* job);
    void pump();
    void finish(const ApiError& error);

    QPointer<HttpClient> m_client;
    ApiRequest m_first;
    std::unique_ptr<Paginator> m_paginator;
    QQueue<ApiRequest> m_queue;
    QList<QPointer<ApiJob>> m_inFlight;
    QSet<QString> m_planned; // urlKey() of every page requested or queued
    int m_pagesRequested = 0;
    int m_maxParallel = 4;
    bool m_firstPageDone = false;
    bool m_finished = false;
    bool m_autoDelete = true;
    qint64 m_total = -1;
    qint64 m_received = 0;
    int m_pagesFetched = 0;
    int m_foreignDropped = 0;
    ApiError m_error;
    std::optional<ApiError> m_presetError;
    std::optional<QJsonArray> m_presetItems;
};

// The typed list job: T has `id` and `organisationId` members.
template <class T>
class ResourceListJob : public ListJob
{
public:
    using Parser = std::function<std::optional<T>(const QJsonObject&, QString* error)>;

    ResourceListJob(HttpClient* client, ApiRequest first, std::unique_ptr<Paginator> paginator,
                    Parser parser)
        : ListJob(client, std::move(first), std::move(paginator))
        , m_parser(std::move(parser))
    {}

    // The rows that arrived since the last call.
    QList<T> takeRows() { return std::exchange(m_rows, {}); }

protected:
    int consume(const QJsonArray& items, QString* error) override
    {
        int kept = 0;
        for (const QJsonValue& item : items) {
            std::optional<T> row = m_parser(item.toObject(), error);
            if (!row)
                return -1;
            if (!organisationId().isEmpty() && !row->organisationId.isEmpty() &&
                row->organisationId != organisationId()) {
                countForeignRow();
                continue;
            }
            if (m_seen.contains(row->id))
                continue;
            m_seen.insert(row->id);
            m_rows.append(std::move(*row));
            ++kept;
        }
        return kept;
    }

private:
    Parser m_parser;
    QSet<QString> m_seen;
    QList<T> m_rows;
};

} // namespace balie::api
