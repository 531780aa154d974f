// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QAbstractItemModel;
class QDate;
class QFileDialog;
class QWidget;

namespace balie::models {
class RecordTableModel;
}

namespace balie::ui {

// Exports every row a proxy holds (the whole filtered set, not a page) as CSV for a spreadsheet
// (models::CsvDialect::spreadsheet: BOM, the values as on screen, formulas neutralised): asks
// for a file and the separator with a window-modal dialog, waits for a running load of the model
// to end (a cancelled or failed load exports nothing) and says how it went through info().
class CsvExportFlow : public QObject
{
    Q_OBJECT

public:
    // The source columns to write, in the view's order.
    using ColumnsFunction = std::function<QList<int>()>;

    // `proxy` and `model` are not owned; `parent` is the dialog's parent and owns the flow.
    CsvExportFlow(const QAbstractItemModel* proxy, models::RecordTableModel* model,
                  ColumnsFunction columns, QWidget* parent);

    // The table whose loading an export waits for (another organisation's, after a switch).
    void setModel(models::RecordTableModel* model);

    // What the data is called in messages and the suggested file name ("Customers").
    void setTitle(const QString& title) { m_title = title; }
    QString title() const { return m_title; }
    // The file name offered when the title is empty ("customers").
    void setFallbackName(const QString& name) { m_fallbackName = name; }
    // The organisation whose data it is, for the suggested file name; empty leaves it out.
    void setOrganisationName(const QString& name) { m_organisationName = name; }
    QString organisationName() const { return m_organisationName; }

    // "Customers — Kapsalon De Gouden Schaar — 2026-11-29.csv", without the characters that
    // file systems refuse.
    static QString suggestedFileName(const QString& what, const QString& organisation,
                                     const QDate& date,
                                     const QString& suffix = QStringLiteral("csv"));
    // Where an export's save dialog starts: the folder of the last export, else Documents, else
    // home; never the folder the program happened to be started from.
    static QString startFolder(const QString& lastFolder);
    // The save dialog's choices: ';' (Excel where the decimal point is a comma) or ','.
    static QString semicolonFilter();
    static QString commaFilter();

    bool isPending() const { return !m_pending.isEmpty(); }

public Q_SLOTS:
    // Asks for a file, then writes the filtered set (waiting for a load to end).
    void exportCsv();
    // Writes the filtered set to `path`; when still loading, waits for the end. `separator`:
    // ';' or ','; none for the one the user's locale expects.
    void exportTo(const QString& path, QChar separator = {});
    // The load was cancelled: a waiting export is given up.
    void cancelPending();

Q_SIGNALS:
    void info(const QString& message);

private:
    void loadingChanged(bool loading);
    void write(const QString& path, QChar separator);

    const QAbstractItemModel* m_proxy;
    QPointer<models::RecordTableModel> m_model;
    ColumnsFunction m_columns;
    QWidget* m_parentWidget;
    QString m_title;
    QString m_fallbackName;
    QString m_organisationName;
    QString m_pending;
    QString m_lastFolder; // of the last export: the next one starts there
    QChar m_pendingSeparator;
    QPointer<QFileDialog> m_fileDialog;
};

} // namespace balie::ui
