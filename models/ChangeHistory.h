// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "OutboxChange.h"

#include <QObject>
#include <any>

class QUndoStack;

namespace balie::models {

class OrganisationSession;

// The organisation's recent changes, newest last, for undo (Edit › Undo, Ctrl+Z), kept in Qt's
// QUndoStack. Undoing a change still in the outbox takes it out: nothing reaches the server. A
// move or an edit the server has is reversed by the opposite change, unless the server's row
// changed since: then it says so and leaves the row alone. A new booking the server has is
// cancelled. What the server cannot take back (a cancel, a completion, a confirmation once
// sent) is said so. A change is undone once: there is no redo.
class ChangeHistory : public QObject
{
    Q_OBJECT

public:
    explicit ChangeHistory(OrganisationSession* session);
    ~ChangeHistory() override;

    // At most this many changes are kept.
    static constexpr int Limit = 50;

    QUndoStack* stack() const { return m_stack; }
    bool canUndo() const;
    // What undo would take back ("move of the booking of Sanne Peters"); empty when nothing.
    QString undoText() const;

    // A change the server took or the outbox keeps; `before` is the record as the desk saw it.
    void record(const OutboxChange& change, const std::any& before, const std::any& record);
    // Takes back the newest change; says what happened with undone().
    void undo();
    // While undo() sends the opposite of a change, which is not recorded as a change of its own.
    bool isUndoing() const { return m_undoing; }

    // The name of a change for "Undo …" (also for the confirmations).
    static QString nameOf(const OutboxChange& change, const std::any& before,
                          const std::any& record);

Q_SIGNALS:
    void changed();
    // A change went in, under this name.
    void recorded(const balie::models::OutboxChange& change, const QString& name);
    // After undo(): a sentence for the person at the desk; `ok` false when it was not undone.
    void undone(const QString& message, bool ok);

private:
    class Command;
    // A create the outbox sent later: its command learns the record's id on the server.
    void delivered(const QByteArray& idempotencyKey, const std::any& record);
    void takeBack(const Command& command);
    // After a confirmed booking's move was taken back (`restored` says how): confirmed again,
    // and said so.
    void confirmAgain(const QString& bookingId, const QString& restored);

    OrganisationSession* m_session;
    QUndoStack* m_stack;
    bool m_undoing = false;
};

} // namespace balie::models
