// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ColumnFit.h"

#include "RecordTableModel.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

namespace balie::ui {

void ColumnFit::apply(QTableView* table) const
{
    const QAbstractItemModel* model = table->model();
    if (!model)
        return;
    constexpr int MostWidth = 360;
    constexpr int HeaderRoom = 32; // the sort arrow
    constexpr int CellRoom = 16;
    QHeaderView* header = table->horizontalHeader();
    const QFontMetrics metrics = table->fontMetrics();
    const int rows = qMin(model->rowCount(), qMax(measuredRows, inspectedRows));
    int shown = model->columnCount() - header->hiddenSectionCount();
    for (int c = 0; c < model->columnCount(); ++c) {
        // A hidden column is measured when it is shown; until then it costs nothing.
        if (header->isSectionHidden(c))
            continue;
        int width =
            metrics.horizontalAdvance(model->headerData(c, Qt::Horizontal).toString()) + HeaderRoom;
        bool filled = false;
        for (int row = 0; row < rows; ++row) {
            const QString text = model->index(row, c).data().toString();
            if (text.isEmpty())
                continue;
            filled = true;
            if (row >= measuredRows)
                break;
            width = qMax(width, metrics.horizontalAdvance(text) + CellRoom);
        }
        header->resizeSection(c, qMin(width, MostWidth));
        if (hideEmptyColumns && !filled && shown > 1) {
            header->setSectionHidden(c, true);
            --shown;
        }
    }
}

void ColumnFit::hideColumnsShownOnRequest(QTableView* table)
{
    const QAbstractItemModel* model = table->model();
    if (!model)
        return;
    for (int c = 0; c < model->columnCount(); ++c) {
        const QVariant shown =
            model->headerData(c, Qt::Horizontal, models::RecordTableModel::ShownByDefaultRole);
        if (shown.isValid() && !shown.toBool())
            table->horizontalHeader()->setSectionHidden(c, true);
    }
}

} // namespace balie::ui
