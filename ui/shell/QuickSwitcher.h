// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace balie::models {
class Workspace;
}

namespace balie::ui {

// The keyboard quick switcher (Ctrl+K): a popup with a search field over every organisation of
// every connection. Typing filters by organisation or connection name (every word must match),
// the arrow keys move, Enter makes the organisation active, Esc closes.
class QuickSwitcher : public QFrame
{
    Q_OBJECT

public:
    explicit QuickSwitcher(models::Workspace* workspace, QWidget* parent);

    QLineEdit* searchEdit() const { return m_search; }
    QListView* list() const { return m_list; }
    int matchCount() const;

public Q_SLOTS:
    // Shows the popup over the top of the parent window, empty and focused.
    void popup();
    void activateCurrent();

Q_SIGNALS:
    void organisationChosen();
    // No organisation matches what was typed, and Enter was pressed: the desk is looking for
    // something else (a customer, a booking), which the one search finds.
    void searchRequested(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void filter(const QString& text);
    void retranslateUi();

    models::Workspace* m_workspace;
    QStandardItemModel* m_items;
    QSortFilterProxyModel* m_filtered;
    QLabel* m_title;
    QLineEdit* m_search;
    QListView* m_list;
    QLabel* m_elsewhere;
};

} // namespace balie::ui
