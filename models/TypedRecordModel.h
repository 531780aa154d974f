#pragma once

#include "RecordTableModel.h"
#include "net/ListJob.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

namespace balie::models {

// Columns described as data: a stable key, a translatable title, and how to show, sort and
// export a record's value.
template <class T>
struct RecordColumn
{
    using Value = std::function<QVariant(const T&)>;

    RecordColumn(const char* columnKey, const char* columnTitle, Value displayValue,
                 Value sortValue = {}, Value exportedValue = {},
                 Qt::Alignment columnAlignment = Qt::AlignLeft | Qt::AlignVCenter)
        : key(columnKey)
        , title(columnTitle)
        , display(std::move(displayValue))
        , sort(std::move(sortValue))
        , exported(std::move(exportedValue))
        , alignment(columnAlignment)
    {}

    const char* key;
    const char* title; // QT_TRANSLATE_NOOP in the model's context
    Value display;
    Value sort;     // empty: sort by display
    Value exported; // empty: export display
    Qt::Alignment alignment;
};

template <class T>
class TypedRecordModel : public RecordTableModel
{
public:
    using Column = RecordColumn<T>;

    TypedRecordModel(const char* context, QList<Column> columns, QObject* parent)
        : RecordTableModel(parent)
        , m_context(context)
        , m_columns(std::move(columns))
    {}

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T& record = m_rows.at(index.row());
        const Column& column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return column.display(record);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(column.alignment);
        case SortRole:
            return column.sort ? column.sort(record) : column.display(record);
        case ExportRole:
            return column.exported ? column.exported(record) : column.display(record);
        case IdRole:
            return record.id;
        case OrganisationRole:
            return record.organisationId;
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return QCoreApplication::translate(m_context, m_columns.at(section).title);
        if (role == ColumnKeyRole)
            return QString::fromLatin1(m_columns.at(section).key);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(m_columns.at(section).alignment);
        return {};
    }

    const T& record(int row) const { return m_rows.at(row); }
    const QList<T>& records() const { return m_rows; }

    // After a create or an edit: replaces the record with the same id, or appends it.
    void upsert(const T& record)
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == record.id) {
                m_rows[i] = record;
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
                return;
            }
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(record);
        endInsertRows();
    }

    int rowOf(const QString& id) const
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return int(i);
        }
        return -1;
    }

protected:
    void takeRows(api::ListJob* job) override
    {
        auto* typed = static_cast<api::ResourceListJob<T>*>(job);
        const QList<T> rows = typed->takeRows();
        if (rows.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        endInsertRows();
    }

    void clearRows() override
    {
        if (m_rows.isEmpty())
            return;
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }

    QString columnKeyAt(int column) const override
    {
        return QString::fromLatin1(m_columns.at(column).key);
    }

private:
    const char* m_context;
    QList<Column> m_columns;
    QList<T> m_rows;
};

} // namespace balie::models
