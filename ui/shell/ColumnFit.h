// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

class QTableView;

namespace balie::ui {

// Fits a table's columns to its first rows, once, when they have come: a column as wide as its
// header and what those rows need (an ID narrower than a name), never wider than a third of a
// wide screen. Measuring a sample, not every row, keeps this to a millisecond or two on the UI
// thread however long the table is (QHeaderView's fit to contents measures up to 1,000 rows).
struct ColumnFit
{
    // How many rows are measured, and how many are looked at for "never filled".
    int measuredRows = 50;
    int inspectedRows = 2000;
    // Columns no inspected row fills are hidden (the Columns menu brings them back).
    bool hideEmptyColumns = false;

    void apply(QTableView* table) const;

    // Hides the columns the schema keeps out of sight until asked for (ids, record times):
    // their header says so (RecordTableModel::ShownByDefaultRole). The Columns menu shows them.
    static void hideColumnsShownOnRequest(QTableView* table);
};

} // namespace balie::ui
