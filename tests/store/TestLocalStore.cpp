// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// The local store of a connection, on real SQLite files in a temporary folder: rows and
// watermarks survive a reopen, the file is the user's only, a damaged file is moved aside and
// a new one made, and a newer Balie's file is left alone.

#include "LocalStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using balie::store::LocalStore;

class TestLocalStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsAndWatermarksSurviveAReopen();
    void theFileIsTheUsersOnly();
    void aDamagedFileIsMovedAsideAndANewOneMade();
    void aNewerBaliesFileIsLeftAlone();
    void anOlderFileIsMigratedWithItsRows();
    void pathsStayInTheDataFolder();
    void removeDeletesEveryFile();
    void theOutboxKeepsChangesInOrderAcrossAReopen();

private:
    static QStringList ids(const QList<LocalStore::Row>& rows);
    QTemporaryDir m_dir;
};

void TestLocalStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QStringList TestLocalStore::ids(const QList<LocalStore::Row>& rows)
{
    QStringList out;
    for (const LocalStore::Row& row : rows)
        out << row.id;
    return out;
}

void TestLocalStore::rowsAndWatermarksSurviveAReopen()
{
    const QString path = m_dir.filePath(u"reopen.sqlite"_s);
    {
        LocalStore store(path);
        QVERIFY2(store.open(), qPrintable(store.error()));
        QVERIFY(store.movedAside().isEmpty());
        QVERIFY(store.replaceRows(u"customers"_s, u"1"_s,
                                  {{u"c3"_s, "three"}, {u"c1"_s, "one"}, {u"c2"_s, "two"}}));
        QVERIFY(store.replaceRows(u"customers"_s, u"2"_s, {{u"x"_s, "other organisation"}}));
        // A connection's own list: under no organisation.
        QVERIFY(store.replaceRows(u"organisations"_s, QString(), {{u"1"_s, "first"}}));
        // A changed row keeps its place; a new one comes last; a removed one is gone.
        QVERIFY(store.upsertRows(u"customers"_s, u"1"_s, {{u"c1"_s, "ONE"}, {u"c4"_s, "four"}}));
        QVERIFY(store.removeRows(u"customers"_s, u"1"_s, {u"c2"_s}));
        QVERIFY(store.setWatermark(u"customers"_s, u"1"_s, u"2026-11-30T10:42:00Z"_s));
        QVERIFY(!store.watermark(u"bookings"_s, u"1"_s));
        QVERIFY(store.setSyncedAt(u"customers"_s, u"1"_s,
                                  QDateTime(QDate(2026, 11, 30), QTime(10, 42), QTimeZone::utc())));
        QVERIFY(!store.syncedAt(u"bookings"_s, u"1"_s).isValid());
    }
    LocalStore again(path);
    QVERIFY2(again.open(), qPrintable(again.error()));
    const QList<LocalStore::Row> rows = again.rows(u"customers"_s, u"1"_s);
    QCOMPARE(ids(rows), (QStringList{u"c3"_s, u"c1"_s, u"c4"_s}));
    QCOMPARE(rows.at(1).data, QByteArray("ONE"));
    QCOMPARE(ids(again.rows(u"customers"_s, u"2"_s)), QStringList{u"x"_s});
    QCOMPARE(ids(again.rows(u"organisations"_s, QString())), QStringList{u"1"_s});
    QCOMPARE(again.watermark(u"customers"_s, u"1"_s).value_or(QString()),
             u"2026-11-30T10:42:00Z"_s);
    QCOMPARE(again.syncedAt(u"customers"_s, u"1"_s),
             QDateTime(QDate(2026, 11, 30), QTime(10, 42), QTimeZone::utc()));
    // A full load replaces the list, in its new order.
    QVERIFY(again.replaceRows(u"customers"_s, u"1"_s, {{u"c4"_s, "four"}, {u"c5"_s, "five"}}));
    QCOMPARE(ids(again.rows(u"customers"_s, u"1"_s)), (QStringList{u"c4"_s, u"c5"_s}));
    QVERIFY(again.sizeOnDisk() > 0);
}

void TestLocalStore::theFileIsTheUsersOnly()
{
    const QString path = m_dir.filePath(u"mode/store.sqlite"_s);
    LocalStore store(path);
    QVERIFY2(store.open(), qPrintable(store.error()));
    QVERIFY(store.replaceRows(u"products"_s, u"1"_s, {{u"p1"_s, "stock"}}));
    const QStringList files = {path, path + u"-wal"_s, path + u"-shm"_s};
    int seen = 0;
    for (const QString& file : files) {
        if (!QFileInfo::exists(file))
            continue;
        ++seen;
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        QVERIFY2(!(QFileInfo(file).permissions() & others), qPrintable(file));
    }
    QVERIFY(seen >= 2); // the database and its write-ahead log
}

void TestLocalStore::aDamagedFileIsMovedAsideAndANewOneMade()
{
    const QString path = m_dir.filePath(u"damaged.sqlite"_s);
    {
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
    }
    LocalStore store(path);
    QVERIFY2(store.open(), qPrintable(store.error()));
    QVERIFY(!store.movedAside().isEmpty());
    QFile aside(store.movedAside());
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), QByteArray(4096, 'x'));
    QVERIFY(store.rows(u"customers"_s, u"1"_s).isEmpty());
    QVERIFY(store.replaceRows(u"customers"_s, u"1"_s, {{u"c1"_s, "one"}}));
    QCOMPARE(store.rows(u"customers"_s, u"1"_s).size(), 1);
}

void TestLocalStore::aNewerBaliesFileIsLeftAlone()
{
    const QString path = m_dir.filePath(u"newer.sqlite"_s);
    {
        LocalStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.replaceRows(u"customers"_s, u"1"_s, {{u"c1"_s, "one"}}));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(LocalStore::SchemaVersion + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    LocalStore store(path);
    QVERIFY(!store.open());
    QVERIFY2(store.error().contains(u"newer"_s), qPrintable(store.error()));
    QVERIFY(store.movedAside().isEmpty());
    QVERIFY(store.rows(u"customers"_s, u"1"_s).isEmpty()); // not opened: nothing read
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void TestLocalStore::anOlderFileIsMigratedWithItsRows()
{
    // A file as the first schema made it, with one row.
    const QString path = m_dir.filePath(u"older.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE rows (resource TEXT NOT NULL, organisation TEXT NOT NULL, "
                       u"id TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL, "
                       u"PRIMARY KEY (resource, organisation, id)) WITHOUT ROWID"_s));
        QVERIFY(q.exec(u"CREATE INDEX rows_order ON rows (resource, organisation, seq)"_s));
        QVERIFY(q.exec(u"CREATE TABLE watermarks (resource TEXT NOT NULL, organisation TEXT NOT "
                       u"NULL, watermark TEXT NOT NULL, PRIMARY KEY (resource, organisation)) "
                       u"WITHOUT ROWID"_s));
        QVERIFY(q.exec(u"INSERT INTO rows VALUES ('customers', '1', 'c1', 0, 'one')"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"older"_s);
    LocalStore store(path);
    QVERIFY2(store.open(), qPrintable(store.error()));
    QVERIFY(store.movedAside().isEmpty());
    QCOMPARE(ids(store.rows(u"customers"_s, u"1"_s)), QStringList{u"c1"_s});
    const QDateTime when(QDate(2026, 11, 30), QTime(9, 0), QTimeZone::utc());
    QVERIFY(store.setSyncedAt(u"customers"_s, u"1"_s, when));
    QCOMPARE(store.syncedAt(u"customers"_s, u"1"_s), when);
    // And it has an outbox now.
    QVERIFY(store.changes().isEmpty());
    LocalStore::Change change;
    change.organisation = u"1"_s;
    change.kind = u"customer.update"_s;
    change.state = u"waiting"_s;
    change.createdAt = when;
    QVERIFY(store.addChange(change) > 0);
    QCOMPARE(store.changes().size(), 1);
}

void TestLocalStore::pathsStayInTheDataFolder()
{
    const QString folder = LocalStore::defaultFolder();
    QCOMPARE(folder, QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                         .filePath(u"stores"_s));
    const QString uuid = u"3f2b8c1e-0a4d-4e7b-9c55-1d2e3f405162"_s;
    QCOMPARE(LocalStore::pathFor(folder, uuid), QDir(folder).filePath(u"%1.sqlite"_s.arg(uuid)));
    // An id that is not a plain name never leaves the folder.
    const QString odd = LocalStore::pathFor(folder, u"../../etc/passwd"_s);
    QCOMPARE(QFileInfo(odd).absolutePath(), folder);
    QVERIFY(!odd.contains(u".."_s));
}

void TestLocalStore::removeDeletesEveryFile()
{
    const QString path = m_dir.filePath(u"removed.sqlite"_s);
    {
        LocalStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.replaceRows(u"customers"_s, u"1"_s, {{u"c1"_s, "one"}}));
    }
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(LocalStore::remove(path));
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QVERIFY2(!QFileInfo::exists(path + suffix), qPrintable(suffix));
}

void TestLocalStore::theOutboxKeepsChangesInOrderAcrossAReopen()
{
    const QString path = m_dir.filePath(u"outbox.sqlite"_s);
    const QDateTime now(QDate(2026, 11, 30), QTime(10, 42, 5), QTimeZone::utc());
    qint64 first = 0;
    qint64 second = 0;
    {
        LocalStore store(path);
        QVERIFY(store.open());
        LocalStore::Change a;
        a.organisation = u"7"_s;
        a.kind = u"booking.create"_s;
        a.payload = R"({"service":"s1"})";
        a.idempotencyKey = "key-a";
        a.state = u"sending"_s;
        a.createdAt = now;
        LocalStore::Change b = a;
        b.kind = u"booking.action"_s;
        b.target = u"b9"_s;
        b.idempotencyKey = "key-b";
        b.state = u"waiting"_s;
        b.notBefore = now.addSecs(5);
        first = store.addChange(a);
        second = store.addChange(b);
        QVERIFY(first > 0);
        QVERIFY(second > first);
        QVERIFY(store.setChangeState(first, u"conflict"_s, u"Slot taken"_s, now.addSecs(1800)));
        QVERIFY(!store.setChangeState(12345, u"failed"_s));
    }
    LocalStore store(path);
    QVERIFY(store.open());
    const QList<LocalStore::Change> kept = store.changes();
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(0).seq, first);
    QCOMPARE(kept.at(0).kind, u"booking.create"_s);
    QCOMPARE(kept.at(0).payload, QByteArray(R"({"service":"s1"})"));
    QCOMPARE(kept.at(0).idempotencyKey, QByteArray("key-a"));
    QCOMPARE(kept.at(0).state, u"conflict"_s);
    QCOMPARE(kept.at(0).reason, u"Slot taken"_s);
    QCOMPARE(kept.at(0).nextFree, now.addSecs(1800)); // the time to offer instead
    QVERIFY(!kept.at(1).nextFree.isValid());
    QCOMPARE(kept.at(0).createdAt, now);
    QVERIFY(!kept.at(0).notBefore.isValid());
    QCOMPARE(kept.at(1).seq, second);
    QCOMPARE(kept.at(1).target, u"b9"_s);
    QCOMPARE(kept.at(1).organisation, u"7"_s);
    QCOMPARE(kept.at(1).notBefore, now.addSecs(5));
    QVERIFY(store.removeChange(first));
    QCOMPARE(store.changes().size(), 1);
    QCOMPARE(store.changes().first().seq, second);
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "TestLocalStore.moc"
