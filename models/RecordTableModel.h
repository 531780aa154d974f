// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiError.h"
#include "RowIdIndex.h"
#include "SearchIndex.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <vector>

namespace balie::api {
class Connector;
class ListJob;
} // namespace balie::api

namespace balie::models {

class StoreThread;

// The base of every resource table: rows of one organisation of one connection, fed page by
// page from a list job. The first load shows rows as they arrive; a refresh loads in the
// background and then changes the rows in place (no reset: selection, scroll position and sort
// stay), and a refresh that fails keeps the rows on screen, stale since lastSynced(). Switching
// the scope clears the rows at once and cancels the previous load; rows that arrive for any
// other scope than the current one are never inserted, so no row of one organisation can show
// under another, however fast the user switches.
//
// For the filter proxies it keeps each row's folded search text (searchIndex()) and, per column
// asked for, the order of all rows by that column (sortedRows()), both made once and kept up
// to date as rows arrive: filtering and sorting 100,000 rows then takes milliseconds.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a value that sorts right (numbers, times), for the proxy
        IdRole,                      // the record's id
        OrganisationRole,            // the organisation the record belongs to
        ExportRole,                  // canonical text for CSV: ISO 8601 UTC, plain numbers
        ColumnKeyRole,               // headerData: the column's stable key (settings, CSV)
        PendingRole,        // whether the row shows a change not on the server yet (the outbox)
        CurrencyRole,       // an amount's ISO currency code (CSV for spreadsheets)
        ShownByDefaultRole, // headerData: whether a table shows the column before anyone chooses
    };
    Q_ENUM(Role)

    explicit RecordTableModel(QObject* parent = nullptr);
    ~RecordTableModel() override;

    // Keeps the rows in a connection's local store too: a load shows the stored rows at once
    // and then changes them in place with the server's, and what the server sent is stored.
    void setStore(StoreThread* store);
    // Binds the model to an organisation and loads it; a null connector empties the model.
    void setScope(api::Connector* connector, const QString& organisationId);
    api::Connector* connector() const;
    QString organisationId() const { return m_organisationId; }

    // Whether the connection's flavour offers this resource at all.
    virtual bool isSupportedBy(const api::Connector* connector) const = 0;
    bool isSupported() const { return connector() && isSupportedBy(connector()); }

    // Loads again; the rows stay until the new ones are in. Where the flavour can list what
    // changed since a time, only that is asked for, with a full load at least once a day. A
    // refresh asked for while one runs follows it: never two loads of a table at once.
    void refresh();
    // Loads again in full and drops the rows the server no longer has (Shift+F5): deletions a
    // list of changes cannot show.
    void reconcile();
    // Empties the table and loads it again (another selection of rows: other dates).
    void reload();
    void cancel();
    bool isLoading() const { return !m_job.isNull() || m_readingStore; }
    // The requests the last load took (its pages), for pacing automatic refreshes.
    int lastLoadRequests() const { return m_lastLoadRequests; }
    // When the rows shown were last loaded in full (by this run, or by an earlier one whose
    // rows came from the local store).
    QDateTime lastSynced() const { return m_lastSynced; }
    // The rows shown came from the local store and the server has not confirmed them yet.
    bool isFromStore() const { return m_fromStore; }
    // The last load failed: what is shown is as of lastSynced() (or nothing).
    bool isStale() const { return m_lastError.isError(); }
    const api::ApiError& lastError() const { return m_lastError; }

    QString columnKey(int column) const;
    int columnForKey(const QString& key) const;
    // The row of the record with this id, or -1.
    int rowOf(const QString& id) const { return m_rowOfId.rowOf(id); }

    const SearchIndex& searchIndex() const { return m_search; }
    // Which part of a row's search text (SearchIndex::segment) holds a column's text; -1 when
    // the column is not searched.
    int searchSegment(int column) const { return searchSegmentOf(column); }

    // Rows that show a change still in the outbox: drawn apart, with `note` as their tooltip.
    void setPending(const QString& id, const QString& note);
    void clearPending(const QString& id);
    static QList<int> pendingRoles(); // what a pending mark changes
    bool isPending(int row) const;
    // The id of a row that stands in for a create the server has not made yet; such a row is
    // never kept in the store.
    static QString standInId(const QByteArray& idempotencyKey);
    static bool isStandIn(const QString& id);
    QStringList pendingIds() const { return m_pending.keys(); }

    // A cell's text for Qt::ToolTipRole. Views show tooltips as rich text whenever the text
    // looks like markup, so what a server sent is escaped: shown as it is, never rendered.
    static QString toolTipOf(const QString& text);

    // The memory the table's rows take, by part: to see where a large table's memory goes.
    struct MemoryUse
    {
        qsizetype rows = 0;   // the packed records
        qsizetype search = 0; // their folded search text
        qsizetype index = 0;  // finding rows by id, and the kept sort orders
    };
    MemoryUse memoryUse() const;
    // Every row, ordered by the column's SortRole value ascending (text case- and accent-
    // insensitively, as a collation at primary strength orders Latin script); ties keep the
    // model's order.
    const std::vector<int>& sortedRows(int column);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void progress(qint64 received, qint64 total); // total is -1 when unknown
    void loadFailed(const balie::api::ApiError& error);
    void loadSucceeded();
    // The rows kept in the store are in, before the server has answered.
    void keptRowsShown();
    void lastSyncedChanged(const QDateTime& when);

protected:
    // Starts the list job for the scope; the base connects to it and owns the bookkeeping.
    virtual api::ListJob* startList(api::Connector* connector, const QString& organisationId) = 0;
    // Gets a job just made ready, before it starts (the typed model has its rows' search texts
    // made on the worker threads).
    virtual void prepare(api::ListJob* job) = 0;
    // Moves the rows the job has ready into the model: appended at once (`live`), or kept
    // aside until the load ends (a refresh).
    virtual void takeRows(api::ListJob* job, bool live) = 0;
    // The load kept aside is complete: rows change, arrive and go in place; with `complete`,
    // rows it did not have go too (a list of changes is not complete).
    virtual void commitStaged(bool complete) = 0;
    // Whether the server can list only the rows changed since a time, and that list.
    virtual bool canListChanges() const { return false; }
    virtual api::ListJob* startChangesList(api::Connector* connector, const QString& organisationId,
                                           const QDateTime& since);
    virtual void discardStaged() = 0;
    virtual void clearRows() = 0;
    virtual QString columnKeyAt(int column) const = 0;
    virtual QString idAt(int row) const = 0;
    virtual QByteArrayView idUtf8At(int row) const = 0; // as kept, for the id index
    virtual qsizetype rowBytes() const = 0;
    virtual void squeezeRows() = 0; // gives back what was reserved for rows that did not come
    // The folded text a filter searches in, for one row.
    virtual QByteArray searchTextAt(int row) const = 0;
    // Whether the search text or the sort order of text columns depends on the language.
    virtual bool hasTranslatedText() const { return false; }
    // Whether a column sorts as text (collated), or by a number (times, amounts, counts).
    virtual bool sortsAsText(int column) const = 0;
    // Which part of a row's search text holds the column's text; -1 when not searched.
    virtual int searchSegmentOf(int column) const = 0;
    // The sort numbers of rows [first, last] of a column that sorts by number, into `out`.
    // Reads only: separate ranges may be read on worker threads at once.
    virtual void readSortNumbers(int column, int first, int last, double* out) const = 0;

    // The local store. Its name for this table's rows; rows packed by another RowCodec version
    // are under another name, and never read.
    virtual QString storeKey() const;
    // Reads the scope's stored rows on the store's thread and hands them over in batches
    // (takeStored() in the typed model), ending with storedRowsRead().
    virtual void readStored(StoreThread* store, const QString& key, quint64 generation) = 0;
    // Stores the rows as they are now, loaded in full at `syncedAt`.
    virtual void writeStored(StoreThread* store, const QString& key, const QDateTime& syncedAt) = 0;
    // Stores the rows a list of changes brought (before they are committed).
    virtual void writeStoredChanges(StoreThread* store, const QString& key) = 0;
    StoreThread* store() const;
    // Whether a batch read for `generation` still belongs to what the table shows.
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    // The stored rows are in: loaded in full at `fullAt`, changes asked for last at `changesAt`.
    // `damaged`: some rows could not be read, and only a full load brings them back.
    void storedRowsRead(quint64 generation, const QDateTime& fullAt, const QDateTime& changesAt,
                        bool damaged);

    // Bookkeeping the typed model calls around its changes. `texts`: the new rows' search
    // texts when they were made already.
    void afterRowsAppended(int first, int last, const std::vector<QByteArrayView>* texts = nullptr);
    void afterRowsChanged(const std::vector<int>& rows);
    void afterRowsRemoved(int first, int count);
    void afterReset();

    // Language changes are sent to the application object, not to models: watch it, so the
    // headers retranslate at run time.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Order
    {
        std::vector<int> rows;
        bool text = false;
        int segment = -1;                       // text: the column's part of the search text
        std::vector<SearchIndex::Piece> pieces; // text: where each row's part is, by row
        quint64 generation = 0;                 // of the search index the pieces are in
        std::vector<double> numbers;            // numbers: each row's value, by row
    };
    // Empties the table and fills it again: from the local store first when there is one.
    void begin();
    void start(bool live);
    // Keeps the load that just ended in the store: all rows, or the changes' time.
    void keepSynced(bool changesOnly);
    void stop();
    void rebuildIndex();
    void squeeze();
    Order buildOrder(int column) const;
    // Puts `rows` (not in the order yet, their keys read) at their places in it.
    void mergeInto(Order& order, std::vector<int> rows) const;
    bool lessThan(const Order& order, int a, int b) const;
    // Reads the keys of rows [first, last] (every row when the search index was compacted).
    void readKeys(Order& order, int column, int first, int last) const;

    QPointer<QObject> m_connector; // an api::Connector, kept out of this header
    QString m_organisationId;
    QPointer<api::ListJob> m_job;
    QPointer<StoreThread> m_store;
    quint64 m_generation = 0; // counts the fills: batches of an earlier one are dropped
    bool m_readingStore = false;
    bool m_fromStore = false;
    bool m_fullWanted = false; // loads are full ones until one succeeds (reconcile())
    bool m_again = false;
    bool m_jobChangesOnly = false; // refreshed while loading: load again once this load ends
    int m_lastLoadRequests = 0;
    QDateTime m_fullSyncedAt; // when the last full load began
    QDateTime m_changesSince; // when the last load of any kind began
    QDateTime m_lastSynced;
    api::ApiError m_lastError;
    RowIdIndex m_rowOfId{[this](int row) {
        return idUtf8At(row);
    }};
    SearchIndex m_search;
    QHash<int, Order> m_orders;        // by column, made on first use
    QHash<QString, QString> m_pending; // id: note

protected:
    QString pendingNote(int row) const;
    // Makes room for this many more rows at once, so that the id index and the search text do
    // not grow (and copy) as they come.
    void expectRows(qint64 more);
};

} // namespace balie::models
