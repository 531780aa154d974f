// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiError.h"

#include <QObject>
#include <QPointer>
#include <any>
#include <functional>

namespace balie::models {

// A request the console made through the models (a create, an edit, a booking action, a login):
// what a dialog waits for, without seeing the network layer. The models apply a result to
// their tables themselves before finished(); the dialog only shows it. Ends once, in a result
// or an error; deletes itself after finished().
class Operation : public QObject
{
    Q_OBJECT

public:
    ~Operation() override;

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    // A change the server could not take now: it waits in the outbox and is sent when the
    // server answers again. isOk(); value() is the record as it will be.
    bool isQueued() const { return m_queued; }
    const api::ApiError& error() const { return m_error; }
    // The organisation the operation works for; empty for connection-wide ones.
    QString organisationId() const { return m_organisationId; }
    // The record the server answered with (a Booking, a Customer, ...).
    template <class T>
    T value() const
    {
        const T* v = std::any_cast<T>(&m_value);
        return v ? *v : T{};
    }
    const std::any& anyValue() const { return m_value; }

public Q_SLOTS:
    // Stops waiting; ends with a Cancelled error (a write already sent may still be done).
    void cancel();

Q_SIGNALS:
    void finished(balie::models::Operation* operation);

protected:
    explicit Operation(QString organisationId, QObject* parent);
    // Ends the operation (once): `value` on success.
    void finish(const api::ApiError& error, std::any value = {});
    void finishQueued(std::any value);
    void setCanceller(std::function<void()> cancel) { m_cancel = std::move(cancel); }

private:
    QString m_organisationId;
    api::ApiError m_error;
    std::any m_value;
    std::function<void()> m_cancel;
    bool m_finished = false;
    bool m_queued = false;
    friend class OperationTracker;
};

} // namespace balie::models
