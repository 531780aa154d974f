// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "DayAgenda.h"

#include "Format.h"
#include "ResourceModels.h"

#include <QFont>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace balie::models {

DayAgenda::DayAgenda(QObject* parent)
    : QAbstractTableModel(parent)
    , m_date(QDate::currentDate())
    , m_now(QDateTime::currentDateTime())
{
    // Changes that come together (pages of rows, an undo) are taken once: each look at the
    // day reads the whole bookings table.
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(100);
    connect(&m_rebuild, &QTimer::timeout, this, &DayAgenda::rebuild);
}

void DayAgenda::setSource(BookingTableModel* bookings)
{
    if (m_source == bookings)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = bookings;
    if (m_source) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_source, signal, this, &DayAgenda::scheduleRebuild);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &DayAgenda::scheduleRebuild);
        connect(m_source, &QAbstractItemModel::modelReset, this, &DayAgenda::scheduleRebuild);
        connect(m_source, &QAbstractItemModel::layoutChanged, this, &DayAgenda::scheduleRebuild);
    }
    rebuild();
}

void DayAgenda::setDate(const QDate& date)
{
    if (date == m_date)
        return;
    m_date = date;
    rebuild();
}

void DayAgenda::setNow(const QDateTime& now)
{
    m_now = now;
    const int before = m_next;
    findNext();
    if (!m_bookings.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (before != m_next)
        Q_EMIT changed();
}

void DayAgenda::scheduleRebuild()
{
    if (!m_active) {
        m_stale = true;
        return;
    }
    if (!m_rebuild.isActive())
        m_rebuild.start();
}

void DayAgenda::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        rebuild();
}

void DayAgenda::rebuild()
{
    m_rebuild.stop();
    m_stale = false;
    QList<api::Booking> day;
    if (m_source) {
        const int rows = m_source->rowCount();
        for (int row = 0; row < rows; ++row) {
            const QDateTime start =
                m_source->index(row, 0).data(BookingTableModel::StartRole).toDateTime();
            if (start.toLocalTime().date() == m_date)
                day.append(m_source->record(row));
        }
    }
    std::stable_sort(day.begin(), day.end(), [](const api::Booking& a, const api::Booking& b) {
        return a.scheduledAt < b.scheduledAt;
    });
    beginResetModel();
    m_bookings = std::move(day);
    findNext();
    endResetModel();
    Q_EMIT changed();
}

void DayAgenda::findNext()
{
    m_next = -1;
    for (int row = 0; row < m_bookings.size(); ++row) {
        const api::Booking& b = m_bookings.at(row);
        if (b.status != api::BookingStatus::Cancelled &&
            b.status != api::BookingStatus::Completed && b.scheduledAt >= m_now) {
            m_next = row;
            return;
        }
    }
}

int DayAgenda::rowOf(const QString& id) const
{
    for (int row = 0; row < m_bookings.size(); ++row) {
        if (m_bookings.at(row).id == id)
            return row;
    }
    return -1;
}

int DayAgenda::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_bookings.size());
}

int DayAgenda::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DayAgenda::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_bookings.size())
        return {};
    const api::Booking& b = m_bookings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return Format::clockTime(b.scheduledAt.toLocalTime().time());
        case DurationColumn:
            return b.durationMinutes > 0 ? Format::duration(b.durationMinutes) : QString();
        case CustomerColumn:
            return b.customerName.isEmpty() ? b.customerId : b.customerName;
        case ServiceColumn:
            return b.serviceName.isEmpty() ? b.serviceId : b.serviceName;
        case StatusColumn:
            return api::BookingStatuses::displayName(b.status);
        default:
            return {};
        }
    case Qt::FontRole:
        if (index.row() == m_next) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (b.status == api::BookingStatus::Cancelled) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        return {};
    case IdRole:
        return b.id;
    case StatusRole:
        return int(b.status);
    case IsNextRole:
        return index.row() == m_next;
    case HasBegunRole:
        return b.scheduledAt <= m_now;
    default:
        return {};
    }
}

QVariant DayAgenda::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DurationColumn:
        return tr("Duration");
    case CustomerColumn:
        return tr("Customer");
    case ServiceColumn:
        return tr("Service");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QMap<api::BookingStatus, int> DayAgenda::statusCounts() const
{
    QMap<api::BookingStatus, int> counts;
    for (const api::Booking& b : m_bookings)
        ++counts[b.status];
    return counts;
}

QString DayAgenda::summary() const
{
    if (m_bookings.isEmpty())
        return tr("No bookings");
    QStringList parts;
    const QMap<api::BookingStatus, int> counts = statusCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << tr("%1 %2", "count, status")
                     .arg(QLocale().toString(it.value()),
                          api::BookingStatuses::displayName(it.key()).toLower());
    return tr("%n booking(s): %1", nullptr, int(m_bookings.size())).arg(parts.join(u", "_s));
}

} // namespace balie::models
