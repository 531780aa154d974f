// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "CsvExportFlow.h"

#include "CsvExporter.h"
#include "RecordTableModel.h"
#include "UiLogging.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace balie::ui {

CsvExportFlow::CsvExportFlow(const QAbstractItemModel* proxy, models::RecordTableModel* model,
                             ColumnsFunction columns, QWidget* parent)
    : QObject(parent)
    , m_proxy(proxy)
    , m_columns(std::move(columns))
    , m_parentWidget(parent)
{
    setModel(model);
}

void CsvExportFlow::setModel(models::RecordTableModel* model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    cancelPending();
    if (m_model)
        connect(m_model, &models::RecordTableModel::loadingChanged, this,
                &CsvExportFlow::loadingChanged);
}

QString CsvExportFlow::semicolonFilter()
{
    return tr("CSV for Excel (semicolon) (*.csv)");
}

QString CsvExportFlow::commaFilter()
{
    return tr("CSV, comma separated (*.csv)");
}

QString CsvExportFlow::suggestedFileName(const QString& what, const QString& organisation,
                                         const QDate& date, const QString& suffix)
{
    const QString day = date.toString(Qt::ISODate);
    QString name = organisation.trimmed().isEmpty()
                       ? tr("%1 — %2", "file name: what, date").arg(what, day)
                       : tr("%1 — %2 — %3", "file name: what, organisation, date")
                             .arg(what, organisation, day);
    // An organisation is named by people ("Kapper & Co / Zuid"): drop what Windows, macOS or
    // Linux refuse in a file name, and the trailing dots and spaces Windows strips silently.
    static const QRegularExpression invalid(u"[<>:\"/\\\\|?*\\x00-\\x1F\\x7F]"_s);
    name.replace(invalid, u" "_s);
    name = name.simplified();
    while (name.endsWith(u'.'))
        name = name.chopped(1).trimmed();
    return name + u'.' + suffix;
}

QString CsvExportFlow::startFolder(const QString& lastFolder)
{
    QString dir = lastFolder;
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    return dir;
}

void CsvExportFlow::exportCsv()
{
    if (m_fileDialog)
        return m_fileDialog->raise();
    const QString dir = startFolder(m_lastFolder);
    const QString name = suggestedFileName(m_title.isEmpty() ? m_fallbackName : m_title,
                                           m_organisationName, QDate::currentDate());
    m_fileDialog = new QFileDialog(m_parentWidget, tr("Export %1 as CSV").arg(m_title),
                                   QDir(dir).filePath(name));
    m_fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_fileDialog->setAcceptMode(QFileDialog::AcceptSave);
    m_fileDialog->setDefaultSuffix(u"csv"_s);
    // Both are for a spreadsheet (BOM, values as on screen); only the separator differs. The
    // default is the one Excel expects in the user's locale, and the other one is there for a
    // colleague's Excel in another language.
    m_fileDialog->setNameFilters({semicolonFilter(), commaFilter()});
    m_fileDialog->selectNameFilter(models::CsvDialect::spreadsheetSeparator(QLocale()) == u';'
                                       ? semicolonFilter()
                                       : commaFilter());
    QFileDialog* dialog = m_fileDialog;
    connect(m_fileDialog, &QFileDialog::fileSelected, this, [this, dialog](const QString& path) {
        exportTo(path, dialog->selectedNameFilter() == semicolonFilter() ? u';' : u',');
    });
    m_fileDialog->open();
}

void CsvExportFlow::exportTo(const QString& path, QChar separator)
{
    if (path.isEmpty())
        return;
    if (m_model && m_model->isLoading()) {
        // Every row, not one page: wait for the end of the load (Cancel gives up).
        m_pending = path;
        m_pendingSeparator = separator;
        Q_EMIT info(tr("Still loading %1: the file is written when every row is in. "
                       "Cancel stops loading and the export.")
                        .arg(m_title));
        return;
    }
    write(path, separator);
}

void CsvExportFlow::cancelPending()
{
    if (m_pending.isEmpty())
        return;
    m_pending.clear();
    Q_EMIT info(tr("Loading was cancelled; nothing was exported."));
}

void CsvExportFlow::loadingChanged(bool loading)
{
    if (loading || m_pending.isEmpty())
        return;
    const QString path = m_pending;
    m_pending.clear();
    if (m_model && m_model->lastError().isError())
        Q_EMIT info(tr("Loading failed; nothing was exported."));
    else
        write(path, m_pendingSeparator);
}

void CsvExportFlow::write(const QString& path, QChar separator)
{
    models::CsvDialect dialect = models::CsvDialect::spreadsheet(QLocale());
    if (!separator.isNull())
        dialect.separator = separator;
    QSaveFile file(path);
    QString error;
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok)
        ok = models::CsvExporter::write(*m_proxy, m_columns ? m_columns() : QList<int>(), &file,
                                        &error, dialect);
    if (ok)
        ok = file.commit();
    if (!ok) {
        if (error.isEmpty())
            error = file.errorString();
        qCWarning(lcUi) << "export not written:" << path << error;
        Q_EMIT info(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    qCInfo(lcUi) << "exported" << m_proxy->rowCount() << "rows to" << path;
    m_lastFolder = QFileInfo(path).absolutePath();
    Q_EMIT info(tr("Exported %n row(s) to %1.", nullptr, m_proxy->rowCount())
                    .arg(QDir::toNativeSeparators(path)));
}

} // namespace balie::ui
