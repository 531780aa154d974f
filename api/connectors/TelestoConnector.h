// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Connector.h"

namespace balie::api {

// Telesto: `Authorization: <key>`, plain arrays of strings, {statusCode, error}. Its limit is
// 100 requests an hour per IP address, and going over blocks the address for 15 minutes; the
// client's budget (shared by every Telesto connection of this machine) keeps under it.
class TelestoConnector : public Connector
{
    Q_OBJECT

public:
    TelestoConnector(const ConnectionSettings& settings, QNetworkAccessManager* nam,
                     BudgetBook* budgets, QObject* parent);

    ApiJob* testConnection() override;
    ProductListJob* products(const QString& organisationId) override;
    ValueJob<Product>* createProduct(const QString& organisationId, const ProductDraft& draft,
                                     const QByteArray& idempotencyKey) override;
    ValueJob<Product>* updateProduct(const QString& organisationId, const QString& productId,
                                     const ProductDraft& draft) override;

    static constexpr qint64 BlockMs = 15 * 60'000;

protected:
    void bindBudgets(const Credentials& credentials) override;

private:
    ApiRequest withBudget(ApiRequest request) const;
    RateBudget* m_budget = nullptr;
};

} // namespace balie::api
