// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <functional>

class QSettings;
class QTableView;

namespace balie::ui {

// Keeps a table's header (the columns' order, widths, hidden ones and the sort) in the settings
// under tables/<key>/, with the columns it is about, and brings it back. What the user changes
// is kept shortly after; a header saved for other columns (before the schema changed) is not
// put on these.
class HeaderMemory : public QObject
{
    Q_OBJECT

public:
    HeaderMemory(QTableView* table, const QString& key, QSettings* settings,
                 QObject* parent = nullptr);

    // Brings back the header kept for these columns: false when none was (the page then lays
    // the columns out itself). The table's model must have its columns.
    bool restore();
    void save() const;
    // Saves a change not kept yet (the page is going; its table is still there).
    void savePending() const;
    // Runs `change` as the page's own: what it does to the header is not kept as the user's.
    void quietly(const std::function<void()>& change);

private:
    QStringList columnKeys() const;

    QPointer<QTableView> m_table;
    QString m_key;
    QSettings* m_settings;
    mutable QTimer m_saveTimer;
    int m_quiet = 0;
};

} // namespace balie::ui
