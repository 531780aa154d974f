// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Outbox.h"

#include "LocalStore.h"
#include "Operation.h"
#include "StoreThread.h"
#include "connectors/Connector.h"
#include "domain/DomainJson.h"
#include "net/ApiJob.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOutbox, "balie.models.outbox", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace balie::models {

namespace {

// Pauses between attempts while changes cannot be sent, as the tables' own retries.
constexpr int RetryDelaysSeconds[] = {5, 15, 30, 60, 120, 300};

QString stateName(Outbox::State state)
{
    switch (state) {
    case Outbox::State::Held:
        return u"held"_s;
    case Outbox::State::Waiting:
        return u"waiting"_s;
    case Outbox::State::Sending:
        return u"sending"_s;
    case Outbox::State::Failed:
        return u"failed"_s;
    case Outbox::State::Conflict:
        return u"conflict"_s;
    case Outbox::State::Unknown:
        return u"unknown"_s;
    }
    return {};
}

std::optional<Outbox::State> stateOf(const QString& name)
{
    for (Outbox::State s :
         {Outbox::State::Held, Outbox::State::Waiting, Outbox::State::Sending,
          Outbox::State::Failed, Outbox::State::Conflict, Outbox::State::Unknown}) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

template <class T>
std::any valueOf(api::ApiJob* job)
{
    return static_cast<api::ValueJob<T>*>(job)->value();
}

std::any recordOf(const OutboxChange& change, api::ApiJob* job)
{
    switch (change.kind) {
    case OutboxChange::Kind::CreateBooking:
    case OutboxChange::Kind::BookingAction:
        return valueOf<api::Booking>(job);
    case OutboxChange::Kind::CreateCustomer:
    case OutboxChange::Kind::UpdateCustomer:
        return valueOf<api::Customer>(job);
    case OutboxChange::Kind::CreateProduct:
    case OutboxChange::Kind::UpdateProduct:
        return valueOf<api::Product>(job);
    }
    return {};
}

// An Operation the outbox ends.
class OutboxOperation : public Operation
{
public:
    OutboxOperation(const QString& organisationId, QObject* parent)
        : Operation(organisationId, parent)
    {}
    using Operation::finish;
    using Operation::finishQueued;
};

void finishOperation(Operation* operation, const api::ApiError& error, std::any value = {})
{
    if (operation)
        static_cast<OutboxOperation*>(operation)->finish(error, std::move(value));
}

void finishQueued(Operation* operation, std::any value)
{
    if (operation)
        static_cast<OutboxOperation*>(operation)->finishQueued(std::move(value));
}

api::Connector* connectorOf(const QPointer<QObject>& connector)
{
    return static_cast<api::Connector*>(connector.data());
}

} // namespace

Outbox::Outbox(StoreThread* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        ++m_retries;
        m_stalled = false;
        pump();
    });
    m_hold.setSingleShot(true);
    connect(&m_hold, &QTimer::timeout, this, &Outbox::pump);
    if (!m_store)
        m_loaded = true;
}

Outbox::~Outbox()
{
    // A change on its way stays "sending" in the store: the next start knows it may have
    // arrived.
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void Outbox::setConnector(api::Connector* connector)
{
    m_connector = connector;
    pump();
}

void Outbox::load()
{
    if (!m_store || m_loaded)
        return;
    const QPointer<Outbox> self(this);
    StoreThread* store = m_store;
    store->post([self, store](store::LocalStore& s) {
        const QList<store::LocalStore::Change> kept = s.changes();
        store->reply([self, kept] {
            if (!self)
                return;
            for (const store::LocalStore::Change& k : kept) {
                const std::optional<OutboxChange> change =
                    OutboxChange::fromKept(k.kind, k.target, k.payload, k.idempotencyKey);
                const std::optional<State> state = stateOf(k.state);
                Entry e;
                e.seq = k.seq;
                e.organisationId = k.organisation;
                e.createdAt = k.createdAt;
                e.notBefore = k.notBefore;
                e.nextFree = k.nextFree;
                e.reason = k.reason;
                if (!change || !state) {
                    // Kept by a Balie that knew more kinds, or damaged: shown, never sent.
                    e.state = State::Failed;
                    e.reason = tr("This change cannot be read; drop it.");
                    self->m_entries.append(e);
                    continue;
                }
                e.change = *change;
                e.state = *state;
                if (e.state == State::Sending) {
                    // The last run ended while sending it. Sent again with its key, a server
                    // that recognises a repeat answers with the first result; another server
                    // would make a second booking, so the user checks first.
                    const bool safe = !e.change.isCreate() ||
                                      (self->m_connector &&
                                       connectorOf(self->m_connector)->honoursIdempotencyKey());
                    e.state = safe ? State::Waiting : State::Unknown;
                    if (!safe)
                        e.reason = tr("Balie stopped while sending this. It may have arrived: "
                                      "check, then send it again or drop it.");
                    self->persistState(e);
                }
                self->m_entries.append(e);
            }
            self->m_loaded = true;
            if (!self->m_entries.isEmpty())
                qCInfo(lcOutbox) << self->m_entries.size() << "changes kept from the last run";
            Q_EMIT self->entriesChanged();
            self->pump();
        });
    });
}

Operation* Outbox::submit(const QString& organisationId, const OutboxChange& change,
                          std::any expected, qint64 holdMs)
{
    auto* operation = new OutboxOperation(organisationId, this);
    Entry entry;
    entry.organisationId = organisationId;
    entry.change = change;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    if (holdMs > 0) {
        entry.state = State::Held;
        entry.notBefore = entry.createdAt.addMSecs(holdMs);
    }
    const QPointer<Operation> waiter(operation);
    auto take = [this, waiter, expected](Entry kept) {
        if (kept.seq <= 0) {
            finishOperation(waiter, api::ApiError(api::ApiError::Kind::Server,
                                                  tr("The change could not be kept on this "
                                                     "computer, so it was not sent.")));
            return;
        }
        m_entries.append(kept);
        m_waiters.insert(kept.seq, {waiter, expected});
        Q_EMIT entriesChanged();
        pump();
    };
    if (!m_store) {
        entry.seq = ++m_localSeq;
        // Later, so that the caller can connect first, as with any other operation.
        QMetaObject::invokeMethod(
            this, [take, entry] { take(entry); }, Qt::QueuedConnection);
        return operation;
    }
    // Written before it is sent: whatever happens next, it is not lost.
    const QPointer<Outbox> self(this);
    StoreThread* store = m_store;
    store::LocalStore::Change kept;
    kept.organisation = organisationId;
    kept.kind = change.kindName();
    kept.target = change.target;
    kept.payload = change.payload();
    kept.idempotencyKey = change.idempotencyKey;
    kept.state = stateName(entry.state);
    kept.createdAt = entry.createdAt;
    kept.notBefore = entry.notBefore;
    store->post([self, store, kept, entry, take](store::LocalStore& s) mutable {
        entry.seq = s.addChange(kept);
        store->reply([self, entry, take] {
            if (self)
                take(entry);
        });
    });
    return operation;
}

std::optional<Outbox::Entry> Outbox::entry(qint64 seq) const
{
    for (const Entry& e : m_entries) {
        if (e.seq == seq)
            return e;
    }
    return std::nullopt;
}

Outbox::Entry* Outbox::find(qint64 seq)
{
    for (Entry& e : m_entries) {
        if (e.seq == seq)
            return &e;
    }
    return nullptr;
}

bool Outbox::hasWaiting() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry& e) { return e.state == State::Waiting; });
}

int Outbox::needsUserCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry& e) { return e.needsUser(); }));
}

void Outbox::setState(Entry& entry, State state, const QString& reason, const QDateTime& nextFree)
{
    entry.state = state;
    entry.reason = reason;
    entry.nextFree = nextFree;
    persistState(entry);
    Q_EMIT entriesChanged();
}

void Outbox::persistState(const Entry& entry)
{
    if (!m_store)
        return;
    m_store->post([seq = entry.seq, state = stateName(entry.state), reason = entry.reason,
                   nextFree = entry.nextFree](store::LocalStore& s) {
        s.setChangeState(seq, state, reason, nextFree);
    });
}

void Outbox::pump()
{
    if (!m_loaded || !m_connector || m_sendingSeq)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 nextHold = -1;
    for (Entry& e : m_entries) {
        if (e.state == State::Held) {
            const qint64 left = now.msecsTo(e.notBefore);
            if (left > 0) {
                nextHold = nextHold < 0 ? left : qMin(nextHold, left);
                // Its operation ends now: the change is made, it only waits its moment.
                settleQueued(e.seq);
                continue;
            }
            e.state = State::Waiting;
        }
        if (e.state != State::Waiting)
            continue;
        if (m_stalled)
            break;
        sendNow(e);
        return;
    }
    if (nextHold >= 0)
        m_hold.start(int(qMin<qint64>(nextHold + 10, 60'000)));
    settleWaiters();
}

void Outbox::settleQueued(qint64 seq)
{
    const auto it = m_waiters.find(seq);
    if (it == m_waiters.end())
        return;
    const Waiter waiting = *it;
    m_waiters.erase(it);
    finishQueued(waiting.operation, waiting.expected);
}

void Outbox::settleWaiters()
{
    // Changes that cannot go now: their dialogs close, the change waits here.
    for (const Entry& e : std::as_const(m_entries)) {
        if (e.state == State::Waiting || e.state == State::Held)
            settleQueued(e.seq);
    }
}

void Outbox::sendNow(Entry& entry)
{
    const qint64 seq = entry.seq;
    m_sendingSeq = seq;
    entry.state = State::Sending;
    entry.reason.clear();
    Q_EMIT entriesChanged();
    auto go = [this, seq] {
        Entry* e = find(seq);
        if (!e || !m_connector) {
            m_sendingSeq = 0;
            if (e)
                setState(*e, State::Waiting);
            return;
        }
        api::ApiJob* job = e->change.send(connectorOf(m_connector), e->organisationId);
        m_job = job;
        connect(job, &api::ApiJob::finished, this,
                [this, seq](api::ApiJob* done) { finished(seq, done); });
    };
    if (!m_store) {
        go();
        return;
    }
    // "Sending" is on disk before the request goes: a crash from here on is known at the next
    // start.
    const QPointer<Outbox> self(this);
    StoreThread* store = m_store;
    store->post([self, store, seq, go](store::LocalStore& s) {
        s.setChangeState(seq, stateName(State::Sending));
        store->reply([self, go] {
            if (self)
                go();
        });
    });
}

bool Outbox::passes(const api::ApiError& error)
{
    switch (error.kind()) {
    case api::ApiError::Kind::Network:
    case api::ApiError::Kind::Timeout:
    case api::ApiError::Kind::Server:
    case api::ApiError::Kind::RateLimited:
    case api::ApiError::Kind::Auth:
    case api::ApiError::Kind::LoginRequired:
    case api::ApiError::Kind::Tls:
    case api::ApiError::Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

void Outbox::finished(qint64 seq, api::ApiJob* job)
{
    m_job = nullptr;
    m_sendingSeq = 0;
    Entry* e = find(seq);
    if (!e)
        return;
    const Waiter waiting = m_waiters.take(seq);
    const QPointer<Operation> waiter = waiting.operation;
    if (job->isOk()) {
        const std::any record = recordOf(e->change, job);
        const Entry done = *e;
        m_entries.removeIf([seq](const Entry& x) { return x.seq == seq; });
        if (m_store)
            m_store->post([seq](store::LocalStore& s) { s.removeChange(seq); });
        m_stalled = false;
        m_retries = 0;
        qCDebug(lcOutbox) << "sent" << done.change.kindName() << seq;
        Q_EMIT delivered(done, record);
        finishOperation(waiter, {}, record);
        Q_EMIT entriesChanged();
        pump();
        return;
    }
    api::ApiError error = job->error();
    // Field errors in the drafts' own field names, as the dialogs know them.
    error.renameFields(&api::DomainJson::draftField);
    const bool honours = m_connector && connectorOf(m_connector)->honoursIdempotencyKey();
    const bool mayHaveArrived = error.kind() == api::ApiError::Kind::OutcomeUnknown ||
                                error.kind() == api::ApiError::Kind::BadResponse ||
                                error.kind() == api::ApiError::Kind::Cancelled;
    if (mayHaveArrived && e->change.isCreate() && !honours) {
        setState(*e, State::Unknown,
                 tr("The answer was lost: it may have arrived. Check, then send it again or "
                    "drop it."));
        finishOperation(waiter, error);
        pump();
        return;
    }
    if (passes(error) || mayHaveArrived) {
        // It waits, and so does everything made after it.
        setState(*e, State::Waiting, error.message());
        m_stalled = true;
        scheduleRetry();
        finishQueued(waiter, waiting.expected);
        settleWaiters();
        if (error.kind() == api::ApiError::Kind::Network ||
            error.kind() == api::ApiError::Kind::Timeout ||
            error.kind() == api::ApiError::Kind::Tls)
            Q_EMIT unreachable();
        return;
    }
    if (waiter) {
        // Refused at once, while the dialog is open: the dialog says why and keeps what was
        // typed, so the change is not kept.
        m_entries.removeIf([seq](const Entry& x) { return x.seq == seq; });
        if (m_store)
            m_store->post([seq](store::LocalStore& s) { s.removeChange(seq); });
        finishOperation(waiter, error);
        Q_EMIT entriesChanged();
    } else {
        // A time taken meanwhile: the person at the desk picks another, offered the next free
        // one where the server names it.
        const bool taken = error.kind() == api::ApiError::Kind::Conflict || error.isTimeTaken();
        setState(*e, taken ? State::Conflict : State::Failed, error.message(),
                 error.nextAvailable());
        Q_EMIT refused(*e);
    }
    pump();
}

void Outbox::scheduleRetry()
{
    if (m_retry.isActive())
        return;
    const int step = qMin(m_retries, int(std::size(RetryDelaysSeconds)) - 1);
    m_retry.start(RetryDelaysSeconds[step] * 1000);
}

void Outbox::resume()
{
    m_retry.stop();
    m_retries = 0;
    m_stalled = false;
    pump();
}

void Outbox::retry(qint64 seq)
{
    Entry* e = find(seq);
    if (!e || e->state == State::Sending)
        return;
    setState(*e, State::Waiting);
    resume();
}

bool Outbox::drop(qint64 seq)
{
    Entry* e = find(seq);
    if (!e || e->state == State::Sending)
        return false;
    const Entry gone = *e;
    m_entries.removeIf([seq](const Entry& x) { return x.seq == seq; });
    m_waiters.remove(seq);
    if (m_store)
        m_store->post([seq](store::LocalStore& s) { s.removeChange(seq); });
    Q_EMIT dropped(gone);
    Q_EMIT entriesChanged();
    pump();
    return true;
}

} // namespace balie::models
