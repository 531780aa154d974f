// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Dialect.h"
#include "Records.h"

#include <variant>

namespace balie::sandbox {

struct FieldErrors;

// The Balie platform and its OAS subset (docs/api.md, "balie" and "oas"): DRF conventions,
// X-Api-Key or JWT bearer auth, organisation-scoped paths.
class PlatformApi : public Dialect
{
public:
    explicit PlatformApi(SandboxContext& context);

    QString prefix() const override;
    ApiResponse error(int status, const QString& message) const override;

private:
    using Handler = std::function<ApiResponse(const ApiRequest&, const UserRecord&)>;
    using OrgHandler = std::function<ApiResponse(const ApiRequest&, const UserRecord&, qint64 org)>;
    void authed(const QString& method, const QString& pattern, Handler handler);
    void scoped(const QString& method, const QString& pattern, OrgHandler handler);

    std::variant<UserRecord, ApiResponse> authenticate(const ApiRequest& request) const;
    static ApiResponse detail(int status, const QString& message);
    static ApiResponse fieldErrors(const FieldErrors& errors);
    ApiResponse idempotent(const ApiRequest& request, const UserRecord& user,
                           const std::function<ApiResponse()>& create);

    struct Paging
    {
        qint64 page = 1;
        qint64 size = 50;
        qint64 offset() const { return (page - 1) * size; }
    };
    std::variant<Paging, ApiResponse> paging(const ApiRequest& request) const;
    std::variant<QJsonObject, ApiResponse> page(const ApiRequest& request, const Paging& paging,
                                                qint64 total, const QJsonArray& results) const;
    static std::variant<QJsonObject, ApiResponse> body(const ApiRequest& request);

    ApiResponse helloWorld(const ApiRequest& request);
    ApiResponse login(const ApiRequest& request);
    ApiResponse refresh(const ApiRequest& request);
    ApiResponse listOrganisations(const ApiRequest& request, const UserRecord& user);
    ApiResponse createOrganisation(const ApiRequest& request, const UserRecord& user);
    ApiResponse makeActive(const ApiRequest& request, const UserRecord& user);
    ApiResponse listCustomers(const ApiRequest& request, qint64 org);
    ApiResponse createCustomer(const ApiRequest& request, const UserRecord& user, qint64 org);
    ApiResponse getCustomer(const ApiRequest& request, qint64 org);
    ApiResponse patchCustomer(const ApiRequest& request, qint64 org);
    ApiResponse listServices(const ApiRequest& request, qint64 org);
    ApiResponse listBookings(const ApiRequest& request, qint64 org);
    ApiResponse createBooking(const ApiRequest& request, const UserRecord& user, qint64 org);
    ApiResponse getBooking(const ApiRequest& request, qint64 org);
    ApiResponse bookingAction(const ApiRequest& request, qint64 org, int action);
    ApiResponse listProducts(const ApiRequest& request, qint64 org);
    ApiResponse createProduct(const ApiRequest& request, const UserRecord& user, qint64 org);
    ApiResponse getProduct(const ApiRequest& request, qint64 org);
    ApiResponse patchProduct(const ApiRequest& request, qint64 org);
};

} // namespace balie::sandbox
