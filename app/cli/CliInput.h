// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace balie::cli {

// Reads what people type on the command line; each parser returns nullopt and sets `error`
// (translated) when the text is not usable.
class CliInput
{
    Q_DECLARE_TR_FUNCTIONS(balie::cli::CliInput)

public:
    // "2026-11-24 10:00", "2026-11-24T10:00[:00]" or "2026-11-24" in `zone`; or ISO 8601 with
    // "Z" or an offset, which then wins over `zone`. A wall-clock time the zone skips (when
    // clocks go forward) is an error.
    static std::optional<QDateTime> dateTime(const QString& text, const QTimeZone& zone,
                                             QString* error);
    // Whether `text` names its own offset or UTC.
    static bool hasExplicitZone(const QString& text);
    static std::optional<QTimeZone> timeZone(const QString& id, QString* error);
    // A whole number in [min, max].
    static std::optional<qint64> integer(const QString& text, qint64 min, qint64 max,
                                         const QString& option, QString* error);
    // Upper-case ISO 4217 codes, separated by commas or spaces.
    static std::optional<QStringList> currencies(const QString& text, QString* error);
    static std::optional<QString> currency(const QString& text, QString* error);
};

} // namespace balie::cli
