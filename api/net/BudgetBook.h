// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace balie::api {

class RateBudget;

// Hands out the client-side rate budgets, shared by everything that spends the same server
// limit: per key (Outseta, the Booking API) or per machine (Telesto counts per IP address).
// Budgets are kept in files under `directory` so that separate runs share them.
class BudgetBook : public QObject
{
    Q_OBJECT

public:
    explicit BudgetBook(QString directory, QObject* parent = nullptr);

    RateBudget* budget(const QString& key, int limit, qint64 windowMs, qint64 maxQueueMs);
    RateBudget* find(const QString& key) const { return m_budgets.value(key); }
    QList<RateBudget*> budgets() const { return m_budgets.values(); }

    static QString defaultDirectory();

Q_SIGNALS:
    void budgetChanged(balie::api::RateBudget* budget);

private:
    QString m_directory;
    QHash<QString, RateBudget*> m_budgets;
};

} // namespace balie::api
