// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "RecordTableModel.h"
#include "TablePage.h"

#include <QDateTime>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSettings;
class QTableView;
class QToolBar;

namespace balie::api {
class ApiError;
}

namespace balie::models {
class RecordFilterProxy;
class RecordTableModel;
} // namespace balie::models

namespace balie::ui {

class CsvExportFlow;
class HeaderMemory;

// One resource table: filter as you type, sort by any column, choose and reorder columns
// (remembered per table), a progress bar with Cancel during long loads, the last-synced time,
// copy (tab separated) and CSV export of the whole filtered set.
class ResourcePage : public QWidget, public TablePage
{
    Q_OBJECT

public:
    // `key` names the table in the settings ("customers"); neither `model` (the columns to show
    // until setModel()) nor `settings` is owned.
    ResourcePage(models::RecordTableModel* model, const QString& key, QSettings* settings,
                 QWidget* parent = nullptr);
    ~ResourcePage() override;

    // Shows another table of the same kind (another organisation's); sort, filter, column
    // order and widths stay.
    void setModel(models::RecordTableModel* model);
    models::RecordTableModel* model() const { return m_model; }
    models::RecordFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }
    QString key() const { return m_key; }

    // The page's name, for messages and file names ("Customers"); set by the window.
    void setTitle(const QString& title);
    QString title() const { return m_title; }
    // The active organisation's name, for the CSV export's suggested file name; set by the
    // window (the page does not know the workspace).
    void setOrganisationName(const QString& name);
    // An action of the page's own (New customer, ...), shown in its toolbar.
    void addPageAction(QAction* action);

    // Visible columns in view order, and all columns in view order.
    QList<int> visibleColumns() const;
    QList<int> allColumnsInViewOrder() const;
    QList<int> selectedSourceRows() const;
    // The selected rows as text: one line per row, the visible columns in view order, tabs.
    QString selectionText() const;
    QString lastSyncedText() const override;
    bool exportPending() const;
    // The window shows the time in its status bar; a page on its own shows it under the table.
    void setLastSyncedShown(bool shown);

    void saveHeaderState() const override;
    void restoreHeaderState();

public Q_SLOTS:
    void refresh() override;
    void focusFilter() override;
    void copySelection() override;
    // Asks for a file, then writes every row of the filtered set (waiting for a load to end).
    void exportCsv() override;
    // Writes the filtered set to `path`; when still loading, waits for the end.
    void exportCsvTo(const QString& path);
    void showColumnsMenu() override;

Q_SIGNALS:
    void problem(const balie::api::ApiError& error, const QString& context);
    void info(const QString& message);
    void statusChanged();
    // A row was double-clicked or Enter was pressed on it (source row).
    void rowActivated(int sourceRow);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void loadingChanged(bool loading);
    void progressed(qint64 received, qint64 total);
    void updateSynced();
    void recount();
    void fitColumnsOnce();
    void cancelLoad();

    QPointer<models::RecordTableModel> m_model;
    models::RecordFilterProxy* m_proxy;
    QString m_key;
    QString m_title;
    HeaderMemory* m_header = nullptr;

    QLineEdit* m_filter = nullptr;
    QToolBar* m_tools = nullptr;
    QTableView* m_table = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_synced = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_export = nullptr;
    QAction* m_columns = nullptr;
    QAction* m_copy = nullptr;
    CsvExportFlow* m_exportFlow = nullptr;
    bool m_savedLayout = false;   // the header came from the settings
    bool m_columnsFitted = false; // to the first rows, once
};

} // namespace balie::ui
