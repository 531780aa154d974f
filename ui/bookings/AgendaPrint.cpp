// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "AgendaPrint.h"

#include "BookingPresentation.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
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

bool AgendaPrint::print(const Content& content, QPagedPaintDevice* device)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    // Page furniture in the device's own units: a heading line and a footer line.
    const QRectF page = painter.viewport();
    const QFontMetricsF metrics(painter.font(), device);
    const qreal line = metrics.lineSpacing();
    const QRectF body(page.left(), page.top() + 3 * line, page.width(), page.height() - 5 * line);

    std::unique_ptr<QTextDocument> document = AgendaPrint::document(content);
    document->documentLayout()->setPaintDevice(device);
    document->setDefaultFont(painter.font());
    document->setPageSize(body.size());
    const int pages = qMax(1, document->pageCount());
    const QString heading = content.organisation;
    // The days printed: those of the bookings, else those the list was asked for.
    QDate first = content.first;
    QDate last = content.last;
    if (!content.bookings.isEmpty()) {
        first = last = content.bookings.first().scheduledAt.toLocalTime().date();
        for (const api::Booking& b : content.bookings) {
            first = std::min(first, b.scheduledAt.toLocalTime().date());
            last = std::max(last, b.scheduledAt.toLocalTime().date());
        }
    }
    const QString dates = period(first, last);
    const QString printed =
        tr("Printed %1")
            .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
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
                         tr("Page %1 of %2").arg(i + 1).arg(pages));
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
