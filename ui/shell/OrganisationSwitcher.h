// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QComboBox>

class QStandardItemModel;

namespace balie::models {
class Workspace;
struct OrganisationRef;
} // namespace balie::models

namespace balie::ui {

// The toolbar's organisation switcher: every organisation of every open connection, grouped
// under a header row per connection (disabled, not selectable). Picking one makes it active;
// it follows the workspace when the active organisation changes elsewhere.
class OrganisationSwitcher : public QComboBox
{
    Q_OBJECT

public:
    enum Role
    {
        ConnectionIdRole = Qt::UserRole + 1,
        OrganisationIdRole,
        IsHeaderRole,
    };

    explicit OrganisationSwitcher(models::Workspace* workspace, QWidget* parent = nullptr);

    // Row of an organisation in the combo (headers included), or -1.
    int rowOf(const models::OrganisationRef& ref) const;
    models::OrganisationRef refAt(int row) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void followActive();
    void picked(int row);
    void retranslateUi();

    models::Workspace* m_workspace;
    QStandardItemModel* m_items;
    bool m_rebuilding = false;
};

} // namespace balie::ui
