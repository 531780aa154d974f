// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "CsvExporter.h"

#include "RecordTableModel.h"
#include "domain/Currency.h"

#include <QRegularExpression>
#include <optional>

using namespace Qt::StringLiterals;

namespace balie::models {

namespace {

// A cell that is just a number, as the spreadsheet dialect writes numbers (an optional minus,
// digits, a decimal point or comma). Such a cell cannot be a formula: Excel reads it as that
// number and runs nothing.
bool isPlainNumber(const QString& text)
{
    static const QRegularExpression number(u"^-?\\d+(?:[.,]\\d+)?$"_s);
    return number.match(text).hasMatch();
}

// OWASP "CSV Injection": Excel, LibreOffice and Google Sheets run a cell that starts with one of
// these as a formula ("=HYPERLINK(...)", "-2+3", "@SUM(...)"; tab and CR are skipped before the
// check). Only text is neutralised: a cell that is a plain number keeps its minus sign, or a
// column of amounts or stock with one negative value would turn that value into text. Deciding
// by the cell's text rather than by the column means a name that is only "-5" stays -5 as well,
// which is harmless for the same reason; "+31 6 12345678" and "-2+3" are not plain numbers and
// are neutralised.
bool readsAsFormula(const QString& text)
{
    static const QString triggers = u"=+-@\t\r"_s;
    return !text.isEmpty() && triggers.contains(text.front()) && !isPlainNumber(text);
}

bool isCurrencyOf(const QLocale& locale, const QString& code)
{
    return locale.currencySymbol(QLocale::CurrencyIsoCode).compare(code, Qt::CaseInsensitive) == 0;
}

// A number as a spreadsheet in `locale` reads it: the locale's decimal point, no group
// separators (a Dutch "1.234" could be read as a date or as text), no currency symbol, and an
// ASCII minus (some locales write U+2212, which Excel does not read as a sign). Empty when the
// value is not a number (text, a time).
std::optional<QString> spreadsheetNumber(const QVariant& value, const QLocale& locale)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return QString::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
        return QString::number(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        QString text = QString::number(value.toDouble(), 'g', 15);
        return text.replace(u'.', locale.decimalPoint());
    }
    default:
        return std::nullopt;
    }
}

} // namespace

CsvDialect CsvDialect::rfc4180()
{
    return {};
}

CsvDialect CsvDialect::spreadsheet(const QLocale& locale)
{
    CsvDialect dialect;
    dialect.separator = spreadsheetSeparator(locale);
    // Without a BOM Excel reads a CSV file in the system's ANSI code page: "Müller" breaks.
    dialect.byteOrderMark = true;
    dialect.spreadsheetValues = true;
    dialect.neutraliseFormulas = true;
    dialect.locale = locale;
    return dialect;
}

QChar CsvDialect::spreadsheetSeparator(const QLocale& locale)
{
    return locale.decimalPoint() == u","_s ? u';' : u',';
}

QByteArray CsvExporter::preamble(const CsvDialect& dialect)
{
    return dialect.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
}

QString CsvExporter::field(const QString& text, const CsvDialect& dialect)
{
    QString value = text;
    // OWASP: the leading quote makes a spreadsheet take the cell as text, and quoting the cell
    // keeps a reader from splitting it at a separator inside it.
    bool quoted = dialect.neutraliseFormulas && readsAsFormula(text);
    if (quoted)
        value.prepend(u'\'');
    // Outer spaces are quoted too: some readers trim unquoted fields.
    quoted = quoted || value.contains(dialect.separator) || value.contains(u'"') ||
             value.contains(u'\n') || value.contains(u'\r') || value.startsWith(u' ') ||
             value.endsWith(u' ');
    if (!quoted)
        return value;
    value.replace(u'"', u"\"\""_s);
    return u'"' + value + u'"';
}

QString CsvExporter::record(const QStringList& fields, const CsvDialect& dialect)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += dialect.separator;
        line += field(fields.at(i), dialect);
    }
    return line + u"\r\n"_s;
}

QString CsvExporter::cellText(const QModelIndex& index, const CsvDialect& dialect)
{
    const QVariant display = index.data(Qt::DisplayRole);
    const QVariant exported = index.data(RecordTableModel::ExportRole);
    if (!dialect.spreadsheetValues) {
        const QVariant value = exported.isValid() ? exported : display;
        // A list (an organisation's currencies) as balie-cli --csv writes it.
        if (value.metaType().id() == QMetaType::QStringList)
            return value.toStringList().join(u' ');
        return value.toString();
    }
    if (const QVariant currency = index.data(RecordTableModel::CurrencyRole); currency.isValid()) {
        // An amount in another currency than the locale's own stays as on screen, with its
        // symbol: as a bare number it would be added up with amounts in the own currency.
        const std::optional<int> digits = api::Currencies::minorUnits(currency.toString());
        if (!isCurrencyOf(dialect.locale, currency.toString()) || !digits || !exported.isValid())
            return display.toString();
        return QString::number(exported.toDouble(), 'f', *digits)
            .replace(u'.', dialect.locale.decimalPoint());
    }
    // The screen's text ("29-11-2026 14:30" in local time, "Bevestigd"), except where the
    // screen decorates a number ("€ 40,00", "45 min", "1.234"): there the canonical value says
    // which number it is, and the spreadsheet gets that number in the locale's form so that it
    // can add it up. Where the two are the same text (names, ids) the column is text.
    if (display.metaType().id() != QMetaType::QString) {
        // A model that holds numbers as numbers (not ours: they hold text for the screen).
        if (const std::optional<QString> number = spreadsheetNumber(display, dialect.locale))
            return *number;
    }
    if (exported.isValid() && exported.toString() != display.toString()) {
        if (const std::optional<QString> number = spreadsheetNumber(exported, dialect.locale))
            return *number;
    }
    return display.toString();
}

bool CsvExporter::write(const QAbstractItemModel& model, const QList<int>& columns, QIODevice* out,
                        QString* error, const CsvDialect& dialect)
{
    QList<int> order = columns;
    if (order.isEmpty()) {
        for (int c = 0; c < model.columnCount(); ++c)
            order << c;
    }
    auto flush = [&](QByteArray* chunk) {
        if (out->write(*chunk) != chunk->size()) {
            if (error)
                *error = out->errorString();
            return false;
        }
        chunk->clear();
        return true;
    };
    // The columns' stable keys, as balie-cli --csv names them: a file reads the same whatever
    // the language of the console that wrote it, and a script can take either.
    QStringList fields;
    for (int c : std::as_const(order)) {
        const QVariant key = model.headerData(c, Qt::Horizontal, RecordTableModel::ColumnKeyRole);
        fields << (key.isValid() ? key : model.headerData(c, Qt::Horizontal)).toString();
    }
    QByteArray chunk = preamble(dialect) + record(fields, dialect).toUtf8();
    for (int row = 0; row < model.rowCount(); ++row) {
        fields.clear();
        for (int c : std::as_const(order))
            fields << cellText(model.index(row, c), dialect);
        chunk += record(fields, dialect).toUtf8();
        if (chunk.size() > 64 * 1024 && !flush(&chunk))
            return false;
    }
    return chunk.isEmpty() || flush(&chunk);
}

} // namespace balie::models
