// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "OrganisationSwitcher.h"

#include "OrganisationDirectory.h"
#include "Workspace.h"

#include <QEvent>
#include <QKeySequence>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace balie::ui {

using models::OrganisationDirectory;
using models::OrganisationRef;

OrganisationSwitcher::OrganisationSwitcher(models::Workspace* workspace, QWidget* parent)
    : QComboBox(parent)
    , m_workspace(workspace)
    , m_items(new QStandardItemModel(this))
{
    setObjectName(u"organisationSwitcher"_s);
    setModel(m_items);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(24);
    OrganisationDirectory* directory = workspace->directory();
    connect(directory, &QAbstractItemModel::modelReset, this, &OrganisationSwitcher::rebuild);
    connect(directory, &QAbstractItemModel::rowsInserted, this, &OrganisationSwitcher::rebuild);
    connect(directory, &QAbstractItemModel::rowsRemoved, this, &OrganisationSwitcher::rebuild);
    connect(directory, &QAbstractItemModel::rowsMoved, this, &OrganisationSwitcher::rebuild);
    connect(directory, &QAbstractItemModel::dataChanged, this, &OrganisationSwitcher::rebuild);
    connect(workspace, &models::Workspace::activeChanged, this,
            &OrganisationSwitcher::followActive);
    connect(this, &QComboBox::activated, this, &OrganisationSwitcher::picked);
    retranslateUi();
    rebuild();
}

void OrganisationSwitcher::rebuild()
{
    m_rebuilding = true;
    m_items->clear();
    const OrganisationDirectory* directory = m_workspace->directory();
    QString lastConnection;
    for (int row = 0; row < directory->rowCount(); ++row) {
        const QModelIndex index = directory->index(row, 0);
        const QString connectionId = index.data(OrganisationDirectory::ConnectionIdRole).toString();
        if (connectionId != lastConnection) {
            lastConnection = connectionId;
            auto* header =
                new QStandardItem(index.data(OrganisationDirectory::ConnectionNameRole).toString());
            header->setFlags(Qt::NoItemFlags); // disabled and not selectable
            QFont bold = font();
            bold.setBold(true);
            header->setFont(bold);
            header->setData(true, IsHeaderRole);
            header->setData(connectionId, ConnectionIdRole);
            header->setData(tr("Connection %1").arg(header->text()), Qt::AccessibleTextRole);
            m_items->appendRow(header);
        }
        auto* item = new QStandardItem(
            u"    "_s + index.data(OrganisationDirectory::OrganisationNameRole).toString());
        item->setData(connectionId, ConnectionIdRole);
        item->setData(index.data(OrganisationDirectory::OrganisationIdRole), OrganisationIdRole);
        item->setData(false, IsHeaderRole);
        item->setData(index.data(Qt::ToolTipRole), Qt::ToolTipRole);
        item->setData(index.data(Qt::AccessibleTextRole), Qt::AccessibleTextRole);
        m_items->appendRow(item);
    }
    m_rebuilding = false;
    setEnabled(directory->rowCount() > 0);
    followActive();
}

void OrganisationSwitcher::followActive()
{
    const int row = rowOf(m_workspace->active());
    const QSignalBlocker block(this);
    setCurrentIndex(row);
}

int OrganisationSwitcher::rowOf(const OrganisationRef& ref) const
{
    if (!ref.isValid())
        return -1;
    for (int row = 0; row < m_items->rowCount(); ++row) {
        const QStandardItem* item = m_items->item(row);
        if (!item->data(IsHeaderRole).toBool() &&
            item->data(ConnectionIdRole).toString() == ref.connectionId &&
            item->data(OrganisationIdRole).toString() == ref.organisationId)
            return row;
    }
    return -1;
}

OrganisationRef OrganisationSwitcher::refAt(int row) const
{
    const QStandardItem* item = m_items->item(row);
    if (!item || item->data(IsHeaderRole).toBool())
        return {};
    return {item->data(ConnectionIdRole).toString(), item->data(OrganisationIdRole).toString()};
}

void OrganisationSwitcher::picked(int row)
{
    if (m_rebuilding)
        return;
    const OrganisationRef ref = refAt(row);
    if (ref.isValid())
        m_workspace->activate(ref);
    else
        followActive();
}

void OrganisationSwitcher::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QComboBox::changeEvent(event);
}

void OrganisationSwitcher::retranslateUi()
{
    setToolTip(tr("Active organisation; %1 searches them all")
                   .arg(QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText)));
    setAccessibleName(tr("Active organisation"));
    setPlaceholderText(tr("No organisation"));
}

} // namespace balie::ui
