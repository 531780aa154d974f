// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "RateBudget.h"

#include "ApiLogging.h"
#include "domain/JsonFields.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <optional>

using namespace Qt::StringLiterals;

namespace balie::api {

// Holds the budget file's lock for one read-decide-write; without a path, nothing.
class RateBudget::FileLock
{
public:
    explicit FileLock(const QString& path)
    {
        if (path.isEmpty())
            return;
        QDir().mkpath(QFileInfo(path).absolutePath());
        m_lock.emplace(path + u".lock"_s);
        // A process killed while holding it leaves a lock that others take over after this.
        m_lock->setStaleLockTime(10'000);
        if (!m_lock->tryLock(2'000))
            qCWarning(lcApi) << "rate budget" << path << "stays locked:" << m_lock->error();
    }
    bool isHeld() const { return !m_lock || m_lock->isLocked(); }

private:
    std::optional<QLockFile> m_lock;
};

RateBudget::RateBudget(QString name, int limit, qint64 windowMs, qint64 maxQueueMs, QObject* parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_limit(qMax(1, limit))
    , m_windowMs(windowMs)
    , m_maxQueueMs(maxQueueMs)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

void RateBudget::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void RateBudget::setPersistencePath(const QString& path)
{
    m_path = path;
    const FileLock lock(m_path);
    load();
}

void RateBudget::prune() const
{
    const qint64 cutoff = now() - m_windowMs;
    while (!m_sent.empty() && m_sent.front() <= cutoff)
        m_sent.pop_front();
}

qint64 RateBudget::waitLocked() const
{
    prune();
    if (m_blockedUntil > now())
        return m_blockedUntil - now();
    if (int(m_sent.size()) < m_limit)
        return 0;
    // The oldest send in the window leaves it at oldest + window.
    const qint64 oldest = m_sent.at(m_sent.size() - size_t(m_limit));
    return qMax<qint64>(1, oldest + m_windowMs - now() + 1);
}

qint64 RateBudget::acquire()
{
    const FileLock lock(m_path);
    if (!lock.isHeld())
        return 250; // another process is deciding: ask again shortly
    load();
    const qint64 wait = waitLocked();
    if (wait > 0)
        return wait;
    m_sent.push_back(now());
    save();
    Q_EMIT changed();
    return 0;
}

int RateBudget::remaining() const
{
    load();
    prune();
    if (m_blockedUntil > now())
        return 0;
    return qMax(0, m_limit - int(m_sent.size()));
}

qint64 RateBudget::waitMs() const
{
    load();
    return waitLocked();
}

qint64 RateBudget::nextSlotMsSinceEpoch() const
{
    return now() + waitMs();
}

void RateBudget::noteRefusal(qint64 retryAfterMs)
{
    if (m_blockOnRefusalMs <= 0)
        return;
    const FileLock lock(m_path);
    load();
    m_blockedUntil = qMax(m_blockedUntil, now() + qMax(m_blockOnRefusalMs, retryAfterMs));
    qCWarning(lcApi) << "server blocks" << m_name << "until"
                     << QDateTime::fromMSecsSinceEpoch(m_blockedUntil).toString(Qt::ISODate);
    save();
    Q_EMIT changed();
}

qint64 RateBudget::blockedUntil() const
{
    load();
    return m_blockedUntil > now() ? m_blockedUntil : 0;
}

void RateBudget::load() const
{
    if (m_path.isEmpty())
        return;
    // Always read: another process may have spent part of the budget since the last look.
    // The file is the whole truth; what this object held is only a copy of it.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    // {"sent": [ms, ...], "blocked_until": ms}; an older file is just the array of times.
    const QJsonArray times = doc.isArray() ? doc.array() : doc.object().value("sent"_L1).toArray();
    m_sent.clear();
    for (const QJsonValue& v : times) {
        if (const auto t = JsonFields::wholeNumber(v.toDouble()))
            m_sent.push_back(*t);
    }
    std::sort(m_sent.begin(), m_sent.end());
    m_blockedUntil =
        JsonFields::wholeNumber(doc.object().value("blocked_until"_L1).toDouble()).value_or(0);
    prune();
}

void RateBudget::save() const
{
    if (m_path.isEmpty())
        return;
    QJsonArray times;
    for (qint64 t : m_sent)
        times.append(double(t));
    QJsonObject state{{u"sent"_s, times}};
    if (m_blockedUntil > now())
        state.insert(u"blocked_until"_s, double(m_blockedUntil));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcApi) << "cannot save rate budget" << m_name << file.errorString();
        return;
    }
    file.write(QJsonDocument(state).toJson(QJsonDocument::Compact));
    file.commit();
}

} // namespace balie::api
