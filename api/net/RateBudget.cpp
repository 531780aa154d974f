#include "RateBudget.h"

#include "ApiLogging.h"
#include "domain/JsonFields.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <map>

namespace balie::api {

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

void RateBudget::prune() const
{
    const qint64 cutoff = now() - m_windowMs;
    while (!m_sent.empty() && m_sent.front() <= cutoff)
        m_sent.pop_front();
}

int RateBudget::remaining() const
{
    load();
    prune();
    return qMax(0, m_limit - int(m_sent.size()));
}

qint64 RateBudget::waitMs() const
{
    load(); // another process (balie-cli beside the console) may have spent part of it
    prune();
    if (int(m_sent.size()) < m_limit)
        return 0;
    // The oldest send in the window leaves it at oldest + window.
    const qint64 oldest = m_sent.at(m_sent.size() - m_limit);
    return qMax<qint64>(1, oldest + m_windowMs - now() + 1);
}

qint64 RateBudget::nextSlotMsSinceEpoch() const
{
    return now() + waitMs();
}

void RateBudget::record()
{
    if (!m_path.isEmpty())
        load(); // another process may have spent part of the budget meanwhile
    prune();
    m_sent.push_back(now());
    save();
    Q_EMIT changed();
}

void RateBudget::setPersistencePath(const QString& path)
{
    m_path = path;
    load();
}

void RateBudget::load() const
{
    if (m_path.isEmpty())
        return;
    // Asked before every request: parse only when another process has written since.
    const QFileInfo info(m_path);
    const auto stamp = std::pair(info.lastModified(), info.size());
    if (!info.exists() || stamp == m_loadedStamp)
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    m_loadedStamp = stamp;
    const QJsonArray times = QJsonDocument::fromJson(file.readAll()).array();
    // The union of both histories, as multisets: sends in the same millisecond (parallel
    // pages) each count, and a send either side knows of is counted once.
    std::map<qint64, int> mine, theirs;
    for (qint64 t : m_sent)
        ++mine[t];
    for (const QJsonValue& v : times) {
        if (const auto t = JsonFields::wholeNumber(v.toDouble()))
            ++theirs[*t];
    }
    for (const auto& [t, n] : theirs)
        mine[t] = std::max(mine[t], n);
    m_sent.clear();
    for (const auto& [t, n] : mine)
        m_sent.insert(m_sent.end(), size_t(n), t);
    prune();
}

void RateBudget::save() const
{
    if (m_path.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray times;
    for (qint64 t : m_sent)
        times.append(double(t));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcApi) << "cannot save rate budget" << m_name << file.errorString();
        return;
    }
    file.write(QJsonDocument(times).toJson(QJsonDocument::Compact));
    file.commit();
}

} // namespace balie::api
