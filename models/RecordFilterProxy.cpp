// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "RecordFilterProxy.h"

#include "RecordTableModel.h"
#include "SearchIndex.h"

#include <algorithm>

namespace balie::models {

RecordFilterProxy::RecordFilterProxy(QObject* parent)
    : QAbstractProxyModel(parent)
{}

void RecordFilterProxy::setSourceModel(QAbstractItemModel* source)
{
    beginResetModel();
    if (m_records)
        m_records->disconnect(this);
    m_records = qobject_cast<RecordTableModel*>(source);
    Q_ASSERT(m_records || !source);
    QAbstractProxyModel::setSourceModel(m_records);
    if (m_records) {
        connect(m_records, &QAbstractItemModel::modelAboutToBeReset, this,
                &RecordFilterProxy::beginResetModel);
        connect(m_records, &QAbstractItemModel::modelReset, this, &RecordFilterProxy::sourceReset);
        connect(
            m_records, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { sourceRowsInserted(first, last); });
        connect(m_records, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex&, int first, int last) {
                    sourceRowsAboutToBeRemoved(first, last);
                });
        connect(
            m_records, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex&, int first, int last) { sourceRowsRemoved(first, last); });
        connect(m_records, &QAbstractItemModel::dataChanged, this,
                &RecordFilterProxy::sourceDataChanged);
        connect(m_records, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
        // Never emitted by the record tables; handled as a reset, to stay correct.
        connect(m_records, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &RecordFilterProxy::beginResetModel);
        connect(m_records, &QAbstractItemModel::layoutChanged, this,
                &RecordFilterProxy::sourceReset);
    }
    m_accepted.clear();
    if (m_records) {
        const int rows = m_records->rowCount();
        m_accepted.resize(size_t(rows));
        for (int row = 0; row < rows; ++row)
            m_accepted[size_t(row)] = accepts(row);
    }
    rebuildVisible();
    endResetModel();
}

bool RecordFilterProxy::accepts(int sourceRow) const
{
    if (m_keep && !m_keep(sourceRow))
        return false;
    if (m_words.isEmpty())
        return !m_emptyWhenUnfiltered;
    return m_records->searchIndex().matches(sourceRow, m_words);
}

bool RecordFilterProxy::inPreferredColumn(int sourceRow) const
{
    const SearchIndex& index = m_records->searchIndex();
    const std::string_view text = index.view(index.segment(sourceRow, m_preferredSegment));
    return std::all_of(m_words.cbegin(), m_words.cend(), [&text](const QByteArray& word) {
        return text.find(std::string_view(word.constData(), size_t(word.size()))) !=
               std::string_view::npos;
    });
}

void RecordFilterProxy::setPreferredColumn(int column)
{
    const int segment = m_records && column >= 0 ? m_records->searchSegment(column) : -1;
    if (segment == m_preferredSegment)
        return;
    beginRelayout();
    m_preferredSegment = segment;
    rebuildVisible();
    endRelayout();
}

void RecordFilterProxy::setRowFilter(std::function<bool(int)> keep)
{
    beginRelayout();
    m_keep = std::move(keep);
    for (size_t row = 0; row < m_accepted.size(); ++row)
        m_accepted[row] = accepts(int(row));
    rebuildVisible();
    endRelayout();
}

void RecordFilterProxy::setEmptyWhenUnfiltered(bool empty)
{
    if (empty == m_emptyWhenUnfiltered)
        return;
    beginResetModel();
    m_emptyWhenUnfiltered = empty;
    for (size_t row = 0; row < m_accepted.size(); ++row)
        m_accepted[row] = accepts(int(row));
    rebuildVisible();
    endResetModel();
}

void RecordFilterProxy::setFilterText(const QString& text)
{
    m_filterText = text;
    QList<QByteArray> words = SearchIndex::words(text);
    if (words == m_words || !m_records)
        return;
    // Every old word inside a new one: the matches can only shrink, so only they are checked.
    const bool narrowing =
        !m_words.isEmpty() && std::all_of(m_words.cbegin(), m_words.cend(), [&](const auto& old) {
            return std::any_of(words.cbegin(), words.cend(),
                               [&](const QByteArray& word) { return word.contains(old); });
        });
    m_words = std::move(words);
    beginRelayout();
    if (narrowing) {
        std::vector<int> kept;
        kept.reserve(m_visible.size());
        int preferred = 0;
        bool regrouped = false;
        for (size_t i = 0; i < m_visible.size(); ++i) {
            const int row = m_visible[i];
            if (!accepts(row)) {
                m_accepted[size_t(row)] = 0;
                continue;
            }
            kept.push_back(row);
            // A longer word keeps a row that matched elsewhere out of the preferred group; one
            // that leaves the group must be placed again among the others.
            if (ranks() && int(i) < m_preferredCount) {
                if (inPreferredColumn(row))
                    ++preferred;
                else
                    regrouped = true;
            }
        }
        for (int row : m_visible)
            m_rowInView[size_t(row)] = -1;
        if (regrouped) {
            rebuildVisible();
        } else {
            m_visible = std::move(kept);
            m_preferredCount = preferred;
            for (size_t i = 0; i < m_visible.size(); ++i)
                m_rowInView[size_t(m_visible[i])] = int(i);
        }
    } else {
        for (size_t row = 0; row < m_accepted.size(); ++row)
            m_accepted[row] = accepts(int(row));
        rebuildVisible();
    }
    endRelayout();
}

void RecordFilterProxy::setRowLimit(int rows)
{
    if (rows == m_limit)
        return;
    beginResetModel();
    m_limit = qMax(0, rows);
    endResetModel();
}

void RecordFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    beginRelayout();
    m_sortColumn = m_records && column < m_records->columnCount() ? column : -1;
    m_sortOrder = order;
    rebuildVisible();
    endRelayout();
}

void RecordFilterProxy::rebuildVisible()
{
    m_visible = visibleRows(&m_preferredCount);
    rebuildRowInView();
}

std::vector<int> RecordFilterProxy::visibleRows(int* preferred) const
{
    std::vector<int> visible;
    std::vector<int> others; // when ranked: the matches outside the preferred column
    *preferred = 0;
    if (!m_records || showsNothing())
        return visible;
    visible.reserve(m_visible.size());
    const bool ranked = ranks();
    auto keep = [this, &visible, &others, ranked](int row) {
        if (!m_accepted[size_t(row)])
            return;
        if (!ranked || inPreferredColumn(row))
            visible.push_back(row);
        else
            others.push_back(row);
    };
    if (m_sortColumn >= 0) {
        const std::vector<int>& order = m_records->sortedRows(m_sortColumn);
        if (m_sortOrder == Qt::AscendingOrder)
            std::for_each(order.begin(), order.end(), keep);
        else
            std::for_each(order.rbegin(), order.rend(), keep);
    } else {
        for (size_t row = 0; row < m_accepted.size(); ++row)
            keep(int(row));
    }
    *preferred = ranked ? int(visible.size()) : 0;
    visible.insert(visible.end(), others.begin(), others.end());
    return visible;
}

void RecordFilterProxy::rebuildRowInView()
{
    m_rowInView.assign(m_accepted.size(), -1);
    for (size_t i = 0; i < m_visible.size(); ++i)
        m_rowInView[size_t(m_visible[i])] = int(i);
}

void RecordFilterProxy::beginRelayout()
{
    if (m_inRelayout)
        return;
    m_inRelayout = true;
    // Rows come and go as well as move: the vertical header and views take that from a layout
    // change, and the persistent indexes (selection, current row) follow their rows.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_persistentFrom = persistentIndexList();
    m_persistentSource.clear();
    m_persistentSource.reserve(size_t(m_persistentFrom.size()));
    for (const QModelIndex& index : std::as_const(m_persistentFrom))
        m_persistentSource.push_back(index.isValid() ? m_visible.at(size_t(index.row())) : -1);
}

void RecordFilterProxy::endRelayout(int removedFirst, int removedCount)
{
    if (!m_inRelayout)
        return;
    QModelIndexList to;
    to.reserve(m_persistentFrom.size());
    for (qsizetype i = 0; i < m_persistentFrom.size(); ++i) {
        int source = m_persistentSource[size_t(i)];
        if (removedCount > 0 && source >= removedFirst)
            source = source < removedFirst + removedCount ? -1 : source - removedCount;
        const int row = source >= 0 ? m_rowInView[size_t(source)] : -1;
        to << (row >= 0 && row < rowCount() ? index(row, m_persistentFrom.at(i).column())
                                            : QModelIndex());
    }
    changePersistentIndexList(m_persistentFrom, to);
    m_persistentFrom.clear();
    m_persistentSource.clear();
    m_inRelayout = false;
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RecordFilterProxy::sourceReset()
{
    m_accepted.assign(size_t(m_records->rowCount()), 0);
    for (size_t row = 0; row < m_accepted.size(); ++row)
        m_accepted[row] = accepts(int(row));
    rebuildVisible();
    endResetModel();
}

void RecordFilterProxy::sourceRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    const bool atEnd = size_t(first) == m_accepted.size();
    if (atEnd && showsNothing()) {
        m_accepted.resize(m_accepted.size() + size_t(count), 0);
        m_rowInView.resize(m_accepted.size(), -1);
        return;
    }
    if (!atEnd || m_sortColumn >= 0 || ranks()) {
        // Somewhere in the middle of the view: one layout change for the whole batch.
        beginRelayout();
        // Rows the persistent indexes stood for move down with the insertion.
        for (int& source : m_persistentSource) {
            if (source >= first)
                source += count;
        }
        m_accepted.insert(m_accepted.begin() + first, size_t(count), quint8(0));
        for (int row = first; row <= last; ++row)
            m_accepted[size_t(row)] = accepts(row);
        rebuildVisible();
        endRelayout();
        return;
    }
    // The usual case, a page arriving in the server's order: appended at the end.
    m_accepted.resize(m_accepted.size() + size_t(count));
    m_rowInView.resize(m_accepted.size(), -1);
    std::vector<int> added;
    for (int row = first; row <= last; ++row) {
        if ((m_accepted[size_t(row)] = accepts(row)))
            added.push_back(row);
    }
    if (added.empty())
        return;
    const int before = rowCount();
    const int total = int(m_visible.size() + added.size());
    const int after = m_limit > 0 ? qMin(m_limit, total) : total;
    auto append = [this, &added] {
        for (int row : added) {
            m_rowInView[size_t(row)] = int(m_visible.size());
            m_visible.push_back(row);
        }
    };
    if (after == before) {
        append(); // past the limit: nothing more is shown
        return;
    }
    beginInsertRows({}, before, after - 1);
    append();
    endInsertRows();
}

void RecordFilterProxy::sourceRowsAboutToBeRemoved(int, int)
{
    beginRelayout();
}

void RecordFilterProxy::sourceRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    m_accepted.erase(m_accepted.begin() + first, m_accepted.begin() + last + 1);
    rebuildVisible();
    endRelayout(first, count);
}

void RecordFilterProxy::sourceDataChanged(const QModelIndex& topLeft,
                                          const QModelIndex& bottomRight, const QList<int>& roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || showsNothing())
        return;
    // Filters search the text and sorts read SortRole: other roles (a pending mark) move no row.
    const bool textChanged = roles.isEmpty() || roles.contains(Qt::DisplayRole) ||
                             roles.contains(RecordTableModel::SortRole);
    if (textChanged)
        regroup(topLeft, bottomRight);
    // The values themselves, where they are shown.
    int low = -1, high = -1;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int at = m_rowInView[size_t(row)];
        if (at < 0 || at >= rowCount())
            continue;
        low = low < 0 ? at : qMin(low, at);
        high = qMax(high, at);
    }
    if (low >= 0)
        Q_EMIT dataChanged(index(low, topLeft.column()), index(high, bottomRight.column()), roles);
}

void RecordFilterProxy::regroup(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    bool membership = false;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const quint8 now = accepts(row);
        membership = membership || now != m_accepted[size_t(row)];
        m_accepted[size_t(row)] = now;
    }
    const bool reordered = m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column();
    // A changed name may also move a row into or out of the preferred group.
    if (membership || reordered || ranks()) {
        // Most changes move no row (a pending mark, a field the view is not sorted by). A new
        // layout costs the views a pass over every row, so the order is made again and
        // compared first: a list of numbers.
        int preferred = 0;
        std::vector<int> visible = visibleRows(&preferred);
        if (membership || visible != m_visible) {
            beginRelayout();
            m_visible = std::move(visible);
            m_preferredCount = preferred;
            rebuildRowInView();
            endRelayout();
        }
    }
}

QModelIndex RecordFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RecordFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

int RecordFilterProxy::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    const int all = int(m_visible.size());
    return m_limit > 0 ? qMin(m_limit, all) : all;
}

int RecordFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_records ? 0 : m_records->columnCount();
}

bool RecordFilterProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex RecordFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_records || proxyIndex.model() != this ||
        size_t(proxyIndex.row()) >= m_visible.size())
        return {};
    return m_records->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex RecordFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_records ||
        size_t(sourceIndex.row()) >= m_rowInView.size())
        return {};
    const int row = m_rowInView[size_t(sourceIndex.row())];
    return row >= 0 && row < rowCount() ? index(row, sourceIndex.column()) : QModelIndex();
}

} // namespace balie::models
