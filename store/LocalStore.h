// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace balie::store {

// The rows of one connection as last seen, kept in one SQLite file so that the console can
// open on them at once and work while the server is away. Rows are opaque bytes under
// (resource, organisation, id); each list has a sync watermark. The file is the user's only
// (mode 0600), carries a schema version with migrations, and holds no secret: credentials stay
// in the keychain. A file that cannot be read is moved aside and a new one made, never a crash.
//
// Not thread-safe: one LocalStore per thread (each has its own SQLite connection).
class LocalStore
{
public:
    static constexpr int SchemaVersion = 5;

    // Where the console keeps its stores: "stores" in the application's data folder.
    static QString defaultFolder();
    // The file of a connection's store in a folder (a name no id can lead out of it).
    static QString pathFor(const QString& folder, const QString& connectionId);

    explicit LocalStore(const QString& path);
    ~LocalStore();
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    // Opens (or makes) the file; false with error() when even a new file cannot be made, or
    // when a newer Balie made it (then it is left as it is).
    bool open();
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    // The file a damaged store was moved to when open() found one; empty otherwise.
    QString movedAside() const { return m_movedAside; }

    struct Row
    {
        QString id;
        QByteArray data;
    };
    // Replaces every row of a list at once (a full load), in one transaction.
    bool replaceRows(const QString& resource, const QString& organisation, const QList<Row>& rows);
    // The same, for a long list made row by row: `next` fills in the next row and says
    // whether there was one, so that 100,000 rows are never all copied at once.
    using RowSource = std::function<bool(Row& row)>;
    bool replaceRows(const QString& resource, const QString& organisation, const RowSource& next);
    // Adds or changes rows by id (an incremental sync, a write's answer).
    bool upsertRows(const QString& resource, const QString& organisation, const QList<Row>& rows);
    bool removeRows(const QString& resource, const QString& organisation, const QStringList& ids);
    // In the order they were first stored (the server's order of the last full load).
    QList<Row> rows(const QString& resource, const QString& organisation) const;
    // The same, one row at a time, for as long as `each` returns true.
    void readRows(const QString& resource, const QString& organisation,
                  const std::function<bool(const Row& row)>& each) const;
    // How many rows a list has at most (removed rows may leave places), without reading them.
    qint64 rowsAtMost(const QString& resource, const QString& organisation);

    // The last sync of a list: the server's time (or cursor) to ask for changes after.
    bool setWatermark(const QString& resource, const QString& organisation,
                      const QString& watermark);
    std::optional<QString> watermark(const QString& resource, const QString& organisation) const;

    // When a list was last loaded in full from the server: what the rows are as of.
    bool setSyncedAt(const QString& resource, const QString& organisation, const QDateTime& when);
    QDateTime syncedAt(const QString& resource, const QString& organisation) const;

    // The outbox: changes made at the desk, kept from before they are sent until the server
    // has them, so that none is lost to a network that drops, a quit or a crash.
    struct Change
    {
        qint64 seq = 0; // the order they were made in; given by addChange()
        QString organisation;
        QString kind;   // what it does ("booking.create", ...), for the model that made it
        QString target; // the record it changes; empty for a create
        QByteArray payload;
        QByteArray idempotencyKey;
        QString state;
        QString reason; // why it is not sent, for the person at the desk
        QDateTime createdAt;
        QDateTime notBefore; // held until then (a cancel's moment for undo); invalid: not held
        QDateTime nextFree;  // its time was taken: the next free one the server named
    };
    // Keeps a new change (with its seq when it has one: kept again after the file was
    // cleared); its seq, or -1 when it could not be written.
    qint64 addChange(const Change& change);
    bool setChangeState(qint64 seq, const QString& state, const QString& reason = {},
                        const QDateTime& nextFree = {});
    bool removeChange(qint64 seq);
    // In the order they were made.
    QList<Change> changes() const;

    qint64 sizeOnDisk() const { return sizeOnDisk(m_path); }
    // The bytes the store at `path` takes with its companions, without opening it.
    static qint64 sizeOnDisk(const QString& path);
    // Lets go of the memory SQLite keeps for this file (its page cache) until it is used again.
    void releaseMemory();
    // Deletes the file of a store (a connection removed, "Lokale gegevens wissen").
    static bool remove(const QString& path);

private:
    bool openFile();
    bool migrate();
    void close();
    bool exec(const QString& sql);
    bool run(QSqlQuery& query);
    // Runs `work` in one transaction: committed when it returns true, else rolled back.
    bool inTransaction(const std::function<bool(QSqlDatabase&)>& work);
    // Binds (resource, organisation, id, seq, data) for each row, seq counting from firstSeq.
    bool writeRows(QSqlQuery& statement, const QString& resource, const QString& organisation,
                   const RowSource& next, qint64 firstSeq);
    // The place after a list's last row (0 when it has none); nothing when it cannot be read.
    std::optional<qint64> nextPlace(const QString& resource, const QString& organisation);

    QString m_path;
    QString m_connection; // the QSqlDatabase connection name, unique per store
    QString m_error;
    QString m_movedAside;
    bool m_open = false;
    bool m_newer = false; // made by a newer Balie: not ours to change or move
};

} // namespace balie::store
