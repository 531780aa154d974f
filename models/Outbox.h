// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiError.h"
#include "OutboxChange.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <any>
#include <functional>

namespace balie::api {
class ApiJob;
class Connector;
} // namespace balie::api

namespace balie::models {

class Operation;
class StoreThread;

// Every change made at the desk on one connection, kept in its local store before it is sent
// and until the server has it: a network that drops, a quit or a crash loses none. Changes go
// out one at a time, in the order they were made, each with its own Idempotency-Key, also when
// it is sent again. A change the server cannot take now (no network, a server error, a rate
// limit) waits and is sent again with growing pauses, or at once when the server is back
// (resume()); one it refuses (a conflict, a field it does not accept) waits for the person at
// the desk, who retries or drops it. Cancelling and completing, which the server cannot take
// back, are held a few seconds first, so that undo can simply take them out.
class Outbox : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Held,     // not sent before notBefore (undo can still take it out)
        Waiting,  // to be sent
        Sending,  // on its way
        Failed,   // refused by the server: the user retries or drops it
        Conflict, // refused because something else came first (a slot taken)
        Unknown,  // Balie stopped while sending it to a server that does not recognise a
                  // repeat: it may have arrived; the user checks and retries or drops it
    };
    Q_ENUM(State)

    struct Entry
    {
        qint64 seq = 0;
        QString organisationId;
        OutboxChange change;
        State state = State::Waiting;
        QString reason;
        QDateTime createdAt;
        QDateTime notBefore;
        QDateTime nextFree; // a conflict: the next free time the server named, if it did
        bool needsUser() const
        {
            return state == State::Failed || state == State::Conflict || state == State::Unknown;
        }
        // A booking made or moved to a time that was taken meanwhile: it is made again at
        // another time (the next free one, where the server named it).
        bool wantsAnotherTime() const
        {
            return state == State::Conflict && (change.kind == OutboxChange::Kind::CreateBooking ||
                                                (change.kind == OutboxChange::Kind::BookingAction &&
                                                 change.action == api::BookingAction::Reschedule));
        }
        // The time a booking change asked for.
        QDateTime askedTime() const
        {
            return change.kind == OutboxChange::Kind::CreateBooking ? change.booking.scheduledAt
                                                                    : change.newTime;
        }
    };

    // Without a store the changes live in memory only (a connection that keeps nothing).
    Outbox(StoreThread* store, QObject* parent = nullptr);
    ~Outbox() override;

    void setConnector(api::Connector* connector);
    // Reads what an earlier run kept: changes it was sending are sent again with their key
    // where the server recognises a repeat, and otherwise wait for the user (State::Unknown).
    void load();
    bool isLoaded() const { return m_loaded; }

    // Keeps the change, then sends it in its turn. The operation ends when the server took it
    // (its value is the server's record), when the server refused it at once (its error; the
    // change is not kept), or when it has to wait (isQueued(); its value is `expected`).
    // `holdMs`: not sent before then (cancelling and completing).
    Operation* submit(const QString& organisationId, const OutboxChange& change, std::any expected,
                      qint64 holdMs = 0);

    const QList<Entry>& entries() const { return m_entries; }
    std::optional<Entry> entry(qint64 seq) const;
    // Changes not on the server yet, and those of them that need the user.
    int pendingCount() const { return int(m_entries.size()); }
    int needsUserCount() const;
    // Whether a change waits to be sent (not held, not waiting for the user).
    bool hasWaiting() const;

    // Sends a failed or waiting change again (with its key), or takes it out. A change on its
    // way cannot be dropped.
    void retry(qint64 seq);
    bool drop(qint64 seq);
    // The server answers again: the waiting changes go now.
    void resume();
    // How long a change is held before it is sent (cancel, complete).
    static constexpr qint64 HoldMs = 5'000;

Q_SIGNALS:
    void entriesChanged();
    // The server took a change: `record` is its answer (a Booking, a Customer or a Product).
    // Before the change's operation ends.
    void delivered(const balie::models::Outbox::Entry& entry, const std::any& record);
    // A change was taken out without being sent: the rows it showed come from the server again.
    void dropped(const balie::models::Outbox::Entry& entry);
    // The server refused a change sent again after it had waited (Failed or Conflict): it
    // waits for the person at the desk.
    void refused(const balie::models::Outbox::Entry& entry);
    // A change could not be sent because the server cannot be reached (no network, a time-out):
    // the console is offline even where its tables are loaded.
    void unreachable();

private:
    // The operation of a change made in this run, and the record it will give.
    struct Waiter
    {
        QPointer<Operation> operation;
        std::any expected;
    };
    // Ends the change's operation as queued, if it still waits.
    void settleQueued(qint64 seq);
    Entry* find(qint64 seq);
    void setState(Entry& entry, State state, const QString& reason = {},
                  const QDateTime& nextFree = {});
    void persistState(const Entry& entry);
    void pump();
    void sendNow(Entry& entry);
    void finished(qint64 seq, api::ApiJob* job);
    void settleWaiters();
    void scheduleRetry();
    static bool passes(const api::ApiError& error);
    static bool refusedForGood(const api::ApiError& error);

    QPointer<QObject> m_connector; // an api::Connector
    QPointer<StoreThread> m_store;
    QList<Entry> m_entries;
    QHash<qint64, Waiter> m_waiters;
    QPointer<api::ApiJob> m_job;
    qint64 m_sendingSeq = 0;
    qint64 m_localSeq = 0; // without a store
    bool m_loaded = false;
    bool m_stalled = false; // a change could not be sent: the rest waits for the next try
    int m_retries = 0;
    QTimer m_retry;
    QTimer m_hold;
};

} // namespace balie::models
