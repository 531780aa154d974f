// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "BookingCalendarGrid.h"

#include "BookingPresentation.h"
#include "ResourceModels.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace balie::ui {

namespace {
constexpr int MinutesPerDay = 24 * 60;
} // namespace

BookingCalendarGrid::BookingCalendarGrid(QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_first(QDate::currentDate())
{
    setObjectName(u"calendarGrid"_s);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // The pointer is followed for the resize cursor over a block's lower edge.
    viewport()->setMouseTracking(true);
    verticalScrollBar()->setSingleStep(hourHeight() / 4);
    m_relayout.setSingleShot(true);
    m_relayout.setInterval(0);
    connect(&m_relayout, &QTimer::timeout, this, &BookingCalendarGrid::layoutBlocks);
    m_nudgeRest.setSingleShot(true);
    m_nudgeRest.setInterval(NudgeRestMs);
    connect(&m_nudgeRest, &QTimer::timeout, this, &BookingCalendarGrid::commitNudge);
    m_clock.setInterval(60'000);
    connect(&m_clock, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    m_clock.start();
    updateScrollBar();
}

void BookingCalendarGrid::setModel(QAbstractItemModel* model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model) {
        // Rows going away leave the grid at once, so that nothing of an organisation left
        // behind is ever painted; new rows are laid out together on the next turn.
        connect(m_model, &QAbstractItemModel::modelReset, this, &BookingCalendarGrid::layoutBlocks);
        connect(m_model, &QAbstractItemModel::layoutChanged, this,
                &BookingCalendarGrid::layoutBlocks);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this,
                &BookingCalendarGrid::layoutBlocks);
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
                &BookingCalendarGrid::scheduleLayout);
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                &BookingCalendarGrid::scheduleLayout);
    }
    layoutBlocks();
}

void BookingCalendarGrid::setRange(const QDate& first, int days)
{
    if (first == m_first && days == m_days)
        return;
    // A drag measures in the columns it began in: a move goes before they change, a mouse drag
    // is let go.
    commitNudge();
    if (m_drag)
        endDrag();
    m_first = first;
    m_days = qBound(1, days, 7);
    layoutBlocks();
}

void BookingCalendarGrid::setResizable(bool resizable)
{
    m_resizable = resizable;
    if (!resizable && m_overEdge) {
        m_overEdge = false;
        viewport()->unsetCursor();
    }
}

void BookingCalendarGrid::setSelectedId(const QString& id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    viewport()->update();
}

QStringList BookingCalendarGrid::visibleBookingIds() const
{
    QStringList ids;
    for (const Block& block : m_blocks) {
        if (!ids.contains(block.id))
            ids << block.id;
    }
    return ids;
}

QRect BookingCalendarGrid::blockRect(const QString& id) const
{
    for (const Block& block : m_blocks) {
        if (block.id == id)
            return rectOf(block);
    }
    return {};
}

QString BookingCalendarGrid::blockLabel(const QString& id) const
{
    for (const Block& block : m_blocks) {
        if (block.id == id)
            return blockLines(block, textRectOf(rectOf(block))).join(u'\n');
    }
    return {};
}

QPoint BookingCalendarGrid::pointFor(const QDateTime& local) const
{
    const int day = int(m_first.daysTo(local.date()));
    const int minute = local.time().hour() * 60 + local.time().minute();
    return {gutterWidth() + int((day + 0.5) * columnWidth()),
            headerHeight() + minute * hourHeight() / 60 - verticalScrollBar()->value() + 1};
}

void BookingCalendarGrid::scrollToTime(const QTime& time)
{
    verticalScrollBar()->setValue((time.hour() * 60 + time.minute()) * hourHeight() / 60);
}

int BookingCalendarGrid::headerHeight() const
{
    return fontMetrics().height() * 2 + 8;
}

int BookingCalendarGrid::gutterWidth() const
{
    return fontMetrics().horizontalAdvance(BookingPresentation::timeText(QTime(23, 0))) + 16;
}

int BookingCalendarGrid::hourHeight() const
{
    // Four slots of a quarter of an hour, each tall enough for a line of text.
    return qMax(48, (fontMetrics().height() + 2) * 4);
}

double BookingCalendarGrid::columnWidth() const
{
    return double(qMax(1, viewport()->width() - gutterWidth())) / m_days;
}

void BookingCalendarGrid::scheduleLayout()
{
    m_relayout.start();
}

int BookingCalendarGrid::columnOfModelKey(const QString& key) const
{
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_model->headerData(c, Qt::Horizontal, models::RecordTableModel::ColumnKeyRole)
                .toString() == key)
            return c;
    }
    return -1;
}

void BookingCalendarGrid::layoutBlocks()
{
    m_relayout.stop();
    m_blocks.clear();
    if (m_model) {
        const int customerColumn = columnOfModelKey(u"customer_name"_s);
        const int serviceColumn = columnOfModelKey(u"service_name"_s);
        const QDateTime rangeStart(m_first, QTime(0, 0));
        const QDateTime rangeEnd(m_first.addDays(m_days), QTime(0, 0));
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            const QDateTime start =
                index.data(models::BookingTableModel::StartRole).toDateTime().toLocalTime();
            QDateTime end =
                index.data(models::BookingTableModel::EndRole).toDateTime().toLocalTime();
            if (!start.isValid())
                continue;
            if (!end.isValid() || end <= start)
                end = start.addSecs(SlotMinutes * 60);
            if (end <= rangeStart || start >= rangeEnd)
                continue;
            Block block;
            block.id = index.data(models::RecordTableModel::IdRole).toString();
            block.start = start;
            block.end = end;
            block.status =
                api::BookingStatus(index.data(models::BookingTableModel::StatusRole).toInt());
            block.pending = index.data(models::RecordTableModel::PendingRole).toBool();
            if (customerColumn >= 0)
                block.customer = m_model->index(row, customerColumn).data().toString();
            if (serviceColumn >= 0)
                block.service = m_model->index(row, serviceColumn).data().toString();
            // One block per day the booking touches.
            for (int day = 0; day < m_days; ++day) {
                const QDateTime dayStart(m_first.addDays(day), QTime(0, 0));
                const QDateTime dayEnd(m_first.addDays(day + 1), QTime(0, 0));
                if (end <= dayStart || start >= dayEnd)
                    continue;
                Block part = block;
                part.day = day;
                part.topMinute = int(dayStart.secsTo(qMax(start, dayStart)) / 60);
                part.bottomMinute = int(dayStart.secsTo(qMin(end, dayEnd)) / 60);
                part.bottomMinute = qMax(part.bottomMinute, part.topMinute + SlotMinutes);
                m_blocks.append(part);
            }
        }
    }
    std::sort(m_blocks.begin(), m_blocks.end(), [](const Block& a, const Block& b) {
        return a.day != b.day                     ? a.day < b.day
               : a.topMinute != b.topMinute       ? a.topMinute < b.topMinute
               : a.bottomMinute != b.bottomMinute ? a.bottomMinute > b.bottomMinute
                                                  : a.id < b.id;
    });
    // A cancelled booking has freed its time, and a booking made in its place should not be
    // squeezed beside it: cancelled blocks take no lane. They are drawn behind the live ones at
    // the full column width, faded and struck through, rather than hidden: the desk still wants
    // to see who cancelled, and where no live block covers it, it can be clicked; the keyboard
    // and the list reach it anyway.
    // Overlapping live blocks side by side: greedy lanes within each cluster of overlaps.
    QList<qsizetype> live;
    for (qsizetype k = 0; k < m_blocks.size(); ++k) {
        if (!m_blocks.at(k).isCancelled())
            live.append(k);
    }
    qsizetype i = 0;
    while (i < live.size()) {
        const Block& first = m_blocks.at(live.at(i));
        qsizetype j = i;
        int clusterEnd = first.bottomMinute;
        QList<int> laneEnds;
        while (j < live.size() && m_blocks.at(live.at(j)).day == first.day &&
               (j == i || m_blocks.at(live.at(j)).topMinute < clusterEnd)) {
            Block& b = m_blocks[live.at(j)];
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > b.topMinute)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(b.bottomMinute);
            else
                laneEnds[lane] = b.bottomMinute;
            b.lane = lane;
            clusterEnd = qMax(clusterEnd, b.bottomMinute);
            ++j;
        }
        for (qsizetype k = i; k < j; ++k)
            m_blocks[live.at(k)].lanes = int(laneEnds.size());
        i = j;
    }
    viewport()->update();
}

void BookingCalendarGrid::updateScrollBar()
{
    const int content = MinutesPerDay * hourHeight() / 60;
    const int visible = qMax(0, viewport()->height() - headerHeight());
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setRange(0, qMax(0, content - visible));
}

QRect BookingCalendarGrid::rectOf(const Block& block) const
{
    const double column = columnWidth();
    const double laneWidth = (column - 6) / block.lanes;
    const int x = gutterWidth() + int(block.day * column + 2 + block.lane * laneWidth);
    const int top =
        headerHeight() + block.topMinute * hourHeight() / 60 - verticalScrollBar()->value();
    const int bottom =
        headerHeight() + block.bottomMinute * hourHeight() / 60 - verticalScrollBar()->value();
    return QRect(x, top + 1, qMax(4, int(laneWidth) - 2), qMax(4, bottom - top - 2));
}

const BookingCalendarGrid::Block* BookingCalendarGrid::blockAt(const QPoint& pos) const
{
    if (pos.y() < headerHeight())
        return nullptr;
    // What is on top is what the click meant: live blocks first, cancelled ones only where they
    // show.
    for (const bool cancelled : {false, true}) {
        for (auto it = m_blocks.crbegin(); it != m_blocks.crend(); ++it) {
            if (it->isCancelled() == cancelled && rectOf(*it).contains(pos))
                return &*it;
        }
    }
    return nullptr;
}

QRect BookingCalendarGrid::textRectOf(const QRect& blockRect)
{
    return blockRect.adjusted(4, BlockMarginY, -3, -BlockMarginY);
}

QString BookingCalendarGrid::blockTimes(const Block& block) const
{
    return tr("%1–%2", "start and end time of a booking")
        .arg(BookingPresentation::timeText(block.start.time()),
             BookingPresentation::timeText(block.end.time()));
}

QStringList BookingCalendarGrid::blockLines(const Block& block, const QRect& textRect) const
{
    const QFontMetrics metrics = fontMetrics();
    const int width = textRect.width();
    const int rows = qMax(1, (textRect.height() + 1) / metrics.height());
    const QString start = BookingPresentation::timeText(block.start.time());
    auto elided = [&](const QString& text, int room) {
        return metrics.elidedText(text, Qt::ElideRight, qMax(0, room));
    };
    QStringList who;
    if (!block.customer.isEmpty())
        who << block.customer;
    if (!block.service.isEmpty())
        who << block.service;
    auto joined = [](const QString& customer, const QString& service) {
        return tr("%1 · %2", "customer and service of a booking in the calendar")
            .arg(customer, service);
    };
    const QString what = who.size() > 1 ? joined(who.first(), who.last()) : who.value(0);
    // The service gives way first, and goes whole rather than leave "Name · …" behind.
    auto fitted = [&](int room) {
        const QString text = elided(what, room);
        if (who.size() < 2 || text.startsWith(joined(who.first(), who.last().left(1))))
            return text;
        return elided(who.first(), room);
    };

    if (rows >= 2 || who.isEmpty()) {
        // The start is what tells blocks apart: the range only where it fits whole.
        const QString times = blockTimes(block);
        QStringList lines{metrics.horizontalAdvance(times) <= width ? times : start};
        if (who.isEmpty())
            return lines;
        if (rows > who.size()) {
            for (const QString& text : std::as_const(who))
                lines << elided(text, width);
        } else {
            lines << fitted(width);
        }
        return lines;
    }

    // One line, as in a half-hour block: the start time whole, then as much of the customer and
    // the service as fits.
    const QString pattern = tr("%1 %2", "start time, then customer and service, of a booking on "
                                        "one line in the calendar");
    const QString whole = pattern.arg(start, what);
    if (metrics.horizontalAdvance(whole) <= width)
        return {whole};
    // A narrow lane (blocks side by side in the week) leaves a letter of the name beside the
    // time: the block's margins make room for a second line, the name's own.
    const bool nameFits = metrics.horizontalAdvance(pattern.arg(start, who.first())) <= width;
    if (!nameFits && (textRect.height() + 2 * BlockMarginY + 1) / metrics.height() >= 2)
        return {start, fitted(width)};
    const QString rest = fitted(width - metrics.horizontalAdvance(pattern.arg(start, QString())));
    // An ellipsis alone says nothing the tooltip does not say better.
    if (!rest.startsWith(what.front()))
        return {start};
    return {pattern.arg(start, rest)};
}

QString BookingCalendarGrid::blockToolTip(const Block& block) const
{
    return tr("%1\n%2\nStatus: %3")
        .arg(BookingPresentation::dateTimeText(block.start),
             QStringList{block.customer, block.service}.join(u'\n'),
             api::BookingStatuses::displayName(block.status));
}

void BookingCalendarGrid::paintBlock(QPainter& p, const Block& block) const
{
    const QRect r = rectOf(block);
    p.save();
    QPainterPath path;
    path.addRoundedRect(QRectF(r), 4, 4);
    if (block.isCancelled()) {
        // Faded and hatched, behind the live blocks: a dashed outline is what marks a change
        // that waits for the server, and a cancelled booking must not read as one.
        p.setOpacity(0.6);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.fillPath(path, BookingPresentation::statusBackground(block.status));
        QColor hatch = BookingPresentation::statusForeground(block.status);
        hatch.setAlpha(70);
        p.fillPath(path, QBrush(hatch, Qt::BDiagPattern));
    } else {
        p.setRenderHint(QPainter::Antialiasing, true);
        p.fillPath(path, BookingPresentation::statusBackground(block.status));
    }
    if (block.pending) {
        // Not on the server yet: outlined in dashes, its text in italics.
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(BookingPresentation::statusForeground(block.status), 1.5, Qt::DashLine));
        p.drawPath(path);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    QFont f = font();
    f.setStrikeOut(block.isCancelled());
    f.setItalic(block.pending);
    p.setFont(f);
    p.setPen(BookingPresentation::statusForeground(block.status));
    // A start time wider than a narrow lane is cut at the block, not drawn over its neighbour.
    p.setClipRect(r, Qt::IntersectClip);
    const QRect textRect = textRectOf(r);
    const int lineHeight = fontMetrics().height();
    const QStringList lines = blockLines(block, textRect);
    // A quarter of an hour is one line high without the margins, half an hour two in a narrow
    // lane: lines taller than the text's room are centred in the block.
    const int needed = int(lines.size()) * lineHeight;
    int y =
        textRect.height() >= needed ? textRect.top() : r.top() + qMax(0, (r.height() - needed) / 2);
    for (const QString& text : lines) {
        p.drawText(QRect(textRect.left(), y, textRect.width(), lineHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, text);
        y += lineHeight;
    }
    p.restore();
}

void BookingCalendarGrid::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    const QRect area = viewport()->rect();
    p.fillRect(area, palette().base());
    // The body scrolls under the day names, which stay at the top.
    p.save();
    p.setClipRect(QRect(0, headerHeight(), area.width(), area.height() - headerHeight()));
    paintHours(p, area);
    paintBlocks(p, area);
    paintNow(p);
    paintDrag(p);
    p.restore();
    paintDayNames(p, area);
}

QColor BookingCalendarGrid::gridLineColour() const
{
    return palette().color(QPalette::Mid);
}

void BookingCalendarGrid::paintHours(QPainter& p, const QRect& area) const
{
    const int header = headerHeight();
    const int gutter = gutterWidth();
    const int hour = hourHeight();
    const int scroll = verticalScrollBar()->value();
    const QColor line = gridLineColour();
    QColor faint = line;
    faint.setAlpha(90);
    for (int h = 0; h < 24; ++h) {
        const int y = header + h * hour - scroll;
        p.setPen(line);
        p.drawLine(gutter, y, area.width(), y);
        p.setPen(faint);
        p.drawLine(gutter, y + hour / 2, area.width(), y + hour / 2);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(0, y + 2, gutter - 6, fontMetrics().height()),
                   Qt::AlignRight | Qt::AlignTop, BookingPresentation::timeText(QTime(h, 0)));
    }
    p.setPen(line);
    for (int d = 0; d <= m_days; ++d) {
        const int x = gutter + int(d * columnWidth());
        p.drawLine(x, header, x, area.height());
    }
}

void BookingCalendarGrid::paintBlocks(QPainter& p, const QRect& area) const
{
    // Cancelled ones first, so that live ones lie over them.
    for (const bool cancelled : {true, false}) {
        for (const Block& block : m_blocks) {
            if (block.isCancelled() == cancelled && rectOf(block).intersects(area))
                paintBlock(p, block);
        }
    }
    // The selection last: a cancelled block chosen with the keyboard or in the list shows where
    // it is even under a live one.
    for (const Block& block : m_blocks) {
        const QRect r = rectOf(block);
        if (block.id != m_selected || !r.intersects(area))
            continue;
        QPainterPath path;
        path.addRoundedRect(QRectF(r), 4, 4);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(palette().color(QPalette::Highlight), 3));
        p.drawPath(path);
        p.setPen(QPen(palette().color(QPalette::HighlightedText), 1));
        p.drawPath(path);
        p.setRenderHint(QPainter::Antialiasing, false);
    }
}

void BookingCalendarGrid::paintNow(QPainter& p) const
{
    const QDateTime now = QDateTime::currentDateTime();
    const int today = int(m_first.daysTo(now.date()));
    if (today < 0 || today >= m_days)
        return;
    const int y = headerHeight() +
                  (now.time().hour() * 60 + now.time().minute()) * hourHeight() / 60 -
                  verticalScrollBar()->value();
    const int x = gutterWidth() + int(today * columnWidth());
    // The calendars people know draw "now" in red, in light and dark themes alike.
    const QColor red(0xd0, 0x1c, 0x1c);
    p.setPen(QPen(red, 2));
    p.drawLine(x, y, x + int(columnWidth()), y);
    p.setBrush(red);
    p.drawEllipse(QPoint(x, y), 4, 4);
}

void BookingCalendarGrid::paintDayNames(QPainter& p, const QRect& area) const
{
    const QLocale locale;
    const int header = headerHeight();
    const QPalette pal = palette();
    p.fillRect(QRect(0, 0, area.width(), header), pal.window());
    p.setPen(gridLineColour());
    p.drawLine(0, header - 1, area.width(), header - 1);
    for (int d = 0; d < m_days; ++d) {
        const QDate date = m_first.addDays(d);
        const QRect r(gutterWidth() + int(d * columnWidth()), 0, int(columnWidth()), header);
        QFont f = font();
        f.setBold(date == QDate::currentDate());
        p.setFont(f);
        p.setPen(date == QDate::currentDate() ? pal.color(QPalette::Link)
                                              : pal.color(QPalette::WindowText));
        const QString text = locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + u'\n' +
                             locale.toString(date, QLocale::ShortFormat);
        p.drawText(r, Qt::AlignCenter, text);
    }
    p.setFont(font());
}

void BookingCalendarGrid::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

void BookingCalendarGrid::scrollContentsBy(int, int)
{
    viewport()->update();
}

void BookingCalendarGrid::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    commitNudge();
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const QPoint pos = event->position().toPoint();
    if (const Block* edge = edgeAt(pos)) {
        setSelectedId(edge->id);
        Q_EMIT bookingClicked(edge->id);
        const int length = int(edge->start.secsTo(edge->end) / 60);
        m_drag = Drag{edge->id, pos, 0, length, false, edge->start, true, length, edge->day};
        return;
    }
    if (const Block* block = blockAt(pos)) {
        setSelectedId(block->id);
        Q_EMIT bookingClicked(block->id);
        // Cancelled bookings stay where they were.
        if (!block->isCancelled()) {
            // From the booking's real start (the part of a booking past midnight starts the
            // day before) to the pointer.
            const QDateTime pointer = timeAt(pos);
            m_drag = Drag{block->id,
                          pos,
                          int(block->start.secsTo(pointer) / 60),
                          int(block->start.secsTo(block->end) / 60),
                          false,
                          {},
                          false,
                          0,
                          block->day};
        }
    }
}

QDateTime BookingCalendarGrid::timeAt(const QPoint& pos) const
{
    // Outside the days (the hours' gutter, the day names, past the last day or below the
    // grid) is no time.
    if (pos.x() < gutterWidth() || pos.y() < headerHeight() || pos.y() >= viewport()->height())
        return {};
    const int day = int((pos.x() - gutterWidth()) / columnWidth());
    if (day < 0 || day >= m_days)
        return {};
    const int minute =
        qBound(0, (pos.y() - headerHeight() + verticalScrollBar()->value()) * 60 / hourHeight(),
               MinutesPerDay - 1);
    return QDateTime(m_first.addDays(day), QTime(minute / 60, minute % 60));
}

QDateTime BookingCalendarGrid::dropStart(const QPoint& pos) const
{
    const QDateTime pointer = timeAt(pos);
    if (!m_drag || !pointer.isValid())
        return {};
    const QDateTime start = pointer.addSecs(-qint64(m_drag->grabMinutes) * 60);
    const int minute = start.time().hour() * 60 + start.time().minute();
    const int snapped = (minute + SlotMinutes / 2) / SlotMinutes * SlotMinutes;
    return QDateTime(start.date(), QTime(0, 0)).addSecs(qint64(snapped) * 60);
}

const BookingCalendarGrid::Block* BookingCalendarGrid::edgeAt(const QPoint& pos) const
{
    if (!m_resizable || pos.y() < headerHeight())
        return nullptr;
    for (auto it = m_blocks.crbegin(); it != m_blocks.crend(); ++it) {
        if (it->isCancelled() || it->end > QDateTime(m_first.addDays(it->day + 1), QTime(0, 0)))
            continue;
        const QRect r = rectOf(*it);
        // A short block keeps most of its height for moving it.
        const int grip = qBound(2, r.height() / 4, EdgeGrip);
        if (pos.x() >= r.left() && pos.x() <= r.right() && pos.y() <= r.bottom() + 1 &&
            pos.y() > r.bottom() - grip)
            return &*it;
    }
    return nullptr;
}

int BookingCalendarGrid::draggedLength(const QPoint& pos) const
{
    const QDateTime dayStart(m_first.addDays(m_drag->day), QTime(0, 0));
    const int minute =
        qBound(0, (pos.y() - headerHeight() + verticalScrollBar()->value()) * 60 / hourHeight(),
               MinutesPerDay);
    const int snapped = (minute + SlotMinutes / 2) / SlotMinutes * SlotMinutes;
    const QDateTime end = dayStart.addSecs(qint64(snapped) * 60);
    return qBound(SlotMinutes, int(m_drag->target.secsTo(end) / 60),
                  qMax(LongestMinutes, m_drag->durationMinutes));
}

void BookingCalendarGrid::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (!m_drag || !(event->buttons() & Qt::LeftButton)) {
        const bool overEdge = !m_drag && edgeAt(pos);
        if (overEdge != m_overEdge) {
            m_overEdge = overEdge;
            if (overEdge)
                viewport()->setCursor(Qt::SizeVerCursor);
            else
                viewport()->unsetCursor();
        }
        return QAbstractScrollArea::mouseMoveEvent(event);
    }
    if (!m_drag->moving &&
        (pos - m_drag->pressedAt).manhattanLength() < QApplication::startDragDistance())
        return;
    m_drag->moving = true;
    if (m_drag->resizing) {
        m_drag->newDuration = draggedLength(pos);
        viewport()->setCursor(Qt::SizeVerCursor);
        viewport()->update();
        return;
    }
    m_drag->target = dropStart(pos);
    viewport()->setCursor(m_drag->target.isValid() ? Qt::ClosedHandCursor : Qt::ForbiddenCursor);
    viewport()->update();
}

void BookingCalendarGrid::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_drag || event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    const Drag drag = *m_drag;
    endDrag();
    const Block* block = nullptr;
    for (const Block& b : std::as_const(m_blocks)) {
        if (b.id == drag.id)
            block = &b;
    }
    if (!drag.moving || !block)
        return;
    if (drag.resizing) {
        if (drag.newDuration != drag.durationMinutes)
            Q_EMIT resizeRequested(drag.id, drag.newDuration);
    } else if (drag.target.isValid() && drag.target != block->start) {
        Q_EMIT moveRequested(drag.id, drag.target);
    }
}

void BookingCalendarGrid::endDrag()
{
    m_nudgeRest.stop();
    m_drag.reset();
    m_overEdge = false;
    viewport()->unsetCursor();
    viewport()->update();
}

void BookingCalendarGrid::paintDrag(QPainter& p) const
{
    if (!m_drag || !m_drag->moving || !m_drag->target.isValid())
        return;
    if (m_drag->resizing) {
        if (m_drag->day < 0 || m_drag->day >= m_days)
            return;
        // The new end: the block's outline down to it, with the times and the length.
        const QDateTime dayStart(m_first.addDays(m_drag->day), QTime(0, 0));
        const QDateTime end = m_drag->target.addSecs(qint64(m_drag->newDuration) * 60);
        const int top = int(dayStart.secsTo(qMax(m_drag->target, dayStart)) / 60);
        const int bottom = int(dayStart.secsTo(end) / 60);
        // Its label goes under the new end, clear of the block's own text.
        paintGhost(p, m_drag->day, top, bottom - top,
                   tr("%1–%2 · %n min", "start and end time, and length, of a booking",
                      m_drag->newDuration)
                       .arg(BookingPresentation::timeText(m_drag->target.time()),
                            BookingPresentation::timeText(end.time())),
                   GhostLabel::Below);
        return;
    }
    // Where it would land: the block's outline at the new time, with that time in it.
    const int day = int(m_first.daysTo(m_drag->target.date()));
    if (day < 0 || day >= m_days)
        return;
    const int top = m_drag->target.time().hour() * 60 + m_drag->target.time().minute();
    paintGhost(p, day, top, m_drag->durationMinutes,
               BookingPresentation::timeText(m_drag->target.time()), GhostLabel::Inside);
}

void BookingCalendarGrid::paintGhost(QPainter& p, int day, int topMinute, int minutes,
                                     const QString& text, GhostLabel label) const
{
    const int x = gutterWidth() + int(day * columnWidth()) + 2;
    const int y = headerHeight() + topMinute * hourHeight() / 60 - verticalScrollBar()->value();
    const int h = qMax(fontMetrics().height(), minutes * hourHeight() / 60);
    const QRect r(x, y, int(columnWidth()) - 4, h);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(60);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(fill);
    p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
    p.drawRoundedRect(QRectF(r), 4, 4);
    QRect textRect = r.adjusted(6, 2, -4, -2);
    if (label == GhostLabel::Below) {
        const int w = qMin(r.width(), fontMetrics().horizontalAdvance(text) + 12);
        const QRect box(r.left(), r.bottom() + 3, w, fontMetrics().height() + 4);
        p.setPen(palette().color(QPalette::Highlight));
        p.setBrush(palette().color(QPalette::Base));
        p.drawRoundedRect(QRectF(box), 3, 3);
        textRect = box.adjusted(6, 2, -4, -2);
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawText(textRect, Qt::AlignLeft | Qt::AlignTop,
               fontMetrics().elidedText(text, Qt::ElideRight, textRect.width()));
    p.restore();
}

void BookingCalendarGrid::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    if (const Block* block = blockAt(pos)) {
        Q_EMIT bookingActivated(block->id);
        return;
    }
    const QDateTime at = timeAt(pos);
    if (!at.isValid())
        return;
    const int minute = at.time().hour() * 60 + at.time().minute();
    const int slot = qMin(minute / SlotMinutes * SlotMinutes, MinutesPerDay - SlotMinutes);
    Q_EMIT emptySlotActivated(QDateTime(at.date(), QTime(slot / 60, slot % 60)));
}

void BookingCalendarGrid::moveSelection(int step)
{
    if (m_blocks.isEmpty())
        return;
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        if (m_blocks.at(i).id == m_selected) {
            at = i;
            break;
        }
    }
    at = at < 0 ? (step > 0 ? 0 : m_blocks.size() - 1)
                : qBound<qsizetype>(0, at + step, m_blocks.size() - 1);
    const Block& block = m_blocks.at(at);
    setSelectedId(block.id);
    const QRect r = rectOf(block);
    if (r.top() < headerHeight() || r.bottom() > viewport()->height())
        verticalScrollBar()->setValue(block.topMinute * hourHeight() / 60 - hourHeight() / 2);
    Q_EMIT bookingClicked(block.id);
}

void BookingCalendarGrid::nudge(const Block& block, int days, int minutes, int longer)
{
    if (m_drag && !m_drag->nudged)
        return; // the mouse has the booking
    // Copied: the change sent below may lay the blocks out again.
    const QString id = block.id;
    const QDateTime start = block.start;
    const QDateTime end = block.end;
    const bool resizing = longer != 0;
    if (m_drag && (m_drag->id != id || m_drag->resizing != resizing))
        commitNudge(); // a move and a new length are two changes
    if (!m_drag) {
        const int length = int(start.secsTo(end) / 60);
        // The column where it ends, for the outline of a new length.
        const int endDay = int(m_first.daysTo(end.addSecs(-1).date()));
        m_drag = Drag{id, {}, 0, length, true, start, resizing, length, endDay};
        m_drag->nudged = true;
    }
    if (resizing)
        m_drag->newDuration = qBound(SlotMinutes, m_drag->newDuration + longer,
                                     qMax(LongestMinutes, m_drag->durationMinutes));
    else
        m_drag->target = m_drag->target.addDays(days).addSecs(qint64(minutes) * 60);
    m_nudgeRest.start();
    viewport()->update();
}

void BookingCalendarGrid::commitNudge()
{
    m_nudgeRest.stop();
    if (!m_drag || !m_drag->nudged)
        return;
    const Drag nudged = *m_drag;
    endDrag();
    for (const Block& b : std::as_const(m_blocks)) {
        if (b.id != nudged.id)
            continue;
        if (nudged.resizing && nudged.newDuration != nudged.durationMinutes)
            Q_EMIT resizeRequested(nudged.id, nudged.newDuration);
        else if (!nudged.resizing && nudged.target != b.start)
            Q_EMIT moveRequested(nudged.id, nudged.target);
        return;
    }
}

void BookingCalendarGrid::focusOutEvent(QFocusEvent* event)
{
    commitNudge();
    QAbstractScrollArea::focusOutEvent(event);
}

void BookingCalendarGrid::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_drag) {
        endDrag(); // the booking stays where it was
        return;
    }
    // Alt+arrows move the selected booking a quarter of an hour up or down, or a day left or
    // right; Alt+Shift+Up/Down make it a quarter of an hour shorter or longer. Presses in a row
    // add up (the outline shows where it goes) and are sent as one change when the keys rest.
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool arrow = event->key() == Qt::Key_Up || event->key() == Qt::Key_Down ||
                       event->key() == Qt::Key_Left || event->key() == Qt::Key_Right;
    if (arrow && !m_selected.isEmpty() &&
        (mods == Qt::AltModifier ||
         (mods == (Qt::AltModifier | Qt::ShiftModifier) && m_resizable &&
          event->key() != Qt::Key_Left && event->key() != Qt::Key_Right))) {
        const int sign = event->key() == Qt::Key_Up || event->key() == Qt::Key_Left ? -1 : 1;
        for (const Block& b : std::as_const(m_blocks)) {
            if (b.id != m_selected || b.isCancelled())
                continue;
            if (mods & Qt::ShiftModifier)
                nudge(b, 0, 0, sign * SlotMinutes);
            else if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)
                nudge(b, sign, 0, 0); // by the calendar: the same clock time across summer time
            else
                nudge(b, 0, sign * SlotMinutes, 0);
            return;
        }
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selected.isEmpty()) {
            Q_EMIT bookingActivated(m_selected);
            return;
        }
        break;
    case Qt::Key_Down:
    case Qt::Key_Right:
        moveSelection(1);
        return;
    case Qt::Key_Up:
    case Qt::Key_Left:
        moveSelection(-1);
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool BookingCalendarGrid::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const Block* block = blockAt(help->pos()))
            QToolTip::showText(help->globalPos(), blockToolTip(*block), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange)
        updateScrollBar();
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace balie::ui
