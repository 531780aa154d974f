// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Workspace.h"

#include "KeptRecords.h"
#include "LocalStore.h"
#include "OperationTracker.h"
#include "OrganisationDirectory.h"
#include "OrganisationSession.h"
#include "Outbox.h"
#include "ResourceModels.h"
#include "StoreThread.h"
#include "config/ConnectionStore.h"
#include "connectors/Connector.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWorkspace, "balie.models.workspace", QtInfoMsg)

namespace balie::models {

struct Workspace::Open
{
    api::ConnectionSettings settings;
    std::unique_ptr<api::Connector> connector;
    ConnectionState state = ConnectionState::Closed;
    bool inMemory = false; // the demo, or no keychain: secrets are never written anywhere
    QByteArray keptRefreshToken;
    QByteArray keptAccessToken;
    // Token writes under way, and who waits for them (keepTokens()).
    int writing = 0;
    std::optional<api::CredentialStore::Result> firstFailure;
    QList<api::CredentialStore::Callback> waiting;
};

Workspace::Workspace(QSettings* settings, api::CredentialStore* keychain,
                     QNetworkAccessManager* nam, api::BudgetBook* budgets,
                     const QString& storeFolder, QObject* parent)
    : QObject(parent)
    , m_store(std::make_unique<api::ConnectionStore>(settings))
    , m_keychain(keychain)
    , m_nam(nam)
    , m_budgets(budgets)
    , m_directory(new OrganisationDirectory(this))
    , m_organisations(new OrganisationTableModel(this))
    , m_noCustomers(new CustomerTableModel(this))
    , m_noAccounts(new AccountTableModel(this))
    , m_noServices(new ServiceTableModel(this))
    , m_noProducts(new ProductTableModel(this))
    , m_storeFolder(storeFolder)
{}

Workspace::~Workspace()
{
    delete m_session;
    m_session = nullptr;
    for (const auto& open : std::as_const(m_open)) {
        if (open->connector)
            open->connector->cancelAll();
    }
    qDeleteAll(m_outboxes); // before the stores they write to
    qDeleteAll(m_stores);   // each waits for its writes
}

Outbox* Workspace::outbox(const QString& connectionId)
{
    if (connectionId.isEmpty())
        return nullptr;
    Outbox*& outbox = m_outboxes[connectionId];
    if (!outbox) {
        outbox = new Outbox(store(connectionId));
        connect(outbox, &Outbox::entriesChanged, this, &Workspace::outboxChanged);
        if (const auto open = m_open.value(connectionId); open && open->connector)
            outbox->setConnector(open->connector.get());
        outbox->load();
    }
    return outbox;
}

int Workspace::changesWaiting() const
{
    int count = 0;
    for (const Outbox* outbox : m_outboxes)
        count += outbox->pendingCount();
    return count;
}

StoreThread* Workspace::store(const QString& connectionId)
{
    if (m_storeFolder.isEmpty() || connectionId.isEmpty())
        return nullptr;
    StoreThread*& store = m_stores[connectionId];
    if (!store)
        store = new StoreThread(store::LocalStore::pathFor(m_storeFolder, connectionId));
    return store;
}

QList<api::ConnectionSettings> Workspace::connections() const
{
    return m_store->connections();
}

api::ConnectionSettings Workspace::connection(const QString& connectionId) const
{
    if (const auto open = m_open.value(connectionId))
        return open->settings;
    return m_store->find(connectionId).value_or(api::ConnectionSettings{});
}

qint64 Workspace::localDataSize(const QString& connectionId) const
{
    if (m_storeFolder.isEmpty())
        return 0;
    return store::LocalStore::sizeOnDisk(store::LocalStore::pathFor(m_storeFolder, connectionId));
}

void Workspace::clearLocalData(const QString& connectionId, std::function<void(qint64)> done)
{
    // After the writes already posted, so that none of them makes the file again.
    if (StoreThread* kept = store(connectionId))
        kept->wipe(std::move(done));
    else
        done(0);
}

Workspace::ConnectionState Workspace::state(const QString& connectionId) const
{
    const auto open = m_open.value(connectionId);
    return open ? open->state : ConnectionState::Closed;
}

api::Connector* Workspace::connector(const QString& connectionId) const
{
    const auto open = m_open.value(connectionId);
    return open ? open->connector.get() : nullptr;
}

void Workspace::setState(const QString& connectionId, ConnectionState state)
{
    const auto open = m_open.value(connectionId);
    if (!open || open->state == state)
        return;
    open->state = state;
    qCInfo(lcWorkspace) << "connection" << open->settings.name << state;
    Q_EMIT connectionStateChanged(connectionId);
}

void Workspace::openAll()
{
    const QList<api::ConnectionSettings> all = m_store->connections();
    for (const api::ConnectionSettings& settings : all)
        open(settings.id);
}

void Workspace::open(const QString& connectionId)
{
    prepare(connectionId, [this, connectionId](api::Connector* connector, const auto&) {
        if (connector)
            listOrLogin(connectionId);
    });
}

std::shared_ptr<Workspace::Open> Workspace::startOpening(const QString& connectionId)
{
    const std::optional<api::ConnectionSettings> settings = m_store->find(connectionId);
    if (!settings)
        return nullptr;
    auto open = std::make_shared<Open>();
    open->settings = *settings;
    if (const auto old = m_open.value(connectionId); old && old->connector)
        old->connector->cancelAll();
    m_open.insert(connectionId, open);
    setState(connectionId, ConnectionState::Opening);
    return open;
}

void Workspace::prepare(const QString& connectionId, Prepared ready)
{
    const std::shared_ptr<Open> open = startOpening(connectionId);
    if (!open) {
        api::CredentialStore::Result none;
        none.status = api::CredentialStore::Result::Status::NotFound;
        none.message = tr("There is no such connection.");
        QTimer::singleShot(0, this, [ready, none] { ready(nullptr, none); });
        return;
    }
    m_keychain->readCredentials(
        connectionId, this,
        [this, open, connectionId, ready](const api::CredentialStore::Result& r,
                                          const api::Credentials& credentials) {
            if (m_open.value(connectionId) != open)
                return; // removed or reopened meanwhile
            if (!r.ok()) {
                Q_EMIT keychainProblem(r.message);
                setState(connectionId, ConnectionState::Failed);
                ready(nullptr, r);
                return;
            }
            wireConnector(open, credentials);
            ready(open->connector.get(), r);
        });
}

api::Connector* Workspace::prepareWith(const QString& connectionId,
                                       const api::Credentials& credentials, Session session)
{
    const std::shared_ptr<Open> open = startOpening(connectionId);
    if (!open)
        return nullptr;
    open->inMemory = session == Session::InMemoryOnly;
    wireConnector(open, credentials);
    return open->connector.get();
}

void Workspace::useInMemoryCredentials(const QString& connectionId,
                                       const api::Credentials& credentials)
{
    if (prepareWith(connectionId, credentials, Session::InMemoryOnly))
        listOrLogin(connectionId);
}

void Workspace::listOrLogin(const QString& connectionId)
{
    const auto open = m_open.value(connectionId);
    if (open->settings.auth == api::AuthScheme::Login &&
        open->connector->refreshToken().isEmpty()) {
        setState(connectionId, ConnectionState::NeedsLogin);
        return;
    }
    if (store(connectionId))
        showKept(connectionId);
    listOrganisations(connectionId);
}

void Workspace::wireConnector(const std::shared_ptr<Open>& open,
                              const api::Credentials& credentials)
{
    open->connector = api::Connector::create(open->settings, m_nam, m_budgets);
    open->connector->setCredentials(credentials);
    outbox(open->settings.id)->setConnector(open->connector.get());
    open->keptRefreshToken = credentials.refreshToken;
    open->keptAccessToken = credentials.accessToken;
    const QString id = open->settings.id;
    connect(open->connector.get(), &api::Connector::refreshTokenChanged, this,
            [this, id] { keepTokens(id); });
    connect(open->connector.get(), &api::Connector::loginRequired, this,
            [this, id] { setState(id, ConnectionState::NeedsLogin); });
    connect(open->connector.get(), &api::Connector::refreshPathFound, this,
            [this, id](const QString& path) { rememberRefreshPath(id, path); });
}

void Workspace::rememberRefreshPath(const QString& connectionId, const QString& path)
{
    std::optional<api::ConnectionSettings> settings = m_store->find(connectionId);
    if (!settings || settings->refreshPath == path)
        return;
    settings->refreshPath = path;
    m_store->save(*settings);
}

void Workspace::keepTokens(const QString& connectionId, api::CredentialStore::Callback done)
{
    const auto open = m_open.value(connectionId);
    api::CredentialStore::Result ok;
    ok.status = api::CredentialStore::Result::Status::Ok;
    if (!open || !open->connector) {
        if (done)
            QTimer::singleShot(0, this, [done, ok] { done(ok); });
        return;
    }
    if (!open->inMemory && open->connector->usesLogin()) {
        const QByteArray refresh = open->connector->refreshToken();
        // Without a session there is no access token to keep either.
        const QByteArray access = refresh.isEmpty() ? QByteArray() : open->connector->accessToken();
        const QList<std::tuple<QString, QByteArray, QByteArray*>> tokens{
            {api::SecretEntry::refreshToken, refresh, &open->keptRefreshToken},
            {api::SecretEntry::accessToken, access, &open->keptAccessToken}};
        for (const auto& [name, token, kept] : tokens) {
            if (token == *kept)
                continue;
            const QByteArray previous = std::exchange(*kept, token);
            ++open->writing;
            auto written = [this, open, kept, token,
                            previous](const api::CredentialStore::Result& r) {
                // Not kept after all: the next keepTokens() tries again and reports it.
                if (!r.ok() && *kept == token)
                    *kept = previous;
                secretWritten(open, r);
            };
            if (token.isEmpty())
                m_keychain->remove(connectionId, name, this, written);
            else
                m_keychain->write(connectionId, name, token, this, written);
        }
    }
    if (!done)
        return;
    if (open->writing == 0)
        QTimer::singleShot(0, this, [done, ok] { done(ok); });
    else
        open->waiting.append(std::move(done));
}

void Workspace::secretWritten(const std::shared_ptr<Open>& open,
                              const api::CredentialStore::Result& r)
{
    if (!r.ok()) {
        Q_EMIT keychainProblem(r.message);
        if (!open->firstFailure)
            open->firstFailure = r;
    }
    if (--open->writing > 0)
        return;
    api::CredentialStore::Result result;
    result.status = api::CredentialStore::Result::Status::Ok;
    if (open->firstFailure)
        result = *std::exchange(open->firstFailure, std::nullopt);
    for (const auto& done : std::exchange(open->waiting, {}))
        done(result);
}

void Workspace::keepAllTokens(const std::function<void()>& done)
{
    auto left = std::make_shared<int>(int(m_open.size()) + 1);
    auto one = [left, done](const api::CredentialStore::Result&) {
        if (--*left == 0)
            done();
    };
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it)
        keepTokens(it.key(), one);
    // The +1, from the event loop: `done` never runs before this returns (a caller may start
    // waiting only afterwards).
    QTimer::singleShot(0, this, [one] { one({}); });
}

void Workspace::keepSecretsInMemory(const QString& connectionId)
{
    if (const auto open = m_open.value(connectionId))
        open->inMemory = true;
}

void Workspace::listOrganisations(const QString& connectionId)
{
    const auto open = m_open.value(connectionId);
    if (!open || !open->connector)
        return;
    api::OrganisationListJob* job = open->connector->organisations();
    auto rows = std::make_shared<QList<api::Organisation>>();
    connect(job, &api::ListJob::rowsAvailable, this, [job, rows] { *rows += job->takeRows(); });
    connect(job, &api::ListJob::finished, this, [this, job, rows, connectionId, open] {
        if (m_open.value(connectionId) != open)
            return;
        if (!job->isOk()) {
            const auto kind = job->error().kind();
            if (kind == api::ApiError::Kind::Cancelled)
                return;
            if (kind == api::ApiError::Kind::LoginRequired || kind == api::ApiError::Kind::Auth) {
                setState(connectionId, ConnectionState::NeedsLogin);
            } else if (OrganisationSession::passes(job->error()) && store(connectionId)) {
                openOffline(connectionId, job->error());
                return;
            } else {
                setState(connectionId, ConnectionState::Failed);
            }
            Q_EMIT problem(job->error(), open->settings.name);
            return;
        }
        m_offlineRetries.remove(connectionId);
        if (StoreThread* kept = store(connectionId)) {
            QList<store::LocalStore::Row> packed;
            for (const api::Organisation& o : std::as_const(*rows))
                packed.append({o.id, packRow(o)});
            kept->post([packed, when = QDateTime::currentDateTimeUtc()](store::LocalStore& s) {
                s.replaceRows(KeptRecords::organisationsKey(), QString(), packed);
                s.setSyncedAt(KeptRecords::organisationsKey(), QString(), when);
            });
        }
        takeOrganisations(connectionId, *rows, ConnectionState::Ready);
        // The server answers: what waited in the outbox goes now.
        outbox(connectionId)->resume();
    });
}

void Workspace::takeOrganisations(const QString& connectionId, const QList<api::Organisation>& rows,
                                  ConnectionState state)
{
    const auto open = m_open.value(connectionId);
    m_directory->setOrganisations(connectionId, open->settings.name, rows);
    setState(connectionId, state);

    if (m_active.isValid() && m_active.connectionId == connectionId) {
        // Reloaded: the active organisation may have gone.
        if (m_directory->rowOf(m_active) < 0)
            activate(m_directory->refAt(m_directory->rowOf({connectionId, rows.value(0).id})));
        return;
    }
    if (m_active.isValid() || rows.isEmpty())
        return;
    const QString savedConnection = m_store->activeConnectionId();
    const OrganisationRef saved{savedConnection, m_store->activeOrganisationId(savedConnection)};
    if (m_directory->rowOf(saved) >= 0) {
        activate(saved);
    } else if (savedConnection.isEmpty() || savedConnection == connectionId ||
               this->state(savedConnection) == ConnectionState::Failed ||
               this->state(savedConnection) == ConnectionState::NeedsLogin ||
               !m_store->find(savedConnection)) {
        activate({connectionId, rows.first().id});
    }
}

void Workspace::readKeptOrganisations(const QString& connectionId,
                                      std::function<void(const QList<api::Organisation>&)> then)
{
    const auto open = m_open.value(connectionId);
    const QPointer<Workspace> self(this);
    StoreThread* kept = store(connectionId);
    kept->post([self, kept, open, connectionId, then](store::LocalStore& s) {
        QList<api::Organisation> rows;
        const QList<store::LocalStore::Row> stored =
            s.rows(KeptRecords::organisationsKey(), QString());
        for (const store::LocalStore::Row& row : stored) {
            if (std::optional<api::Organisation> o = unpackRow<api::Organisation>(row.data))
                rows.append(*o);
        }
        kept->reply([self, open, connectionId, then, rows] {
            if (self && self->m_open.value(connectionId) == open)
                then(rows);
        });
    });
}

void Workspace::showKept(const QString& connectionId)
{
    readKeptOrganisations(connectionId, [this, connectionId](const QList<api::Organisation>& rows) {
        // The server answered first, or nothing was kept: nothing to show ahead of it.
        if (rows.isEmpty() || state(connectionId) != ConnectionState::Opening || m_active.isValid())
            return;
        const auto open = m_open.value(connectionId);
        m_directory->setOrganisations(connectionId, open->settings.name, rows);
        const OrganisationRef saved{connectionId, m_store->activeOrganisationId(connectionId)};
        if (m_store->activeConnectionId() == connectionId && m_directory->rowOf(saved) >= 0)
            activate(saved);
    });
}

void Workspace::openOffline(const QString& connectionId, const api::ApiError& error)
{
    readKeptOrganisations(
        connectionId, [this, connectionId, error](const QList<api::Organisation>& rows) {
            const auto open = m_open.value(connectionId);
            if (rows.isEmpty()) {
                setState(connectionId, ConnectionState::Failed);
                Q_EMIT problem(error, open->settings.name);
                return;
            }
            // The kept organisations, and their tables from the store; the list is asked for
            // again, with growing pauses, until the server answers.
            takeOrganisations(connectionId, rows, ConnectionState::Offline);
            const int retries = m_offlineRetries.value(connectionId);
            m_offlineRetries.insert(connectionId, retries + 1);
            const int seconds = std::min(5 << std::min(retries, 6), 300);
            const QPointer<Workspace> self(this);
            QTimer::singleShot(std::chrono::seconds(seconds), this, [self, open, connectionId] {
                if (self && self->m_open.value(connectionId) == open)
                    self->listOrganisations(connectionId);
            });
        });
}

void Workspace::reloadOrganisations(const QString& connectionId)
{
    listOrganisations(connectionId);
}

QString Workspace::storeConnection(const api::ConnectionSettings& input,
                                   const api::Credentials& secrets, Done done)
{
    api::ConnectionSettings settings = input;
    const QString invalid = settings.validate();
    if (!invalid.isEmpty()) {
        QTimer::singleShot(0, this, [done, invalid] { done(false, invalid); });
        return {};
    }
    if (settings.id.isEmpty())
        settings.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool isNew = !m_store->find(settings.id);
    // Secrets first: a connection is only remembered when its secrets are safe. Only the
    // keys: a session's tokens come from a login.
    api::Credentials keys;
    keys.apiKey = secrets.apiKey;
    keys.secret = secrets.secret;
    m_keychain->writeCredentials(
        settings.id, keys, this,
        [this, settings, isNew, done](const api::CredentialStore::Result& r) {
            if (r.ok()) {
                m_store->save(settings);
                Q_EMIT connectionsChanged();
                done(true, {});
            } else if (isNew) {
                // Nothing stays behind of a connection that was never saved.
                m_keychain->removeAll(settings.id, api::CredentialStore::secretNames(), this,
                                      [done, r](const auto&) { done(false, r.message); });
            } else {
                done(false, r.message);
            }
        });
    return settings.id;
}

void Workspace::saveConnection(const api::ConnectionSettings& input,
                               const api::Credentials& secrets, Done done, const QString& password)
{
    auto id = std::make_shared<QString>();
    *id = storeConnection(input, secrets,
                          [this, id, input, done, password](bool ok, const QString& message) {
                              if (!ok) {
                                  done(false, message);
                                  return;
                              }
                              if (const auto old = m_open.take(*id); old && old->connector)
                                  old->connector->cancelAll();
                              m_directory->removeConnection(*id);
                              // The password typed in the same dialog signs in now: nobody is asked
                              // for it twice.
                              if (input.auth == api::AuthScheme::Login && !password.isEmpty())
                                  login(*id, password);
                              else
                                  open(*id);
                              done(true, {});
                          });
}

void Workspace::removeConnection(const QString& connectionId, Done done)
{
    const bool wasActive = m_active.connectionId == connectionId;
    if (wasActive)
        setActive({});
    const auto open = m_open.take(connectionId);
    if (open && open->connector)
        open->connector->cancelAll();
    m_directory->removeConnection(connectionId);
    if (wasActive && m_directory->rowCount() > 0)
        activate(m_directory->refAt(0));
    // What was kept of it goes too (its tables have let go of it: their session is gone).
    delete m_outboxes.take(connectionId);
    delete m_stores.take(connectionId); // after the writes it was given
    if (!m_storeFolder.isEmpty())
        store::LocalStore::remove(store::LocalStore::pathFor(m_storeFolder, connectionId));
    const bool inMemory = open && open->inMemory;
    auto forget = [this, connectionId, done](const api::CredentialStore::Result& r) {
        if (!r.ok()) {
            done(false, r.message);
            return;
        }
        m_store->remove(connectionId);
        Q_EMIT connectionsChanged();
        done(true, {});
    };
    if (inMemory) {
        api::CredentialStore::Result ok;
        ok.status = api::CredentialStore::Result::Status::Ok;
        forget(ok);
        return;
    }
    m_keychain->removeAll(connectionId, api::CredentialStore::secretNames(), this, forget);
}

Operation* Workspace::login(const QString& connectionId, const QString& password)
{
    auto open = m_open.value(connectionId);
    if (!open || !open->connector) {
        // Not opened yet (no secrets were needed): make a connector to log in with.
        const std::optional<api::ConnectionSettings> settings = m_store->find(connectionId);
        if (!settings)
            return nullptr;
        open = std::make_shared<Open>();
        open->settings = *settings;
        m_open.insert(connectionId, open);
        wireConnector(open, {});
    }
    Operation* operation = OperationTracker::track(
        open->connector->login(password), [this, connectionId] { listOrganisations(connectionId); },
        this);
    connect(operation, &Operation::finished, this, [this, connectionId](Operation* done) {
        // Refused: the connection waits for a password (a login dialog asks for it).
        if (!done->isOk() && done->error().kind() != api::ApiError::Kind::Cancelled &&
            state(connectionId) != ConnectionState::Ready)
            setState(connectionId, ConnectionState::NeedsLogin);
    });
    return operation;
}

Operation* Workspace::testConnection(const api::ConnectionSettings& input,
                                     const api::Credentials& credentials, const QString& password)
{
    api::ConnectionSettings settings = input;
    if (settings.id.isEmpty())
        settings.id = u"connection-test"_s;
    // A connector of its own, sharing the network and the rate budgets of the open ones.
    m_testConnector = api::Connector::create(settings, m_nam, m_budgets);
    m_testConnector->setCredentials(credentials);
    return OperationTracker::track(settings.auth == api::AuthScheme::Login
                                       ? m_testConnector->login(password)
                                       : m_testConnector->testConnection(),
                                   {}, this);
}

Operation* Workspace::createOrganisation(const QString& connectionId,
                                         const api::OrganisationDraft& draft,
                                         const QByteArray& idempotencyKey)
{
    api::Connector* c = connector(connectionId);
    if (!c)
        return OperationTracker::failed(
            api::ApiError(api::ApiError::Kind::Network,
                          tr("The connection is closed. Open it again.")),
            {}, this);
    return OperationTracker::track<api::Organisation>(
        c->createOrganisation(draft, idempotencyKey),
        [this, connectionId](const api::Organisation& organisation) {
            if (m_active.connectionId == connectionId)
                m_organisations->upsert(organisation);
            listOrganisations(connectionId);
        },
        this);
}

bool Workspace::can(const QString& connectionId, api::Capability capability) const
{
    const api::Connector* c = connector(connectionId);
    return c && c->can(capability);
}

void Workspace::logout(const QString& connectionId)
{
    const auto open = m_open.value(connectionId);
    if (!open || !open->connector)
        return;
    if (m_active.connectionId == connectionId)
        setActive({});
    open->connector->logout(); // forgets the tokens; keepRefreshToken removes the kept one
    m_directory->removeConnection(connectionId);
    setState(connectionId, ConnectionState::NeedsLogin);
}

api::Organisation Workspace::activeOrganisation() const
{
    return m_directory->organisation(m_active).value_or(api::Organisation{});
}

api::Connector* Workspace::activeConnector() const
{
    return m_active.isValid() ? connector(m_active.connectionId) : nullptr;
}

void Workspace::activate(const OrganisationRef& ref)
{
    if (ref == m_active)
        return;
    setActive(ref);
    if (!ref.isValid())
        return;
    m_store->setActiveConnectionId(ref.connectionId);
    m_store->setActiveOrganisationId(ref.connectionId, ref.organisationId);

    api::Connector* c = connector(ref.connectionId);
    const std::optional<api::Organisation> organisation = m_directory->organisation(ref);
    if (c && c->can(api::Capability::ActivateOrganisation) && organisation &&
        !organisation->isImplicit) {
        api::ApiJob* job = c->activateOrganisation(ref.organisationId);
        const QString name = organisation->name;
        connect(job, &api::ApiJob::finished, this, [this, name, ref](api::ApiJob* j) {
            if (j->isOk()) {
                // The server's is_active moved: the table says so at once, not at the next load.
                if (m_active.connectionId == ref.connectionId)
                    m_organisations->setActive(ref.organisationId);
                m_directory->setActive(ref);
            } else if (const auto kind = j->error().kind();
                       kind != api::ApiError::Kind::Cancelled &&
                       kind != api::ApiError::Kind::Network &&
                       kind != api::ApiError::Kind::Timeout &&
                       state(ref.connectionId) != ConnectionState::Offline) {
                // (Unreachable, the session's tables say so once, for all.)
                Q_EMIT problem(j->error(), name);
            }
        });
    }
}

void Workspace::setActive(const OrganisationRef& ref)
{
    const OrganisationRef previous = m_active;
    // Everything of the previous organisation stops first; its tables go once every page has
    // moved to the new ones (on activeChanged()).
    if (m_session) {
        for (RecordTableModel* table : m_session->tables())
            table->cancel();
        if (api::Connector* c = connector(previous.connectionId))
            c->cancelOrganisation(previous.organisationId);
        m_session->deleteLater();
        m_session = nullptr;
    }
    m_active = ref;
    api::Connector* c = ref.isValid() ? connector(ref.connectionId) : nullptr;
    if (c) {
        api::Organisation organisation =
            m_directory->organisation(ref).value_or(api::Organisation{});
        organisation.id = ref.organisationId;
        m_session = new OrganisationSession(
            c, ref.connectionId, m_directory->connectionName(ref.connectionId), organisation,
            store(ref.connectionId), outbox(ref.connectionId), this);
        if (m_autoRefresh)
            m_session->keepFresh(*m_autoRefresh);
    }
    if (!c || previous.connectionId != ref.connectionId || m_organisations->connector() != c)
        m_organisations->setScope(c, ref.organisationId);
    Q_EMIT activeChanged(m_active);
}

void Workspace::setAutoRefresh(std::optional<RefreshPace> pace)
{
    m_autoRefresh = pace;
    if (m_session)
        m_session->keepFresh(pace);
}

void Workspace::windowReturned()
{
    if (m_session && m_session->schedule())
        m_session->schedule()->windowReturned();
}

} // namespace balie::models
