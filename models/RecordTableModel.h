#pragma once

#include "connectors/Connector.h"
#include "net/ApiError.h"
#include "net/ListJob.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

namespace balie::models {

// The base of every resource table: rows of one organisation of one connection, fed page by
// page from a list job. Switching the scope clears the rows at once and cancels the previous
// load, and rows that arrive for any other scope than the current one are never inserted, so no
// row of one organisation can show under another, however fast the user switches.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a value that sorts right (numbers, times), for the proxy
        IdRole,                      // the record's id
        OrganisationRole,            // the organisation the record belongs to
        ExportRole,                  // canonical text for CSV: ISO 8601 UTC, plain numbers
        ColumnKeyRole,               // headerData: the column's stable key (settings, CSV)
    };
    Q_ENUM(Role)

    explicit RecordTableModel(QObject* parent = nullptr);
    ~RecordTableModel() override;

    // Binds the model to an organisation and loads it; a null connector empties the model.
    void setScope(api::Connector* connector, const QString& organisationId);
    api::Connector* connector() const { return m_connector; }
    QString organisationId() const { return m_organisationId; }

    // Whether the connection's flavour offers this resource at all.
    virtual bool isSupportedBy(const api::Connector* connector) const = 0;

    void refresh();
    void cancel();
    bool isLoading() const { return !m_job.isNull(); }
    QDateTime lastSynced() const { return m_lastSynced; }
    const api::ApiError& lastError() const { return m_lastError; }

    QString columnKey(int column) const;
    int columnForKey(const QString& key) const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void progress(qint64 received, qint64 total); // total is -1 when unknown
    void loadFailed(const balie::api::ApiError& error);
    void lastSyncedChanged(const QDateTime& when);

protected:
    // Starts the list job for the scope; the base connects to it and owns the bookkeeping.
    virtual api::ListJob* startList(api::Connector* connector, const QString& organisationId) = 0;
    // Moves the rows the job has ready into the model (inside begin/endInsertRows).
    virtual void takeRows(api::ListJob* job) = 0;
    virtual void clearRows() = 0;
    virtual QString columnKeyAt(int column) const = 0;

    // Language changes are sent to the application object, not to models: watch it, so the
    // headers retranslate at run time.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void start();
    void stop();

    QPointer<api::Connector> m_connector;
    QString m_organisationId;
    QPointer<api::ListJob> m_job;
    QDateTime m_lastSynced;
    api::ApiError m_lastError;
};

} // namespace balie::models
