// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "HeaderMemory.h"

#include "RecordTableModel.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace balie::ui {

HeaderMemory::HeaderMemory(QTableView* table, const QString& key, QSettings* settings,
                           QObject* parent)
    : QObject(parent)
    , m_table(table)
    , m_key(key)
    , m_settings(settings)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(400);
    connect(&m_saveTimer, &QTimer::timeout, this, &HeaderMemory::save);
    QHeaderView* header = table->horizontalHeader();
    auto later = [this] {
        if (m_quiet == 0)
            m_saveTimer.start();
    };
    connect(header, &QHeaderView::sectionMoved, this, later);
    connect(header, &QHeaderView::sectionResized, this, later);
    connect(header, &QHeaderView::sortIndicatorChanged, this, later);
}

void HeaderMemory::savePending() const
{
    if (m_saveTimer.isActive())
        save();
}

QStringList HeaderMemory::columnKeys() const
{
    QStringList keys;
    const QAbstractItemModel* model = m_table ? m_table->model() : nullptr;
    for (int c = 0; model && c < model->columnCount(); ++c)
        keys << model->headerData(c, Qt::Horizontal, models::RecordTableModel::ColumnKeyRole)
                    .toString();
    return keys;
}

void HeaderMemory::save() const
{
    m_saveTimer.stop();
    const QStringList keys = columnKeys();
    if (!m_settings || !m_table || keys.isEmpty())
        return;
    m_settings->setValue(u"tables/%1/header"_s.arg(m_key),
                         m_table->horizontalHeader()->saveState());
    m_settings->setValue(u"tables/%1/columns"_s.arg(m_key), keys);
}

bool HeaderMemory::restore()
{
    if (!m_settings || !m_table)
        return false;
    const QStringList keys = columnKeys();
    if (keys.isEmpty() ||
        m_settings->value(u"tables/%1/columns"_s.arg(m_key)).toStringList() != keys)
        return false;
    const QByteArray state = m_settings->value(u"tables/%1/header"_s.arg(m_key)).toByteArray();
    bool restored = false;
    quietly(
        [&] { restored = !state.isEmpty() && m_table->horizontalHeader()->restoreState(state); });
    return restored;
}

void HeaderMemory::quietly(const std::function<void()>& change)
{
    ++m_quiet;
    change();
    --m_quiet;
}

} // namespace balie::ui
