#pragma once

#include <QWidget>

class QCompleter;
class QLineEdit;
class QStackedWidget;

namespace balie::models {
class CustomerTableModel;
class RecordFilterProxy;
} // namespace balie::models

namespace balie::ui {

// Picks the customer of a booking. Where the connection lists customers: one search field
// whose popup offers the customers whose name or e-mail contain every typed word (case- and
// accent-insensitively). Where bookings take the customer inline (Booking API): name and e-mail.
class CustomerPicker : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerPicker(models::CustomerTableModel* customers, QWidget* parent = nullptr);

    bool isInline() const { return m_customers == nullptr; }
    // Fixes the customer (rescheduling): shown, not editable.
    void setFixedCustomer(const QString& id, const QString& text);

    QString customerId() const { return m_customerId; }
    // Chooses the listed customer with this id (shown as when picked); empty clears the choice.
    void setCustomerId(const QString& id);
    QString inlineName() const;
    QString inlineEmail() const;
    // Whether enough is chosen or typed to send.
    bool hasChoice() const;
    // Picks the customer the typed text names unambiguously (exactly, or as the only match).
    void resolveTyped();

    QLineEdit* searchEdit() const { return m_search; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* emailEdit() const { return m_email; }
    QWidget* firstField() const;
    QWidget* lastField() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void choose(int sourceRow);
    void retranslateUi();

    models::CustomerTableModel* m_customers;
    models::RecordFilterProxy* m_proxy = nullptr;
    QCompleter* m_completer = nullptr;
    QLineEdit* m_search;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QString m_customerId;
    QString m_chosenText;
};

} // namespace balie::ui
