// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "DemoServer.h"

#include "sandbox/Sandbox.h"

DemoServer::~DemoServer()
{
    quit();
    wait();
}

void DemoServer::run()
{
    balie::sandbox::Sandbox sandbox;
    if (!sandbox.start()) {
        Q_EMIT ready({}, sandbox.errorString());
        return;
    }
    Q_EMIT ready(sandbox.baseUrl(), {});
    exec();
}
