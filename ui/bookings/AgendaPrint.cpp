// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "AgendaPrint.h"

#include "BookingPresentation.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace balie::ui {

namespace {

QString cell(const QString& text, const QString& style = {}, int widthPercent = 0)
{
    // Everything from the server is text: escaped, never read as markup.
    const QString width = widthPercent > 0 ? u" width=\"%1%\""_s.arg(widthPercent) : QString();
    return u"<td%1 style=\"padding: 2pt 6pt; %2\">%3</td>"_s.arg(width, style,
                                                                 text.toHtmlEscaped());
}

} // namespace

QString AgendaPrint::period(const QDate& first, const QDate& last)
{
    const QLocale locale;
    if (!first.isValid())
        return {};
    if (!last.isValid() || first == last)
        return locale.toString(first, QLocale::LongFormat);
    // The year once when both days are in it: "30 November – 6 December 2026".
    const QString firstDay = first.year() == last.year() ? locale.toString(first, u"d MMMM"_s)
                                                         : locale.toString(first, u"d MMMM yyyy"_s);
    return tr("%1 – %2", "a period: first day, last day")
        .arg(firstDay, locale.toString(last, u"d MMMM yyyy"_s));
}

std::unique_ptr<QTextDocument> AgendaPrint::document(const Content& content)
{
    QList<api::Booking> bookings = content.bookings;
    std::stable_sort(bookings.begin(), bookings.end(),
                     [](const auto& a, const auto& b) { return a.scheduledAt < b.scheduledAt; });
    const QLocale locale;
    QString html = u"<html><body>"_s;
    QDate day;
    bool open = false;
    for (const api::Booking& b : std::as_const(bookings)) {
        const QDateTime start = b.scheduledAt.toLocalTime();
        if (start.date() != day) {
            if (open)
                html += u"</table>"_s;
            day = start.date();
            html += u"<h3 style=\"margin-top: 10pt;\">%1</h3>"_s.arg(
                locale.toString(day, QLocale::LongFormat).toHtmlEscaped());
            html +=
                u"<table width=\"100%\" cellspacing=\"0\" style=\"border-collapse: collapse;\">"_s;
            // The same columns every day, whatever each day's names need.
            const QString head = u"font-weight: bold;"_s;
            html += u"<tr>"_s + cell(tr("Time"), head, 13) + cell(tr("Customer"), head, 23) +
                    cell(tr("Service"), head, 24) + cell(tr("Status"), head, 13) +
                    cell(tr("Note"), head, 27) + u"</tr>"_s;
            open = true;
        }
        const QString time =
            tr("%1–%2", "a booking's time: start, end")
                .arg(BookingPresentation::timeText(start.time()),
                     BookingPresentation::timeText(b.endsAt().toLocalTime().time()));
        const bool cancelled = b.status == api::BookingStatus::Cancelled;
        const QString style =
            cancelled ? u"color: #777777; text-decoration: line-through;"_s : QString();
        html += u"<tr>"_s + cell(time, style) +
                cell(b.customerName.isEmpty() ? b.customerId : b.customerName, style) +
                cell(b.serviceName.isEmpty() ? b.serviceId : b.serviceName, style) +
                cell(api::BookingStatuses::displayName(b.status)) + cell(b.note, style) +
                u"</tr>"_s;
    }
    if (open)
        html += u"</table>"_s;
    if (bookings.isEmpty())
        html += u"<p>%1</p>"_s.arg(tr("No bookings.").toHtmlEscaped());
    html += u"</body></html>"_s;
    auto document = std::make_unique<QTextDocument>();
    document->setHtml(html);
    return document;
}

namespace {

// The heading and the foot of a page, in the device's own units.
struct Furniture
{
    QString heading;
    QString dates;
    QString printed;
    qreal line = 0;

    void draw(QPainter& painter, const QRectF& page, int number, int pages) const
    {
        QFont bold = painter.font();
        bold.setBold(true);
        painter.save();
        painter.setFont(bold);
        painter.drawText(QRectF(page.left(), page.top(), page.width(), line),
                         Qt::AlignLeft | Qt::AlignVCenter, heading);
        painter.restore();
        painter.drawText(QRectF(page.left(), page.top(), page.width(), line),
                         Qt::AlignRight | Qt::AlignVCenter, dates);
        painter.drawLine(QPointF(page.left(), page.top() + 1.5 * line),
                         QPointF(page.right(), page.top() + 1.5 * line));
        painter.drawText(QRectF(page.left(), page.bottom() - line, page.width(), line),
                         Qt::AlignLeft | Qt::AlignVCenter, printed);
        painter.drawText(QRectF(page.left(), page.bottom() - line, page.width(), line),
                         Qt::AlignRight | Qt::AlignVCenter,
                         AgendaPrint::tr("Page %1 of %2").arg(number).arg(pages));
    }
};

// One week on one page: the hours down the side, a column per day, each booking a block.
void drawWeek(QPainter& painter, const QRectF& body, const QDate& firstDay,
              const QList<api::Booking>& bookings, qreal line)
{
    const QLocale locale;
    QList<api::Booking> week;
    int firstHour = 8;
    int lastHour = 18;
    for (const api::Booking& b : bookings) {
        const QDateTime start = b.scheduledAt.toLocalTime();
        if (start.date() < firstDay || start.date() > firstDay.addDays(6))
            continue;
        week << b;
        firstHour = std::min(firstHour, start.time().hour());
        const QDateTime end = b.endsAt().toLocalTime();
        lastHour = std::max(lastHour, end.date() > start.date()
                                          ? 24
                                          : end.time().hour() + (end.time().minute() > 0 ? 1 : 0));
    }
    std::stable_sort(week.begin(), week.end(),
                     [](const auto& a, const auto& b) { return a.scheduledAt < b.scheduledAt; });
    const qreal gutter = QFontMetricsF(painter.font(), painter.device())
                             .horizontalAdvance(BookingPresentation::timeText(QTime(23, 0))) +
                         line;
    const QRectF grid(body.left() + gutter, body.top() + 2 * line, body.width() - gutter,
                      body.height() - 2 * line);
    const qreal dayWidth = grid.width() / 7;
    const qreal hourHeight = grid.height() / std::max(1, lastHour - firstHour);
    const auto yOf = [&](const QTime& time) {
        return grid.top() + (time.hour() - firstHour + time.minute() / 60.0) * hourHeight;
    };

    painter.save();
    painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0));
    for (int hour = firstHour; hour <= lastHour; ++hour) {
        const qreal y = grid.top() + (hour - firstHour) * hourHeight;
        painter.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y));
        if (hour < lastHour) {
            painter.setPen(Qt::black);
            painter.drawText(QRectF(body.left(), y, gutter - line / 2, line),
                             Qt::AlignRight | Qt::AlignTop,
                             BookingPresentation::timeText(QTime(hour, 0)));
            painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0));
        }
    }
    for (int day = 0; day <= 7; ++day) {
        const qreal x = grid.left() + day * dayWidth;
        painter.drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()));
    }
    painter.restore();
    QFont bold = painter.font();
    bold.setBold(true);
    for (int day = 0; day < 7; ++day) {
        const QDate date = firstDay.addDays(day);
        painter.save();
        painter.setFont(bold);
        painter.drawText(QRectF(grid.left() + day * dayWidth, body.top(), dayWidth, 2 * line),
                         Qt::AlignCenter,
                         locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + u' ' +
                             locale.toString(date, QLocale::ShortFormat));
        painter.restore();
    }

    QFont small = painter.font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter.setFont(small);
    for (int day = 0; day < 7; ++day) {
        const QDate date = firstDay.addDays(day);
        // Side by side where they overlap: each booking takes the first lane free at its start.
        QList<std::pair<const api::Booking*, int>> placed;
        QList<QDateTime> laneEnds;
        for (const api::Booking& b : std::as_const(week)) {
            if (b.scheduledAt.toLocalTime().date() != date)
                continue;
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > b.scheduledAt)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds << QDateTime();
            laneEnds[lane] = b.endsAt();
            placed << std::pair{&b, lane};
        }
        const qreal laneWidth = dayWidth / std::max<qsizetype>(1, laneEnds.size());
        for (const auto& [b, lane] : std::as_const(placed)) {
            const QDateTime start = b->scheduledAt.toLocalTime();
            const QDateTime end = b->endsAt().toLocalTime();
            const qreal top = yOf(start.time());
            const qreal bottom = end.date() > start.date() ? grid.bottom() : yOf(end.time());
            const QRectF block(grid.left() + day * dayWidth + lane * laneWidth + 1, top + 1,
                               laneWidth - 2, std::max(bottom - top - 2, line * 0.8));
            const bool cancelled = b->status == api::BookingStatus::Cancelled;
            QColor fill = BookingPresentation::statusBackground(b->status);
            fill.setAlpha(cancelled ? 25 : 60);
            painter.fillRect(block, fill);
            painter.save();
            painter.setPen(QPen(BookingPresentation::statusBackground(b->status), 0));
            painter.drawRect(block);
            painter.restore();
            QFont text = small;
            text.setStrikeOut(cancelled);
            painter.save();
            painter.setClipRect(block); // a short block shows what fits, not over the next
            painter.setFont(text);
            painter.setPen(cancelled ? QColor(0x77, 0x77, 0x77) : QColor(Qt::black));
            const QString what = BookingPresentation::timeText(start.time()) + u' ' +
                                 (b->customerName.isEmpty() ? b->customerId : b->customerName) +
                                 u'\n' + (b->serviceName.isEmpty() ? b->serviceId : b->serviceName);
            painter.drawText(block.adjusted(2, 1, -2, -1),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, what);
            painter.restore();
        }
    }
}

} // namespace

bool AgendaPrint::print(const Content& content, QPagedPaintDevice* device)
{
    if (content.weekGrid)
        device->setPageOrientation(QPageLayout::Landscape);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    // Page furniture in the device's own units: a heading line and a footer line.
    const QRectF page = painter.viewport();
    const QFontMetricsF metrics(painter.font(), device);
    const qreal line = metrics.lineSpacing();
    const QRectF body(page.left(), page.top() + 3 * line, page.width(), page.height() - 5 * line);

    // The days printed: those of the bookings, else those the list was asked for; a week
    // grid prints the weeks asked for.
    QDate first = content.first;
    QDate last = content.last;
    if (!content.bookings.isEmpty() && !content.weekGrid) {
        first = last = content.bookings.first().scheduledAt.toLocalTime().date();
        for (const api::Booking& b : content.bookings) {
            first = std::min(first, b.scheduledAt.toLocalTime().date());
            last = std::max(last, b.scheduledAt.toLocalTime().date());
        }
    }
    Furniture furniture;
    furniture.heading = content.organisation;
    furniture.dates = period(first, last);
    furniture.printed =
        tr("Printed %1")
            .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    furniture.line = line;

    if (content.weekGrid) {
        const int weeks = std::max<qint64>(1, (first.daysTo(last) + 7) / 7);
        for (int i = 0; i < weeks; ++i) {
            if (i > 0)
                device->newPage();
            furniture.draw(painter, page, i + 1, weeks);
            drawWeek(painter, body, first.addDays(7 * i), content.bookings, line);
        }
        return painter.end();
    }

    std::unique_ptr<QTextDocument> document = AgendaPrint::document(content);
    document->documentLayout()->setPaintDevice(device);
    document->setDefaultFont(painter.font());
    document->setPageSize(body.size());
    const int pages = qMax(1, document->pageCount());
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        furniture.draw(painter, page, i + 1, pages);
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        document->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return painter.end();
}

} // namespace balie::ui
