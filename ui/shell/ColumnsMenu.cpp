// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ColumnsMenu.h"

#include "RecordTableModel.h"
#include "TableText.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace balie::ui {

QMenu* ColumnsMenu::create(QTableView* table, const std::function<void()>& changed)
{
    auto* menu = new QMenu(table);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setTitle(tr("Columns"));
    QHeaderView* header = table->horizontalHeader();
    const QAbstractItemModel* model = table->model();
    const int visible = int(TableText::columnsInViewOrder(table, true).size());
    for (int logical : TableText::columnsInViewOrder(table, false)) {
        QAction* action = menu->addAction(model->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        action->setEnabled(header->isSectionHidden(logical) || visible > 1); // keep one
        action->setData(
            model->headerData(logical, Qt::Horizontal, models::RecordTableModel::ColumnKeyRole));
        QObject::connect(action, &QAction::toggled, table, [header, logical, changed](bool on) {
            header->setSectionHidden(logical, !on);
            if (changed)
                changed();
        });
    }
    menu->addSeparator();
    QAction* reset = menu->addAction(tr("Show all columns in their original order"));
    QObject::connect(reset, &QAction::triggered, table, [header, changed] {
        for (int logical = 0; logical < header->count(); ++logical) {
            header->setSectionHidden(logical, false);
            header->moveSection(header->visualIndex(logical), logical);
        }
        if (changed)
            changed();
    });
    return menu;
}

void ColumnsMenu::popUnderHeader(QTableView* table, const std::function<void()>& changed)
{
    const QHeaderView* header = table->horizontalHeader();
    create(table, changed)->popup(header->mapToGlobal(QPoint(0, header->height())));
}

} // namespace balie::ui
