#include "CsvExporter.h"

#include "RecordTableModel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace balie::models {

QString CsvExporter::quote(const QString& field)
{
    static const QString special = u",\"\r\n"_s;
    bool needs = false;
    for (QChar c : field)
        needs = needs || special.contains(c);
    if (!needs)
        return field;
    QString quoted = field;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

bool CsvExporter::write(const QAbstractItemModel& model, const QList<int>& columns, QIODevice* out,
                        QString* error)
{
    QList<int> order = columns;
    if (order.isEmpty()) {
        for (int c = 0; c < model.columnCount(); ++c)
            order << c;
    }
    QStringList header;
    for (int c : std::as_const(order))
        header << quote(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    QByteArray chunk = header.join(u',').toUtf8() + "\r\n";
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        for (int c : std::as_const(order)) {
            const QModelIndex index = model.index(row, c);
            QVariant value = index.data(RecordTableModel::ExportRole);
            if (!value.isValid())
                value = index.data(Qt::DisplayRole);
            fields << quote(value.toString());
        }
        chunk += fields.join(u',').toUtf8() + "\r\n";
        if (chunk.size() > 64 * 1024 || row == model.rowCount() - 1) {
            if (out->write(chunk) != chunk.size()) {
                *error = out->errorString();
                return false;
            }
            chunk.clear();
        }
    }
    if (!chunk.isEmpty() && out->write(chunk) != chunk.size()) {
        *error = out->errorString();
        return false;
    }
    return true;
}

} // namespace balie::models
