#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

namespace balie::api {

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

    // Each calls `done` once, later, in this thread; never before returning.
    void read(const QString& connectionId, const QString& name, Callback done);
    void write(const QString& connectionId, const QString& name, const QByteArray& secret,
               Callback done);
    // Removing an entry that does not exist is a success.
    void remove(const QString& connectionId, const QString& name, Callback done);
    void removeAll(const QString& connectionId, const QStringList& names, Callback done);

    // Tells whether a keychain works here by reading an entry that does not exist: NotFound
    // means it works, anything else means it does not (measured: QtKeychain 0.13 reports a
    // missing Secret Service as OtherError, a locked one as AccessDenied).
    void probe(Callback done);

    static QStringList secretNames(); // every name a connection may have

private:
    QString key(const QString& connectionId, const QString& name) const;
    QString m_service;
};

} // namespace balie::api
