// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "Router.h"
#include "SandboxContext.h"

#include <QString>
#include <optional>

namespace balie::sandbox {

// One API flavour served under a path prefix: its routes, its error shape and its limits.
class Dialect
{
public:
    explicit Dialect(SandboxContext& context)
        : m_ctx(context)
    {}
    virtual ~Dialect() = default;
    Dialect(const Dialect&) = delete;
    Dialect& operator=(const Dialect&) = delete;

    // Path prefix, "" for the platform.
    virtual QString prefix() const = 0;
    // An error in this flavour's shape, for 404, 405, 429 and 500 answered outside a handler.
    virtual ApiResponse error(int status, const QString& message) const = 0;
    // Called before routing; an answer here (a per-IP limit) stops the request.
    virtual std::optional<ApiResponse> admit(const ApiRequest&) { return std::nullopt; }
    // Whether injected faults may hit this flavour.
    virtual bool faultable() const { return true; }

    const Router& router() const { return m_router; }

protected:
    SandboxContext& m_ctx;
    Router m_router;
};

} // namespace balie::sandbox
