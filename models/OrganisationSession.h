// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiError.h"
#include "Outbox.h"
#include "OutboxChange.h"
#include "RefreshSchedule.h"
#include "config/Flavour.h"
#include "domain/Booking.h"
#include "domain/Customer.h"
#include "domain/Organisation.h"
#include "domain/Product.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <any>
#include <optional>

namespace balie::api {
class Connector;
}

namespace balie::models {

class AccountTableModel;
class BookingTableModel;
class ChangeHistory;
class CustomerTableModel;
class Operation;
class ProductTableModel;
class RecordTableModel;
class ServiceTableModel;
class StoreThread;

// What the console holds of the organisation it works on: one table per resource (customers,
// accounts, services, bookings, products), loaded once and shared by every page, picker and editor,
// and the writes to them. Made by the Workspace when an organisation becomes active; everything
// still running for it stops when it goes.
//
// When the server cannot be reached, the tables keep their rows (stale since lastSynced())
// and are loaded again by themselves, with growing pauses, until the server answers.
class OrganisationSession : public QObject
{
    Q_OBJECT

public:
    // With a store, the tables show what it kept of the organisation at once, and keep there
    // what the server sends. Writes go through the connection's outbox (without one, through
    // an outbox of the session's own, in memory).
    OrganisationSession(api::Connector* connector, const QString& connectionId,
                        const QString& connectionName, const api::Organisation& organisation,
                        StoreThread* store = nullptr, Outbox* outbox = nullptr,
                        QObject* parent = nullptr);
    ~OrganisationSession() override;

    QString connectionId() const { return m_connectionId; }
    QString connectionName() const { return m_connectionName; }
    QString organisationId() const { return m_organisation.id; }
    QString organisationName() const { return m_organisation.name; }
    // "Organisation — Connection" for messages and titles, or the connection's name alone for
    // flavours without organisations.
    QString description() const;
    // The flavour's name ("Telesto"), for messages such as "... does not offer bookings".
    QString flavourName() const;
    // The server's host name: it makes identifiers handed to other programs (iCalendar UIDs)
    // the same on every console that works on this server.
    QString serverHost() const;
    bool can(api::Capability capability) const;

    Outbox* outbox() const { return m_outbox; }
    // The organisation's recent changes, for undo.
    ChangeHistory* history() const { return m_history; }
    CustomerTableModel* customers() const { return m_customers; }
    AccountTableModel* accounts() const { return m_accounts; }
    ServiceTableModel* services() const { return m_services; }
    BookingTableModel* bookings() const { return m_bookings; }
    ProductTableModel* products() const { return m_products; }
    QList<RecordTableModel*> tables() const;

    // Writes, through the outbox. The answer goes into the tables before the operation
    // finishes; a change that has to wait shows at once as it will be, marked pending
    // (RecordTableModel::PendingRole), and its operation ends queued. A create carries the
    // caller's idempotency key (one per dialog, kept across retries of the same content).
    // Cancelling and completing wait Outbox::HoldMs before they are sent.
    Operation* createBooking(const api::BookingDraft& draft, const QByteArray& idempotencyKey);
    // A reschedule's newDuration (minutes, 0: the length stays) needs Capability::ChangeDuration.
    Operation* bookingAction(const QString& bookingId, api::BookingAction action,
                             const QDateTime& newTime = {}, int newDuration = 0);
    Operation* createCustomer(const api::CustomerDraft& draft, const QByteArray& idempotencyKey);
    Operation* updateCustomer(const QString& customerId, const api::CustomerDraft& draft);
    Operation* createProduct(const api::ProductDraft& draft, const QByteArray& idempotencyKey);
    Operation* updateProduct(const QString& productId, const api::ProductDraft& draft);
    static QByteArray newIdempotencyKey();
    // The booking as the server has it, before the changes still waiting show over it.
    std::optional<api::Booking> bookingOnServer(const QString& bookingId) const;
    // How long cancelling and completing wait before they are sent, for undo (tests shorten it).
    void setHoldMs(qint64 ms) { m_holdMs = ms; }

    // What a change of the outbox does, for a person: with the customer's name and the time
    // where this session's tables have them ("Cancel: booking of Sanne Peters, 1-12 14:00").
    QString describe(const Outbox::Entry& entry) const;
    static QString describeAlone(const Outbox::Entry& entry);

    // Loads every table again in the background; the rows stay until the new ones are in.
    void refreshAll();
    // Loads every table again in full, dropping rows the server no longer has.
    void reconcileAll();
    // Refreshes the tables by themselves from now on, at this pace (none: only when asked).
    void keepFresh(std::optional<RefreshPace> pace);
    // Null until keepFresh().
    RefreshSchedule* schedule() const { return m_schedule; }

    // Some table could not be loaded for a reason that passes (no network, a server error);
    // it is tried again by itself.
    bool isOffline() const { return !m_failing.isEmpty() || m_sendFailing; }
    // When the tables were last all in, for "Offline — data as of 10:42".
    QDateTime lastSynced() const;
    // When the next attempt goes while offline.
    QDateTime nextRetry() const;

    // The connection's rate budgets, for the status bar.
    struct Budget
    {
        int remaining = 0;
        int limit = 0;
        qint64 windowMs = 0;
        qint64 waitMs = 0;
        qint64 nextSlotMsSinceEpoch = 0;
        bool countsReads = true; // false: only creations spend it (the Booking API)
    };
    QList<Budget> budgets() const;

    // Whether an error passes by itself (no network, a server error, a rate limit): the
    // tables keep their rows and are tried again.
    static bool passes(const api::ApiError& error);

Q_SIGNALS:
    // A table failed to load (the context names it: "Customers").
    void loadFailed(balie::models::RecordTableModel* table, const balie::api::ApiError& error);
    void connectivityChanged(bool online);
    void budgetsChanged();
    // The server refused a change of this organisation sent again after it had waited.
    void changeRefused(const balie::models::Outbox::Entry& entry);

private:
    void watch(RecordTableModel* table);
    Operation* submit(OutboxChange change, qint64 holdMs = 0);
    // The rows the outbox's changes of this organisation show until the server has them.
    void showPending();
    std::any expectedRecord(const OutboxChange& change, const QString& rowId) const;
    void applyDelivered(const OutboxChange& change, const std::any& record);
    void applyDropped(const OutboxChange& change);
    static QString rowIdOf(const OutboxChange& change);
    RecordTableModel* tableOf(const OutboxChange& change) const;
    // The record a change is about, as its table shows it now (none for a create).
    std::any currentRecord(const OutboxChange& change) const;
    void scheduleRetry();
    void retry();
    // Every table and the outbox reach the server again.
    void backOnline();
    // The operation of a write asked for when the connection has gone.
    Operation* closed();
    // A write whose answer was lost may have been carried out: the table is loaded again, so
    // that what the server now holds is what the user sees before trying again.
    api::Connector* connector() const;

    QPointer<QObject> m_connector; // an api::Connector, kept out of this header
    QString m_connectionId;
    QString m_connectionName;
    api::Organisation m_organisation;
    CustomerTableModel* m_customers;
    AccountTableModel* m_accounts;
    ServiceTableModel* m_services;
    BookingTableModel* m_bookings;
    ProductTableModel* m_products;
    RefreshSchedule* m_schedule = nullptr;
    QPointer<Outbox> m_outbox; // the connection's, which may go first (a removed connection)
    ChangeHistory* m_history = nullptr;
    bool m_sendFailing = false; // the outbox could not reach the server
    qint64 m_holdMs;
    QHash<RecordTableModel*, QSet<QString>> m_shownPending;
    QHash<QString, std::any> m_before; // rows as the server had them, while a change shows

    QSet<RecordTableModel*> m_failing;
    QTimer m_retry;
    int m_retries = 0;
    QDateTime m_nextRetry;
};

} // namespace balie::models
