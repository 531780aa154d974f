// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Booking.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QPointer>
#include <QTimer>

namespace balie::models {

class BookingTableModel;

// One day of an organisation's bookings, in time order, for the desk's Today view: taken from
// the session's bookings table (it follows its changes), with the appointment that comes next
// and how many bookings the day has of each status. The day is the user's local day.
class DayAgenda : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        DurationColumn,
        CustomerColumn,
        ServiceColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusRole,  // api::BookingStatus as int
        IsNextRole,  // the first appointment that has not begun (not cancelled)
        HasBegunRole // its start is past
    };

    explicit DayAgenda(QObject* parent = nullptr);

    void setSource(BookingTableModel* bookings);
    void setDate(const QDate& date);
    QDate date() const { return m_date; }
    // What "now" is (tests set it; the Today view moves it on every half minute).
    void setNow(const QDateTime& now);
    QDateTime now() const { return m_now; }
    // Follows the table only while shown: changes made meanwhile are taken when it is again.
    void setActive(bool active);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const api::Booking& booking(int row) const { return m_bookings.at(row); }
    int rowOf(const QString& id) const;
    // The row of the next appointment, or -1 when none is left today.
    int nextRow() const { return m_next; }
    QMap<api::BookingStatus, int> statusCounts() const;
    // "12 bookings: 4 created, 6 confirmed, 2 cancelled", or "No bookings".
    QString summary() const;

Q_SIGNALS:
    void changed();

private:
    void scheduleRebuild();
    void rebuild();
    void findNext();

    QPointer<BookingTableModel> m_source;
    QDate m_date;
    QDateTime m_now;
    QList<api::Booking> m_bookings;
    int m_next = -1;
    bool m_active = true;
    bool m_stale = false; // the table changed while not active
    QTimer m_rebuild;
};

} // namespace balie::models
