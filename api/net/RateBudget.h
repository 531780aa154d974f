// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

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
//
// With a persistence path the budget lives in a file shared by every process that spends it
// (the console and any number of balie-cli runs): each acquire() reads, decides and writes
// under a QLockFile, so parallel processes can never overspend it together.
class RateBudget : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    RateBudget(QString name, int limit, qint64 windowMs, qint64 maxQueueMs,
               QObject* parent = nullptr);

    QString name() const { return m_name; }
    // The server's name for messages ("Telesto").
    QString serverName() const { return m_serverName; }
    void setServerName(const QString& name) { m_serverName = name; }
    int limit() const { return m_limit; }
    qint64 windowMs() const { return m_windowMs; }
    // Waits up to this long are queued; longer ones are refused.
    qint64 maxQueueMs() const { return m_maxQueueMs; }

    // Spends one send if there is room now and returns 0; else spends nothing and returns the
    // milliseconds until one may go. Atomic across processes.
    qint64 acquire();

    // For display: what is left and when the next send may go (not a promise: another process
    // may spend it first).
    int remaining() const;
    qint64 waitMs() const;
    qint64 nextSlotMsSinceEpoch() const;

    // A server whose refusal is a block (Telesto: a 429 blocks the address for 15 minutes):
    // after noteRefusal() every acquire() is refused until the block ends, in every process.
    void setBlockOnRefusal(qint64 blockMs) { m_blockOnRefusalMs = blockMs; }
    bool blocksOnRefusal() const { return m_blockOnRefusalMs > 0; }
    void noteRefusal(qint64 retryAfterMs);
    // Milliseconds since the epoch until which the server blocks, or 0.
    qint64 blockedUntil() const;

    // Keeps the send times in a file so that separate runs (balie-cli in a script) share the
    // budget. Holds only times, nothing secret.
    void setPersistencePath(const QString& path);
    void setClock(Clock clock);

Q_SIGNALS:
    void changed();

private:
    class FileLock;
    void prune() const;
    void load() const;
    void save() const;
    qint64 waitLocked() const;
    qint64 now() const { return m_clock(); }

    QString m_name;
    QString m_serverName;
    int m_limit;
    qint64 m_windowMs;
    qint64 m_maxQueueMs;
    qint64 m_blockOnRefusalMs = 0;
    mutable std::deque<qint64> m_sent;
    mutable qint64 m_blockedUntil = 0;
    QString m_path;
    Clock m_clock;
};

} // namespace balie::api
