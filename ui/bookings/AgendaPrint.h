// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Booking.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace balie::ui {

// The bookings the list shows, on paper or in a PDF: day by day in time order (time, customer,
// service, status, note), or as a grid a week to a page, every page headed by the organisation
// and the dates and numbered "page 2 of 3" at its foot. Server text is set as text, never as
// markup.
class AgendaPrint
{
    Q_DECLARE_TR_FUNCTIONS(balie::ui::AgendaPrint)

public:
    struct Content
    {
        QString organisation;
        QDate first; // the dates the list covers, for the heading
        QDate last;
        QList<api::Booking> bookings;
        // As the week calendar shows them: a landscape page per week, a column per day, each
        // booking a block at its hours.
        bool weekGrid = false;
    };

    // Paints every page on `device` (a QPrinter, for paper or PDF); false when it cannot be
    // painted on (no printer).
    static bool print(const Content& content, QPagedPaintDevice* device);

    // The body without the page furniture, for print().
    static std::unique_ptr<QTextDocument> document(const Content& content);
    // "Monday 30 November 2026", or "30 November – 6 December 2026".
    static QString period(const QDate& first, const QDate& last);
};

} // namespace balie::ui
