// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Dialect.h"

namespace balie::sandbox {

// `/_sandbox/…`: counters for tests and benchmarks. No auth, never hit by injected faults.
class AdminApi : public Dialect
{
public:
    explicit AdminApi(SandboxContext& context);

    QString prefix() const override;
    ApiResponse error(int status, const QString& message) const override;
    bool faultable() const override { return false; }

private:
    ApiResponse stats(const ApiRequest& request) const;
};

} // namespace balie::sandbox
