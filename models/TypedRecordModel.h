// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "LocalStore.h"
#include "RecordSchema.h"
#include "RecordTableModel.h"
#include "RowCodecs.h"
#include "StoreThread.h"
#include "StringBlock.h"
#include "net/BackgroundThreads.h"
#include "net/ListJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QLoggingCategory>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <functional>
#include <map>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcStoredRows)

namespace balie::models {

template <class T>
class TypedRecordModel : public RecordTableModel
{
public:
    using Column = RecordColumn<T>;

    TypedRecordModel(RecordSchema<T> schema, QObject* parent)
        : RecordTableModel(parent)
        , m_context(schema.context)
        , m_columns(std::move(schema.columns))
    {
        // A timer, not a queued call: the window's own events (input, painting) go first, and
        // timers take turns, so that rows coming in never hold up another timer for two turns.
        m_takeTimer.setSingleShot(true);
        m_takeTimer.setInterval(0);
        QObject::connect(&m_takeTimer, &QTimer::timeout, this,
                         [this] { takeNextStored(m_storedGeneration); });
    }
    ~TypedRecordModel() override
    {
        // The rows too, off the UI thread (see ~RecordTableModel).
        api::backgroundThreads()->start([rows = std::move(m_rows)] {});
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : m_rows.size();
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Column& column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case SortRole:
        case ExportRole:
        case CurrencyRole:
        case IdRole:
        case OrganisationRole:
            break;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(column.alignment);
        case PendingRole:
            return isPending(index.row());
        default:
            return {}; // without unpacking the row
        }
        const T& record = cachedRecord(index.row());
        switch (role) {
        case Qt::DisplayRole:
            // A row made here and not on the server yet has no id of the server's to show.
            if (qstrcmp(column.key, "id") == 0 && isStandIn(record.id))
                return QString();
            return column.display(record);
        case Qt::ToolTipRole: {
            const QString note = pendingNote(index.row());
            const QString cell = toolTipOf(column.display(record).toString());
            return note.isEmpty() ? cell : toolTipOf(note) + cell;
        }
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(column.alignment);
        case SortRole:
            return column.sort ? column.sort(record) : column.display(record);
        case ExportRole:
            return column.exported ? column.exported(record) : column.display(record);
        case CurrencyRole:
            return column.currency ? column.currency(record) : QVariant();
        case IdRole:
            return record.id;
        default: // OrganisationRole
            return record.organisationId;
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return QCoreApplication::translate(m_context, m_columns.at(section).title);
        if (role == ColumnKeyRole)
            return QString::fromLatin1(m_columns.at(section).key);
        if (role == ShownByDefaultRole)
            return m_columns.at(section).shownInConsole;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(m_columns.at(section).alignment);
        return {};
    }

    // The record of a row, unpacked.
    T record(int row) const { return m_rows.at(row); }
    // Every record, unpacked: for tests and small tables.
    QList<T> records() const
    {
        QList<T> all;
        all.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            all.append(m_rows.at(row));
        return all;
    }
    std::optional<T> find(const QString& id) const
    {
        const int row = rowOf(id);
        return row < 0 ? std::nullopt : std::optional<T>(m_rows.at(row));
    }

    // After a create or an edit: replaces the record with the same id, or appends it.
    void upsert(const T& record)
    {
        if (isLoading())
            m_touchedDuringLoad.insert(record.id);
        if (StoreThread* kept = store(); kept && !isStandIn(record.id)) {
            kept->post([key = storeKey(), organisation = organisationId(), id = record.id,
                        bytes = packRow(record)](store::LocalStore& s) {
                s.upsertRows(key, organisation, {{id, bytes}});
            });
        }
        replaceOrAppend(record);
    }

    // A change not on the server yet, shown as it will be: not kept in the store, and marked
    // pending until the outbox has sent it.
    void upsertPending(const T& record, const QString& note)
    {
        setPending(record.id, note);
        replaceOrAppend(record);
    }
    // Takes out a row that only showed a change (a create the server now has, or dropped).
    void removePending(const QString& id)
    {
        clearPending(id);
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        forget();
        m_rows.remove(row, 1);
        afterRowsRemoved(row, 1);
        endRemoveRows();
    }

    // What a stored row must match to be shown in this table: all of them, unless the table
    // holds a selection (the bookings of some dates).
    virtual std::function<bool(const T&)> storedScope() const { return {}; }

private:
    void replaceOrAppend(const T& record)
    {
        const int row = rowOf(record.id);
        if (row >= 0) {
            if (m_rows.holds(row, record))
                return; // shown again (a pending change, after each change of the queue)
            forget();
            m_rows.replace(row, record);
            afterRowsChanged({row});
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            return;
        }
        const int at = m_rows.size();
        beginInsertRows({}, at, at);
        m_rows.append(record);
        afterRowsAppended(at, at);
        endInsertRows();
    }

protected:
    void prepare(api::ListJob* job) override
    {
        static_cast<api::ResourceListJob<T>*>(job)->setIndexer(
            [columns = m_columns](const T& record) { return searchTextOf(columns, record); });
    }

    void takeRows(api::ListJob* job, bool live) override
    {
        auto* typed = static_cast<api::ResourceListJob<T>*>(job);
        QList<T> rows = typed->takeRows();
        QList<QByteArray> texts = typed->takeIndexes();
        if (!live) {
            m_staged.append(std::move(rows));
            return;
        }
        // A record made meanwhile (upsert) may come with the list too: it changes in place.
        QList<T> fresh;
        QList<QByteArray> freshTexts;
        fresh.reserve(rows.size());
        const bool indexed = texts.size() == rows.size();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rowOf(rows.at(i).id) >= 0) {
                upsert(rows.at(i));
                continue;
            }
            fresh.append(std::move(rows[i]));
            if (indexed)
                freshTexts.append(std::move(texts[i]));
        }
        if (fresh.isEmpty())
            return;
        const int first = m_rows.size();
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const T& record : std::as_const(fresh))
            m_rows.append(record);
        std::vector<QByteArrayView> textViews;
        if (indexed)
            textViews.assign(freshTexts.cbegin(), freshTexts.cend());
        afterRowsAppended(first, m_rows.size() - 1, indexed ? &textViews : nullptr);
        endInsertRows();
        // The records are packed into the table now; a page of them is let go on a worker
        // thread, not between two frames of the UI.
        QThreadPool::globalInstance()->start([rows = std::move(rows), fresh = std::move(fresh),
                                              texts = std::move(texts),
                                              freshTexts = std::move(freshTexts)] {});
    }

    void commitStaged(bool complete) override
    {
        const QList<T> staged = std::exchange(m_staged, {});
        const QSet<QString> touched = std::exchange(m_touchedDuringLoad, {});
        QHash<QString, qsizetype> fresh;
        fresh.reserve(staged.size());
        for (qsizetype i = 0; i < staged.size(); ++i)
            fresh.insert(staged.at(i).id, i);

        forget();
        // Gone from the server (unless made or changed here while the list loaded).
        for (int row = complete ? m_rows.size() - 1 : -1; row >= 0;) {
            int first = row;
            while (first >= 0 && !fresh.contains(idAt(first)) && !touched.contains(idAt(first)))
                --first;
            if (first == row) {
                --row;
                continue;
            }
            const int count = row - first;
            beginRemoveRows({}, first + 1, row);
            m_rows.remove(first + 1, count);
            afterRowsRemoved(first + 1, count);
            endRemoveRows();
            row = first;
        }
        // Changed in place.
        std::vector<int> changed;
        for (int row = 0; row < m_rows.size(); ++row) {
            const QString id = idAt(row);
            const auto it = fresh.constFind(id);
            if (it == fresh.cend() || touched.contains(id))
                continue;
            const T& now = staged.at(*it);
            if (!m_rows.holds(row, now)) {
                m_rows.replace(row, now);
                changed.push_back(row);
            }
        }
        if (!changed.empty()) {
            afterRowsChanged(changed);
            Q_EMIT dataChanged(index(changed.front(), 0), index(changed.back(), columnCount() - 1));
        }
        // New, at the end.
        QList<T> added;
        for (const T& record : staged) {
            if (rowOf(record.id) < 0)
                added.append(record);
        }
        if (!added.isEmpty()) {
            const int first = m_rows.size();
            beginInsertRows({}, first, first + int(added.size()) - 1);
            for (const T& record : std::as_const(added))
                m_rows.append(record);
            afterRowsAppended(first, m_rows.size() - 1);
            endInsertRows();
        }
    }

    void readStored(StoreThread* kept, const QString& key, quint64 generation) override
    {
        m_storedAhead.clear();
        m_takeTimer.stop();
        m_storedNext = 0;
        m_storedOffset = 0;
        m_storedBatches = -1;
        m_storedDamaged = 0;
        const QPointer<TypedRecordModel> self(this);
        kept->post([self, kept, key, generation, organisation = organisationId(),
                    columns = m_columns, scope = storedScope()](store::LocalStore& s) {
            // The store's thread reads; each batch is checked and indexed (the search text is
            // most of the work) on the pool's threads meanwhile, and handed over in order. Small
            // first, so that the first rows show within a frame; then larger.
            int batches = 0;
            const qint64 expected = s.rowsAtMost(key, organisation);
            auto submit = [&](StoredRows raw) {
                const int number = batches++;
                kept->prepare([self, kept, generation, number, columns, scope, expected,
                               raw = std::move(raw)] {
                    auto batch = std::make_shared<StoredBatch>();
                    batch->expected = expected;
                    batch->packed.reserve(raw.rows.size(), raw.rows.length());
                    batch->texts.reserve(raw.rows.size(), raw.rows.length());
                    for (qsizetype i = 0; i < raw.rows.size(); ++i) {
                        const QByteArrayView data = raw.rows.at(i);
                        const std::optional<T> record = unpackRow<T>(data);
                        if (!record || record->id != raw.ids.at(i)) {
                            ++batch->damaged; // loaded from the server again
                        } else if (!scope || scope(*record)) {
                            batch->packed.append(data);
                            batch->texts.append(searchTextOf(columns, *record));
                        }
                    }
                    kept->reply([self, generation, number, batch] {
                        if (self)
                            self->takeStored(generation, number, std::move(*batch));
                    });
                });
            };
            qsizetype batchRows = 500;
            StoredRows raw;
            s.readRows(key, organisation, [&](const store::LocalStore::Row& row) {
                if (raw.rows.isEmpty()) {
                    raw.ids.reserve(batchRows, batchRows * 40);
                    raw.rows.reserve(batchRows, batchRows * 128);
                }
                raw.ids.append(row.id);
                raw.rows.append(row.data);
                if (raw.rows.size() == batchRows) {
                    submit(std::exchange(raw, {}));
                    batchRows = 4000;
                }
                return true;
            });
            if (!raw.rows.isEmpty())
                submit(std::move(raw));
            const QDateTime changesAt = QDateTime::fromString(
                s.watermark(key, organisation).value_or(QString()), Qt::ISODateWithMs);
            kept->reply(
                [self, generation, batches, changesAt, fullAt = s.syncedAt(key, organisation)] {
                    if (self)
                        self->endStored(generation, batches, fullAt, changesAt);
                });
        });
    }

    void writeStored(StoreThread* kept, const QString& key, const QDateTime& syncedAt) override
    {
        // The packed rows as they are (a copy of a few large blocks); the rows are made and
        // written on the store's thread.
        kept->post([rows = m_rows, key, syncedAt, organisation = organisationId(),
                    scope = storedScope()](store::LocalStore& s) {
            QList<store::LocalStore::Row> others;
            if (scope) {
                // Stored rows outside the table's selection (other dates) stay.
                const QList<store::LocalStore::Row> stored = s.rows(key, organisation);
                for (const store::LocalStore::Row& row : stored) {
                    const std::optional<T> record = unpackRow<T>(row.data);
                    if (record && !scope(*record))
                        others.append(row);
                }
            }
            qsizetype other = 0;
            int row = 0;
            auto next = [&](store::LocalStore::Row& out) {
                if (other < others.size()) {
                    out = others.at(other++);
                    return true;
                }
                if (row == rows.size())
                    return false;
                out.id = rows.firstText(row);
                out.data = rows.packed(row).toByteArray();
                ++row;
                return true;
            };
            if (s.replaceRows(key, organisation, next))
                s.setSyncedAt(key, organisation, syncedAt);
        });
    }

    void writeStoredChanges(StoreThread* kept, const QString& key) override
    {
        kept->post(
            [changed = m_staged, key, organisation = organisationId()](store::LocalStore& s) {
                QList<store::LocalStore::Row> rows;
                rows.reserve(changed.size());
                for (const T& record : changed)
                    rows.append({record.id, packRow(record)});
                s.upsertRows(key, organisation, rows);
            });
    }

    void discardStaged() override
    {
        m_staged.clear();
        m_touchedDuringLoad.clear();
    }

    void clearRows() override
    {
        if (m_rows.isEmpty())
            return;
        beginResetModel();
        forget();
        m_rows.clear();
        afterReset();
        endResetModel();
    }

    QString columnKeyAt(int column) const override
    {
        return QString::fromLatin1(m_columns.at(column).key);
    }

    QString idAt(int row) const override { return m_rows.firstText(row); }
    QByteArrayView idUtf8At(int row) const override { return m_rows.firstUtf8(row); }
    qsizetype rowBytes() const override { return m_rows.bytesUsed(); }
    void squeezeRows() override { m_rows.squeeze(); }

    bool sortsAsText(int column) const override { return !m_columns.at(column).sort; }

    int searchSegmentOf(int column) const override
    {
        if (!m_columns.at(column).isSearched())
            return -1;
        int segment = 0;
        for (int c = 0; c < column; ++c)
            segment += m_columns.at(c).isSearched() ? 1 : 0;
        return segment;
    }

    void readSortNumbers(int column, int first, int last, double* out) const override
    {
        const Column& c = m_columns.at(column);
        for (int row = first; row <= last; ++row) {
            const T record = m_rows.at(row); // not cachedRecord(): this may be a worker thread
            *out++ = (c.sort ? c.sort(record) : c.display(record)).toDouble();
        }
    }

    QByteArray searchTextAt(int row) const override
    {
        return searchTextOf(m_columns, cachedRecord(row));
    }

    // What a filter searches in: every text column as shown, folded.
    static QByteArray searchTextOf(const QList<Column>& columns, const T& record)
    {
        QString text;
        for (const Column& column : columns) {
            if (!column.isSearched())
                continue;
            const QString shown = column.display(record).toString();
            text += shown;
            if (column.phone) // also as dialled: "0612345678"
                text += u' ' + SearchIndex::phoneText(shown);
            text += u'\n';
        }
        return SearchIndex::fold(text);
    }

private:
    // Rows as the store's thread read them, in blocks (see StringBlock).
    struct StoredRows
    {
        StringBlock<QString> ids;
        StringBlock<QByteArray> rows;
    };
    // Rows read from the store, checked and indexed, ready to be taken.
    struct StoredBatch
    {
        StringBlock<QByteArray> packed; // each row's bytes as the store kept them
        StringBlock<QByteArray> texts;  // each row's search text
        int damaged = 0;
        qint64 expected = 0; // the rows of the whole list, at most
    };

    // Batches may be ready out of order: each waits for those before it. They are taken a few
    // milliseconds a turn of the event loop, never in the reply that brought them: batches that
    // came together, or one large one on a slow machine, do not add up to a stall of the window.
    void takeStored(quint64 generation, int number, StoredBatch batch)
    {
        if (!isCurrent(generation))
            return;
        m_storedAhead.emplace(number, std::move(batch));
        if (!m_takeTimer.isActive()) {
            m_storedGeneration = generation;
            m_takeTimer.start();
        }
    }

    void takeNextStored(quint64 generation)
    {
        if (!isCurrent(generation))
            return;
        constexpr qint64 TurnNs = 5'000'000;
        constexpr qsizetype StepRows = 512;
        QElapsedTimer clock;
        clock.start();
        for (auto it = m_storedAhead.find(m_storedNext); it != m_storedAhead.end();
             it = m_storedAhead.find(m_storedNext)) {
            StoredBatch& batch = it->second;
            while (m_storedOffset < batch.packed.size() && clock.nsecsElapsed() < TurnNs) {
                const qsizetype to = qMin(batch.packed.size(), m_storedOffset + StepRows);
                appendStored(batch, m_storedOffset, to);
                if (!isCurrent(generation))
                    return; // a receiver of the new rows loaded the table again: `batch` is gone
                m_storedOffset = to;
            }
            if (m_storedOffset < batch.packed.size())
                break;
            ++m_storedNext;
            m_storedOffset = 0;
            m_storedDamaged += batch.damaged;
            m_storedAhead.erase(it);
            if (clock.nsecsElapsed() >= TurnNs)
                break;
        }
        if (m_storedAhead.count(m_storedNext) > 0) {
            m_storedGeneration = generation;
            m_takeTimer.start();
            return;
        }
        endStored(generation, m_storedBatches, m_storedFullAt, m_storedChangesAt);
    }

    // The reading is done: `batches` were sent.
    void endStored(quint64 generation, int batches, const QDateTime& fullAt,
                   const QDateTime& changesAt)
    {
        if (!isCurrent(generation))
            return;
        m_storedBatches = batches;
        m_storedFullAt = fullAt;
        m_storedChangesAt = changesAt;
        if (batches < 0 || m_storedNext < batches)
            return;
        m_storedBatches = -1;
        if (m_storedDamaged > 0)
            qCWarning(lcStoredRows) << m_storedDamaged
                                    << "rows of the local store could not be read; all rows are "
                                       "loaded from the server again";
        storedRowsRead(generation, fullAt, changesAt, m_storedDamaged > 0);
    }

    // Rows [from, to) of a batch.
    void appendStored(const StoredBatch& batch, qsizetype from, qsizetype to)
    {
        // A record made here while the store was read is in already.
        std::vector<qsizetype> fresh;
        fresh.reserve(size_t(to - from));
        for (qsizetype i = from; i < to; ++i) {
            if (rowOf(RowReader(batch.packed.at(i).data()).text()) < 0)
                fresh.push_back(i);
        }
        if (fresh.empty())
            return;
        std::vector<QByteArrayView> texts;
        texts.reserve(fresh.size());
        const int first = m_rows.size();
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (qsizetype i : fresh) {
            m_rows.appendPacked(batch.packed.at(i));
            texts.push_back(batch.texts.at(i));
        }
        afterRowsAppended(first, m_rows.size() - 1, &texts);
        endInsertRows();
        if (first == 0) // room for the rest, sized by these rows, so nothing grows as they come
            expectRows(batch.expected - m_rows.size());
    }

    // Views ask a row for several columns and roles in a row: it is unpacked once.
    const T& cachedRecord(int row) const
    {
        if (row != m_cachedRow) {
            m_cached = m_rows.at(row);
            m_cachedRow = row;
        }
        return m_cached;
    }
    void forget() { m_cachedRow = -1; }

    const char* m_context;
    QList<Column> m_columns;
    RowStore<T> m_rows; // ids come first in every codec: idAt() reads only them
    mutable T m_cached{};
    mutable int m_cachedRow = -1;
    QList<T> m_staged;                        // a refresh's rows, until it ends
    std::map<int, StoredBatch> m_storedAhead; // read from the store before their turn
    int m_storedNext = 0;
    qsizetype m_storedOffset = 0; // rows of batch m_storedNext taken so far
    QTimer m_takeTimer;           // rows are taken at its next timeout
    quint64 m_storedGeneration = 0;
    int m_storedBatches = -1; // known once the store has been read to the end
    int m_storedDamaged = 0;
    QDateTime m_storedFullAt;
    QDateTime m_storedChangesAt;
    QSet<QString> m_touchedDuringLoad;
};

} // namespace balie::models
