// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "config/ConnectionSettings.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

namespace balie::api {

// The names of a connection's keychain entries: here only, for the console, the CLI and tests.
namespace SecretEntry {
inline const QString apiKey = QStringLiteral("api-key");
inline const QString secret = QStringLiteral("secret");
inline const QString refreshToken = QStringLiteral("refresh-token");
inline const QString accessToken = QStringLiteral("access-token");
} // namespace SecretEntry

// Secrets in the OS keychain (Secret Service on Linux) through QtKeychain, asynchronously, with
// the insecure plaintext fallback off: when no keychain works, Balie says so instead of
// writing secrets to a file. Entries are named "<connection id>/<name>" under one service.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Status
        {
            Ok,
            NotFound,
            Unavailable,
            Denied,
            Failed
        };
        Status status = Status::Failed;
        QByteArray data;
        QString message; // translated, for a person, when not Ok

        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result&)>;

    explicit CredentialStore(QString service = QStringLiteral("balie"), QObject* parent = nullptr);

    QString service() const { return m_service; }

    // Each calls `done` once, later, in this thread; never before returning. With a context,
    // `done` is called only while the context lives: a keyring may answer minutes later (a
    // password prompt), when whoever asked is gone; without one, the store is the context.
    void read(const QString& connectionId, const QString& name, Callback done)
    {
        read(connectionId, name, this, std::move(done));
    }
    void read(const QString& connectionId, const QString& name, const QObject* context,
              Callback done);
    void write(const QString& connectionId, const QString& name, const QByteArray& secret,
               Callback done)
    {
        write(connectionId, name, secret, this, std::move(done));
    }
    void write(const QString& connectionId, const QString& name, const QByteArray& secret,
               const QObject* context, Callback done);
    // Removing an entry that does not exist is a success.
    void remove(const QString& connectionId, const QString& name, Callback done)
    {
        remove(connectionId, name, this, std::move(done));
    }
    void remove(const QString& connectionId, const QString& name, const QObject* context,
                Callback done);
    void removeAll(const QString& connectionId, const QStringList& names, Callback done)
    {
        removeAll(connectionId, names, this, std::move(done));
    }
    void removeAll(const QString& connectionId, const QStringList& names, const QObject* context,
                   Callback done);

    // Tells whether a keychain works here by reading an entry that does not exist: NotFound
    // means it works, anything else means it does not (measured: QtKeychain 0.13 reports a
    // missing Secret Service as OtherError, a locked one as AccessDenied).
    void probe(Callback done);

    // A connection's credentials, all entries one after the other (the Secret Service
    // serialises them anyway); a missing entry is simply empty. `done` gets the first failure
    // or Ok with the credentials.
    using CredentialsCallback = std::function<void(const Result&, const Credentials&)>;
    void readCredentials(const QString& connectionId, const QObject* context,
                         CredentialsCallback done);
    // Writes the non-empty secrets of `credentials`, one after the other; `done` gets the
    // first failure (the entries before it are written) or Ok.
    void writeCredentials(const QString& connectionId, const Credentials& credentials,
                          const QObject* context, Callback done);

    static QStringList secretNames(); // every name a connection may have

private:
    QString key(const QString& connectionId, const QString& name) const;
    QString m_service;
};

} // namespace balie::api
