// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "SingleInstance.h"

#include <QDir>
#include <QLocalSocket>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInstance, "balie.app.instance")

namespace {

constexpr QByteArrayView Activate = "activate\n";
constexpr QByteArrayView Done = "ok\n";
constexpr int AnswerMs = 3000;

} // namespace

SingleInstance::SingleInstance(const QString& folder, QObject* parent)
    : QObject(parent)
    , m_socketPath(QDir(folder).filePath(u"balie.socket"_s))
    , m_lock(QDir(folder).filePath(u"balie.lock"_s))
{
    m_lock.setStaleLockTime(0); // stale only when its process is gone, however long it ran
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                // One request, of one line; anything else is not a Balie asking.
                if (socket->readLine(64) == Activate.toByteArray()) {
                    qCInfo(lcInstance) << "a second start: this console comes to the front";
                    socket->write(Done.data(), Done.size());
                    Q_EMIT activationRequested();
                }
                socket->disconnectFromServer();
            });
        }
    });
}

bool SingleInstance::claim()
{
    if (!m_lock.tryLock(0))
        return false;
    // The socket of a console that crashed is still there: the lock says it is ours now.
    QLocalServer::removeServer(m_socketPath);
    if (!m_server.listen(m_socketPath))
        qCWarning(lcInstance) << "cannot listen for a second start:" << m_server.errorString();
    return true;
}

bool SingleInstance::activateRunning()
{
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(AnswerMs))
        return false;
    socket.write(Activate.data(), Activate.size());
    if (!socket.waitForBytesWritten(AnswerMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(AnswerMs))
            return false;
    }
    return socket.readLine(64) == Done.toByteArray();
}
