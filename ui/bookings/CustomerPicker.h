// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QPointer>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QTreeView;

namespace balie::models {
class CustomerTableModel;
class RecordFilterProxy;
} // namespace balie::models

namespace balie::ui {

// Picks the customer of a booking. Where the connection lists customers: one search field
// whose popup offers the customers whose name, e-mail or phone contain every typed word (case-
// and accent-insensitively), with e-mail and phone beside the name so that namesakes can be
// told apart; Down opens it, Enter or a click picks. Typed text alone picks a customer only
// when it names exactly one: between namesakes the user chooses, the picker never guesses.
// Where bookings take the customer inline (Booking API): name and e-mail.
class CustomerPicker : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerPicker(models::CustomerTableModel* customers, QWidget* parent = nullptr);

    // The table to pick from (the organisation's, shared); null for inline name and e-mail.
    void setCustomers(models::CustomerTableModel* customers);
    bool isInline() const { return m_customers.isNull(); }
    // Fixes the customer (rescheduling): shown, not editable.
    void setFixedCustomer(const QString& id, const QString& text);

    QString customerId() const { return m_customerId; }
    // Chooses the listed customer with this id (shown as when picked); empty clears the choice.
    void setCustomerId(const QString& id);
    QString inlineName() const;
    QString inlineEmail() const;
    // Whether enough is chosen or typed to send.
    bool hasChoice() const;
    // Picks the customer the typed text names unambiguously: the only customer whose name or
    // e-mail is exactly the text, or the only one that matches at all. Namesakes are left to
    // the user (ambiguity() says how many) and the list opens to choose from.
    void resolveTyped();
    // How many customers the typed text names exactly when it could not pick one (0: none).
    int ambiguity() const { return m_ambiguity; }
    // Why nothing is chosen, for an error next to the field (empty when something is).
    QString problem() const;

    QLineEdit* searchEdit() const { return m_search; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* emailEdit() const { return m_email; }
    QCompleter* completer() const { return m_completer; }
    QTreeView* popup() const { return m_popup; }
    QWidget* firstField() const;
    QWidget* lastField() const;

    // At most this many suggestions show; typing more narrows them.
    static constexpr int MaxSuggestions = 100;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void textEdited(const QString& text);
    void showSuggestions();
    void choose(const QString& id);
    void fitColumns();
    void updateMode();
    void retranslateUi();

    QPointer<models::CustomerTableModel> m_customers;
    models::RecordFilterProxy* m_proxy;
    QCompleter* m_completer;
    QTreeView* m_popup;
    QLineEdit* m_search;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QString m_customerId;
    int m_ambiguity = 0;
    QSize
        m_popupFor; // rows shown and width of the list on screen, to move it only when they change
    bool m_fixed = false;
};

} // namespace balie::ui
