// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Outbox.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace balie::models {

class OrganisationSession;

// The changes of one connection's outbox as a table, for the queue panel: when each was made,
// what it does (named from the session's tables where it can), its state and why it waits.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MadeColumn,
        ChangeColumn,
        StateColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role
    {
        SeqRole = Qt::UserRole + 1,
        NeedsUserRole,
        CanDropRole,
        WantsAnotherTimeRole, // a booking whose time was taken (Entry::wantsAnotherTime)
    };

    explicit OutboxModel(QObject* parent = nullptr);

    void setOutbox(Outbox* outbox, const OrganisationSession* session);
    Outbox* outbox() const { return m_outbox; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString stateText(Outbox::State state);

private:
    void reload();

    QPointer<Outbox> m_outbox;
    QPointer<const OrganisationSession> m_session;
    QList<Outbox::Entry> m_entries;
};

} // namespace balie::models
