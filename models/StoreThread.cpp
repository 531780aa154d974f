// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "StoreThread.h"

#include "LocalStore.h"
#include "net/BackgroundThreads.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>
#include <atomic>
#include <memory>

Q_LOGGING_CATEGORY(lcStoreThread, "balie.models.store", QtInfoMsg)

namespace balie::models {

struct StoreThread::Preparing
{
    QMutex mutex;
    QWaitCondition done;
    int running = 0;
};

void StoreThread::prepare(std::function<void()> work)
{
    {
        const QMutexLocker lock(&m_preparing->mutex);
        ++m_preparing->running;
    }
    api::backgroundThreads()->start([preparing = m_preparing, work = std::move(work)] {
        api::lowerThisThreadsPriority();
        work();
        const QMutexLocker lock(&preparing->mutex);
        if (--preparing->running == 0)
            preparing->done.wakeAll();
    });
}

class StoreThread::Worker : public QObject
{
public:
    explicit Worker(const QString& path)
        : m_path(path)
    {}

    store::LocalStore& store()
    {
        if (!m_store) {
            m_store = std::make_unique<store::LocalStore>(m_path);
            if (!m_store->open())
                qCWarning(lcStoreThread).noquote()
                    << "the local store" << m_path << "cannot be used:" << m_store->error();
            else if (!m_store->movedAside().isEmpty())
                qCWarning(lcStoreThread).noquote()
                    << "a damaged local store was moved to" << m_store->movedAside();
        }
        return *m_store;
    }

    // Work posted and not done yet.
    std::atomic<int> pending = 0;

    // The console holds its rows itself: what SQLite caches goes once no work is waiting.
    void releaseMemoryWhenIdle()
    {
        if (--pending == 0 && m_store)
            m_store->releaseMemory();
    }

    // Closes the file (a wipe deletes it; the end of the thread lets it go).
    void close() { m_store.reset(); }

private:
    QString m_path;
    std::unique_ptr<store::LocalStore> m_store;
};

StoreThread::StoreThread(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_preparing(std::make_shared<Preparing>())
    , m_thread(new QThread)
    , m_worker(new Worker(path))
{
    m_thread->setObjectName(QStringLiteral("balie-store"));
    m_worker->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

StoreThread::~StoreThread()
{
    // The last piece of work: after everything posted, the file is closed on its own thread
    // (an SQLite connection is used only by the thread that opened it) and the thread ends.
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->close();
            delete worker;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
    // Work it handed on may still reply to this object.
    const QMutexLocker lock(&m_preparing->mutex);
    while (m_preparing->running > 0)
        m_preparing->done.wait(&m_preparing->mutex);
}

void StoreThread::post(Work work)
{
    Worker* worker = m_worker;
    ++worker->pending;
    QMetaObject::invokeMethod(
        worker,
        [worker, work = std::move(work)] {
            api::lowerThisThreadsPriority();
            work(worker->store());
            worker->releaseMemoryWhenIdle();
        },
        Qt::QueuedConnection);
}

void StoreThread::reply(std::function<void()> then)
{
    QMetaObject::invokeMethod(this, std::move(then), Qt::QueuedConnection);
}

void StoreThread::wipe(std::function<void(qint64 freed)> done)
{
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, done = std::move(done)] {
            const qint64 freed = worker->store().sizeOnDisk();
            // Changes still to be sent are the user's work, not a copy of the server's: they
            // stay.
            const QList<store::LocalStore::Change> waiting = worker->store().changes();
            worker->close();
            if (!store::LocalStore::remove(m_path))
                qCWarning(lcStoreThread).noquote()
                    << "the local store" << m_path << "could not be deleted";
            for (const store::LocalStore::Change& change : waiting)
                worker->store().addChange(change);
            reply([done, freed] { done(freed); });
        },
        Qt::QueuedConnection);
}

void StoreThread::measure(std::function<void(qint64 bytes)> done)
{
    post([this, done = std::move(done)](store::LocalStore& store) {
        const qint64 bytes = store.sizeOnDisk();
        reply([done, bytes] { done(bytes); });
    });
}

void StoreThread::flush()
{
    auto done = std::make_shared<QSemaphore>();
    post([done](store::LocalStore&) { done->release(); });
    done->acquire();
}

} // namespace balie::models
