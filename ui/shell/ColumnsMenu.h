// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <functional>

class QMenu;
class QTableView;

namespace balie::ui {

// The Columns menu of a table: a check per column in the view's order (the last one shown
// stays), and an entry that shows them all in their original order. It goes when closed;
// `changed` runs after each change (a page keeps its header's state).
class ColumnsMenu
{
    Q_DECLARE_TR_FUNCTIONS(balie::ui::ColumnsMenu)

public:
    static QMenu* create(QTableView* table, const std::function<void()>& changed = {});
    // Opens it under the header's left end (the View menu's Columns…).
    static void popUnderHeader(QTableView* table, const std::function<void()>& changed = {});
};

} // namespace balie::ui
