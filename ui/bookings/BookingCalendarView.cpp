// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "BookingCalendarView.h"

#include "BookingCalendarGrid.h"
#include "BookingStatusLegend.h"
#include "PlainText.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balie::ui {

BookingCalendarView::BookingCalendarView(QWidget* parent)
    : QWidget(parent)
    , m_previous(new QToolButton(this))
    , m_today(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_title(plainLabel(this))
    , m_day(new QToolButton(this))
    , m_week(new QToolButton(this))
    , m_grid(new BookingCalendarGrid(this))
    , m_legend(new BookingStatusLegend(this))
{
    setObjectName(u"calendar"_s);
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_previous->setObjectName(u"calendarPrevious"_s);
    m_next->setObjectName(u"calendarNext"_s);
    m_today->setObjectName(u"calendarToday"_s);
    m_title->setObjectName(u"calendarTitle"_s);
    m_day->setObjectName(u"calendarDay"_s);
    m_week->setObjectName(u"calendarWeek"_s);
    for (QToolButton* b : {m_day, m_week})
        b->setCheckable(true);
    auto* spans = new QButtonGroup(this);
    spans->setExclusive(true);
    spans->addButton(m_day);
    spans->addButton(m_week);
    m_week->setChecked(true);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_previous);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addSpacing(8);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_day);
    bar->addWidget(m_week);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_legend);

    connect(m_previous, &QToolButton::clicked, this, &BookingCalendarView::previous);
    connect(m_next, &QToolButton::clicked, this, &BookingCalendarView::next);
    connect(m_today, &QToolButton::clicked, this, &BookingCalendarView::today);
    connect(m_day, &QToolButton::clicked, this, [this] { setSpan(Span::Day); });
    connect(m_week, &QToolButton::clicked, this, [this] { setSpan(Span::Week); });
    connect(m_grid, &BookingCalendarGrid::bookingClicked, this,
            &BookingCalendarView::bookingClicked);
    connect(m_grid, &BookingCalendarGrid::bookingActivated, this,
            &BookingCalendarView::bookingActivated);
    connect(m_grid, &BookingCalendarGrid::emptySlotActivated, this,
            &BookingCalendarView::emptySlotActivated);
    connect(m_grid, &BookingCalendarGrid::moveRequested, this, &BookingCalendarView::moveRequested);
    connect(m_grid, &BookingCalendarGrid::resizeRequested, this,
            &BookingCalendarView::resizeRequested);
    setFocusProxy(m_grid);
    retranslateUi();
    setDate(QDate::currentDate());
    m_grid->scrollToTime(QTime(8, 0));
}

void BookingCalendarView::setModel(QAbstractItemModel* model)
{
    m_grid->setModel(model);
}

QDate BookingCalendarView::lastDay() const
{
    return m_first.addDays(m_span == Span::Week ? 6 : 0);
}

void BookingCalendarView::setSpan(Span span)
{
    if (span == m_span)
        return;
    m_span = span;
    m_day->setChecked(span == Span::Day);
    m_week->setChecked(span == Span::Week);
    // Day view of today when it is in the week shown, else of the week's first day.
    const QDate today = QDate::currentDate();
    QDate anchor = m_first;
    if (span == Span::Day && today >= m_first && today <= m_first.addDays(6))
        anchor = today;
    setDate(anchor);
    if (span == Span::Week)
        apply(m_first); // same week: still tell the page the span changed
}

void BookingCalendarView::setDate(const QDate& date)
{
    if (!date.isValid())
        return;
    QDate first = date;
    if (m_span == Span::Week) {
        const int weekStart = int(QLocale().firstDayOfWeek());
        first = date.addDays(-((date.dayOfWeek() - weekStart + 7) % 7));
    }
    apply(first);
}

void BookingCalendarView::apply(const QDate& first)
{
    const bool changed = first != m_first || m_grid->dayCount() != (m_span == Span::Week ? 7 : 1);
    m_first = first;
    m_grid->setRange(first, m_span == Span::Week ? 7 : 1);
    retranslateUi();
    if (changed)
        Q_EMIT rangeChanged(m_first, lastDay());
}

void BookingCalendarView::setSelectedId(const QString& id)
{
    m_grid->setSelectedId(id);
}

void BookingCalendarView::previous()
{
    setDate(m_first.addDays(m_span == Span::Week ? -7 : -1));
}

void BookingCalendarView::next()
{
    setDate(m_first.addDays(m_span == Span::Week ? 7 : 1));
}

void BookingCalendarView::today()
{
    setDate(QDate::currentDate());
    m_grid->scrollToTime(QTime::currentTime().addSecs(-3600));
}

void BookingCalendarView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BookingCalendarView::retranslateUi()
{
    const QLocale locale;
    m_previous->setToolTip(m_span == Span::Week ? tr("Previous week") : tr("Previous day"));
    m_previous->setAccessibleName(m_previous->toolTip());
    m_next->setToolTip(m_span == Span::Week ? tr("Next week") : tr("Next day"));
    m_next->setAccessibleName(m_next->toolTip());
    m_today->setText(tr("Today"));
    m_day->setText(tr("Day"));
    m_day->setAccessibleName(tr("Show one day"));
    m_week->setText(tr("Week"));
    m_week->setAccessibleName(tr("Show a week"));
    m_grid->setAccessibleName(tr("Booking calendar"));
    if (!m_first.isValid())
        return;
    if (m_span == Span::Day)
        m_title->setText(locale.toString(m_first, QLocale::LongFormat));
    else
        m_title->setText(tr("%1 – %2", "first and last day of the week shown")
                             .arg(locale.toString(m_first, QLocale::ShortFormat),
                                  locale.toString(lastDay(), QLocale::ShortFormat)));
    m_grid->setAccessibleDescription(m_title->text());
}

} // namespace balie::ui
