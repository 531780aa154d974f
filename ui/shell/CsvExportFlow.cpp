#include "CsvExportFlow.h"

#include "CsvExporter.h"
#include "RecordTableModel.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFileDialog>
#include <QSaveFile>
#include <QStandardPaths>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace balie::ui {

CsvExportFlow::CsvExportFlow(const QAbstractItemModel* proxy, models::RecordTableModel* model,
                             ColumnsFunction columns, QWidget* parent)
    : QObject(parent)
    , m_proxy(proxy)
    , m_model(model)
    , m_columns(std::move(columns))
    , m_parentWidget(parent)
{
    connect(m_model, &models::RecordTableModel::loadingChanged, this,
            &CsvExportFlow::loadingChanged);
}

void CsvExportFlow::exportCsv()
{
    if (m_fileDialog)
        return m_fileDialog->raise();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = (m_title.isEmpty() ? m_fallbackName : m_title).toLower() + u".csv"_s;
    m_fileDialog = new QFileDialog(m_parentWidget, tr("Export %1 as CSV").arg(m_title),
                                   QDir(dir).filePath(name), tr("CSV files (*.csv)"));
    m_fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_fileDialog->setAcceptMode(QFileDialog::AcceptSave);
    m_fileDialog->setDefaultSuffix(u"csv"_s);
    connect(m_fileDialog, &QFileDialog::fileSelected, this, &CsvExportFlow::exportTo);
    m_fileDialog->open();
}

void CsvExportFlow::exportTo(const QString& path)
{
    if (path.isEmpty())
        return;
    if (m_model->isLoading()) {
        // Every row, not one page: wait for the end of the load (Cancel gives up).
        m_pending = path;
        Q_EMIT info(tr("Still loading %1: the file is written when every row is in. "
                       "Cancel stops loading and the export.")
                        .arg(m_title));
        return;
    }
    write(path);
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
    if (m_model->lastError().isError())
        Q_EMIT info(tr("Loading failed; nothing was exported."));
    else
        write(path);
}

void CsvExportFlow::write(const QString& path)
{
    QSaveFile file(path);
    QString error;
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok)
        ok = models::CsvExporter::write(*m_proxy, m_columns ? m_columns() : QList<int>(), &file,
                                        &error);
    if (ok)
        ok = file.commit();
    if (!ok) {
        if (error.isEmpty())
            error = file.errorString();
        Q_EMIT info(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    Q_EMIT info(tr("Exported %n row(s) to %1.", nullptr, m_proxy->rowCount())
                    .arg(QDir::toNativeSeparators(path)));
}

} // namespace balie::ui
