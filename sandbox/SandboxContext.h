// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Sandbox.h"

namespace balie::sandbox {

class Store;
class TokenIssuer;
class IdempotencyCache;

// What the dialects share: storage, settings, counters and the token and idempotency state.
struct SandboxContext
{
    Store& store;
    const SandboxOptions& options;
    SandboxStats& stats;
    TokenIssuer& tokens;
    IdempotencyCache& idempotency;
    DemoCredentials credentials;
    qint64 vendorOrganisation = 0; // the demo user's first organisation, served by the vendors
};

} // namespace balie::sandbox
