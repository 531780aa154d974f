// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "RateBudgetLabel.h"

#include "OrganisationSession.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace balie::ui {

RateBudgetLabel::RateBudgetLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(u"rateBudget"_s);
    setTextFormat(Qt::PlainText);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &RateBudgetLabel::update);
    hide();
}

void RateBudgetLabel::setSession(models::OrganisationSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session)
        connect(session, &models::OrganisationSession::budgetsChanged, this,
                &RateBudgetLabel::update);
    update();
}

QString RateBudgetLabel::describe(int remaining, int limitCount, qint64 window, qint64 wait,
                                  qint64 nextSlotMsSinceEpoch)
{
    const QString left = QLocale().toString(remaining);
    const QString limit = QLocale().toString(limitCount);
    QString text;
    // Budgets keep a small margin over the documented window ("an hour" may be 3,610 s).
    if (window >= 3'500'000 && window <= 3'800'000)
        text = tr("Requests left: %1 of %2 this hour").arg(left, limit);
    else if (window >= 55'000 && window <= 70'000)
        text = tr("Requests left: %1 of %2 this minute").arg(left, limit);
    else if (window >= 900 && window <= 1'200)
        text = tr("Requests left: %1 of %2 this second").arg(left, limit);
    else
        text = tr("Requests left: %1 of %2 in %n second(s)", nullptr, int(window / 1000))
                   .arg(left, limit);
    if (wait > 0) {
        const QDateTime next = QDateTime::fromMSecsSinceEpoch(nextSlotMsSinceEpoch);
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
    const QList<models::OrganisationSession::Budget> budgets =
        m_session ? m_session->budgets() : QList<models::OrganisationSession::Budget>();
    for (const auto& b : budgets) {
        parts << describe(b.remaining, b.limit, b.windowMs, b.waitMs, b.nextSlotMsSinceEpoch);
        waiting = waiting || b.remaining < b.limit;
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
