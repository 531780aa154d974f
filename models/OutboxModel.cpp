// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "OutboxModel.h"

#include "OrganisationSession.h"

#include <QLocale>

namespace balie::models {

OutboxModel::OutboxModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OutboxModel::setOutbox(Outbox* outbox, const OrganisationSession* session)
{
    if (m_outbox)
        m_outbox->disconnect(this);
    m_outbox = outbox;
    m_session = session;
    if (m_outbox)
        connect(m_outbox, &Outbox::entriesChanged, this, &OutboxModel::reload);
    reload();
}

void OutboxModel::reload()
{
    // A handful of rows: a reset keeps it simple, the view keeps its selection by seq.
    beginResetModel();
    m_entries = m_outbox ? m_outbox->entries() : QList<Outbox::Entry>();
    endResetModel();
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::stateText(Outbox::State state)
{
    switch (state) {
    case Outbox::State::Held:
        return tr("Held (can be undone)");
    case Outbox::State::Waiting:
        return tr("Waiting");
    case Outbox::State::Sending:
        return tr("Sending");
    case Outbox::State::Failed:
        return tr("Not sent");
    case Outbox::State::Conflict:
        return tr("Conflict");
    case Outbox::State::Unknown:
        return tr("May have arrived");
    }
    return {};
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Outbox::Entry& e = m_entries.at(index.row());
    switch (role) {
    case SeqRole:
        return e.seq;
    case NeedsUserRole:
        return e.needsUser();
    case CanDropRole:
        return e.state != Outbox::State::Sending;
    case WantsAnotherTimeRole:
        return e.wantsAnotherTime();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case MadeColumn:
            return QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat);
        case ChangeColumn:
            return m_session ? m_session->describe(e) : OrganisationSession::describeAlone(e);
        case StateColumn:
            return stateText(e.state);
        case ReasonColumn:
            return e.reason;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MadeColumn:
        return tr("Made");
    case ChangeColumn:
        return tr("Change");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace balie::models
