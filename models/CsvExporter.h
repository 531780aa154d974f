// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QAbstractItemModel>
#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QLocale>
#include <QStringList>

namespace balie::models {

// How a CSV file is spelled. Two kinds of reader want different files: a script wants RFC 4180
// with canonical values (balie-cli --csv), a person opens the file in a spreadsheet in their own
// language (the console's export).
struct CsvDialect
{
    QChar separator = u',';
    bool byteOrderMark = false;
    // Spreadsheet values: the text on screen, numbers as the locale writes them (no grouping,
    // no currency symbol). Otherwise the canonical ExportRole values: ISO 8601 UTC, 12.50.
    bool spreadsheetValues = false;
    // OWASP CSV injection: text a spreadsheet would run as a formula gets a leading quote.
    bool neutraliseFormulas = false;
    QLocale locale = QLocale::c();

    // RFC 4180 for scripts: comma, no BOM, canonical values, the data untouched.
    static CsvDialect rfc4180();
    // For Excel and the like in `locale`: UTF-8 with BOM, the separator it expects there, the
    // values as on screen, formulas neutralised.
    static CsvDialect spreadsheet(const QLocale& locale = QLocale());
    // ';' where the locale's decimal point is a comma (Excel reads "40,00" as a number there
    // and splits its lines on ';'), ',' elsewhere.
    static QChar spreadsheetSeparator(const QLocale& locale);
};

// The one CSV writer of Balie, for the console's export and balie-cli: a model (typically the
// filtered proxy: every row it holds, not a page) with a header of the columns' stable keys,
// or records of text, UTF-8, CRLF line ends, in a dialect.
class CsvExporter
{
public:
    // `columns`: source columns in the order to write; empty for all.
    static bool write(const QAbstractItemModel& model, const QList<int>& columns, QIODevice* out,
                      QString* error, const CsvDialect& dialect = CsvDialect::rfc4180());

    // What a file in the dialect starts with: the UTF-8 BOM, or nothing.
    static QByteArray preamble(const CsvDialect& dialect);
    // One line: the fields (neutralised and quoted as the dialect wants) and CRLF.
    static QString record(const QStringList& fields, const CsvDialect& dialect);
    // One field as written.
    static QString field(const QString& text, const CsvDialect& dialect);
    // The text of a model's cell in the dialect, before quoting.
    static QString cellText(const QModelIndex& index, const CsvDialect& dialect);
    // An RFC 4180 field: quoted when it holds a comma, a quote, a line break or outer spaces.
    static QString quote(const QString& text) { return field(text, CsvDialect::rfc4180()); }
};

} // namespace balie::models
