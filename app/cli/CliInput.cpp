// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "CliInput.h"

#include "domain/Validation.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace balie::cli {

bool CliInput::hasExplicitZone(const QString& text)
{
    static const QRegularExpression zoned(
        u"T?\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}(:?\\d{2})?)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return zoned.match(text.trimmed()).hasMatch();
}

std::optional<QDateTime> CliInput::dateTime(const QString& input, const QTimeZone& zone,
                                            QString* error)
{
    const QString text = input.trimmed();
    if (hasExplicitZone(text)) {
        QDateTime parsed = QDateTime::fromString(text.toUpper(), Qt::ISODateWithMs);
        if (!parsed.isValid())
            parsed = QDateTime::fromString(text.toUpper(), Qt::ISODate);
        if (parsed.isValid())
            return parsed.toUTC();
    } else {
        static const QRegularExpression local(
            u"^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{1,2}:\\d{2})(?::(\\d{2}))?)?$"_s);
        const QRegularExpressionMatch m = local.match(text);
        if (m.hasMatch()) {
            const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
            QTime time(0, 0);
            if (!m.captured(2).isEmpty()) {
                QString hm = m.captured(2);
                if (hm.size() == 4)
                    hm.prepend(u'0');
                time = QTime::fromString(
                    hm + u':' + (m.captured(3).isEmpty() ? u"00"_s : m.captured(3)), u"HH:mm:ss"_s);
            }
            if (date.isValid() && time.isValid()) {
                const QDateTime dateTime(date, time, zone);
                if (!dateTime.isValid() || dateTime.time() != time || dateTime.date() != date) {
                    *error = tr("%1 does not exist in the time zone %2 (the clocks skip it).")
                                 .arg(text, QString::fromUtf8(zone.id()));
                    return std::nullopt;
                }
                return dateTime.toUTC();
            }
        }
    }
    *error = tr("\"%1\" is not a date and time. Write it as 2026-11-24 10:00, or in ISO 8601 "
                "such as 2026-11-24T09:00:00Z.")
                 .arg(text);
    return std::nullopt;
}

std::optional<QTimeZone> CliInput::timeZone(const QString& id, QString* error)
{
    const QByteArray ianaId = id.trimmed().toUtf8();
    if (!ianaId.isEmpty() && QTimeZone::isTimeZoneIdAvailable(ianaId))
        return QTimeZone(ianaId);
    *error =
        tr("\"%1\" is not a known time zone. Use an IANA name such as Europe/Amsterdam.").arg(id);
    return std::nullopt;
}

std::optional<qint64> CliInput::integer(const QString& text, qint64 min, qint64 max,
                                        const QString& option, QString* error)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (ok && value >= min && value <= max)
        return value;
    *error = tr("--%1 needs a whole number from %2 to %3.")
                 .arg(option, QString::number(min), QString::number(max));
    return std::nullopt;
}

std::optional<QString> CliInput::currency(const QString& text, QString* error)
{
    const QString code = text.trimmed().toUpper();
    if (api::Validation::isIsoCurrency(code))
        return code;
    *error =
        tr("\"%1\" is not an ISO 4217 currency code (such as EUR or USD).").arg(text.trimmed());
    return std::nullopt;
}

std::optional<QStringList> CliInput::currencies(const QString& text, QString* error)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    QStringList codes;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const std::optional<QString> code = currency(part, error);
        if (!code)
            return std::nullopt;
        if (!codes.contains(*code))
            codes << *code;
    }
    if (codes.isEmpty()) {
        *error = tr("Name at least one currency, such as EUR,USD.");
        return std::nullopt;
    }
    return codes;
}

} // namespace balie::cli
