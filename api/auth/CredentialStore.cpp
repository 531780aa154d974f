// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "CredentialStore.h"

#include "ApiLogging.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace balie::api {

namespace {

CredentialStore::Result resultOf(QKeychain::Job* job)
{
    using S = CredentialStore::Result::Status;
    CredentialStore::Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = S::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = S::NotFound;
        result.message = QCoreApplication::translate(
            "balie::api::CredentialStore", "No saved secret was found for this connection.");
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = S::Denied;
        result.message = QCoreApplication::translate(
            "balie::api::CredentialStore",
            "The keychain refused access. Unlock your keyring (for example by "
            "logging in to the desktop again) and try once more.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        result.status = S::Unavailable;
        result.message = QCoreApplication::translate(
            "balie::api::CredentialStore",
            "No keychain is available, so Balie cannot keep passwords and keys "
            "safely. Install and start a Secret Service such as GNOME Keyring "
            "or KWallet, then start Balie again. Balie never stores secrets in "
            "a plain file.");
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.status = S::Failed;
        result.message = QCoreApplication::translate("balie::api::CredentialStore",
                                                     "The keychain could not remove the secret.");
        break;
    }
    // QtKeychain's own text (GLib's, untranslated) goes to the log, not to the person.
    qCWarning(lcKeychain) << "keychain error" << int(job->error()) << job->errorString();
    return result;
}

// Starts a QtKeychain job and reports on it through `done`. The job deletes itself.
void run(QKeychain::Job* job, const QObject* context, CredentialStore::Callback done,
         std::function<void(QKeychain::Job*, CredentialStore::Result&)> extra = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done), extra = std::move(extra)](QKeychain::Job* j) {
                         CredentialStore::Result result = resultOf(j);
                         if (extra)
                             extra(j, result);
                         done(result);
                     });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QStringList CredentialStore::secretNames()
{
    return {SecretEntry::apiKey, SecretEntry::secret, SecretEntry::refreshToken,
            SecretEntry::accessToken};
}

namespace {

QByteArray* field(Credentials& credentials, const QString& name)
{
    if (name == SecretEntry::apiKey)
        return &credentials.apiKey;
    if (name == SecretEntry::secret)
        return &credentials.secret;
    if (name == SecretEntry::refreshToken)
        return &credentials.refreshToken;
    return &credentials.accessToken;
}

} // namespace

void CredentialStore::readCredentials(const QString& connectionId, const QObject* context,
                                      CredentialsCallback done)
{
    // The pending keychain call owns the step; the step refers to itself only weakly.
    auto credentials = std::make_shared<Credentials>();
    auto step = std::make_shared<std::function<void(qsizetype)>>();
    *step = [this, connectionId, context, credentials, done = std::move(done),
             weak = std::weak_ptr(step)](qsizetype i) {
        const QStringList names = secretNames();
        if (i == names.size()) {
            Result ok;
            ok.status = Result::Status::Ok;
            done(ok, *credentials);
            return;
        }
        const QString name = names.at(i);
        read(connectionId, name, context,
             [credentials, done, name, i, step = weak.lock()](const Result& r) {
                 if (!r.ok() && r.status != Result::Status::NotFound) {
                     done(r, {});
                     return;
                 }
                 *field(*credentials, name) = r.data;
                 (*step)(i + 1);
             });
    };
    (*step)(0);
}

void CredentialStore::writeCredentials(const QString& connectionId, const Credentials& credentials,
                                       const QObject* context, Callback done)
{
    QList<QPair<QString, QByteArray>> entries;
    Credentials given = credentials;
    for (const QString& name : secretNames()) {
        const QByteArray value = *field(given, name);
        if (!value.isEmpty())
            entries.append({name, value});
    }
    auto step = std::make_shared<std::function<void(qsizetype)>>();
    *step = [this, connectionId, context, entries, done = std::move(done),
             weak = std::weak_ptr(step)](qsizetype i) {
        if (i == entries.size()) {
            Result ok;
            ok.status = Result::Status::Ok;
            QTimer::singleShot(0, context, [done, ok] { done(ok); });
            return;
        }
        write(connectionId, entries.at(i).first, entries.at(i).second, context,
              [done, i, step = weak.lock()](const Result& r) {
                  if (r.ok())
                      (*step)(i + 1);
                  else
                      done(r);
              });
    };
    (*step)(0);
}

QString CredentialStore::key(const QString& connectionId, const QString& name) const
{
    return connectionId + u'/' + name;
}

void CredentialStore::read(const QString& connectionId, const QString& name, const QObject* context,
                           Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key(connectionId, name));
    run(job, context, std::move(done), [](QKeychain::Job* j, Result& result) {
        if (result.ok())
            result.data = static_cast<QKeychain::ReadPasswordJob*>(j)->textData().toUtf8();
    });
}

void CredentialStore::write(const QString& connectionId, const QString& name,
                            const QByteArray& secret, const QObject* context, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key(connectionId, name));
    // As text, so that the keyring's own tools (Seahorse, secret-tool) show it as it is.
    job->setTextData(QString::fromUtf8(secret));
    run(job, context, std::move(done));
}

void CredentialStore::remove(const QString& connectionId, const QString& name,
                             const QObject* context, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key(connectionId, name));
    run(job, context, [done = std::move(done)](const Result& r) {
        if (r.status == Result::Status::NotFound) {
            Result ok;
            ok.status = Result::Status::Ok;
            done(ok);
            return;
        }
        done(r);
    });
}

void CredentialStore::removeAll(const QString& connectionId, const QStringList& names,
                                const QObject* context, Callback done)
{
    if (names.isEmpty()) {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            Result ok;
            ok.status = Result::Status::Ok;
            done(ok);
        });
        return;
    }
    // One after the other: the Secret Service serialises them anyway, and the first failure
    // is the one worth reporting.
    const QString first = names.first();
    const QStringList rest = names.mid(1);
    remove(connectionId, first, context,
           [this, connectionId, rest, context, done](const Result& r) {
               if (!r.ok()) {
                   done(r);
                   return;
               }
               removeAll(connectionId, rest, context, done);
           });
}

void CredentialStore::probe(Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(u"balie-probe/does-not-exist"_s);
    run(job, this, [done = std::move(done)](const Result& r) {
        Result result = r;
        if (r.status == Result::Status::NotFound || r.ok()) {
            result.status = Result::Status::Ok;
            result.message.clear();
        }
        done(result);
    });
}

} // namespace balie::api
