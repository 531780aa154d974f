// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "BudgetBook.h"

#include "RateBudget.h"

#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace balie::api {

BudgetBook::BudgetBook(QString directory, QObject* parent)
    : QObject(parent)
    , m_directory(std::move(directory))
{}

QString BudgetBook::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/budgets"_s;
}

RateBudget* BudgetBook::budget(const QString& key, int limit, qint64 windowMs, qint64 maxQueueMs)
{
    if (RateBudget* existing = m_budgets.value(key))
        return existing;
    auto* budget = new RateBudget(key, limit, windowMs, maxQueueMs, this);
    if (!m_directory.isEmpty()) {
        QString file = key;
        file.replace(QRegularExpression(u"[^A-Za-z0-9_.-]"_s), u"_"_s);
        budget->setPersistencePath(m_directory + u'/' + file + u".json"_s);
    }
    connect(budget, &RateBudget::changed, this, [this, budget] { Q_EMIT budgetChanged(budget); });
    m_budgets.insert(key, budget);
    return budget;
}

} // namespace balie::api
