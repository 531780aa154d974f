// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <QString>

// One console per user: two would share the keychain entries and the local stores, and each
// would send the other's queued changes. The first start holds a lock file and listens on a
// local socket beside it; a later start asks it to come to the front and goes. A lock left by a
// console that crashed is taken over (QLockFile checks that its process still runs).
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `folder`: where the lock and the socket live (the user's runtime folder).
    explicit SingleInstance(const QString& folder, QObject* parent = nullptr);

    // Whether this is the only console: it then holds the lock until it quits.
    bool claim();
    // Asks the console that holds the lock to come to the front; false when it did not answer.
    bool activateRunning();

Q_SIGNALS:
    void activationRequested();

private:
    QString m_socketPath;
    QLockFile m_lock;
    QLocalServer m_server;
};
