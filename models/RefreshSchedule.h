// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace balie::models {

class OrganisationSession;
class RecordTableModel;

// How often the tables refresh by themselves.
struct RefreshPace
{
    qint64 bookingsMs = 60'000;
    qint64 othersMs = 5 * 60'000;
    // A table older than this is refreshed when the window comes back to the front.
    qint64 onReturnMs = 30'000;
    // The share of a rate budget automatic refreshes may spend.
    double budgetShare = 0.25;
    // A refresh of n requests is at least n times this apart: politeness towards servers
    // that document no limit.
    qint64 perRequestMs = 1'000;
    qint64 checkEveryMs = 5'000;
};

// Keeps an organisation's tables fresh by themselves: the bookings often (the day's agenda
// changes while the desk looks at it), the other tables now and then, and every table that is
// a while old when the window comes back to the front. Each refresh waits for the previous one
// of its table, and the pace is stretched to the connection's rate budget: automatic refreshes
// spend at most a small share of it (Telesto's 100 requests an hour must last the working day,
// with room for what the user does), never when less than half of it is left, and a refresh
// that costs many requests comes as many seconds apart. While the server is away, the
// session's own retries take over.
class RefreshSchedule : public QObject
{
    Q_OBJECT

public:
    explicit RefreshSchedule(OrganisationSession* session, const RefreshPace& pace = {});

    const RefreshPace& pace() const { return m_pace; }
    // The time between two automatic refreshes of a table, with its cost and the budgets.
    qint64 intervalOf(const RecordTableModel* table) const;
    // The window came back to the front: tables a while old are refreshed now.
    void windowReturned();

Q_SIGNALS:
    // An automatic refresh began (for the log and for tests).
    void refreshing(balie::models::RecordTableModel* table);

private:
    void check(bool returning);
    qint64 sinceLastLoad(const RecordTableModel* table) const;

    OrganisationSession* m_session;
    RefreshPace m_pace;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QHash<const RecordTableModel*, qint64> m_lastLoadEnded; // m_clock's ms
};

} // namespace balie::models
