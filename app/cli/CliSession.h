// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CliOptions.h"
#include "CliOutput.h"
#include "ExitCode.h"
#include "Invocation.h"
#include "SecretReader.h"
#include "auth/CredentialStore.h"
#include "config/ConnectionSettings.h"
#include "connectors/Connector.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace balie::api {
class BudgetBook;
class ConnectionStore;
} // namespace balie::api

namespace balie::models {
class KeptRecords;
class Workspace;
} // namespace balie::models

namespace balie::cli {

// Everything one run of balie-cli works with: the console's Workspace (settings, keychain,
// opening a connection, keeping its session), the connection and its connector, the output;
// and the one way out, finish(), which first waits for the session's tokens to be kept in the
// keychain and then ends the event loop with an exit code. Nothing waits in a nested event
// loop: each step hands the next one a callback.
class CliSession : public QObject
{
    Q_OBJECT

public:
    explicit CliSession(const CliOptions& options, QObject* parent = nullptr);
    ~CliSession() override;

    const CliOptions& options() const { return m_options; }
    CliOutput& out() { return m_out; }
    SecretReader& secrets() { return m_secrets; }
    models::Workspace* workspace() const { return m_workspace.get(); }
    api::ConnectionStore* store() const;
    api::CredentialStore* keychain() const { return m_keychain; }

    // Switches to another settings file (the demo's temporary one).
    void useSettingsFile(const QString& path);

    // Finds the connection (--connection, else the active one), reads its secrets from the
    // keychain and makes its connector; calls `ready` when it can be used. Ends the run on
    // failure. With --cached it opens what the console keeps of the connection instead
    // (kept()), and there is no connector.
    void openConnection(const std::function<void()>& ready);
    bool isCached() const { return m_options.cached; }
    const models::KeptRecords* kept() const { return m_kept.get(); }
    // A kept list's age, said before it is printed ("as of 10:42, 3 hours ago"); false, after
    // ending the run, when the console has never loaded that list.
    bool noteKeptAsOf(const QDateTime& asOf, bool empty);
    // Opens a connection just saved (the demo's) without a keychain read it cannot need. With
    // `keepTokensInKeychain` false its session is written nowhere.
    void openConnection(const api::ConnectionSettings& settings, bool keepTokensInKeychain);
    api::Connector* connector() const { return m_connector; }
    const api::ConnectionSettings& connection() const { return m_connection; }

    // The organisation to work on: --org, else the connection's active one, else the
    // implicit one of flavours without organisations. Ends the run and returns an empty
    // string when there is none.
    QString organisationId();
    // False, after ending the run with ExitCode::Unsupported, when the connection's flavour
    // cannot do `capability`; `what` names the command for the message.
    bool require(api::Capability capability, const QString& what);

    // Keeps the session's tokens in the keychain now (removes them after a logout); `done` gets
    // the keychain's answer.
    void keepTokens(const api::CredentialStore::Callback& done);
    // From now on the session is written nowhere (the keychain failed, or the demo ends).
    void keepTokensInMemory();

    // Ends the run. A session that changed is kept in the keychain first.
    void finish(ExitCode code = ExitCode::Ok);
    // Reports an API failure (message, field errors, when to retry, details with -v) and
    // ends with its exit code. `suggestLogin`: an auth failure of a login connection tells how
    // to log in.
    // `notes` add lines of help after the message (such as the next available slot).
    void fail(const api::ApiError& error, const QStringList& notes = {}, bool suggestLogin = true);
    void fail(ExitCode code, const QString& message);
    // The Idempotency-Key of a create: --idempotency-key KEY, so that a script can repeat a
    // create safely, or a fresh one. Ends the run (usage) and returns nullopt on a bad key.
    std::optional<QByteArray> idempotencyKey(const Invocation& invocation);
    // Bad input: says what is wrong and where help is.
    void failUsage(const QString& message);
    // A keychain failure, with the store's own (translated) message.
    void failKeychain(const api::CredentialStore::Result& result);
    bool isFinished() const { return m_finished; }

    // Work that must happen before the run ends, however it ends (the demo removes its
    // keychain entries); it calls `done` when finished.
    using Cleanup = std::function<void(const std::function<void()>& done)>;
    void setCleanup(Cleanup cleanup) { m_cleanup = std::move(cleanup); }

    // The command that logs in to this session's connection, for messages.
    QString loginCommand() const;

private:
    std::optional<api::ConnectionSettings> findConnection();
    bool can(api::Capability capability) const;
    // A new Workspace on m_settings (at the start, and for the demo's own settings file).
    void makeWorkspace();
    void keepTokensAndExit(ExitCode code);
    void exitNow(ExitCode code);

    QByteArray m_idempotencyKey; // of the create under way, for an "outcome unknown"
    CliOptions m_options;
    CliOutput m_out;
    SecretReader m_secrets;
    std::unique_ptr<QSettings> m_settings;
    api::CredentialStore* m_keychain;
    QNetworkAccessManager m_network;
    api::BudgetBook* m_budgets;
    std::unique_ptr<models::Workspace> m_workspace;
    api::ConnectionSettings m_connection;
    api::Connector* m_connector = nullptr; // the workspace's
    std::unique_ptr<models::KeptRecords> m_kept;
    bool m_finished = false;
    Cleanup m_cleanup;
};

} // namespace balie::cli
