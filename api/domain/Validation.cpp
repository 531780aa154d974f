// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Validation.h"

#include "Currency.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace balie::api::Validation {

bool isValidEmail(const QString& email)
{
    // Deliberately simple: one @, a dot in the domain, no spaces. The server has the last word.
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

bool isValidEanUpc(const QString& code)
{
    const int n = int(code.size());
    if (n != 8 && n != 12 && n != 13 && n != 14)
        return false;
    int sum = 0;
    for (int i = 0; i < n - 1; ++i) {
        if (!code.at(i).isDigit())
            return false;
        const int digit = code.at(i).digitValue();
        // Weights 3,1,3,1... counted from the digit left of the check digit.
        sum += ((n - 1 - i) % 2 == 1) ? digit * 3 : digit;
    }
    if (!code.at(n - 1).isDigit())
        return false;
    return (10 - sum % 10) % 10 == code.at(n - 1).digitValue();
}

QStringList isoCurrencies()
{
    return Currencies::all();
}

bool isIsoCurrency(const QString& code)
{
    return Currencies::isCurrent(code);
}

} // namespace balie::api::Validation
