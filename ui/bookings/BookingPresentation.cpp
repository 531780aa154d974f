// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "BookingPresentation.h"

#include "Colours.h"
#include "ResourceModels.h"

#include <QGuiApplication>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace balie::ui {

// Days as the user says them: "Monday to Friday", "Monday, Wednesday and Friday".
QString BookingPresentation::daysText(QList<Qt::DayOfWeek> days)
{
    const QLocale locale;
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    if (days.isEmpty())
        return tr("no days");
    if (days.size() == 7)
        return tr("every day");
    // Runs of consecutive days.
    QStringList parts;
    qsizetype i = 0;
    while (i < days.size()) {
        qsizetype j = i;
        while (j + 1 < days.size() && int(days.at(j + 1)) == int(days.at(j)) + 1)
            ++j;
        const QString first = locale.dayName(days.at(i), QLocale::LongFormat);
        if (j - i >= 2)
            parts << tr("%1 to %2", "a range of week days")
                         .arg(first, locale.dayName(days.at(j), QLocale::LongFormat));
        else
            for (qsizetype k = i; k <= j; ++k)
                parts << locale.dayName(days.at(k), QLocale::LongFormat);
        i = j + 1;
    }
    if (parts.size() == 1)
        return parts.first();
    const QString last = parts.takeLast();
    return tr("%1 and %2", "a list of week days").arg(parts.join(u", "_s), last);
}

QString BookingPresentation::availabilityText(const api::Availability& availability)
{
    return tr("%1, %2–%3 (%4)", "days, opening time, closing time, time zone")
        .arg(daysText(availability.days), timeText(availability.start), timeText(availability.end),
             QString::fromUtf8(availability.timeZone));
}

bool BookingPresentation::isCheckable(const api::Availability& availability)
{
    return !availability.timeZone.isEmpty() && QTimeZone(availability.timeZone).isValid() &&
           availability.start.isValid() && availability.end.isValid();
}

QTimeZone BookingPresentation::serviceZone(const api::Availability& availability)
{
    const QTimeZone zone(availability.timeZone);
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QString BookingPresentation::dateTimeText(const QDateTime& time)
{
    return tr("%1 %2", "date, time")
        .arg(QLocale().toString(time.date(), QLocale::ShortFormat), timeText(time.time()));
}

QString BookingPresentation::zonedTime(const QDateTime& time, const QTimeZone& zone)
{
    return dateTimeText(time.toTimeZone(zone));
}

QString BookingPresentation::timeInZoneAndLocal(const QDateTime& time, const QTimeZone& zone)
{
    const QString there = zonedTime(time, zone);
    const QString here = dateTimeText(time.toLocalTime());
    if (there == here)
        return tr("%1 (%2)", "time, time zone").arg(there, QString::fromUtf8(zone.id()));
    return tr("%1 (%2), %3 your time", "time in the service's zone, zone, local time")
        .arg(there, QString::fromUtf8(zone.id()), here);
}

QString BookingPresentation::timeText(const QTime& time)
{
    return models::Format::clockTime(time);
}

QString BookingPresentation::dateEditFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (format.contains(u"MMM"_s))
        return u"yyyy-MM-dd"_s; // month names are slow to type: ISO digits instead
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

QColor BookingPresentation::statusBackground(api::BookingStatus status)
{
    // Okabe–Ito hues, darkened so that white text on them has a contrast of 4.5:1 or more.
    switch (status) {
    case api::BookingStatus::Created:
        return QColor(0x1f, 0x5f, 0xa8); // blue
    case api::BookingStatus::Confirmed:
        return QColor(0x0b, 0x6e, 0x4f); // bluish green
    case api::BookingStatus::Rescheduled:
        return QColor(0xa1, 0x4a, 0x00); // orange
    case api::BookingStatus::Completed:
        return QColor(0x4d, 0x52, 0x58); // grey
    case api::BookingStatus::Cancelled:
        // Faint, in the theme's own colours (struck through and hatched where it is drawn).
        return Colours::tint(QGuiApplication::palette(),
                             QGuiApplication::palette().color(QPalette::WindowText));
    }
    return Qt::gray;
}

QColor BookingPresentation::statusForeground(api::BookingStatus status)
{
    return status == api::BookingStatus::Cancelled
               ? QGuiApplication::palette().color(QPalette::WindowText)
               : QColor(Qt::white);
}

} // namespace balie::ui
