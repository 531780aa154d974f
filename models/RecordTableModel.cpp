#include "RecordTableModel.h"

#include "connectors/Connector.h"
#include "net/ListJob.h"

#include <QCoreApplication>
#include <QEvent>

namespace balie::models {

RecordTableModel::RecordTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

RecordTableModel::~RecordTableModel()
{
    stop();
}

void RecordTableModel::setScope(api::Connector* connector, const QString& organisationId)
{
    stop();
    m_connector = connector;
    m_organisationId = organisationId;
    m_lastError = {};
    clearRows(); // at once: nothing of the previous scope stays on screen
    if (m_lastSynced.isValid()) {
        m_lastSynced = {};
        Q_EMIT lastSyncedChanged(m_lastSynced);
    }
    start();
}

void RecordTableModel::refresh()
{
    stop();
    clearRows();
    start();
}

void RecordTableModel::cancel()
{
    stop();
}

void RecordTableModel::start()
{
    if (!m_connector || m_organisationId.isEmpty() || !isSupportedBy(m_connector))
        return;
    api::ListJob* job = startList(m_connector, m_organisationId);
    m_job = job;
    const QString scope = m_organisationId;
    const QPointer<api::Connector> connector = m_connector;
    connect(job, &api::ListJob::rowsAvailable, this, [this, job, scope, connector] {
        // A job of an earlier scope may still deliver while the event that cancelled it is
        // queued: only the current job of the current scope may add rows.
        if (job != m_job || scope != m_organisationId || connector != m_connector)
            return;
        takeRows(job);
    });
    connect(job, &api::ListJob::progress, this, [this, job](qint64 received, qint64 total) {
        if (job == m_job)
            Q_EMIT progress(received, total);
    });
    connect(job, &api::ListJob::finished, this, [this, job] {
        if (job != m_job)
            return;
        m_job = nullptr;
        if (job->isOk()) {
            m_lastSynced = QDateTime::currentDateTimeUtc();
            Q_EMIT lastSyncedChanged(m_lastSynced);
        } else if (job->error().kind() != api::ApiError::Kind::Cancelled) {
            m_lastError = job->error();
            Q_EMIT loadFailed(m_lastError);
        }
        Q_EMIT loadingChanged(false);
    });
    Q_EMIT loadingChanged(true);
    Q_EMIT progress(0, -1);
}

void RecordTableModel::stop()
{
    if (!m_job)
        return;
    api::ListJob* job = m_job;
    m_job = nullptr;
    job->disconnect(this);
    job->cancel();
    Q_EMIT loadingChanged(false);
}

QString RecordTableModel::columnKey(int column) const
{
    return column >= 0 && column < columnCount() ? columnKeyAt(column) : QString();
}

int RecordTableModel::columnForKey(const QString& key) const
{
    for (int c = 0; c < columnCount(); ++c) {
        if (columnKeyAt(c) == key)
            return c;
    }
    return -1;
}

bool RecordTableModel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange &&
        columnCount() > 0) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        // Display values carry translated words (statuses, "unknown").
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                               {Qt::DisplayRole});
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

} // namespace balie::models
