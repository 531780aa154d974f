// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QThread;

namespace balie::store {
class LocalStore;
}

namespace balie::models {

// One connection's local store, worked on a thread of its own so that reading and writing
// 100,000 rows never holds up the window. Work runs there one piece at a time, in the order it
// was posted: a read sees every write posted before it. Work gets the store open (opened on
// first use; a damaged file is moved aside and a new one made), or not open when even that
// failed: then nothing is kept and everything comes from the server.
class StoreThread : public QObject
{
    Q_OBJECT

public:
    explicit StoreThread(const QString& path, QObject* parent = nullptr);
    // Waits for the work posted so far: writes are never cut off halfway.
    ~StoreThread() override;

    QString path() const { return m_path; }

    using Work = std::function<void(store::LocalStore& store)>;
    void post(Work work);
    // From work on the store's thread: runs `then` on this object's thread (the UI's).
    void reply(std::function<void()> then);

    // Empties the store (its file is deleted and a new one made on next use), after the work
    // posted before; `done` on this thread with the bytes it had taken on disk.
    void wipe(std::function<void(qint64 freed)> done);
    // The bytes the store takes on disk, after the work posted before.
    void measure(std::function<void(qint64 bytes)> done);

    // Waits until the work posted so far is done (tests, and the benchmark's figures).
    void flush();

    // Runs work beside the store's thread, on the background threads (which yield to the
    // UI's): preparing rows read from a store for their table. It may reply(); this object
    // waits for it when it goes.
    void prepare(std::function<void()> work);

private:
    class Worker;
    struct Preparing;
    QString m_path;
    std::shared_ptr<Preparing> m_preparing;
    QThread* m_thread;
    Worker* m_worker; // lives on m_thread
};

} // namespace balie::models
