// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Dialect.h"
#include "RateLimiter.h"
#include "Records.h"

namespace balie::sandbox {

// Outseta (seed 003) under /outseta/api/v1: "Outseta key:secret" or a bearer token from
// POST /tokens, offset/limit pagination with metadata, 4 requests per second per credential.
class OutsetaApi : public Dialect
{
public:
    explicit OutsetaApi(SandboxContext& context);

    QString prefix() const override;
    ApiResponse error(int status, const QString& message) const override;

private:
    using Handler = std::function<ApiResponse(const ApiRequest&)>;
    void guarded(const QString& method, const QString& pattern, Handler handler);
    static ApiResponse failure(int status, const QString& code, const QString& message);
    std::optional<QString> credential(const ApiRequest& request) const;
    QJsonObject page(const QJsonArray& items, qint64 offset, qint64 limit, qint64 total) const;
    std::optional<ApiResponse> paging(const ApiRequest& request, qint64* offset,
                                      qint64* limit) const;
    static QJsonObject personJson(const CustomerRecord& customer);
    static QJsonObject selectFields(const QJsonObject& item, const QString& fields);

    ApiResponse issueToken(const ApiRequest& request);
    ApiResponse listPeople(const ApiRequest& request);
    ApiResponse createPerson(const ApiRequest& request);
    ApiResponse listAccounts(const ApiRequest& request);

    RateLimiter m_limiter;
};

} // namespace balie::sandbox
