// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Dialect.h"
#include "RateLimiter.h"
#include "Records.h"

namespace balie::sandbox {

// Telesto (seed 004) under /telesto/v2: bare API key, every value a string ("" for null),
// a per-IP request limit whose excess starts a block.
class TelestoApi : public Dialect
{
public:
    explicit TelestoApi(SandboxContext& context);

    QString prefix() const override;
    ApiResponse error(int status, const QString& message) const override;
    std::optional<ApiResponse> admit(const ApiRequest& request) override;

private:
    using Handler = std::function<ApiResponse(const ApiRequest&)>;
    void guarded(const QString& method, const QString& pattern, Handler handler);
    static QJsonObject productJson(const ProductRecord& product);

    ApiResponse listProducts(const ApiRequest& request);
    ApiResponse getProduct(const ApiRequest& request);
    ApiResponse createProduct(const ApiRequest& request);
    ApiResponse patchProduct(const ApiRequest& request);

    RateLimiter m_limiter;
};

} // namespace balie::sandbox
