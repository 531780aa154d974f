// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>

namespace balie::api::Validation {

// Checks done before anything is sent, so that a person hears about a typo at once.
bool isValidEmail(const QString& email);
// EAN-8, UPC-A (12), EAN-13 or GTIN-14 with a correct check digit.
bool isValidEanUpc(const QString& code);
bool isIsoCurrency(const QString& code);
QStringList isoCurrencies();

} // namespace balie::api::Validation
