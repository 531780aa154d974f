// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Format.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace balie::models {

namespace Format {

QString dateTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString clockTime(const QTime& time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(u"[:.]ss?"_s);
    format.remove(seconds);
    return QLocale().toString(time, format);
}

QString currencySymbol(const QString& isoCode)
{
    // The symbol the currency's own countries write ("€" for EUR, "£" for GBP), from Qt's
    // locale data, when no other currency writes it too: "$" alone could be any dollar, so a
    // foreign dollar keeps its ISO code.
    static const QHash<QString, QString> symbols = [] {
        QHash<QString, QString> bySymbol; // symbol -> code, or "" when several codes use it
        QHash<QString, QString> byCode;
        const QList<QLocale> all = QLocale::matchingLocales(
            QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale& l : all) {
            const QString code = l.currencySymbol(QLocale::CurrencyIsoCode);
            const QString symbol = l.currencySymbol(QLocale::CurrencySymbol);
            if (code.isEmpty() || symbol.isEmpty())
                continue;
            if (!byCode.contains(code))
                byCode.insert(code, symbol);
            const auto it = bySymbol.constFind(symbol);
            if (it == bySymbol.cend())
                bySymbol.insert(symbol, code);
            else if (*it != code)
                bySymbol[symbol] = QString();
        }
        QHash<QString, QString> unique;
        for (auto it = byCode.cbegin(); it != byCode.cend(); ++it) {
            if (bySymbol.value(it.value()) == it.key())
                unique.insert(it.key(), it.value());
        }
        return unique;
    }();
    const QString code = isoCode.toUpper();
    const QLocale locale;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    return symbols.value(code, code);
}

QString money(const api::Money& money)
{
    const QLocale locale;
    const double amount = money.amount();
    if (money.currency.isEmpty())
        return locale.toString(amount, 'f', money.digits());
    // In the user's own format with the currency's symbol and its own minor unit: "€ 1.234,56"
    // in Dutch, "€40.00" in English, "¥1,500" (no cents), "KWD 1.250" (fils).
    return locale.toCurrencyString(amount, currencySymbol(money.currency), money.digits());
}

QString duration(int minutes)
{
    return QCoreApplication::translate("balie::models::Format", "%n min", nullptr, minutes);
}

QString availability(const api::Availability& availability)
{
    const QLocale locale;
    QStringList days;
    for (Qt::DayOfWeek day : availability.days)
        days << locale.dayName(day, QLocale::ShortFormat);
    const QString zone = QString::fromUtf8(availability.timeZone);
    if (!availability.start.isValid() || !availability.end.isValid())
        return zone.isEmpty() ? days.join(u' ') : u"%1 (%2)"_s.arg(days.join(u' '), zone);
    return QCoreApplication::translate("balie::models::Format", "%1, %2–%3 (%4)",
                                       "days, opening time, closing time, time zone")
        .arg(days.join(u' '), clockTime(availability.start), clockTime(availability.end), zone);
}

QString priceType(const QString& type)
{
    if (type == u"hourly"_s)
        return QCoreApplication::translate("balie::models::Format", "per hour", "price type");
    if (type == u"flat"_s)
        return QCoreApplication::translate("balie::models::Format", "flat", "price type");
    if (type == u"custom"_s)
        return QCoreApplication::translate("balie::models::Format", "on request", "price type");
    return type;
}

QString dialNumber(QStringView phone)
{
    QString digits;
    digits.reserve(phone.size());
    for (QChar c : phone) {
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits += c;
    }
    return digits;
}

} // namespace Format

} // namespace balie::models
