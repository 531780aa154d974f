// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>

class QTreeWidget;

namespace balie::ui {

// Every keyboard shortcut of the window (F1, Ctrl+/): the actions' own, read from them so the
// list cannot drift, and the keys that work inside the tables and fields.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    // `window` is the one whose actions are listed.
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();

    QWidget* m_window;
    QTreeWidget* m_list;
};

} // namespace balie::ui
