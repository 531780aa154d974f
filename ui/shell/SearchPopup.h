// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DeskSearch.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QListView;

namespace balie::models {
class OrganisationSession;
}

namespace balie::ui {

// One search for the desk (Ctrl+Shift+F): a popup with a field over the organisation's
// customers, bookings and products, grouped. The arrow keys move between results (over the
// headings), Enter opens the one chosen, Esc closes.
class SearchPopup : public QFrame
{
    Q_OBJECT

public:
    explicit SearchPopup(QWidget* parent);

    QLineEdit* searchEdit() const { return m_search; }
    QListView* list() const { return m_list; }
    models::DeskSearch* results() const { return m_results; }
    QLabel* emptyLabel() const { return m_empty; }

public Q_SLOTS:
    // Shows the popup over the top of the parent window, focused, for this organisation.
    void popup(balie::models::OrganisationSession* session);
    void openCurrent();

Q_SIGNALS:
    void chosen(balie::models::DeskSearch::Kind kind, const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void search(const QString& text);
    // The next result up or down from the current one, over the headings.
    void step(int direction);
    void retranslateUi();

    models::DeskSearch* m_results;
    QLabel* m_title;
    QLineEdit* m_search;
    QListView* m_list;
    QLabel* m_empty;
};

} // namespace balie::ui
