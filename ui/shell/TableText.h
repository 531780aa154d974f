// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QString>

class QTableView;

namespace balie::ui::TableText {

// Columns of a view in the order the user sees them (dragged headers included).
QList<int> columnsInViewOrder(const QTableView* view, bool visibleOnly);
// The selected rows of a view, top to bottom, as tab-separated lines of the visible columns in
// view order, each value as shown. Empty when nothing is selected.
QString selectedRows(const QTableView* view);

} // namespace balie::ui::TableText
