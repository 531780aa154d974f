#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <deque>
#include <functional>

namespace balie::api {

// A client-side budget that keeps Balie under a documented limit (Outseta's 4 requests a
// second, the Booking API's 10 creations a minute, Telesto's 100 requests an hour, whose
// excess would block the whole IP for 15 minutes). A sliding window of send times: at most
// `limit` sends in any `window`. When it is spent, short waits are queued by the caller and
// long ones refused with the time the next request can go.
class RateBudget : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    RateBudget(QString name, int limit, qint64 windowMs, qint64 maxQueueMs,
               QObject* parent = nullptr);

    QString name() const { return m_name; }
    int limit() const { return m_limit; }
    qint64 windowMs() const { return m_windowMs; }
    // Waits up to this long are queued; longer ones are refused.
    qint64 maxQueueMs() const { return m_maxQueueMs; }

    int remaining() const;
    // 0 when a request may go now, else milliseconds until one may.
    qint64 waitMs() const;
    qint64 nextSlotMsSinceEpoch() const;
    // Records one send; call only when waitMs() is 0.
    void record();

    // Keeps the send times in a file so that separate runs (balie-cli in a script) share the
    // budget. Holds only times, nothing secret.
    void setPersistencePath(const QString& path);
    void setClock(Clock clock);

Q_SIGNALS:
    void changed();

private:
    void prune() const;
    void load() const;
    void save() const;
    qint64 now() const { return m_clock(); }

    QString m_name;
    int m_limit;
    qint64 m_windowMs;
    qint64 m_maxQueueMs;
    mutable std::deque<qint64> m_sent;
    QString m_path;
    mutable std::pair<QDateTime, qint64> m_loadedStamp; // of the file as last read
    Clock m_clock;
};

} // namespace balie::api
