// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Booking.h"

#include <QList>
#include <QWidget>

class QFrame;
class QLabel;

namespace balie::ui {

// What the calendar's colours mean: one small swatch per booking status, in the calendar's
// colours, with the status's translated name.
class BookingStatusLegend : public QWidget
{
    Q_OBJECT

public:
    explicit BookingStatusLegend(QWidget* parent = nullptr);

    static QList<api::BookingStatus> statuses();
    // The swatches and their names, in the order of statuses().
    QList<QFrame*> swatches() const { return m_swatches; }
    QList<QLabel*> names() const { return m_names; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_title;
    QList<QFrame*> m_swatches;
    QList<QLabel*> m_names;
};

} // namespace balie::ui
