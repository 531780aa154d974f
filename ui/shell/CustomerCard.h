// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace balie::models {
class OrganisationSession;
}

namespace balie::ui {

// One customer on one card: contact details (a phone number calls, an e-mail address writes),
// their coming and past bookings among those the console has, "New booking" for them, and
// "Edit…" where the flavour lets customers change. It follows the tables while it is open.
class CustomerCard : public QDialog
{
    Q_OBJECT

public:
    CustomerCard(models::OrganisationSession* session, const QString& customerId,
                 QWidget* parent = nullptr);

    QString customerId() const { return m_customerId; }
    QLabel* contactLabel() const { return m_contact; }
    QTreeWidget* upcoming() const { return m_upcoming; }
    QTreeWidget* past() const { return m_past; }
    QPushButton* newBookingButton() const { return m_newBooking; }
    QPushButton* editButton() const { return m_edit; }

Q_SIGNALS:
    void newBookingRequested(const QString& customerId);
    void editRequested(const QString& customerId);
    void bookingChosen(const QString& bookingId);

private:
    // Shows what the models hold now (not QWidget::update, which only repaints).
    void present();

    QPointer<models::OrganisationSession> m_session;
    QString m_customerId;
    QLabel* m_name;
    QLabel* m_contact;
    QLabel* m_upcomingTitle;
    QTreeWidget* m_upcoming;
    QLabel* m_pastTitle;
    QTreeWidget* m_past;
    QPushButton* m_newBooking;
    QPushButton* m_edit;
    QTimer m_later;
};

} // namespace balie::ui
