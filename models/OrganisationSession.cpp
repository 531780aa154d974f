#include "OrganisationSession.h"

#include "OperationTracker.h"
#include "ResourceModels.h"
#include "connectors/Connector.h"
#include "net/ApiRequest.h"
#include "net/RateBudget.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "balie.models.session", QtInfoMsg)

namespace balie::models {

namespace {
// Pauses between attempts while the server is away: soon at first, then rarely enough that a
// connection with a small hourly budget (Telesto: 100) still has requests for the day.
constexpr int RetryDelaysSeconds[] = {5, 15, 30, 60, 120, 300};
} // namespace

OrganisationSession::OrganisationSession(api::Connector* connector, const QString& connectionId,
                                         const QString& connectionName,
                                         const api::Organisation& organisation, StoreThread* store,
                                         QObject* parent)
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
{
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

bool OrganisationSession::can(api::Capability capability) const
{
    return m_connector && connector()->can(capability);
}

void OrganisationSession::watch(RecordTableModel* table)
{
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
        if (!m_failing.remove(table) || !m_failing.isEmpty())
            return;
        // The server answers again: whatever else failed meanwhile has been loaded too.
        m_retry.stop();
        m_retries = 0;
        m_nextRetry = {};
        qCInfo(lcSession) << "back online";
        Q_EMIT connectivityChanged(true);
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

void OrganisationSession::retry()
{
    ++m_retries;
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

template <class Job>
Job* OrganisationSession::reloadWhenUnknown(Job* job, RecordTableModel* table)
{
    connect(job, &api::ApiJob::finished, table, [table](api::ApiJob* done) {
        if (done->error().kind() == api::ApiError::Kind::OutcomeUnknown && table->isSupported())
            table->refresh();
    });
    return job;
}

QByteArray OrganisationSession::newIdempotencyKey()
{
    return api::ApiRequest::newIdempotencyKey();
}

Operation* OrganisationSession::createBooking(const api::BookingDraft& draft,
                                              const QByteArray& idempotencyKey)
{
    if (!m_connector)
        return closed();
    return OperationTracker::track<api::Booking>(
        reloadWhenUnknown(connector()->createBooking(m_organisation.id, draft, idempotencyKey),
                          m_bookings),
        [this](const api::Booking& booking) {
            if (m_bookings->matchesQuery(booking))
                m_bookings->upsert(booking);
        },
        this);
}

Operation* OrganisationSession::bookingAction(const QString& bookingId, api::BookingAction action,
                                              const QDateTime& newTime)
{
    if (!m_connector)
        return closed();
    return OperationTracker::track<api::Booking>(
        reloadWhenUnknown(connector()->bookingAction(m_organisation.id, bookingId, action, newTime),
                          m_bookings),
        [this](const api::Booking& booking) {
            if (m_bookings->rowOf(booking.id) >= 0 || m_bookings->matchesQuery(booking))
                m_bookings->upsert(booking);
        },
        this);
}

Operation* OrganisationSession::createCustomer(const api::CustomerDraft& draft,
                                               const QByteArray& idempotencyKey)
{
    if (!m_connector)
        return closed();
    return OperationTracker::track<api::Customer>(
        reloadWhenUnknown(connector()->createCustomer(m_organisation.id, draft, idempotencyKey),
                          m_customers),
        [this](const api::Customer& customer) { m_customers->upsert(customer); }, this);
}

Operation* OrganisationSession::updateCustomer(const QString& customerId,
                                               const api::CustomerDraft& draft)
{
    if (!m_connector)
        return closed();
    return OperationTracker::track<api::Customer>(
        reloadWhenUnknown(connector()->updateCustomer(m_organisation.id, customerId, draft),
                          m_customers),
        [this](const api::Customer& customer) { m_customers->upsert(customer); }, this);
}

Operation* OrganisationSession::createProduct(const api::ProductDraft& draft,
                                              const QByteArray& idempotencyKey)
{
    if (!m_connector)
        return closed();
    return OperationTracker::track<api::Product>(
        reloadWhenUnknown(connector()->createProduct(m_organisation.id, draft, idempotencyKey),
                          m_products),
        [this](const api::Product& product) { m_products->upsert(product); }, this);
}

Operation* OrganisationSession::updateProduct(const QString& productId,
                                              const api::ProductDraft& draft)
{
    if (!m_connector)
        return closed();
    return OperationTracker::track<api::Product>(
        reloadWhenUnknown(connector()->updateProduct(m_organisation.id, productId, draft),
                          m_products),
        [this](const api::Product& product) { m_products->upsert(product); }, this);
}

QList<OrganisationSession::Budget> OrganisationSession::budgets() const
{
    QList<Budget> result;
    if (!m_connector)
        return result;
    const bool countsReads = !connector()->info().rateLimit.creationsOnly;
    const QList<api::RateBudget*> budgets = connector()->budgets();
    for (const api::RateBudget* b : budgets) {
        result.append({b->remaining(), b->limit(), b->windowMs(), b->waitMs(),
                       b->nextSlotMsSinceEpoch(), countsReads});
    }
    return result;
}

} // namespace balie::models
