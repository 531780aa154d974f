// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

class QThreadPool;

namespace balie::api {

// The threads for bulk work (reading list pages, preparing rows a local store kept), one per
// core. Work on them calls lowerThisThreadsPriority() first, so that the UI thread gets the
// processor first and stays responsive meanwhile. One pool for all of it: each thread of a
// process costs memory of its own (a stack, an allocator arena).
QThreadPool* backgroundThreads();

// Lowers the scheduling priority of the calling thread, once per thread.
void lowerThisThreadsPriority();

} // namespace balie::api
