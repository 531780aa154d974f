// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiError.h"
#include "RefreshSchedule.h"
#include "auth/CredentialStore.h"
#include "config/ConnectionSettings.h"
#include "domain/Organisation.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace balie::api {
class BudgetBook;
class ConnectionStore;
class Connector;
} // namespace balie::api

namespace balie::models {

class Operation;
class OrganisationDirectory;
class OrganisationSession;
class Outbox;
class OrganisationTableModel;
class AccountTableModel;
class CustomerTableModel;
class ServiceTableModel;
class ProductTableModel;
class StoreThread;

// Which organisation of which connection the window works on.
struct OrganisationRef
{
    QString connectionId;
    QString organisationId;

    bool isValid() const { return !connectionId.isEmpty() && !organisationId.isEmpty(); }
    friend bool operator==(const OrganisationRef&, const OrganisationRef&) = default;
};

// Everything the console works on: the configured connections (settings in QSettings, secrets in
// the keychain), one connector per open connection, the organisations of each, and the active
// organisation with its tables (session()). Switching cancels everything still running for the
// previous organisation, makes a new session, and makes the organisation active on its server
// where the flavour has that.
class Workspace : public QObject
{
    Q_OBJECT

public:
    enum class ConnectionState
    {
        Closed,
        Opening,
        Ready,
        // The server could not be reached: open on the organisations kept from an earlier
        // run, and tried again by itself.
        Offline,
        NeedsLogin,
        Failed
    };
    Q_ENUM(ConnectionState)

    using Done = std::function<void(bool ok, const QString& message)>;

    // `storeFolder`: where each connection's local store is kept (LocalStore::defaultFolder()
    // for the user's console); empty keeps nothing between runs.
    Workspace(QSettings* settings, api::CredentialStore* keychain, QNetworkAccessManager* nam,
              api::BudgetBook* budgets, const QString& storeFolder = {}, QObject* parent = nullptr);
    ~Workspace() override;

    api::ConnectionStore* connectionStore() const { return m_store.get(); }
    api::CredentialStore* keychain() const { return m_keychain; }
    OrganisationDirectory* directory() const { return m_directory; }
    // For short-lived connectors (a dialog's "Test connection") that must share the network
    // and the rate budgets of the open ones.
    QNetworkAccessManager* networkManager() const { return m_nam; }
    api::BudgetBook* budgetBook() const { return m_budgets; }

    QList<api::ConnectionSettings> connections() const;
    api::ConnectionSettings connection(const QString& connectionId) const;
    ConnectionState state(const QString& connectionId) const;
    api::Connector* connector(const QString& connectionId) const;

    // The changes made on a connection that the server does not have yet (made on first use).
    Outbox* outbox(const QString& connectionId);
    // Changes of every connection not on the server yet: quitting asks first.
    int changesWaiting() const;
    QList<Outbox*> outboxes() const { return m_outboxes.values(); }
    // The local store of a connection (made on first use); null when nothing is kept.
    StoreThread* store(const QString& connectionId);
    bool keepsLocalData() const { return !m_storeFolder.isEmpty(); }
    // The bytes a connection's local store takes on disk.
    qint64 localDataSize(const QString& connectionId) const;
    // Deletes what is kept of a connection ("Clear local data"); the tables on screen stay and
    // are kept again at their next load. `done` gets the bytes freed.
    void clearLocalData(const QString& connectionId, std::function<void(qint64 freed)> done);

    // Opens every configured connection: reads its secrets from the keychain and lists its
    // organisations. Each ends Ready, NeedsLogin or Failed (connectionStateChanged()).
    void openAll();
    void open(const QString& connectionId);
    // The first half of open(): reads the connection's secrets and makes its connector, which
    // keeps a renewed session in the keychain by itself, without asking the server anything
    // (balie-cli, which sends just the one request of its command). `ready` gets the connector,
    // or null and the keychain's failure; it is not called when the connection is opened
    // again or removed meanwhile.
    using Prepared =
        std::function<void(api::Connector* connector, const api::CredentialStore::Result& r)>;
    void prepare(const QString& connectionId, Prepared ready);
    // As prepare(), at once, with credentials at hand instead of the keychain's (a demo's
    // connection, just made). InMemoryOnly: the session is never written anywhere (the demo, or
    // when no keychain works). Null when the connection does not exist.
    enum class Session
    {
        KeptInKeychain,
        InMemoryOnly
    };
    api::Connector* prepareWith(const QString& connectionId, const api::Credentials& credentials,
                                Session session);
    // Keeps the session's tokens in the keychain when they changed since they were read or
    // last kept (a renewal, a login, a logout), and calls `done` once every write of the
    // connection is through, with the first failure. Renewals are kept by themselves; a
    // program that ends waits for this first.
    void keepTokens(const QString& connectionId, api::CredentialStore::Callback done = {});
    // keepTokens() of every open connection; `done` once all are through (the console quits).
    void keepAllTokens(const std::function<void()>& done);
    // From now on the connection's tokens are written nowhere (its keychain failed).
    void keepSecretsInMemory(const QString& connectionId);

    // Saves a new or changed connection without opening it: the secrets go to the keychain
    // first; when that fails nothing is saved (nor kept of the secrets) and `done` gets the
    // keychain's (translated) message. Empty secrets keep those already stored. Returns the
    // id the connection is saved under (a new one when settings.id is empty), or an empty
    // string when the settings are invalid (then `done` says why).
    QString storeConnection(const api::ConnectionSettings& settings,
                            const api::Credentials& secrets, Done done);
    // storeConnection(), then opens the connection. With a password (login flavours), the
    // connection signs in with it at once instead of asking for it again.
    void saveConnection(const api::ConnectionSettings& settings, const api::Credentials& secrets,
                        Done done, const QString& password = {});
    // Forgets a connection: its keychain entries, then its settings.
    void removeConnection(const QString& connectionId, Done done);
    // Logs in; on success the refresh token is kept in the keychain and the connection opens.
    // Null when the connection does not exist.
    Operation* login(const QString& connectionId, const QString& password);
    // Tries settings not saved yet with the cheapest call (signing in, for login flavours).
    Operation* testConnection(const api::ConnectionSettings& settings,
                              const api::Credentials& credentials, const QString& password);
    Operation* createOrganisation(const QString& connectionId, const api::OrganisationDraft& draft,
                                  const QByteArray& idempotencyKey);
    // What the connection's flavour offers.
    bool can(const QString& connectionId, api::Capability capability) const;
    void logout(const QString& connectionId);
    // Uses credentials held in memory only (the demo, or when no keychain works).
    void useInMemoryCredentials(const QString& connectionId, const api::Credentials& credentials);

    OrganisationRef active() const { return m_active; }
    api::Organisation activeOrganisation() const;
    api::Connector* activeConnector() const;
    // The tables of the active organisation; null when none is active.
    OrganisationSession* session() const { return m_session; }
    // The organisations of the active connection, as a table.
    OrganisationTableModel* organisations() const { return m_organisations; }
    // Tables of no organisation, never loaded: what pages show (columns, no rows) while none
    // is active.
    CustomerTableModel* noCustomers() const { return m_noCustomers; }
    AccountTableModel* noAccounts() const { return m_noAccounts; }
    ServiceTableModel* noServices() const { return m_noServices; }
    ProductTableModel* noProducts() const { return m_noProducts; }
    // Makes an organisation active. Everything of the previous one is cancelled first.
    void activate(const OrganisationRef& ref);
    // Reloads the organisations of a connection (after creating one).
    void reloadOrganisations(const QString& connectionId);
    // The active organisation's tables refresh by themselves at this pace (the console); off
    // by default, so that a test's server sees only the requests the test causes.
    void setAutoRefresh(std::optional<RefreshPace> pace);
    // The window came back to the front: tables a while old are refreshed.
    void windowReturned();

Q_SIGNALS:
    void connectionsChanged();
    void connectionStateChanged(const QString& connectionId);
    void activeChanged(const balie::models::OrganisationRef& ref);
    // Something went wrong that the user should see in the message bar.
    void problem(const balie::api::ApiError& error, const QString& context);
    void keychainProblem(const QString& message);
    // A change went into an outbox, changed state or left it.
    void outboxChanged();

private:
    struct Open;
    void setState(const QString& connectionId, ConnectionState state);
    // After prepare(): asks the server for the organisations, or waits for a login.
    void listOrLogin(const QString& connectionId);
    // A new entry in m_open, Opening, for the connection's saved settings; null without them.
    std::shared_ptr<Open> startOpening(const QString& connectionId);
    // Makes the connection's connector and ties its token and login signals to this workspace.
    void wireConnector(const std::shared_ptr<Open>& open, const api::Credentials& credentials);
    void listOrganisations(const QString& connectionId);
    // The organisations and the active one as the list would set them.
    void takeOrganisations(const QString& connectionId, const QList<api::Organisation>& rows,
                           ConnectionState state);
    // Opens the connection on its kept organisations when the server is away; it fails when
    // none were kept.
    void openOffline(const QString& connectionId, const api::ApiError& error);
    // The organisations kept in the connection's store, read on its thread; `then` gets them
    // unless the connection was removed or opened again meanwhile.
    void readKeptOrganisations(const QString& connectionId,
                               std::function<void(const QList<api::Organisation>&)> then);
    // While the server is first asked: the kept organisations and the last active one's
    // tables, so that the desk sees yesterday's data at once, not after the server's answer
    // (or, with the server away, after the retries).
    void showKept(const QString& connectionId);
    void secretWritten(const std::shared_ptr<Open>& open, const api::CredentialStore::Result& r);
    void rememberRefreshPath(const QString& connectionId, const QString& path);
    // Makes `ref` the active organisation (or none) with a new session; the old one stops.
    void setActive(const OrganisationRef& ref);

    std::unique_ptr<api::ConnectionStore> m_store;
    api::CredentialStore* m_keychain;
    QNetworkAccessManager* m_nam;
    api::BudgetBook* m_budgets;
    OrganisationDirectory* m_directory;
    QHash<QString, std::shared_ptr<Open>> m_open;
    OrganisationRef m_active;
    OrganisationSession* m_session = nullptr;
    OrganisationTableModel* m_organisations;
    CustomerTableModel* m_noCustomers;
    AccountTableModel* m_noAccounts;
    ServiceTableModel* m_noServices;
    ProductTableModel* m_noProducts;
    std::unique_ptr<api::Connector> m_testConnector;
    std::optional<RefreshPace> m_autoRefresh;
    QString m_storeFolder;
    QHash<QString, StoreThread*> m_stores; // by connection, owned
    QHash<QString, Outbox*> m_outboxes;    // by connection, owned
    QHash<QString, int> m_offlineRetries;  // by connection
};

} // namespace balie::models
