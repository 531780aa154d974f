// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>
#include <QHash>
#include <QMessageBox>
#include <QPointer>

class QLabel;
class QPushButton;
class QDialogButtonBox;
class QVBoxLayout;

namespace balie::api {
class ApiError;
}

namespace balie::ui {

class MessageBar;

// The common behaviour of Balie's editors: errors next to the field they concern (checked
// before sending, or named by the server), other errors in a message bar inside the dialog,
// the save button disabled while a request is in flight, the dialog open with everything typed
// when saving fails, and a question before closing with unsaved changes.
class EditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EditorDialog(QWidget* parent = nullptr);

    virtual bool hasUnsavedChanges() const = 0;
    bool isBusy() const { return m_busy; }
    QPushButton* saveButton() const { return m_save; }
    MessageBar* messageBar() const { return m_message; }
    // The error shown at a field ("" when none).
    QString fieldError(const QString& field) const;
    QMessageBox* discardQuestion() const { return m_question; }

public Q_SLOTS:
    void reject() override; // asks first when something was typed

protected:
    // Wraps a field with the label under it that shows its errors.
    QWidget* withError(QWidget* field, const QString& key);
    // Lays out: message bar, `form`, then the buttons (Save and Cancel).
    void setForm(QLayout* form);
    void setFieldError(const QString& key, const QString& message);
    void clearErrors();
    // Field errors go to their fields (`aliases` maps server field names to keys); the rest,
    // and the message itself when no field matched, to the message bar.
    void showApiError(const api::ApiError& error, const QHash<QString, QString>& aliases = {});
    void setBusy(bool busy);
    // Validation ran: true when no field has an error; focuses the first one that has.
    bool noFieldErrors();
    virtual void save() = 0;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    virtual void retranslateUi();

    QDialogButtonBox* buttons() const { return m_buttons; }
    void closeWithoutAsking()
    {
        m_closing = true;
        QDialog::reject();
    }
    void acceptAndClose()
    {
        m_closing = true;
        accept();
    }

private:
    struct Field
    {
        QPointer<QWidget> widget;
        QLabel* error;
    };
    QHash<QString, Field> m_fields;
    QStringList m_order;
    MessageBar* m_message;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
    QPointer<QMessageBox> m_question;
    bool m_busy = false;
    bool m_closing = false;
};

} // namespace balie::ui
