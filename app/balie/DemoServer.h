// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QThread>
#include <QUrl>

// The demo's sandbox, in a thread of its own so that serving never shares the window's event
// loop. ready() comes once it listens on a loopback port (an empty URL when it could not).
class DemoServer : public QThread
{
    Q_OBJECT

public:
    using QThread::QThread;
    ~DemoServer() override;

Q_SIGNALS:
    void ready(const QUrl& baseUrl, const QString& errorString);

protected:
    void run() override;
};
