// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ChangeHistory.h"

#include "Operation.h"
#include "OrganisationSession.h"
#include "Outbox.h"
#include "ResourceModels.h"

#include <QLocale>
#include <QPointer>
#include <QUndoStack>

namespace balie::models {

namespace {

template <class T>
std::optional<T> as(const std::any& value)
{
    const T* v = std::any_cast<T>(&value);
    return v ? std::optional<T>(*v) : std::nullopt;
}

QString whoOf(const std::any& before, const std::any& record)
{
    for (const std::any* r : {&record, &before}) {
        if (const auto b = as<api::Booking>(*r))
            return b->customerName.isEmpty() ? b->customerId : b->customerName;
        if (const auto c = as<api::Customer>(*r))
            return c->name;
        if (const auto p = as<api::Product>(*r))
            return p->name;
    }
    return {};
}

// "Monday 30 November 2026", "09:00": as the move's own confirmation says it.
QString dayText(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat);
}

QString clockText(const QDateTime& when)
{
    return Format::clockTime(when.toLocalTime().time());
}

// A reschedule that kept the start and changed the length only (a block's edge dragged).
bool isNewLength(const OutboxChange& change, const std::any& before)
{
    const auto was = as<api::Booking>(before);
    return change.newDuration > 0 && was && was->scheduledAt == change.newTime;
}

} // namespace

class ChangeHistory::Command : public QUndoCommand
{
public:
    Command(ChangeHistory* history, OutboxChange made, std::any was, std::any answer)
        : m_history(history)
        , change(std::move(made))
        , before(std::move(was))
        , record(std::move(answer))
    {
        setText(ChangeHistory::nameOf(change, before, record));
    }

    // The change was made when it was recorded; once undone it is gone.
    void redo() override {}
    void undo() override
    {
        m_history->takeBack(*this);
        setObsolete(true);
    }

    ChangeHistory* m_history;
    OutboxChange change;
    std::any before;
    std::any record; // the server's answer, or the record as it will be while it waits
};

ChangeHistory::ChangeHistory(OrganisationSession* session)
    : QObject(session)
    , m_session(session)
    , m_stack(new QUndoStack(this))
{
    m_stack->setUndoLimit(Limit);
    connect(m_stack, &QUndoStack::indexChanged, this, &ChangeHistory::changed);
    connect(m_stack, &QUndoStack::cleanChanged, this, &ChangeHistory::changed);
    if (Outbox* outbox = session->outbox()) {
        connect(outbox, &Outbox::delivered, this,
                [this](const Outbox::Entry& entry, const std::any& record) {
                    delivered(entry.change.idempotencyKey, record);
                });
    }
}

ChangeHistory::~ChangeHistory() = default;

bool ChangeHistory::canUndo() const
{
    return m_stack->canUndo();
}

QString ChangeHistory::undoText() const
{
    return m_stack->undoText();
}

QString ChangeHistory::nameOf(const OutboxChange& change, const std::any& before,
                              const std::any& record)
{
    const QString who = whoOf(before, record);
    switch (change.kind) {
    case OutboxChange::Kind::CreateBooking:
        return tr("new booking of %1").arg(who);
    case OutboxChange::Kind::BookingAction:
        switch (change.action) {
        case api::BookingAction::Confirm:
            return tr("confirmation of the booking of %1").arg(who);
        case api::BookingAction::Reschedule:
            if (isNewLength(change, before))
                return tr("new length of the booking of %1").arg(who);
            return tr("move of the booking of %1").arg(who);
        case api::BookingAction::Complete:
            return tr("completion of the booking of %1").arg(who);
        case api::BookingAction::Cancel:
            return tr("cancellation of the booking of %1").arg(who);
        }
        break;
    case OutboxChange::Kind::CreateCustomer:
        return tr("new customer %1").arg(who);
    case OutboxChange::Kind::UpdateCustomer:
        return tr("edit of customer %1").arg(who);
    case OutboxChange::Kind::CreateProduct:
        return tr("new product %1").arg(who);
    case OutboxChange::Kind::UpdateProduct:
        return tr("edit of product %1").arg(who);
    }
    return {};
}

void ChangeHistory::record(const OutboxChange& change, const std::any& before,
                           const std::any& record)
{
    auto* command = new Command(this, change, before, record);
    const QString name = command->text();
    m_stack->push(command);
    Q_EMIT recorded(change, name);
}

void ChangeHistory::undo()
{
    m_stack->undo();
}

void ChangeHistory::delivered(const QByteArray& idempotencyKey, const std::any& record)
{
    for (int i = 0; i < m_stack->count(); ++i) {
        auto* command = static_cast<Command*>(const_cast<QUndoCommand*>(m_stack->command(i)));
        if (command->change.idempotencyKey == idempotencyKey)
            command->record = record;
    }
}

void ChangeHistory::takeBack(const Command& command)
{
    const QString name = command.text();
    const auto say = [this](const QString& message, bool ok) {
        // After the stack has settled.
        QMetaObject::invokeMethod(
            this, [this, message, ok] { Q_EMIT undone(message, ok); }, Qt::QueuedConnection);
    };
    const OutboxChange& change = command.change;

    // Still in the outbox: taken out, nothing reaches the server.
    if (Outbox* outbox = m_session->outbox()) {
        for (const Outbox::Entry& e : outbox->entries()) {
            if (e.change.idempotencyKey != change.idempotencyKey)
                continue;
            if (e.state == Outbox::State::Sending) {
                say(tr("Not undone: %1 is on its way to the server. Try again in a moment.")
                        .arg(name),
                    false);
                return;
            }
            outbox->drop(e.seq);
            say(tr("Undone: %1. Nothing was sent.").arg(name), true);
            return;
        }
    }

    // The server has it.
    const auto reverse = [this, &say, name](Operation* operation, const QString& done) {
        if (!operation) {
            say(tr("Not undone: %1.").arg(name), false);
            return;
        }
        const QPointer<ChangeHistory> self(this);
        connect(operation, &Operation::finished, this, [self, name, done](Operation* finished) {
            if (!self)
                return;
            if (finished->isOk())
                Q_EMIT self->undone(done, true);
            else if (finished->error().kind() != api::ApiError::Kind::Cancelled)
                Q_EMIT self->undone(tr("Not undone: %1. %2").arg(name, finished->error().message()),
                                    false);
        });
    };
    const auto changedSince = [&say, name] {
        say(tr("Not undone: %1. The server's record was changed since; nothing was "
               "overwritten.")
                .arg(name),
            false);
    };
    m_undoing = true;
    switch (change.kind) {
    case OutboxChange::Kind::BookingAction: {
        if (change.action != api::BookingAction::Reschedule) {
            say(tr("Not undone: %1 has reached the server, which cannot take it back.").arg(name),
                false);
            break;
        }
        const auto was = as<api::Booking>(command.before);
        const auto now = m_session->bookingOnServer(change.target);
        if (!was || !now || now->scheduledAt != change.newTime ||
            (change.newDuration > 0 && now->durationMinutes != change.newDuration)) {
            changedSince();
            break;
        }
        if (change.newDuration > 0 && was->durationMinutes <= 0) {
            say(tr("Not undone: %1. Its length before is not known.").arg(name), false);
            break;
        }
        Operation* back = m_session->bookingAction(
            change.target, api::BookingAction::Reschedule, was->scheduledAt.toUTC(),
            change.newDuration > 0 ? was->durationMinutes : 0);
        const bool length = isNewLength(change, command.before);
        const QString restored =
            length ? tr("Undone: %1. It ends at %2 again.").arg(name, clockText(was->endsAt()))
                   : tr("Undone: %1. It is back on %2 at %3.")
                         .arg(name, dayText(was->scheduledAt), clockText(was->scheduledAt));
        if (!back || was->status == now->status) {
            reverse(back, restored);
        } else if (was->status == api::BookingStatus::Confirmed) {
            // A move makes a booking "rescheduled" on the server; a confirmed one is confirmed
            // again once it is back, so that undo loses nothing the desk had done.
            const QString target = change.target;
            connect(back, &Operation::finished, this,
                    [this, name, restored, target](Operation* done) {
                        if (done->isOk())
                            confirmAgain(target, restored);
                        else if (done->error().kind() != api::ApiError::Kind::Cancelled)
                            Q_EMIT undone(
                                tr("Not undone: %1. %2").arg(name, done->error().message()), false);
                    });
        } else {
            // A new booking cannot be made new again: say so rather than leave it unsaid.
            reverse(back, tr("%1 The server keeps it marked as moved.").arg(restored));
        }
        break;
    }
    case OutboxChange::Kind::CreateBooking: {
        const auto made = as<api::Booking>(command.record);
        const auto now = made ? m_session->bookingOnServer(made->id) : std::nullopt;
        if (!now || RecordTableModel::isStandIn(now->id) || now->status != made->status ||
            now->scheduledAt != made->scheduledAt) {
            changedSince();
            break;
        }
        if (!api::BookingStatuses::allows(now->status, api::BookingAction::Cancel)) {
            changedSince();
            break;
        }
        reverse(m_session->bookingAction(now->id, api::BookingAction::Cancel),
                tr("Undone: %1. The booking is cancelled.").arg(name));
        break;
    }
    case OutboxChange::Kind::UpdateCustomer: {
        const auto was = as<api::Customer>(command.before);
        const auto now = m_session->customers()->find(change.target);
        if (!was || !now || now->name != change.customer.name ||
            now->email != change.customer.email || now->phone != change.customer.phone) {
            changedSince();
            break;
        }
        reverse(m_session->updateCustomer(change.target,
                                          api::CustomerDraft{was->name, was->email, was->phone}),
                tr("Undone: %1.").arg(name));
        break;
    }
    case OutboxChange::Kind::UpdateProduct: {
        const auto was = as<api::Product>(command.before);
        const auto now = m_session->products()->find(change.target);
        if (!was || !now || now->name != change.product.name ||
            now->eanUpc != change.product.eanUpc ||
            (change.product.stockOnHand && now->stockOnHand != change.product.stockOnHand)) {
            changedSince();
            break;
        }
        reverse(m_session->updateProduct(
                    change.target, api::ProductDraft{was->name, was->eanUpc, was->stockOnHand}),
                tr("Undone: %1.").arg(name));
        break;
    }
    case OutboxChange::Kind::CreateCustomer:
    case OutboxChange::Kind::CreateProduct:
        say(tr("Not undone: %1 has reached the server, which offers no way to delete it.")
                .arg(name),
            false);
        break;
    }
    m_undoing = false;
}

void ChangeHistory::confirmAgain(const QString& bookingId, const QString& restored)
{
    const QString back = tr("%1 It is confirmed again.").arg(restored);
    m_undoing = true; // the way back, not a change of its own
    Operation* confirm = m_session->bookingAction(bookingId, api::BookingAction::Confirm);
    m_undoing = false;
    if (!confirm) {
        Q_EMIT undone(back, true);
        return;
    }
    connect(confirm, &Operation::finished, this, [this, restored, back](Operation* done) {
        if (done->isOk())
            Q_EMIT undone(back, true);
        else if (done->error().kind() != api::ApiError::Kind::Cancelled)
            Q_EMIT undone(
                tr("%1 It could not be confirmed again: %2").arg(restored, done->error().message()),
                false);
    });
}

} // namespace balie::models
