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
    prune();
    return qMax(0, m_limit - int(m_sent.size()));
}

qint64 RateBudget::waitMs() const
{
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

void RateBudget::load()
{
    if (m_path.isEmpty())
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray times = QJsonDocument::fromJson(file.readAll()).array();
    std::deque<qint64> merged;
    for (const QJsonValue& v : times)
        if (const auto t = JsonFields::wholeNumber(v.toDouble()))
            merged.push_back(*t);
    // Keep whichever history is longer: this process's or the file's.
    if (merged.size() >= m_sent.size())
        m_sent = merged;
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
