// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "RecordTableModel.h"

#include "KeptRecords.h"
#include "LocalStore.h"
#include "RowStore.h"
#include "StoreThread.h"
#include "connectors/Connector.h"
#include "net/BackgroundThreads.h"
#include "net/ListJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLoggingCategory>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cstring>
#include <numeric>

Q_LOGGING_CATEGORY(lcTables, "balie.models.tables", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStoredRows, "balie.models.stored", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace balie::models {

namespace {

// The first 16 bytes of a folded text as two numbers, so that most comparisons of a sort are
// between integers beside each other in memory, not between texts all over the search index
// (names share their first 8 bytes often: "george m…"). Folded text holds no NUL: padding with
// zeros keeps "ab" before "abc".
struct Keyed
{
    quint64 high;
    quint64 low;
    int row;
};

Keyed keyedOf(std::string_view text, int row)
{
    unsigned char bytes[16] = {};
    std::memcpy(bytes, text.data(), std::min<size_t>(sizeof bytes, text.size()));
    Keyed keyed{0, 0, row};
    for (int i = 0; i < 8; ++i) {
        keyed.high = keyed.high << 8 | bytes[i];
        keyed.low = keyed.low << 8 | bytes[i + 8];
    }
    return keyed;
}

// Rows enough that reading their keys on all cores pays for the threads.
constexpr int ParallelKeysFrom = 20'000;

} // namespace

RecordTableModel::RecordTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

RecordTableModel::~RecordTableModel()
{
    stop();
    // A large table's indexes are let go on a background thread: an organisation switch
    // deletes the tables left behind between two frames.
    api::backgroundThreads()->start([search = std::move(m_search), ids = std::move(m_rowOfId),
                                     orders = std::move(m_orders)] {});
}

api::Connector* RecordTableModel::connector() const
{
    return static_cast<api::Connector*>(m_connector.data());
}

void RecordTableModel::setStore(StoreThread* store)
{
    m_store = store;
}

StoreThread* RecordTableModel::store() const
{
    return m_store.data();
}

QString RecordTableModel::storeKey() const
{
    return KeptRecords::keyOf(*metaObject());
}

void RecordTableModel::setScope(api::Connector* connector, const QString& organisationId)
{
    stop();
    m_connector = connector;
    m_organisationId = organisationId;
    begin();
}

void RecordTableModel::begin()
{
    ++m_generation;
    m_lastError = {};
    m_readingStore = false;
    m_fromStore = false;
    m_fullSyncedAt = {};
    m_changesSince = {};
    m_fullWanted = false; // all is loaded afresh: from the store, then what changed since
    discardStaged();
    clearRows(); // at once: nothing of the previous scope stays on screen
    if (m_lastSynced.isValid()) {
        m_lastSynced = {};
        Q_EMIT lastSyncedChanged(m_lastSynced);
    }
    if (m_store && connector() && !m_organisationId.isEmpty() && isSupportedBy(connector())) {
        m_readingStore = true;
        Q_EMIT loadingChanged(true);
        readStored(m_store, storeKey(), m_generation);
        return;
    }
    start(true);
}

void RecordTableModel::storedRowsRead(quint64 generation, const QDateTime& fullAt,
                                      const QDateTime& changesAt, bool damaged)
{
    if (!isCurrent(generation) || !m_readingStore)
        return;
    m_readingStore = false;
    m_fullWanted = m_fullWanted || damaged;
    squeeze();
    m_fromStore = rowCount() > 0;
    m_fullSyncedAt = m_fromStore ? fullAt : QDateTime();
    m_changesSince = m_fromStore ? changesAt : QDateTime();
    const QDateTime asOf = std::max(fullAt, changesAt);
    if (m_fromStore && asOf.isValid()) {
        m_lastSynced = asOf;
        Q_EMIT lastSyncedChanged(m_lastSynced);
    }
    if (m_fromStore)
        Q_EMIT keptRowsShown();
    // The server's rows change the stored ones in place; with none stored, they show as they
    // come.
    start(rowCount() == 0);
}

void RecordTableModel::refresh()
{
    if (m_readingStore)
        return; // the server is asked once the stored rows are in
    if (m_job) {
        // What the running load brings may predate what made the caller ask (a write): one
        // more load follows it. A full load wanted during a list of changes starts over.
        if (!(m_fullWanted && m_jobChangesOnly)) {
            m_again = true;
            return;
        }
    }
    stop();
    discardStaged();
    // With nothing on screen, rows show as they arrive; otherwise they change in place at the
    // end, and stay if the load fails.
    start(rowCount() == 0);
}

void RecordTableModel::reconcile()
{
    m_fullWanted = true;
    refresh();
}

api::ListJob* RecordTableModel::startChangesList(api::Connector*, const QString&, const QDateTime&)
{
    return nullptr;
}

void RecordTableModel::reload()
{
    stop();
    begin();
}

void RecordTableModel::cancel()
{
    stop();
    discardStaged();
    if (m_readingStore) {
        ++m_generation; // the batches still coming are dropped
        m_readingStore = false;
        Q_EMIT loadingChanged(false);
    }
}

void RecordTableModel::start(bool live)
{
    if (!connector() || m_organisationId.isEmpty() || !isSupportedBy(connector()))
        return;
    // Only what changed, where the server can say it and a full load is recent enough: one
    // request when nothing changed. Changes are asked for from a little before the last load
    // began, against clocks that disagree.
    constexpr qint64 FullLoadEveryMs = 24 * 3600 * 1000;
    constexpr qint64 OverlapSecs = 5 * 60;
    const QDateTime began = QDateTime::currentDateTimeUtc();
    const bool changesOnly = !live && !m_fullWanted && canListChanges() &&
                             m_changesSince.isValid() && m_fullSyncedAt.isValid() &&
                             m_fullSyncedAt.msecsTo(began) < FullLoadEveryMs;
    m_again = false;
    m_jobChangesOnly = changesOnly;
    api::ListJob* job = changesOnly ? startChangesList(connector(), m_organisationId,
                                                       m_changesSince.addSecs(-OverlapSecs))
                                    : startList(connector(), m_organisationId);
    prepare(job);
    m_job = job;
    const QString scope = m_organisationId;
    const QPointer<QObject> owner = m_connector;
    connect(job, &api::ListJob::rowsAvailable, this, [this, job, scope, owner, live] {
        // A job of an earlier scope may still deliver while the event that cancelled it is
        // queued: only the current job of the current scope may add rows.
        if (job != m_job || scope != m_organisationId || owner != m_connector)
            return;
        takeRows(job, live);
    });
    connect(job, &api::ListJob::progress, this, [this, job, live](qint64 received, qint64 total) {
        if (job != m_job)
            return;
        if (live && total > received)
            expectRows(total - received);
        Q_EMIT progress(received, total);
    });
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(job, &api::ListJob::finished, this, [this, job, live, clock, changesOnly, began] {
        if (job != m_job)
            return;
        m_job = nullptr;
        m_lastLoadRequests = job->pagesFetched();
        qCDebug(lcTables).nospace()
            << metaObject()->className() << ": " << job->received() << " rows in "
            << clock->elapsed() << " ms, " << job->pagesFetched() << " pages"
            << (changesOnly ? " (changes only)" : "");
        if (job->isOk()) {
            if (!live) {
                if (m_store && changesOnly)
                    writeStoredChanges(m_store, storeKey());
                commitStaged(!changesOnly);
            }
            squeeze();
            m_lastError = {};
            m_fromStore = false;
            // As of when the load began: what changed while it ran may be missing.
            m_lastSynced = began;
            m_changesSince = began;
            if (!changesOnly) {
                m_fullSyncedAt = began;
                m_fullWanted = false; // wanted until one succeeds: a failed one is not enough
            }
            if (m_store)
                keepSynced(changesOnly);
            Q_EMIT lastSyncedChanged(m_lastSynced);
            Q_EMIT loadSucceeded();
        } else {
            discardStaged();
            if (job->error().kind() != api::ApiError::Kind::Cancelled) {
                m_lastError = job->error();
                Q_EMIT loadFailed(m_lastError);
            }
            m_again = false; // the session's retries take over
        }
        Q_EMIT loadingChanged(false);
        if (m_again)
            refresh();
    });
    Q_EMIT loadingChanged(true);
    Q_EMIT progress(0, -1);
}

void RecordTableModel::keepSynced(bool changesOnly)
{
    if (!changesOnly)
        writeStored(m_store, storeKey(), m_fullSyncedAt);
    m_store->post([key = storeKey(), organisation = m_organisationId,
                   since = m_changesSince](store::LocalStore& s) {
        s.setWatermark(key, organisation, since.toString(Qt::ISODateWithMs));
    });
}

void RecordTableModel::stop()
{
    if (!m_job)
        return;
    api::ListJob* job = m_job;
    m_job = nullptr;
    m_again = false;
    job->disconnect(this);
    job->cancel();
    Q_EMIT loadingChanged(false);
}

QString RecordTableModel::columnKey(int column) const
{
    return column >= 0 && column < columnCount() ? columnKeyAt(column) : QString();
}

int RecordTableModel::columnForKey(const QString& key) const
{
    for (int c = 0; c < columnCount(); ++c) {
        if (columnKeyAt(c) == key)
            return c;
    }
    return -1;
}

void RecordTableModel::rebuildIndex()
{
    m_rowOfId.clear();
    const int rows = rowCount();
    m_rowOfId.reserve(rows);
    for (int row = 0; row < rows; ++row)
        m_rowOfId.append();
}

QString RecordTableModel::toolTipOf(const QString& text)
{
    if (text.isEmpty())
        return text;
    return u"<p>"_s + text.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s;
}

RecordTableModel::MemoryUse RecordTableModel::memoryUse() const
{
    MemoryUse use;
    use.rows = rowBytes();
    use.search = m_search.bytesUsed();
    use.index = m_rowOfId.bytesUsed();
    for (const Order& order : m_orders) {
        use.index += qsizetype(order.rows.capacity() * sizeof(int) +
                               order.pieces.capacity() * sizeof(SearchIndex::Piece) +
                               order.numbers.capacity() * sizeof(double));
    }
    return use;
}

void RecordTableModel::squeeze()
{
    squeezeRows();
    m_search.squeeze();
}

void RecordTableModel::expectRows(qint64 more)
{
    // Room for the rows a list announced, made once: grown as pages come, the id index would
    // be hashed again (and the rows' places copied) on the UI thread at every doubling. The
    // server's word is trusted up to a limit.
    constexpr qint64 MostReserved = 2'000'000;
    const qsizetype rows = qsizetype(qMin<qint64>(rowCount() + more, MostReserved));
    if (rows <= m_rowOfId.capacity())
        return;
    m_rowOfId.reserve(rows);
    m_search.reserve(int(rows));
}

void RecordTableModel::afterRowsAppended(int first, int last,
                                         const std::vector<QByteArrayView>* texts)
{
    const bool made = texts && texts->size() == size_t(last - first + 1);
    for (int row = first; row <= last; ++row) {
        m_rowOfId.append();
        m_search.append(made ? (*texts)[size_t(row - first)] : searchTextAt(row));
    }
    if (m_orders.isEmpty())
        return;
    // Each kept order takes the new rows at their places, rather than sorting again.
    std::vector<int> fresh(static_cast<size_t>(last - first + 1));
    std::iota(fresh.begin(), fresh.end(), first);
    for (auto it = m_orders.begin(); it != m_orders.end(); ++it) {
        readKeys(it.value(), it.key(), first, last);
        mergeInto(it.value(), fresh);
    }
}

void RecordTableModel::afterRowsChanged(const std::vector<int>& rows)
{
    for (int row : rows)
        m_search.replace(row, searchTextAt(row));
    if (rows.size() > size_t(rowCount() / 8) + 32) {
        m_orders.clear(); // most rows changed: sorting again is cheaper
        return;
    }
    // The changed rows leave each kept order and go in again at their new places: after a
    // refresh that changed a hundred rows, one pass over the order instead of a new sort
    // (100,000 rows: tens of ms on the UI thread).
    std::vector<quint8> changed(size_t(rowCount()), 0);
    for (int row : rows)
        changed[size_t(row)] = 1;
    for (auto it = m_orders.begin(); it != m_orders.end(); ++it) {
        Order& order = it.value();
        for (int row : rows)
            readKeys(order, it.key(), row, row);
        std::erase_if(order.rows, [&](int row) { return changed[size_t(row)] != 0; });
        mergeInto(order, rows);
    }
}

void RecordTableModel::mergeInto(Order& order, std::vector<int> rows) const
{
    // A binary search for each row, and one pass to merge.
    const auto less = [&](int a, int b) {
        return lessThan(order, a, b);
    };
    std::stable_sort(rows.begin(), rows.end(), less);
    std::vector<int> merged;
    merged.reserve(order.rows.size() + rows.size());
    auto from = order.rows.begin();
    for (int row : rows) {
        const auto at = std::upper_bound(from, order.rows.end(), row, less);
        merged.insert(merged.end(), from, at);
        merged.push_back(row);
        from = at;
    }
    merged.insert(merged.end(), from, order.rows.end());
    order.rows = std::move(merged);
}

void RecordTableModel::afterRowsRemoved(int first, int count)
{
    m_search.remove(first, count);
    m_orders.clear();
    rebuildIndex();
}

void RecordTableModel::afterReset()
{
    m_search.clear();
    m_orders.clear();
    rebuildIndex();
    const int rows = rowCount();
    for (int row = 0; row < rows; ++row)
        m_search.append(searchTextAt(row));
}

const std::vector<int>& RecordTableModel::sortedRows(int column)
{
    auto it = m_orders.find(column);
    if (it == m_orders.end())
        it = m_orders.insert(column, buildOrder(column));
    return it->rows;
}

RecordTableModel::Order RecordTableModel::buildOrder(int column) const
{
    Order order;
    const int rows = rowCount();
    order.rows.resize(size_t(rows));
    std::iota(order.rows.begin(), order.rows.end(), 0);
    if (column < 0 || column >= columnCount())
        return order;
    order.text = sortsAsText(column);
    order.segment = searchSegmentOf(column);
    readKeys(order, column, 0, rows - 1);
    if (!order.text) {
        std::sort(order.rows.begin(), order.rows.end(),
                  [&](int a, int b) { return lessThan(order, a, b); });
        return order;
    }
    // Text: by its first bytes as integers, the whole text only where those are equal.
    std::vector<Keyed> keyed;
    keyed.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row)
        keyed.push_back(keyedOf(m_search.view(order.pieces[size_t(row)]), row));
    std::sort(keyed.begin(), keyed.end(), [&](const Keyed& a, const Keyed& b) {
        if (a.high != b.high)
            return a.high < b.high;
        if (a.low != b.low)
            return a.low < b.low;
        return lessThan(order, a.row, b.row);
    });
    for (int i = 0; i < rows; ++i)
        order.rows[size_t(i)] = keyed[size_t(i)].row;
    return order;
}

void RecordTableModel::readKeys(Order& order, int column, int first, int last) const
{
    if (order.text) {
        if (order.generation != m_search.generation()) {
            // The search text moved: every row's place is read again.
            first = 0;
            last = rowCount() - 1;
            order.generation = m_search.generation();
        }
        order.pieces.resize(size_t(rowCount()));
        for (int row = first; row <= last; ++row)
            order.pieces[size_t(row)] = m_search.segment(row, order.segment);
        return;
    }
    order.numbers.resize(size_t(rowCount()));
    const int count = last - first + 1;
    if (count < ParallelKeysFrom) {
        if (count > 0)
            readSortNumbers(column, first, last, order.numbers.data() + first);
        return;
    }
    // Every row unpacked: on all cores, in ranges of their own.
    const int parts = qMax(1, QThread::idealThreadCount()) * 4;
    QList<QPair<int, int>> ranges;
    for (int p = 0; p < parts; ++p) {
        const int from = first + int(qint64(count) * p / parts);
        const int to = first + int(qint64(count) * (p + 1) / parts) - 1;
        if (from <= to)
            ranges.append({from, to});
    }
    double* numbers = order.numbers.data();
    QtConcurrent::blockingMap(ranges, [this, column, numbers](const QPair<int, int>& range) {
        readSortNumbers(column, range.first, range.second, numbers + range.first);
    });
}

bool RecordTableModel::lessThan(const Order& order, int a, int b) const
{
    if (!order.text) {
        const double l = order.numbers[size_t(a)], r = order.numbers[size_t(b)];
        return l != r ? l < r : a < b;
    }
    // Text by its folded form (the search text's, made once per row): case and accents aside,
    // as a collation at primary strength orders it, at the cost of a byte comparison. Texts
    // that fold alike keep the model's order (a hundred "Jan Jansen"s are common: collating
    // each pair again would cost more than all the rest).
    const int c =
        m_search.view(order.pieces[size_t(a)]).compare(m_search.view(order.pieces[size_t(b)]));
    return c != 0 ? c < 0 : a < b;
}

bool RecordTableModel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange &&
        columnCount() > 0) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        // Text is collated in the user's language, and some columns are translated words
        // (statuses): orders and search texts are made again.
        m_orders.clear();
        if (hasTranslatedText()) {
            for (int row = 0; row < rowCount(); ++row)
                m_search.replace(row, searchTextAt(row));
        }
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                               {Qt::DisplayRole});
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

void RecordTableModel::setPending(const QString& id, const QString& note)
{
    const auto it = m_pending.constFind(id);
    if (it != m_pending.constEnd() && *it == note)
        return;
    m_pending.insert(id, note);
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1), pendingRoles());
}

void RecordTableModel::clearPending(const QString& id)
{
    if (!m_pending.remove(id))
        return;
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1), pendingRoles());
}

QString RecordTableModel::standInId(const QByteArray& idempotencyKey)
{
    return u"pending:"_s + QString::fromLatin1(idempotencyKey);
}

bool RecordTableModel::isStandIn(const QString& id)
{
    return id.startsWith(u"pending:"_s);
}

bool RecordTableModel::isPending(int row) const
{
    return !m_pending.isEmpty() && m_pending.contains(idAt(row));
}

QList<int> RecordTableModel::pendingRoles()
{
    // Not the text, so filters and sorts need not look again.
    return {PendingRole, Qt::ToolTipRole};
}

QString RecordTableModel::pendingNote(int row) const
{
    return m_pending.isEmpty() ? QString() : m_pending.value(idAt(row));
}

} // namespace balie::models
