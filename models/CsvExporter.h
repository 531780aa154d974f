#pragma once

#include <QAbstractItemModel>
#include <QIODevice>
#include <QList>

namespace balie::models {

// Writes a model (typically the filtered proxy: every row it holds, not a page) as RFC 4180
// CSV, UTF-8, with a header of column titles, using the ExportRole values.
class CsvExporter
{
public:
    // `columns`: source columns in the order to write; empty for all.
    static bool write(const QAbstractItemModel& model, const QList<int>& columns, QIODevice* out,
                      QString* error);
    static QString quote(const QString& field);
};

} // namespace balie::models
