#include "RateBudgetLabel.h"

#include "connectors/Connector.h"
#include "net/RateBudget.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace balie::ui {

RateBudgetLabel::RateBudgetLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(u"rateBudget"_s);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &RateBudgetLabel::update);
    hide();
}

void RateBudgetLabel::setConnector(api::Connector* connector)
{
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_budgets.clear();
    m_connector = connector;
    if (connector) {
        const QList<api::RateBudget*> budgets = connector->budgets();
        for (api::RateBudget* budget : budgets) {
            m_budgets << budget;
            m_connections << connect(budget, &api::RateBudget::changed, this,
                                     &RateBudgetLabel::update);
        }
    }
    update();
}

QString RateBudgetLabel::describe(const api::RateBudget* budget)
{
    const QString left = QLocale().toString(budget->remaining());
    const QString limit = QLocale().toString(budget->limit());
    QString text;
    // Budgets keep a small margin over the documented window ("an hour" may be 3,610 s).
    const qint64 window = budget->windowMs();
    if (window >= 3'500'000 && window <= 3'800'000)
        text = tr("Requests left: %1 of %2 this hour").arg(left, limit);
    else if (window >= 55'000 && window <= 70'000)
        text = tr("Requests left: %1 of %2 this minute").arg(left, limit);
    else if (window >= 900 && window <= 1'200)
        text = tr("Requests left: %1 of %2 this second").arg(left, limit);
    else
        text = tr("Requests left: %1 of %2 in %n second(s)", nullptr, int(window / 1000))
                   .arg(left, limit);
    const qint64 wait = budget->waitMs();
    if (wait > 0) {
        const QDateTime next = QDateTime::fromMSecsSinceEpoch(budget->nextSlotMsSinceEpoch());
        if (wait < 60'000)
            text +=
                u" — "_s + tr("next request in %n second(s)", nullptr, int((wait + 999) / 1000));
        else
            text += u" — "_s +
                    tr("next request at %1")
                        .arg(QLocale().toString(next.toLocalTime().time(), QLocale::ShortFormat));
    }
    return text;
}

void RateBudgetLabel::update()
{
    QStringList parts;
    bool waiting = false;
    for (const QPointer<api::RateBudget>& budget : std::as_const(m_budgets)) {
        if (!budget)
            continue;
        parts << describe(budget);
        waiting = waiting || budget->remaining() < budget->limit();
    }
    setText(parts.join(u"  ·  "_s));
    setAccessibleName(tr("Rate limit"));
    setVisible(!parts.isEmpty());
    if (waiting && !m_tick.isActive())
        m_tick.start();
    else if (!waiting)
        m_tick.stop();
}

void RateBudgetLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QLabel::changeEvent(event);
}

} // namespace balie::ui
