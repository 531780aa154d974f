// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDate>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QToolButton;

namespace balie::ui {

class BookingCalendarGrid;
class BookingStatusLegend;

// The calendar: previous / today / next, a day or week toggle, and the grid. It says which days
// it shows (rangeChanged) so that the page loads exactly those bookings.
class BookingCalendarView : public QWidget
{
    Q_OBJECT

public:
    enum class Span
    {
        Day,
        Week
    };
    Q_ENUM(Span)

    explicit BookingCalendarView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    BookingCalendarGrid* grid() const { return m_grid; }
    BookingStatusLegend* legend() const { return m_legend; }

    Span span() const { return m_span; }
    void setSpan(Span span);
    // Shows the day, or the week that holds it.
    void setDate(const QDate& date);
    QDate firstDay() const { return m_first; }
    QDate lastDay() const;

    void setSelectedId(const QString& id);

public Q_SLOTS:
    void previous();
    void next();
    void today();

Q_SIGNALS:
    void rangeChanged(const QDate& first, const QDate& last);
    void bookingClicked(const QString& id);
    void bookingActivated(const QString& id);
    void emptySlotActivated(const QDateTime& localStart);
    void moveRequested(const QString& id, const QDateTime& localStart);
    void resizeRequested(const QString& id, int durationMinutes);

protected:
    void changeEvent(QEvent* event) override;

private:
    void apply(const QDate& first);
    void retranslateUi();

    QToolButton* m_previous;
    QToolButton* m_today;
    QToolButton* m_next;
    QLabel* m_title;
    QToolButton* m_day;
    QToolButton* m_week;
    BookingCalendarGrid* m_grid;
    BookingStatusLegend* m_legend;
    Span m_span = Span::Week;
    QDate m_first;
};

} // namespace balie::ui
