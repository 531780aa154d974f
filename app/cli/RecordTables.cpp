// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "RecordTables.h"

#include "RecordSchema.h"
#include "domain/JsonFields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace balie::cli {

namespace {

// A schema's value as a script reads it: null for what is unknown or empty.
QJsonValue jsonValue(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    if (value.metaType().id() == QMetaType::QString && value.toString().isEmpty())
        return QJsonValue::Null;
    if (value.metaType().id() == QMetaType::QStringList)
        return QJsonArray::fromStringList(value.toStringList());
    return QJsonValue::fromVariant(value);
}

// The console's columns, in its order, except that the id leads: the commands take it.
template <class T>
Table fromSchema(const models::RecordSchema<T>& schema, const QList<T>& rows)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < schema.columns.size(); ++i) {
        if (qstrcmp(schema.columns.at(i).key, "id") == 0)
            order.prepend(i);
        else
            order.append(i);
    }
    Table table;
    for (qsizetype i : std::as_const(order)) {
        const models::RecordColumn<T>& column = schema.columns.at(i);
        table.columns.append({QString::fromLatin1(column.key),
                              QCoreApplication::translate(schema.context, column.title),
                              column.alignment.testFlag(Qt::AlignRight), column.inCliTable,
                              column.forScripts});
    }
    for (const T& record : rows) {
        QList<Cell> cells;
        cells.reserve(order.size());
        for (qsizetype i : std::as_const(order)) {
            const models::RecordColumn<T>& column = schema.columns.at(i);
            const QVariant display = column.display(record);
            cells.append({display.toString(),
                          jsonValue(column.exported ? column.exported(record) : display)});
        }
        table.rows.append(cells);
    }
    return table;
}

} // namespace

QJsonValue RecordTables::isoUtc(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return QJsonValue::Null;
    return api::JsonFields::isoUtc(dateTime);
}

Table RecordTables::organisations(QList<api::Organisation> rows, const QString& activeId)
{
    // The organisation this connection works on is the active one, whatever the server says.
    if (!activeId.isEmpty()) {
        for (api::Organisation& o : rows)
            o.isActive = o.id == activeId;
    }
    return fromSchema(models::Schemas::organisations(), rows);
}

Table RecordTables::customers(const QList<api::Customer>& rows)
{
    return fromSchema(models::Schemas::customers(), rows);
}

Table RecordTables::accounts(const QList<api::Account>& rows)
{
    return fromSchema(models::Schemas::accounts(), rows);
}

Table RecordTables::services(const QList<api::Service>& rows)
{
    return fromSchema(models::Schemas::services(), rows);
}

Table RecordTables::bookings(const QList<api::Booking>& rows)
{
    return fromSchema(models::Schemas::bookings(), rows);
}

Table RecordTables::products(const QList<api::Product>& rows)
{
    return fromSchema(models::Schemas::products(), rows);
}

} // namespace balie::cli
