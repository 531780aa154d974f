// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "CliOutput.h"

#include "CsvExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace balie::cli {

namespace {

QJsonObject jsonObject(const QList<Column>& columns, const QList<Cell>& row)
{
    QJsonObject object;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).inMachine)
            object.insert(columns.at(i).key, i < row.size() ? row.at(i).value : QJsonValue());
    }
    return object;
}

QString pad(const QString& text, qsizetype width, bool right)
{
    return right ? text.rightJustified(width, u' ') : text.leftJustified(width, u' ');
}

// Characters a terminal acts on rather than shows: C0 and C1 controls (escape sequences can
// set the window title, clear the screen or fake a prompt) and the bidirectional overrides and
// isolates that make text read otherwise than it is stored.
bool actsOnTerminal(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069);
}

// A table cell on one line: line breaks in a note would break the alignment.
QString oneLine(const QString& text)
{
    QString line = text;
    line.replace(u"\r\n"_s, u" "_s);
    line.replace(u'\n', u' ');
    line.replace(u'\r', u' ');
    line.replace(u'\t', u' ');
    return CliOutput::terminalSafe(line);
}

} // namespace

QString CliOutput::terminalSafe(const QString& text)
{
    QString safe = text;
    for (QChar& c : safe) {
        if (c != u'\n' && c != u'\t' && actsOnTerminal(c.unicode()))
            c = QChar::ReplacementCharacter;
    }
    return safe;
}

CliOutput::CliOutput()
    : m_out(stdout)
    , m_err(stderr)
{}

QString CliOutput::plainText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array)
            parts << plainText(item);
        return parts.join(u' ');
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString CliOutput::renderCsv(const Table& table)
{
    // RFC 4180 for scripts (no BOM, a comma, ISO times), through the console's writer. A
    // redirected list is most often opened in a spreadsheet, so what would run there as a
    // formula is neutralised (OWASP CSV injection); --json keeps every value exactly.
    models::CsvDialect dialect = models::CsvDialect::rfc4180();
    dialect.neutraliseFormulas = true;
    QStringList fields;
    for (const Column& column : table.columns) {
        if (column.inMachine)
            fields << column.key;
    }
    QString csv = models::CsvExporter::record(fields, dialect);
    for (const QList<Cell>& row : table.rows) {
        fields.clear();
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            if (table.columns.at(i).inMachine)
                fields << (i < row.size() ? plainText(row.at(i).value) : QString());
        }
        csv += models::CsvExporter::record(fields, dialect);
    }
    return csv;
}

QByteArray CliOutput::renderJson(const Table& table, bool single)
{
    if (single) {
        const QJsonObject object =
            table.rows.isEmpty() ? QJsonObject() : jsonObject(table.columns, table.rows.first());
        return QJsonDocument(object).toJson(QJsonDocument::Indented);
    }
    QJsonArray array;
    for (const QList<Cell>& row : table.rows)
        array.append(jsonObject(table.columns, row));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QString CliOutput::renderTable(const Table& all)
{
    // Only the columns meant for a person.
    Table table;
    QList<qsizetype> shown;
    for (qsizetype i = 0; i < all.columns.size(); ++i) {
        if (all.columns.at(i).inTable) {
            shown << i;
            table.columns << all.columns.at(i);
        }
    }
    for (const QList<Cell>& row : all.rows) {
        QList<Cell> cells;
        for (qsizetype i : std::as_const(shown))
            cells << (i < row.size() ? row.at(i) : Cell());
        table.rows << cells;
    }

    QList<qsizetype> widths;
    for (const Column& column : table.columns)
        widths << column.header.size();
    for (const QList<Cell>& row : table.rows) {
        for (qsizetype i = 0; i < widths.size() && i < row.size(); ++i)
            widths[i] = qMax(widths.at(i), oneLine(row.at(i).text).size());
    }
    auto line = [&](const QStringList& cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i == cells.size() - 1;
            const bool right = table.columns.at(i).alignRight;
            padded << (last && !right ? cells.at(i) : pad(cells.at(i), widths.at(i), right));
        }
        return padded.join(u"  "_s) + u'\n';
    };
    QString text;
    QStringList headers;
    QStringList rules;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        headers << table.columns.at(i).header;
        rules << QString(widths.at(i), u'-');
    }
    text += line(headers);
    text += line(rules);
    for (const QList<Cell>& row : table.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            cells << (i < row.size() ? oneLine(row.at(i).text) : QString());
        text += line(cells);
    }
    return text;
}

QString CliOutput::renderRecord(const Table& table)
{
    if (table.rows.isEmpty())
        return {};
    qsizetype width = 0;
    for (const Column& column : table.columns) {
        if (column.inTable)
            width = qMax(width, column.header.size() + 1);
    }
    QString text;
    const QList<Cell>& row = table.rows.first();
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        if (!table.columns.at(i).inTable)
            continue;
        const QString value = i < row.size() ? oneLine(row.at(i).text) : QString();
        text += (table.columns.at(i).header + u':').leftJustified(width, u' ') + u"  "_s + value +
                u'\n';
    }
    return text;
}

void CliOutput::printList(const Table& table, const QString& heading)
{
    switch (m_format) {
    case Format::Json:
        m_out << QString::fromUtf8(renderJson(table, false));
        break;
    case Format::Csv:
        m_out << renderCsv(table);
        break;
    case Format::Table:
        if (!heading.isEmpty())
            m_out << terminalSafe(heading) << u'\n' << QString(heading.size(), u'=') << u'\n';
        m_out << renderTable(table);
        m_out << tr("%n row(s)", "below a table", int(table.rows.size())) << u"\n\n"_s;
        break;
    }
    m_out.flush();
}

void CliOutput::printRecord(const Table& table, const QString& heading)
{
    switch (m_format) {
    case Format::Json:
        m_out << QString::fromUtf8(renderJson(table, true));
        break;
    case Format::Csv:
        m_out << renderCsv(table);
        break;
    case Format::Table:
        if (!heading.isEmpty())
            m_out << terminalSafe(heading) << u'\n';
        m_out << renderRecord(table);
        break;
    }
    m_out.flush();
}

void CliOutput::printLines(const QStringList& lines)
{
    for (const QString& line : lines)
        m_out << terminalSafe(line).replace(u'\n', u' ') << u'\n';
    m_out.flush();
}

void CliOutput::info(const QString& message)
{
    QTextStream& stream = m_format == Format::Table ? m_out : m_err;
    stream << terminalSafe(message) << u'\n';
    stream.flush();
}

void CliOutput::error(const QString& message)
{
    m_out.flush();
    m_err << u"balie-cli: "_s << terminalSafe(message) << u'\n';
    m_err.flush();
}

void CliOutput::errorDetail(const QString& message)
{
    const QStringList lines = message.split(u'\n');
    for (const QString& text : lines)
        m_err << u"  "_s << terminalSafe(text) << u'\n';
    m_err.flush();
}

void CliOutput::flush()
{
    m_out.flush();
    m_err.flush();
}

} // namespace balie::cli
