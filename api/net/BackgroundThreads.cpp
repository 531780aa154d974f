// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "BackgroundThreads.h"

#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace balie::api {

namespace {
Q_GLOBAL_STATIC(QThreadPool, pool)
} // namespace

QThreadPool* backgroundThreads()
{
    return pool();
}

void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread; QThread::setPriority has no effect under the
    // default scheduler.
    thread_local const bool lowered = setpriority(PRIO_PROCESS, 0, 5) == 0;
    Q_UNUSED(lowered);
#endif
}

} // namespace balie::api
