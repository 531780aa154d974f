// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Table.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace balie::cli {

// Where everything balie-cli says goes: records as an aligned table, a JSON array of objects
// (--json) or RFC 4180 CSV (--csv) on standard output; messages for a person on standard output
// in table mode and on standard error otherwise, so that machine output stays clean; errors on
// standard error.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(balie::cli::CliOutput)

public:
    enum class Format
    {
        Table,
        Json,
        Csv
    };

    CliOutput();

    Format format() const { return m_format; }
    void setFormat(Format format) { m_format = format; }
    bool isMachineReadable() const { return m_format != Format::Table; }

    // A list of records; `heading` only shows in a table.
    void printList(const Table& table, const QString& heading = {});
    // A single record: a JSON object, one CSV row, or "Header: value" lines.
    void printRecord(const Table& table, const QString& heading = {});
    // Plain values, one per line, whatever the format: for scripts and shell completion.
    void printLines(const QStringList& lines);
    // A sentence for a person.
    void info(const QString& message);
    // An error: "balie-cli: <message>" on standard error.
    void error(const QString& message);
    // More lines about an error (field errors, technical details), indented, on standard error.
    void errorDetail(const QString& message);
    void flush();

    static QString renderTable(const Table& table);
    static QString renderRecord(const Table& table);
    // Through the console's CSV writer (models::CsvExporter), so both quote alike; in its
    // dialect for scripts.
    static QString renderCsv(const Table& table);
    static QByteArray renderJson(const Table& table, bool single);
    // The plain text of a value, as CSV holds it.
    static QString plainText(const QJsonValue& value);
    // Text for a terminal: what a server sent may hold escape sequences and bidirectional
    // overrides; each such character becomes U+FFFD. Line breaks and tabs stay.
    static QString terminalSafe(const QString& text);

private:
    Format m_format = Format::Table;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace balie::cli
