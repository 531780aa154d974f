// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "AuthCommands.h"

#include "CliSession.h"

using namespace Qt::StringLiterals;

namespace balie::cli {

AuthCommands::AuthCommands(CliSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

bool AuthCommands::requireLogin()
{
    if (m_session->connector()->usesLogin())
        return true;
    m_session->fail(ExitCode::Unsupported,
                    tr("The connection \"%1\" signs in with an API key, not with a password: "
                       "there is no session to log in to or out of.")
                        .arg(m_session->connection().name));
    return false;
}

void AuthCommands::login(const Invocation&)
{
    m_session->openConnection([this] {
        if (!requireLogin())
            return;
        const api::ConnectionSettings& connection = m_session->connection();
        const QString password = QString::fromUtf8(m_session->secrets().read(
            tr("Password for %1 (%2) on %3: ")
                .arg(connection.username, connection.email, connection.baseUrl.host())));
        if (password.isEmpty()) {
            m_session->failUsage(tr("No password was given. Type it at the prompt, or send it "
                                    "on standard input (one line)."));
            return;
        }
        api::ApiJob* job = m_session->connector()->login(password);
        connect(job, &api::ApiJob::finished, this, [this](api::ApiJob* done) {
            if (!done->isOk()) {
                m_session->fail(done->error(), {}, false);
                return;
            }
            m_session->keepTokens([this](const api::CredentialStore::Result& result) {
                if (!result.ok()) {
                    // Without the keychain the session cannot outlive this run.
                    m_session->failKeychain(result);
                    return;
                }
                m_session->out().info(
                    tr("Logged in to \"%1\" as %2.")
                        .arg(m_session->connection().name, m_session->connection().username));
                m_session->finish();
            });
        });
    });
}

void AuthCommands::logout(const Invocation&)
{
    m_session->openConnection([this] {
        if (!requireLogin())
            return;
        m_session->connector()->logout();
        m_session->keepTokens([this](const api::CredentialStore::Result& result) {
            if (!result.ok()) {
                m_session->failKeychain(result);
                return;
            }
            m_session->out().info(tr("Logged out of \"%1\".").arg(m_session->connection().name));
            m_session->finish();
        });
    });
}

} // namespace balie::cli
