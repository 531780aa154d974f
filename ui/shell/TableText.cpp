// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "TableText.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <algorithm>

namespace balie::ui::TableText {

QList<int> columnsInViewOrder(const QTableView* view, bool visibleOnly)
{
    const QHeaderView* header = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!visibleOnly || !header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

QString selectedRows(const QTableView* view)
{
    if (!view->selectionModel() || !view->model())
        return {};
    QList<int> rows;
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    const QList<int> columns = columnsInViewOrder(view, true);
    QString text;
    for (int row : std::as_const(rows)) {
        QStringList fields;
        for (int column : columns) {
            QString value = view->model()->index(row, column).data(Qt::DisplayRole).toString();
            // A tab or a line break inside a value would split the row.
            value.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
            fields << value;
        }
        text += fields.join(u'\t') + u'\n';
    }
    return text;
}

} // namespace balie::ui::TableText
