// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace balie::ui {

// What the window's own commands ask of the page shown (Refresh, Find, Copy, Export, Columns,
// the status line's "synced at"), whichever page it is: the window holds its pages through
// this, not by their class.
class TablePage
{
public:
    virtual ~TablePage() = default;

    virtual void refresh() = 0;
    virtual void focusFilter() = 0;
    // Copies the selected rows as text (tabs between the columns shown) and says so.
    virtual void copySelection() = 0;
    virtual void exportCsv() = 0;
    virtual void showColumnsMenu() = 0;
    // For the status line; empty where the page shows its own age (the bookings page).
    virtual QString lastSyncedText() const { return {}; }
    // Keeps the columns' order, widths and visibility for the next start, where the page does.
    virtual void saveHeaderState() const {}
};

} // namespace balie::ui
