// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "AdminApi.h"

using namespace Qt::StringLiterals;

namespace balie::sandbox {

AdminApi::AdminApi(SandboxContext& context)
    : Dialect(context)
{
    m_router.add(u"GET"_s, u"/stats"_s, [this](const ApiRequest& r) { return stats(r); });
}

QString AdminApi::prefix() const
{
    return u"/_sandbox"_s;
}

ApiResponse AdminApi::error(int status, const QString& message) const
{
    return ApiResponse::json(status, QJsonObject{{u"detail"_s, message}});
}

ApiResponse AdminApi::stats(const ApiRequest&) const
{
    const SandboxStats& s = m_ctx.stats;
    return ApiResponse::json(200, QJsonObject{{u"requests"_s, s.requests},
                                              {u"logins"_s, s.logins},
                                              {u"refreshes"_s, s.refreshes},
                                              {u"creations"_s, s.creations},
                                              {u"faults"_s, s.faults},
                                              {u"rate_limited"_s, s.rateLimited},
                                              {u"telesto_blocks"_s, s.telestoBlocks}});
}

} // namespace balie::sandbox
