#pragma once

#include <QLabel>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace balie::api {
class Connector;
class RateBudget;
} // namespace balie::api

namespace balie::ui {

// The status bar's view of the active connection's rate budgets: "Requests left: 87 of 100
// this hour", and when one is spent, when the next request can go. Hidden for flavours
// without a budget.
class RateBudgetLabel : public QLabel
{
    Q_OBJECT

public:
    explicit RateBudgetLabel(QWidget* parent = nullptr);

    void setConnector(api::Connector* connector);
    static QString describe(const api::RateBudget* budget);

protected:
    void changeEvent(QEvent* event) override;

private:
    void update();

    QPointer<api::Connector> m_connector;
    QList<QPointer<api::RateBudget>> m_budgets;
    QList<QMetaObject::Connection> m_connections;
    QTimer m_tick; // a sliding window frees requests as time passes, without a signal
};

} // namespace balie::ui
