// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ConnectionCommands.h"

#include "CliInput.h"
#include "CliSession.h"
#include "RecordTables.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "config/ConnectionStore.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace balie::cli {

ConnectionCommands::ConnectionCommands(CliSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

void ConnectionCommands::list(const Invocation& invocation)
{
    api::ConnectionStore* store = m_session->store();
    if (invocation.isSet(u"names"_s)) {
        QStringList names;
        const QList<api::ConnectionSettings> connections = store->connections();
        for (const api::ConnectionSettings& c : connections)
            names << c.name;
        m_session->out().printLines(names);
        m_session->finish();
        return;
    }
    const QString active = store->activeConnectionId();
    Table table;
    table.columns = {
        {u"id"_s, tr("ID")},
        {u"name"_s, tr("Name")},
        {u"flavour"_s, tr("Kind")},
        {u"url"_s, tr("Server")},
        {u"auth"_s, tr("Sign-in")},
        {u"username"_s, tr("User"), false, false},
        {u"email"_s, tr("E-mail"), false, false},
        {u"organisation"_s, tr("Organisation")},
        {u"active"_s, tr("Active")},
    };
    const QList<api::ConnectionSettings> connections = store->connections();
    for (const api::ConnectionSettings& c : connections) {
        const api::FlavourInfo info = api::Flavours::info(c.flavour);
        const QString organisation = store->activeOrganisationId(c.id);
        const QString authId = api::Flavours::authSchemeId(c.auth);
        table.rows.append({
            {c.id, c.id},
            {c.name, c.name},
            {info.displayName, info.id},
            {c.baseUrl.toString(), c.baseUrl.toString()},
            {api::Flavours::authSchemeDisplayName(c.auth), authId},
            {c.username, c.username.isEmpty() ? QJsonValue() : QJsonValue(c.username)},
            {c.email, c.email.isEmpty() ? QJsonValue() : QJsonValue(c.email)},
            {organisation, organisation.isEmpty() ? QJsonValue() : QJsonValue(organisation)},
            {c.id == active ? tr("yes") : QString(), c.id == active},
        });
    }
    m_session->out().printList(table);
    m_session->finish();
}

void ConnectionCommands::add(const Invocation& invocation)
{
    api::ConnectionSettings connection;
    connection.name = invocation.arg(0).trimmed();
    if (m_session->store()->find(connection.name)) {
        m_session->failUsage(
            tr("A connection named \"%1\" exists already. Remove it first, or pick another name.")
                .arg(connection.name));
        return;
    }
    if (!invocation.isSet(u"flavour"_s)) {
        m_session->failUsage(tr("Say what kind of server this is with --flavour (balie, oas, "
                                "otesse, booking, telesto or outseta)."));
        return;
    }
    const std::optional<api::Flavour> flavour =
        api::Flavours::fromId(invocation.value(u"flavour"_s));
    if (!flavour) {
        QStringList ids;
        for (api::Flavour f : api::Flavours::all())
            ids << api::Flavours::info(f).id;
        m_session->failUsage(tr("Unknown --flavour \"%1\": use one of %2.")
                                 .arg(invocation.value(u"flavour"_s), ids.join(u", "_s)));
        return;
    }
    connection.flavour = *flavour;
    const api::FlavourInfo info = api::Flavours::info(*flavour);
    connection.auth = info.authSchemes.first();
    if (invocation.isSet(u"auth"_s)) {
        const std::optional<api::AuthScheme> auth =
            api::Flavours::authSchemeFromId(invocation.value(u"auth"_s));
        QStringList offered;
        for (api::AuthScheme scheme : info.authSchemes)
            offered << api::Flavours::authSchemeId(scheme);
        if (!auth || !info.authSchemes.contains(*auth)) {
            m_session->failUsage(tr("A %1 server signs in with --auth %2.")
                                     .arg(info.displayName, offered.join(u" | "_s)));
            return;
        }
        connection.auth = *auth;
    }
    if (!invocation.isSet(u"url"_s)) {
        m_session->failUsage(
            tr("Give the server address with --url, for example %1.").arg(info.exampleBaseUrl));
        return;
    }
    connection.baseUrl = QUrl(invocation.value(u"url"_s), QUrl::StrictMode);
    connection.username = invocation.value(u"username"_s);
    connection.email = invocation.value(u"email"_s);
    if (invocation.isSet(u"refresh-path"_s))
        connection.refreshPath = invocation.value(u"refresh-path"_s);
    if (invocation.isSet(u"page-size"_s)) {
        QString why;
        const auto size =
            CliInput::integer(invocation.value(u"page-size"_s), 1, 1000, u"page-size"_s, &why);
        if (!size) {
            m_session->failUsage(why);
            return;
        }
        connection.pageSize = int(*size);
    }
    if (invocation.isSet(u"offset-unit"_s)) {
        const QString unit = invocation.value(u"offset-unit"_s);
        if (unit != u"items"_s && unit != u"pages"_s) {
            m_session->failUsage(tr("--offset-unit is \"items\" or \"pages\"."));
            return;
        }
        connection.offsetCountsPages = unit == u"pages"_s;
    }
    if (invocation.isSet(u"budget"_s)) {
        QString why;
        const auto budget =
            CliInput::integer(invocation.value(u"budget"_s), 1, 1'000'000, u"budget"_s, &why);
        if (!budget) {
            m_session->failUsage(why);
            return;
        }
        connection.requestBudget = int(*budget);
    }
    const QString problem = connection.validate();
    if (!problem.isEmpty()) {
        m_session->failUsage(problem);
        return;
    }

    connection.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    // Only with a working keychain: a connection whose secrets cannot be kept is useless, and
    // Balie never falls back to a file. Asked first, so that nobody types a key for nothing.
    m_session->keychain()->probe([this, connection](const api::CredentialStore::Result& result) {
        if (!result.ok()) {
            m_session->failKeychain(result);
            return;
        }
        // The secrets: typed at a prompt or one per line on standard input, never an argument.
        QByteArray apiKey;
        QByteArray secret;
        if (connection.auth != api::AuthScheme::Login) {
            apiKey = m_session->secrets().read(tr("API key for %1: ").arg(connection.name));
            if (apiKey.isEmpty()) {
                m_session->failUsage(tr("No API key was given. Type it at the prompt, or send "
                                        "it on standard input (one line)."));
                return;
            }
            if (api::Flavours::needsSecret(connection.auth)) {
                secret = m_session->secrets().read(tr("Secret key for %1: ").arg(connection.name));
                if (secret.isEmpty()) {
                    m_session->failUsage(tr("No secret key was given. Send it on the line after "
                                            "the API key."));
                    return;
                }
            }
        }
        api::Credentials secrets;
        secrets.apiKey = apiKey;
        secrets.secret = secret;
        save(connection, secrets);
    });
}

void ConnectionCommands::save(const api::ConnectionSettings& connection,
                              const api::Credentials& secrets)
{
    // The console's way: the secrets first, and nothing stays behind when they fail.
    m_session->workspace()->storeConnection(
        connection, secrets, [this, connection](bool ok, const QString& message) {
            if (!ok) {
                m_session->fail(ExitCode::Keychain, message);
                return;
            }
            api::ConnectionStore* store = m_session->store();
            if (store->activeConnectionId().isEmpty())
                store->setActiveConnectionId(connection.id);
            m_session->out().info(
                tr("Added the connection \"%1\" (%2).").arg(connection.name, connection.id));
            if (connection.auth == api::AuthScheme::Login)
                m_session->out().info(
                    tr("Log in with: balie-cli login --connection \"%1\"").arg(connection.name));
            else
                m_session->out().info(tr("Check it with: balie-cli connections test "
                                         "--connection \"%1\"")
                                          .arg(connection.name));
            m_session->finish();
        });
}

void ConnectionCommands::test(const Invocation&)
{
    m_session->openConnection([this] {
        api::ApiJob* job = m_session->connector()->testConnection();
        connect(job, &api::ApiJob::finished, this, [this](api::ApiJob* done) {
            if (!done->isOk()) {
                m_session->fail(done->error());
                return;
            }
            m_session->out().info(
                tr("The connection \"%1\" works.").arg(m_session->connection().name));
            const QString answer = QString::fromUtf8(done->body()).trimmed();
            if (!answer.isEmpty() && answer.size() < 200 && !answer.startsWith(u'{') &&
                !answer.startsWith(u'[')) {
                m_session->out().info(tr("The server answered: %1").arg(answer));
            }
            m_session->finish();
        });
    });
}

std::optional<api::ConnectionSettings> ConnectionCommands::existing(const QString& name)
{
    const std::optional<api::ConnectionSettings> found = m_session->store()->find(name);
    if (!found)
        m_session->fail(ExitCode::NotFound, tr("There is no connection named \"%1\".").arg(name));
    return found;
}

void ConnectionCommands::remove(const Invocation& invocation)
{
    const std::optional<api::ConnectionSettings> found = existing(invocation.arg(0));
    if (!found)
        return;
    const api::ConnectionSettings connection = *found;
    // The secrets first: a connection is never forgotten while its secrets stay behind.
    m_session->workspace()->removeConnection(
        connection.id, [this, connection](bool ok, const QString& message) {
            if (!ok) {
                m_session->fail(ExitCode::Keychain, message);
                return;
            }
            m_session->out().info(
                tr("Removed the connection \"%1\" and its secrets.").arg(connection.name));
            m_session->finish();
        });
}

void ConnectionCommands::use(const Invocation& invocation)
{
    const std::optional<api::ConnectionSettings> found = existing(invocation.arg(0));
    if (!found)
        return;
    m_session->store()->setActiveConnectionId(found->id);
    m_session->out().info(tr("\"%1\" is now the active connection.").arg(found->name));
    m_session->finish();
}

} // namespace balie::cli
