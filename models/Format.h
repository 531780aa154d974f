// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Service.h"

#include <QDateTime>
#include <QString>
#include <QTime>

namespace balie::models {

// What a person reads, in the user's locale: the console's tables and balie-cli's.
namespace Format {
QString dateTime(const QDateTime& utc);
// A time of day as the locale writes it, without seconds: "09:30", "9:30 AM".
QString clockTime(const QTime& time);
QString money(const api::Money& money);
QString currencySymbol(const QString& isoCode);
QString duration(int minutes);
// A phone number as a phone dials it: its digits, and a leading + ("+31612345678"), for tel:
// links and the search.
QString dialNumber(QStringView phone);
// "Mon Tue, 09:00–17:00 (Europe/Amsterdam)"; the parts a service lacks are left out.
QString availability(const api::Availability& availability);
// A price type as people say it ("per hour"), or the server's word when it is not known.
QString priceType(const QString& type);
} // namespace Format

} // namespace balie::models
