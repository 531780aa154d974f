// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "OrganisationSession.h"

#include "ChangeHistory.h"
#include "OperationTracker.h"
#include "Outbox.h"
#include "ResourceModels.h"
#include "connectors/Connector.h"
#include "net/ApiRequest.h"
#include "net/RateBudget.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "balie.models.session", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace balie::models {

namespace {
// Pauses between attempts while the server is away: soon at first, then rarely enough that a
// connection with a small hourly budget (Telesto: 100) still has requests for the day.
constexpr int RetryDelaysSeconds[] = {5, 15, 30, 60, 120, 300};
} // namespace

OrganisationSession::OrganisationSession(api::Connector* connector, const QString& connectionId,
                                         const QString& connectionName,
                                         const api::Organisation& organisation, StoreThread* store,
                                         Outbox* outbox, QObject* parent)
    : QObject(parent)
    , m_connector(connector)
    , m_connectionId(connectionId)
    , m_connectionName(connectionName)
    , m_organisation(organisation)
    , m_customers(new CustomerTableModel(this))
    , m_accounts(new AccountTableModel(this))
    , m_services(new ServiceTableModel(this))
    , m_bookings(new BookingTableModel(this))
    , m_products(new ProductTableModel(this))
    , m_outbox(outbox)
    , m_holdMs(Outbox::HoldMs)
{
    if (!m_outbox) {
        m_outbox = new Outbox(nullptr, this);
        m_outbox->setConnector(connector);
    }
    connect(m_outbox, &Outbox::entriesChanged, this, &OrganisationSession::showPending);
    connect(m_outbox, &Outbox::delivered, this,
            [this](const Outbox::Entry& entry, const std::any& record) {
                if (entry.organisationId == m_organisation.id)
                    applyDelivered(entry.change, record);
                // Any change that arrives shows the server reachable again.
                if (std::exchange(m_sendFailing, false) && !isOffline())
                    backOnline();
            });
    connect(m_outbox, &Outbox::dropped, this, [this](const Outbox::Entry& entry) {
        if (entry.organisationId == m_organisation.id)
            applyDropped(entry.change);
    });
    connect(m_outbox, &Outbox::refused, this, [this](const Outbox::Entry& entry) {
        if (entry.organisationId == m_organisation.id)
            Q_EMIT changeRefused(entry);
    });
    connect(m_outbox, &Outbox::unreachable, this, [this] {
        const bool wasOffline = isOffline();
        m_sendFailing = true;
        scheduleRetry();
        if (!wasOffline)
            Q_EMIT connectivityChanged(false);
    });
    m_history = new ChangeHistory(this);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &OrganisationSession::retry);
    for (RecordTableModel* table : tables()) {
        watch(table);
        table->setStore(store);
    }
    if (connector) {
        const QList<api::RateBudget*> budgets = connector->budgets();
        for (api::RateBudget* budget : budgets)
            connect(budget, &api::RateBudget::changed, this, &OrganisationSession::budgetsChanged);
    }
    // The tables load on the next turn of the event loop: the pages bound to this session on
    // activeChanged() first say what they show (the bookings' dates), so that each table is
    // asked for once.
    QMetaObject::invokeMethod(
        this,
        [this] {
            for (RecordTableModel* table : tables())
                table->setScope(this->connector(), m_organisation.id);
        },
        Qt::QueuedConnection);
}

OrganisationSession::~OrganisationSession()
{
    for (RecordTableModel* table : tables())
        table->cancel();
    if (m_connector)
        connector()->cancelOrganisation(m_organisation.id);
}

api::Connector* OrganisationSession::connector() const
{
    return static_cast<api::Connector*>(m_connector.data());
}

QList<RecordTableModel*> OrganisationSession::tables() const
{
    return {m_customers, m_accounts, m_services, m_bookings, m_products};
}

QString OrganisationSession::description() const
{
    if (m_organisation.name.isEmpty() || m_organisation.name == m_connectionName ||
        m_organisation.isImplicit)
        return m_connectionName;
    return QCoreApplication::translate("balie::models::OrganisationSession", "%1 — %2",
                                       "organisation — connection")
        .arg(m_organisation.name, m_connectionName);
}

QString OrganisationSession::flavourName() const
{
    return m_connector ? connector()->info().displayName : QString();
}

QString OrganisationSession::serverHost() const
{
    return m_connector ? connector()->settings().baseUrl.host() : QString();
}

bool OrganisationSession::can(api::Capability capability) const
{
    return m_connector && connector()->can(capability);
}

void OrganisationSession::watch(RecordTableModel* table)
{
    // Rows from the store or the server: the changes still waiting show over them.
    connect(table, &RecordTableModel::keptRowsShown, this, &OrganisationSession::showPending);
    connect(table, &RecordTableModel::loadFailed, this, [this, table](const api::ApiError& error) {
        const bool passing = passes(error);
        const bool wasOnline = m_failing.isEmpty();
        if (passing) {
            m_failing.insert(table);
            scheduleRetry();
        }
        Q_EMIT loadFailed(table, error);
        if (passing && wasOnline)
            Q_EMIT connectivityChanged(false);
    });
    connect(table, &RecordTableModel::loadSucceeded, this, [this, table] {
        showPending();
        // The server answers: whatever else failed meanwhile has been loaded too.
        const bool wasOffline = isOffline();
        m_failing.remove(table);
        if (m_failing.isEmpty())
            m_sendFailing = false;
        if (wasOffline && !isOffline())
            backOnline();
    });
}

bool OrganisationSession::passes(const api::ApiError& error)
{
    switch (error.kind()) {
    case api::ApiError::Kind::Network:
    case api::ApiError::Kind::Timeout:
    case api::ApiError::Kind::Server:
    case api::ApiError::Kind::RateLimited:
        return true;
    default:
        return false;
    }
}

void OrganisationSession::scheduleRetry()
{
    if (m_retry.isActive())
        return;
    const int step = qMin(m_retries, int(std::size(RetryDelaysSeconds)) - 1);
    qint64 delayMs = qint64(RetryDelaysSeconds[step]) * 1000;
    // A server or budget that names its own wait is believed.
    for (RecordTableModel* table : std::as_const(m_failing))
        delayMs = qMax(delayMs, table->lastError().retryAfterMs());
    m_nextRetry = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    m_retry.start(int(qMin<qint64>(delayMs, 3'600'000)));
    qCInfo(lcSession) << "offline; trying again in" << delayMs / 1000 << "s";
}

void OrganisationSession::backOnline()
{
    m_retry.stop();
    m_retries = 0;
    m_nextRetry = {};
    qCInfo(lcSession) << "back online";
    if (m_outbox)
        m_outbox->resume();
    Q_EMIT connectivityChanged(true);
}

void OrganisationSession::retry()
{
    ++m_retries;
    // Only a change could not go: trying it again tells whether the server is back; with none
    // left to send (taken back meanwhile), a table's refresh does.
    if (m_sendFailing && m_failing.isEmpty()) {
        if (m_outbox && m_outbox->hasWaiting()) {
            m_outbox->resume();
        } else {
            for (RecordTableModel* table : tables()) {
                if (table->isSupported()) {
                    table->refresh();
                    break;
                }
            }
        }
    }
    const auto failing = m_failing;
    for (RecordTableModel* table : failing) {
        if (!table->isLoading())
            table->refresh();
    }
}

QDateTime OrganisationSession::lastSynced() const
{
    QDateTime oldest;
    for (RecordTableModel* table : tables()) {
        if (!table->isSupported())
            continue;
        const QDateTime when = table->lastSynced();
        if (when.isValid() && (!oldest.isValid() || when < oldest))
            oldest = when;
    }
    return oldest;
}

QDateTime OrganisationSession::nextRetry() const
{
    return m_retry.isActive() ? m_nextRetry : QDateTime();
}

void OrganisationSession::refreshAll()
{
    for (RecordTableModel* table : tables()) {
        if (table->isSupported())
            table->refresh();
    }
}

void OrganisationSession::keepFresh(std::optional<RefreshPace> pace)
{
    delete m_schedule;
    m_schedule = pace ? new RefreshSchedule(this, *pace) : nullptr;
}

void OrganisationSession::reconcileAll()
{
    for (RecordTableModel* table : tables()) {
        if (table->isSupported())
            table->reconcile();
    }
}

Operation* OrganisationSession::closed()
{
    return OperationTracker::failed(
        api::ApiError(api::ApiError::Kind::Network,
                      QCoreApplication::translate("balie::models::OrganisationSession",
                                                  "The connection is closed. Open it again.")),
        m_organisation.id, this);
}

QByteArray OrganisationSession::newIdempotencyKey()
{
    return api::ApiRequest::newIdempotencyKey();
}

Operation* OrganisationSession::submit(OutboxChange change, qint64 holdMs)
{
    if (!m_connector || !m_outbox)
        return closed();
    if (change.idempotencyKey.isEmpty())
        change.idempotencyKey = newIdempotencyKey();
    Operation* operation = m_outbox->submit(m_organisation.id, change,
                                            expectedRecord(change, rowIdOf(change)), holdMs);
    // As the desk saw it, for undo; the opposite of a change being undone is not recorded.
    const bool remember = !m_history->isUndoing();
    const std::any before = remember ? currentRecord(change) : std::any();
    connect(operation, &Operation::finished, this,
            [this, change, before, remember](Operation* done) {
                if (remember && done->isOk())
                    m_history->record(change, before, done->anyValue());
                // An answer lost on its way back: the table is loaded again, so that what the
                // server now holds is what the user sees before trying again.
                if (done->error().kind() == api::ApiError::Kind::OutcomeUnknown) {
                    if (RecordTableModel* table = tableOf(change); table && table->isSupported())
                        table->refresh();
                }
            });
    return operation;
}

std::any OrganisationSession::currentRecord(const OutboxChange& change) const
{
    const auto found = [](const auto& record) {
        return record ? std::any(*record) : std::any();
    };
    switch (change.kind) {
    case OutboxChange::Kind::CreateBooking:
    case OutboxChange::Kind::BookingAction:
        return found(m_bookings->find(change.target));
    case OutboxChange::Kind::CreateCustomer:
    case OutboxChange::Kind::UpdateCustomer:
        return found(m_customers->find(change.target));
    case OutboxChange::Kind::CreateProduct:
    case OutboxChange::Kind::UpdateProduct:
        return found(m_products->find(change.target));
    }
    return {};
}

RecordTableModel* OrganisationSession::tableOf(const OutboxChange& change) const
{
    switch (change.kind) {
    case OutboxChange::Kind::CreateBooking:
    case OutboxChange::Kind::BookingAction:
        return m_bookings;
    case OutboxChange::Kind::CreateCustomer:
    case OutboxChange::Kind::UpdateCustomer:
        return m_customers;
    case OutboxChange::Kind::CreateProduct:
    case OutboxChange::Kind::UpdateProduct:
        return m_products;
    }
    return nullptr;
}

QString OrganisationSession::rowIdOf(const OutboxChange& change)
{
    // A create has no id before the server gives one: its row goes by its key meanwhile.
    return change.isCreate() ? RecordTableModel::standInId(change.idempotencyKey) : change.target;
}

std::any OrganisationSession::expectedRecord(const OutboxChange& change, const QString& rowId) const
{
    switch (change.kind) {
    case OutboxChange::Kind::CreateBooking: {
        api::Booking b;
        b.id = rowId;
        b.organisationId = m_organisation.id;
        b.serviceId = change.booking.serviceId;
        b.customerId = change.booking.customerId;
        b.customerName = change.booking.customerName;
        b.customerEmail = change.booking.customerEmail;
        if (const std::optional<api::Customer> c = m_customers->find(b.customerId)) {
            b.customerName = c->name;
            b.customerEmail = c->email;
        }
        b.scheduledAt = change.booking.scheduledAt.toUTC();
        b.durationMinutes = change.booking.durationMinutes;
        if (const std::optional<api::Service> s = m_services->find(b.serviceId)) {
            b.serviceName = s->name;
            if (b.durationMinutes <= 0)
                b.durationMinutes = s->durationMinutes;
        }
        b.note = change.booking.note;
        b.status = api::BookingStatus::Created;
        return b;
    }
    case OutboxChange::Kind::BookingAction: {
        std::optional<api::Booking> b = m_bookings->find(change.target);
        if (!b)
            return {};
        switch (change.action) {
        case api::BookingAction::Confirm:
            b->status = api::BookingStatus::Confirmed;
            break;
        case api::BookingAction::Complete:
            b->status = api::BookingStatus::Completed;
            break;
        case api::BookingAction::Cancel:
            b->status = api::BookingStatus::Cancelled;
            break;
        case api::BookingAction::Reschedule:
            b->status = api::BookingStatus::Rescheduled;
            b->scheduledAt = change.newTime.toUTC();
            if (change.newDuration > 0)
                b->durationMinutes = change.newDuration;
            break;
        }
        return *b;
    }
    case OutboxChange::Kind::CreateCustomer:
    case OutboxChange::Kind::UpdateCustomer: {
        api::Customer c = m_customers->find(change.target).value_or(api::Customer{});
        c.id = rowId;
        c.organisationId = m_organisation.id;
        c.name = change.customer.name;
        c.email = change.customer.email;
        c.phone = change.customer.phone;
        return c;
    }
    case OutboxChange::Kind::CreateProduct:
    case OutboxChange::Kind::UpdateProduct: {
        api::Product p = m_products->find(change.target).value_or(api::Product{});
        p.id = rowId;
        p.organisationId = m_organisation.id;
        p.name = change.product.name;
        p.eanUpc = change.product.eanUpc;
        if (change.product.stockOnHand)
            p.stockOnHand = change.product.stockOnHand;
        return p;
    }
    }
    return {};
}

void OrganisationSession::showPending()
{
    QHash<RecordTableModel*, QSet<QString>> shown;
    const QList<Outbox::Entry> entries = m_outbox ? m_outbox->entries() : QList<Outbox::Entry>();
    for (const Outbox::Entry& e : entries) {
        if (e.organisationId != m_organisation.id)
            continue;
        const QString id = rowIdOf(e.change);
        const std::any expected = expectedRecord(e.change, id);
        if (!expected.has_value())
            continue;
        QString note;
        switch (e.state) {
        case Outbox::State::Held:
            note =
                tr("Sent at %1; until then it can be undone.")
                    .arg(QLocale().toString(e.notBefore.toLocalTime().time(), QLocale::LongFormat));
            break;
        case Outbox::State::Waiting:
            note = tr("Waiting to be sent: the server cannot be reached now.");
            break;
        case Outbox::State::Sending:
            note = tr("Being sent.");
            break;
        default:
            note = tr("Not sent: %1").arg(e.reason);
            break;
        }
        if (!e.change.isCreate() && !m_before.contains(id)) {
            // As the server has it: what a dropped change gives back.
            if (std::any current = currentRecord(e.change); current.has_value())
                m_before.insert(id, std::move(current));
        }
        if (const auto* b = std::any_cast<api::Booking>(&expected)) {
            if (!m_bookings->matchesQuery(*b) && m_bookings->rowOf(id) < 0)
                continue;
            m_bookings->upsertPending(*b, note);
            shown[m_bookings].insert(id);
        } else if (const auto* c = std::any_cast<api::Customer>(&expected)) {
            m_customers->upsertPending(*c, note);
            shown[m_customers].insert(id);
        } else if (const auto* p = std::any_cast<api::Product>(&expected)) {
            m_products->upsertPending(*p, note);
            shown[m_products].insert(id);
        }
    }
    // Rows no change shows any more: a create's stand-in goes, an edited row is the server's.
    for (auto it = m_shownPending.cbegin(); it != m_shownPending.cend(); ++it) {
        for (const QString& id : it.value()) {
            if (shown.value(it.key()).contains(id))
                continue;
            if (RecordTableModel::isStandIn(id)) {
                if (it.key() == m_bookings)
                    m_bookings->removePending(id);
                else if (it.key() == m_customers)
                    m_customers->removePending(id);
                else if (it.key() == m_products)
                    m_products->removePending(id);
            } else {
                it.key()->clearPending(id);
            }
        }
    }
    m_shownPending = shown;
}

void OrganisationSession::applyDelivered(const OutboxChange& change, const std::any& record)
{
    const QString id = rowIdOf(change);
    if (const auto* b = std::any_cast<api::Booking>(&record)) {
        if (change.isCreate())
            m_bookings->removePending(id);
        m_bookings->clearPending(b->id);
        if (m_bookings->rowOf(b->id) >= 0 || m_bookings->matchesQuery(*b))
            m_bookings->upsert(*b);
    } else if (const auto* c = std::any_cast<api::Customer>(&record)) {
        if (change.isCreate())
            m_customers->removePending(id);
        m_customers->clearPending(c->id);
        m_customers->upsert(*c);
    } else if (const auto* p = std::any_cast<api::Product>(&record)) {
        if (change.isCreate())
            m_products->removePending(id);
        m_products->clearPending(p->id);
        m_products->upsert(*p);
    }
    for (auto it = m_shownPending.begin(); it != m_shownPending.end(); ++it)
        it.value().remove(id);
    m_before.remove(id);
}

void OrganisationSession::applyDropped(const OutboxChange& change)
{
    showPending();
    if (change.isCreate())
        return;
    // An edited row showed what was never sent: the server's comes back.
    const std::any before = m_before.take(rowIdOf(change));
    if (const auto* b = std::any_cast<api::Booking>(&before))
        m_bookings->upsert(*b);
    else if (const auto* c = std::any_cast<api::Customer>(&before))
        m_customers->upsert(*c);
    else if (const auto* p = std::any_cast<api::Product>(&before))
        m_products->upsert(*p);
    else
        tableOf(change)->refresh();
    showPending(); // other changes of the same row show over it again
}

namespace {

QString whenText(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString actionText(api::BookingAction action)
{
    return api::BookingStatuses::actionDisplayName(action);
}

// Where a reschedule takes a booking, and its new length when it has one.
QString destinationText(const OutboxChange& change)
{
    if (change.newDuration <= 0)
        return whenText(change.newTime);
    return QCoreApplication::translate("balie::models::OrganisationSession", "%1, %n min", nullptr,
                                       change.newDuration)
        .arg(whenText(change.newTime));
}

} // namespace

QString OrganisationSession::describeAlone(const Outbox::Entry& entry)
{
    const OutboxChange& c = entry.change;
    switch (c.kind) {
    case OutboxChange::Kind::CreateBooking:
        return tr("New booking: %1, %2")
            .arg(c.booking.customerName.isEmpty() ? c.booking.customerId : c.booking.customerName,
                 whenText(c.booking.scheduledAt));
    case OutboxChange::Kind::BookingAction:
        if (c.action == api::BookingAction::Reschedule)
            return tr("%1: booking %2, to %3")
                .arg(actionText(c.action), c.target, destinationText(c));
        return tr("%1: booking %2").arg(actionText(c.action), c.target);
    case OutboxChange::Kind::CreateCustomer:
        return tr("New customer: %1").arg(c.customer.name);
    case OutboxChange::Kind::UpdateCustomer:
        return tr("Customer changed: %1").arg(c.customer.name);
    case OutboxChange::Kind::CreateProduct:
        return tr("New product: %1").arg(c.product.name);
    case OutboxChange::Kind::UpdateProduct:
        return tr("Product changed: %1").arg(c.product.name);
    }
    return {};
}

QString OrganisationSession::describe(const Outbox::Entry& entry) const
{
    const OutboxChange& c = entry.change;
    if (entry.organisationId != m_organisation.id)
        return describeAlone(entry);
    if (c.kind == OutboxChange::Kind::CreateBooking) {
        if (const std::optional<api::Customer> customer = m_customers->find(c.booking.customerId))
            return tr("New booking: %1, %2").arg(customer->name, whenText(c.booking.scheduledAt));
    }
    if (c.kind == OutboxChange::Kind::BookingAction) {
        if (const std::optional<api::Booking> b = m_bookings->find(c.target)) {
            const QString who = b->customerName.isEmpty() ? b->customerId : b->customerName;
            if (c.action == api::BookingAction::Reschedule)
                return tr("%1: booking of %2, to %3")
                    .arg(actionText(c.action), who, destinationText(c));
            return tr("%1: booking of %2, %3")
                .arg(actionText(c.action), who, whenText(b->scheduledAt));
        }
    }
    return describeAlone(entry);
}

std::optional<api::Booking> OrganisationSession::bookingOnServer(const QString& bookingId) const
{
    if (const auto it = m_before.constFind(bookingId); it != m_before.cend()) {
        if (const auto* b = std::any_cast<api::Booking>(&it.value()))
            return *b;
    }
    return m_bookings->find(bookingId);
}

Operation* OrganisationSession::createBooking(const api::BookingDraft& draft,
                                              const QByteArray& idempotencyKey)
{
    OutboxChange change;
    change.kind = OutboxChange::Kind::CreateBooking;
    change.booking = draft;
    change.idempotencyKey = idempotencyKey;
    return submit(change);
}

Operation* OrganisationSession::bookingAction(const QString& bookingId, api::BookingAction action,
                                              const QDateTime& newTime, int newDuration)
{
    OutboxChange change;
    change.kind = OutboxChange::Kind::BookingAction;
    change.target = bookingId;
    change.action = action;
    change.newTime = newTime.toUTC();
    // A length goes only where the flavour takes one with a move.
    change.newDuration =
        action == api::BookingAction::Reschedule && can(api::Capability::ChangeDuration)
            ? newDuration
            : 0;
    return submit(change, change.isIrreversible() ? m_holdMs : 0);
}

Operation* OrganisationSession::createCustomer(const api::CustomerDraft& draft,
                                               const QByteArray& idempotencyKey)
{
    OutboxChange change;
    change.kind = OutboxChange::Kind::CreateCustomer;
    change.customer = draft;
    change.idempotencyKey = idempotencyKey;
    return submit(change);
}

Operation* OrganisationSession::updateCustomer(const QString& customerId,
                                               const api::CustomerDraft& draft)
{
    OutboxChange change;
    change.kind = OutboxChange::Kind::UpdateCustomer;
    change.target = customerId;
    change.customer = draft;
    return submit(change);
}

Operation* OrganisationSession::createProduct(const api::ProductDraft& draft,
                                              const QByteArray& idempotencyKey)
{
    OutboxChange change;
    change.kind = OutboxChange::Kind::CreateProduct;
    change.product = draft;
    change.idempotencyKey = idempotencyKey;
    return submit(change);
}

Operation* OrganisationSession::updateProduct(const QString& productId,
                                              const api::ProductDraft& draft)
{
    OutboxChange change;
    change.kind = OutboxChange::Kind::UpdateProduct;
    change.target = productId;
    change.product = draft;
    return submit(change);
}

QList<OrganisationSession::Budget> OrganisationSession::budgets() const
{
    QList<Budget> result;
    if (!m_connector)
        return result;
    const bool countsReads = !connector()->info().rateLimit.creationsOnly;
    const QList<api::RateBudget*> budgets = connector()->budgets();
    for (const api::RateBudget* b : budgets) {
        const qint64 waitMs = b->waitMs();
        result.append({b->remaining(), b->limit(), b->windowMs(), waitMs,
                       QDateTime::currentMSecsSinceEpoch() + waitMs, countsReads});
    }
    return result;
}

} // namespace balie::models
