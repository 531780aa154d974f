// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace balie::api::Currencies {

// The currencies of ISO 4217 in circulation (list one, as amended to 2026: SLE, VED, ZWG and
// XCG in; SLL, HRK, ZWL, ANG and BGN out), each with its minor unit. Qt's locale data lags
// behind the standard, so the table is Balie's own.
QStringList all();
bool isCurrent(const QString& code);
// Digits after the decimal point: 2 for EUR, 0 for JPY, 3 for KWD; nullopt for a code that
// is not a current currency.
std::optional<int> minorUnits(const QString& code);

} // namespace balie::api::Currencies
