// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "RefreshSchedule.h"

#include "OrganisationSession.h"
#include "ResourceModels.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRefresh, "balie.models.refresh", QtInfoMsg)

namespace balie::models {

RefreshSchedule::RefreshSchedule(OrganisationSession* session, const RefreshPace& pace)
    : QObject(session)
    , m_session(session)
    , m_pace(pace)
{
    m_clock.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (RecordTableModel* table : session->tables()) {
        // A table loaded before the schedule began counts from its load.
        if (!table->isLoading() && table->lastSynced().isValid())
            m_lastLoadEnded.insert(table, -table->lastSynced().msecsTo(now));
        connect(table, &RecordTableModel::loadingChanged, this, [this, table](bool loading) {
            if (!loading)
                m_lastLoadEnded.insert(table, m_clock.elapsed());
        });
    }
    connect(&m_timer, &QTimer::timeout, this, [this] { check(false); });
    m_timer.start(int(m_pace.checkEveryMs));
}

qint64 RefreshSchedule::sinceLastLoad(const RecordTableModel* table) const
{
    const auto it = m_lastLoadEnded.constFind(table);
    return it == m_lastLoadEnded.constEnd() ? -1 : m_clock.elapsed() - *it;
}

namespace {

using Budgets = QList<OrganisationSession::Budget>;

// What the table's cost and the budgets allow at most, whatever the pace.
qint64 leastInterval(const RefreshPace& pace, const OrganisationSession& session,
                     const RecordTableModel* table, const Budgets& budgets)
{
    const qint64 cost = qMax(1, table->lastLoadRequests());
    qint64 interval = cost * pace.perRequestMs;
    // Each table may spend its part of the budgets' share.
    int tables = 0;
    for (const RecordTableModel* t : session.tables())
        tables += t->isSupported() ? 1 : 0;
    for (const OrganisationSession::Budget& b : budgets) {
        if (!b.countsReads || b.limit <= 0)
            continue;
        const double perWindow = b.limit * pace.budgetShare / qMax(1, tables);
        interval = qMax(interval, qint64(double(cost) * double(b.windowMs) / perWindow));
    }
    return interval;
}

qint64 interval(const RefreshPace& pace, const OrganisationSession& session,
                const RecordTableModel* table, const Budgets& budgets)
{
    const qint64 base = table == session.bookings() ? pace.bookingsMs : pace.othersMs;
    return qMax(base, leastInterval(pace, session, table, budgets));
}

bool budgetsAllow(const Budgets& budgets)
{
    for (const OrganisationSession::Budget& b : budgets) {
        // What is left belongs to the user when half is spent, and a blocked server is not
        // asked at all.
        if (b.countsReads && (b.remaining * 2 < b.limit || b.waitMs > 0))
            return false;
    }
    return true;
}

} // namespace

qint64 RefreshSchedule::intervalOf(const RecordTableModel* table) const
{
    return interval(m_pace, *m_session, table, m_session->budgets());
}

void RefreshSchedule::windowReturned()
{
    check(true);
}

void RefreshSchedule::check(bool returning)
{
    // While the server is away the session tries again by itself, with growing pauses.
    if (m_session->isOffline())
        return;
    // Read once per check: each budget is a file shared with other processes.
    const Budgets budgets = m_session->budgets();
    if (!budgetsAllow(budgets))
        return;
    for (RecordTableModel* table : m_session->tables()) {
        if (!table->isSupported() || table->isLoading())
            continue;
        // A table the server refuses (no rights, signed out) waits for the user.
        if (table->isStale() && !OrganisationSession::passes(table->lastError()))
            continue;
        const qint64 since = sinceLastLoad(table);
        if (since < 0)
            continue; // its first load has not ended
        const qint64 due =
            returning ? qMax(m_pace.onReturnMs, leastInterval(m_pace, *m_session, table, budgets))
                      : interval(m_pace, *m_session, table, budgets);
        if (since < due)
            continue;
        qCDebug(lcRefresh) << table->metaObject()->className() << "after" << since / 1000 << "s";
        Q_EMIT refreshing(table);
        table->refresh();
    }
}

} // namespace balie::models
