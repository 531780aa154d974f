// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLabel>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace balie::models {
class OrganisationSession;
}

namespace balie::ui {

// The status bar's view of the active connection's rate budgets: "Requests left: 87 of 100
// this hour", and when one is spent, when the next request can go. Hidden for flavours
// without a budget.
class RateBudgetLabel : public QLabel
{
    Q_OBJECT

public:
    explicit RateBudgetLabel(QWidget* parent = nullptr);

    void setSession(models::OrganisationSession* session);
    static QString describe(int remaining, int limit, qint64 windowMs, qint64 waitMs,
                            qint64 nextSlotMsSinceEpoch);

protected:
    void changeEvent(QEvent* event) override;

private:
    void update();

    QPointer<models::OrganisationSession> m_session;
    QTimer m_tick; // a sliding window frees requests as time passes, without a signal
};

} // namespace balie::ui
