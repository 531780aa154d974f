// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "BookingStatusLegend.h"

#include "BookingPresentation.h"
#include "PlainText.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace balie::ui {

BookingStatusLegend::BookingStatusLegend(QWidget* parent)
    : QWidget(parent)
    , m_title(plainLabel(this))
{
    setObjectName(u"statusLegend"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    const int side = qMax(10, fontMetrics().height() - 4);
    for (api::BookingStatus status : statuses()) {
        auto* swatch = new QFrame(this);
        swatch->setObjectName(u"statusSwatch"_s);
        swatch->setProperty("status", int(status));
        swatch->setFixedSize(side, side);
        swatch->setFrameShape(QFrame::Box);
        swatch->setAutoFillBackground(true);
        QPalette palette = swatch->palette();
        palette.setColor(QPalette::Window, BookingPresentation::statusBackground(status));
        palette.setColor(QPalette::WindowText, BookingPresentation::statusForeground(status));
        swatch->setPalette(palette);
        auto* name = plainLabel(this);
        name->setObjectName(u"statusName"_s);
        layout->addSpacing(8);
        layout->addWidget(swatch);
        layout->addWidget(name);
        m_swatches << swatch;
        m_names << name;
    }
    layout->addStretch(1);
    retranslateUi();
}

QList<api::BookingStatus> BookingStatusLegend::statuses()
{
    return {api::BookingStatus::Created, api::BookingStatus::Confirmed,
            api::BookingStatus::Rescheduled, api::BookingStatus::Completed,
            api::BookingStatus::Cancelled};
}

void BookingStatusLegend::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BookingStatusLegend::retranslateUi()
{
    m_title->setText(tr("Status:"));
    QStringList names;
    const QList<api::BookingStatus> all = statuses();
    for (int i = 0; i < all.size(); ++i) {
        const QString name = api::BookingStatuses::displayName(all.at(i));
        m_names.at(i)->setText(name);
        m_swatches.at(i)->setAccessibleName(tr("Colour of %1 bookings").arg(name));
        names << name;
    }
    setAccessibleName(tr("Status colours"));
    setAccessibleDescription(names.join(u", "_s));
}

} // namespace balie::ui
