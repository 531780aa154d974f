// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QAbstractProxyModel>
#include <QByteArray>
#include <QList>
#include <QPointer>
#include <functional>
#include <vector>

namespace balie::models {

class RecordTableModel;

// Filters a record table as you type and sorts it by any column, fast enough for 100,000 rows
// on every keystroke: a row stays when every word of the filter text appears in its search text
// (case- and accent-insensitively), which the source made once per row; a keystroke that only
// extends the text narrows the previous result instead of searching every row again; sorting
// uses the order the source keeps per column. Changes reach views as one layout change, which
// keeps the selection and the current row where they still match.
class RecordFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit RecordFilterProxy(QObject* parent = nullptr);

    // The source must be a RecordTableModel.
    void setSourceModel(QAbstractItemModel* source) override;
    RecordTableModel* records() const { return m_records; }

    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }
    // Shows at most this many rows (0: all), for suggestion lists.
    void setRowLimit(int rows);
    int rowLimit() const { return m_limit; }
    // Shows nothing until something is typed (suggestion lists): then the source's loading
    // costs this proxy nothing.
    void setEmptyWhenUnfiltered(bool empty);
    // Rows in which every typed word is found in this column (a name) come first, each group in
    // the view's order: "sophie de v" lists Sophie de Vries before the Sophie de Boers whose
    // address is at voorbeeld.nl. -1: no column is preferred.
    void setPreferredColumn(int column);
    // Rows this says no to are not shown, whatever is typed (the bookings list's own dates over
    // a table that holds more days). Set it again when its answers change.
    void setRowFilter(std::function<bool(int sourceRow)> keep);
    // The rows that match, the limit aside, and the source row of each in view order.
    int matchCount() const { return int(m_visible.size()); }
    int sourceRowOfMatch(int match) const { return m_visible.at(size_t(match)); }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void sourceReset();
    void sourceRowsInserted(int first, int last);
    void sourceRowsAboutToBeRemoved(int first, int last);
    void sourceRowsRemoved(int first, int last);
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                           const QList<int>& roles);
    // Rows whose text changed: whether they still match, and where they go.
    void regroup(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    bool accepts(int sourceRow) const;
    bool ranks() const { return m_preferredSegment >= 0 && !m_words.isEmpty(); }
    bool inPreferredColumn(int sourceRow) const;
    bool showsNothing() const { return m_emptyWhenUnfiltered && m_words.isEmpty(); }
    void rebuildVisible();
    // Every match, in view order; `preferred`: how many of them lead as matches in the
    // preferred column.
    std::vector<int> visibleRows(int* preferred) const;
    void rebuildRowInView();
    void beginRelayout();
    void endRelayout(int removedFirst = -1, int removedCount = 0);

    QPointer<RecordTableModel> m_records; // the session's, which may go first
    QString m_filterText;
    QList<QByteArray> m_words;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_limit = 0;
    bool m_emptyWhenUnfiltered = false;
    std::function<bool(int)> m_keep;
    int m_preferredSegment = -1;    // of the search text
    int m_preferredCount = 0;       // the first rows of m_visible, when ranked
    std::vector<quint8> m_accepted; // by source row
    std::vector<int> m_visible;     // proxy row -> source row, every match
    std::vector<int> m_rowInView;   // source row -> proxy row, or -1
    // Between layoutAboutToBeChanged and layoutChanged: the persistent indexes and the source
    // rows they stood for.
    QModelIndexList m_persistentFrom;
    std::vector<int> m_persistentSource;
    bool m_inRelayout = false;
};

} // namespace balie::models
