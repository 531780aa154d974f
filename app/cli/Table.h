// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace balie::cli {

// One column of output: `key` names it in --json and --csv (stable, never translated),
// `header` in a table (translated).
struct Column
{
    QString key;
    QString header;
    bool alignRight = false;
    bool inTable = true;   // false: only in --json and --csv, to keep tables narrow
    bool inMachine = true; // false: a summary for people only, not in --json and --csv
};

// One value: `text` as a person reads it (the user's locale, local time), `value` as a script
// reads it (plain numbers, ISO 8601 UTC, null when unknown).
struct Cell
{
    QString text;
    QJsonValue value;
};

// Records to print, in the order of `columns`.
struct Table
{
    QList<Column> columns;
    QList<QList<Cell>> rows;
};

} // namespace balie::cli
