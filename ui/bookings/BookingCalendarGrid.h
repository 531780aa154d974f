// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Booking.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <optional>

class QAbstractItemModel;
class QPainter;

namespace balie::ui {

// The day or week grid of the calendar: hours down the left, one column per day, 15-minute
// resolution; each booking of the model is a rounded block in its slot, coloured by status,
// overlapping bookings side by side (cancelled ones behind, taking no room), a line at the
// current time. A block is dragged to another time or day, and where the flavour can change a
// booking's length (setResizable) its lower edge is dragged to a new end. Reads any model with the
// booking roles (BookingTableModel or a proxy over it); times are shown in local time.
class BookingCalendarGrid : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit BookingCalendarGrid(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    void setRange(const QDate& first, int days);
    QDate firstDay() const { return m_first; }
    int dayCount() const { return m_days; }

    // Whether a block's lower edge can be dragged (and Alt+Shift+arrows used) to change its length.
    void setResizable(bool resizable);
    bool isResizable() const { return m_resizable; }

    void setSelectedId(const QString& id);
    QString selectedId() const { return m_selected; }
    // The bookings that have a block in the visible range (for tests and screen readers).
    QStringList visibleBookingIds() const;
    // Where a booking's (first) block is, in viewport coordinates; empty when not shown.
    QRect blockRect(const QString& id) const;
    // The text drawn in a booking's (first) block, its lines joined by '\n'; empty when not shown.
    QString blockLabel(const QString& id) const;
    // The viewport point of a local time (the top of its slot).
    QPoint pointFor(const QDateTime& local) const;
    void scrollToTime(const QTime& time);

    static constexpr int SlotMinutes = 15;
    static constexpr int BlockMarginY = 2; // between a block's edge and its text
    static constexpr int EdgeGrip = 4;     // the pixels above a block's lower edge that resize it
    static constexpr int LongestMinutes = 600;
    // Alt+arrow presses this close together add up to one change.
    static constexpr int NudgeRestMs = 600;

Q_SIGNALS:
    void bookingClicked(const QString& id);
    void bookingActivated(const QString& id);
    void emptySlotActivated(const QDateTime& localStart);
    // A booking was dragged to another time or day (snapped to a quarter of an hour), or
    // moved with Alt+arrows: quarters of an hour up or down, days left or right.
    void moveRequested(const QString& id, const QDateTime& localStart);
    // A booking's lower edge was dragged to a new end (snapped to a quarter of an hour), or its
    // length changed by a quarter of an hour with Alt+Shift+Up/Down.
    void resizeRequested(const QString& id, int durationMinutes);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Block
    {
        QString id;
        int day = 0;
        int lane = 0;
        int lanes = 1;
        int topMinute = 0;    // from the start of the day, local time
        int bottomMinute = 0; // exclusive
        QDateTime start;      // local
        QDateTime end;
        api::BookingStatus status = api::BookingStatus::Created;
        QString customer;
        QString service;
        bool pending = false; // a change the server does not have yet

        bool isCancelled() const { return status == api::BookingStatus::Cancelled; }
    };

    void scheduleLayout();
    void layoutBlocks();
    void updateScrollBar();
    int headerHeight() const;
    int gutterWidth() const;
    int hourHeight() const;
    double columnWidth() const;
    QRect rectOf(const Block& block) const;
    const Block* blockAt(const QPoint& pos) const;
    static QRect textRectOf(const QRect& blockRect);
    QString blockTimes(const Block& block) const;
    QStringList blockLines(const Block& block, const QRect& textRect) const;
    void paintBlock(QPainter& p, const Block& block) const;
    // The parts of paintEvent(), back to front.
    void paintHours(QPainter& p, const QRect& area) const;
    void paintBlocks(QPainter& p, const QRect& area) const;
    void paintNow(QPainter& p) const;
    void paintDayNames(QPainter& p, const QRect& area) const;
    QColor gridLineColour() const;
    // Where a drag would put the booking: its start snapped to a quarter of an hour, in the
    // day under the pointer; invalid outside the days.
    QDateTime dropStart(const QPoint& pos) const;
    // The local time under a point of the viewport; invalid outside the days.
    QDateTime timeAt(const QPoint& pos) const;
    // The block whose lower edge is under a point, where the booking ends in that block (the
    // last day of one past midnight); null when none or when lengths cannot change.
    const Block* edgeAt(const QPoint& pos) const;
    // The length a drag of the lower edge to this point gives, snapped to a quarter of an hour.
    int draggedLength(const QPoint& pos) const;
    void paintDrag(QPainter& p) const;
    // Alt+arrows: the outline moves (or grows) at once; the change goes when the keys rest.
    void nudge(const Block& block, int days, int minutes, int longer);
    void commitNudge();
    // The dashed outline of where a dragged block would be, with its times inside or, for a new
    // length, under its end.
    enum class GhostLabel
    {
        Inside,
        Below
    };
    void paintGhost(QPainter& p, int day, int topMinute, int minutes, const QString& text,
                    GhostLabel label) const;
    void endDrag();
    QString blockToolTip(const Block& block) const;
    int columnOfModelKey(const QString& key) const;
    void moveSelection(int step);

    QPointer<QAbstractItemModel> m_model;
    QDate m_first;
    int m_days = 7;
    QString m_selected;
    QList<Block> m_blocks; // sorted by start
    // A drag under way: the block taken, where it was taken (the pointer's offset into it), and
    // where it would land.
    struct Drag
    {
        QString id;
        QPoint pressedAt;
        int grabMinutes = 0; // from the block's start to the pointer
        int durationMinutes = 0;
        bool moving = false;
        QDateTime target;
        bool resizing = false; // the lower edge, not the block, was taken
        int newDuration = 0;   // where the edge would land
        int day = 0;           // the column of the block whose edge was taken
        bool nudged = false;   // by Alt+arrows, not the mouse
    };
    std::optional<Drag> m_drag;
    bool m_resizable = false;
    bool m_overEdge = false; // the pointer shows the resize cursor
    QTimer m_relayout;
    QTimer m_nudgeRest;
    QTimer m_clock; // moves the "now" line
};

} // namespace balie::ui
