// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Connector.h"

namespace balie::api {

// Outseta: `Authorization: Outseta <key>:<secret>`, offset/limit pages of at most 100, people
// as customers, and a budget of 4 requests a second per key (short waits are queued).
class OutsetaConnector : public Connector
{
    Q_OBJECT

public:
    OutsetaConnector(const ConnectionSettings& settings, QNetworkAccessManager* nam,
                     BudgetBook* budgets, QObject* parent);

    ApiJob* testConnection() override;
    CustomerListJob* customers(const QString& organisationId, const CustomerQuery& query) override;
    AccountListJob* accounts(const QString& organisationId) override;
    ValueJob<Customer>* createCustomer(const QString& organisationId, const CustomerDraft& draft,
                                       const QByteArray& idempotencyKey) override;

protected:
    void bindBudgets(const Credentials& credentials) override;

private:
    ApiRequest withBudget(ApiRequest request) const;
    // A list in pages of `offset`/`limit` (at most 100 a page, the guide's maximum).
    template <class T>
    ResourceListJob<T>* list(const QString& path, const QString& organisationId,
                             typename ResourceListJob<T>::Parser parser);
    RateBudget* m_budget = nullptr;
};

} // namespace balie::api
