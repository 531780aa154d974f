// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Booking.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QTreeView;

namespace balie::models {
class DayAgenda;
class OrganisationSession;
} // namespace balie::models

namespace balie::ui {

// The desk's start screen: today's bookings in time order, the one that comes next marked and
// a line where now is, a count by status, and tomorrow's first appointments. Each booking is
// one key away from being opened (Enter), confirmed (Ctrl+Enter), moved (Ctrl+M), completed
// once begun (Ctrl+D) or cancelled (Delete); the bookings page carries them out.
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    explicit TodayPage(QWidget* parent = nullptr);

    void setSession(models::OrganisationSession* session);
    models::DayAgenda* today() const { return m_today; }
    models::DayAgenda* tomorrow() const { return m_tomorrow; }
    QTreeView* agenda() const { return m_agenda; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* nowLabel() const { return m_nowLabel; }
    QLabel* tomorrowLabel() const { return m_tomorrowList; }
    QString currentId() const;
    QAction* confirmAction() const { return m_confirm; }
    QAction* moveAction() const { return m_move; }
    QAction* completeAction() const { return m_complete; }
    QAction* cancelAction() const { return m_cancel; }
    // What "now" is, for tests; otherwise the clock, every half minute.
    void setNow(const QDateTime& now);

Q_SIGNALS:
    // The booking is to be opened (no action) or acted on.
    void actionRequested(const QString& bookingId, std::optional<balie::api::BookingAction> action);
    // Today and tomorrow must be among the loaded bookings (while the view is shown).
    void daysWanted(const QDate& first, const QDate& last);
    void daysNoLongerWanted();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void tick();
    // Shows what the models hold now (not QWidget::update, which only repaints).
    void present();
    void updateActions();
    void restoreCurrent();
    void request(std::optional<api::BookingAction> action);
    void retranslateUi();

    QPointer<models::OrganisationSession> m_session;
    models::DayAgenda* m_today;
    models::DayAgenda* m_tomorrow;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_nowLabel;
    QLabel* m_narrowed;
    QTreeView* m_agenda;
    QLabel* m_tomorrowTitle;
    QLabel* m_tomorrowList;
    QPushButton* m_confirmButton;
    QPushButton* m_moveButton;
    QPushButton* m_completeButton;
    QPushButton* m_cancelButton;
    QAction* m_confirm = nullptr;
    QAction* m_move = nullptr;
    QAction* m_complete = nullptr;
    QAction* m_cancel = nullptr;
    QTimer m_clock;
    bool m_clockSet = false; // a test set the time
    QString m_keptId;        // the chosen booking, across a rebuild of the day
};

} // namespace balie::ui
