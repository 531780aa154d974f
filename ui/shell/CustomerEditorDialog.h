// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "EditorDialog.h"
#include "domain/Customer.h"

#include <QPointer>
#include <optional>

class QLabel;
class QLineEdit;

namespace balie::models {
class OrganisationSession;
class Workspace;
} // namespace balie::models

namespace balie::ui {

// Creates a customer of the active organisation, or edits one where the flavour allows it. The
// e-mail address is checked before sending; the result goes into the table at once. Closes
// when the organisation is switched.
class CustomerEditorDialog : public EditorDialog
{
    Q_OBJECT

public:
    CustomerEditorDialog(models::Workspace* workspace, models::OrganisationSession* session,
                         QWidget* parent = nullptr);
    // Edits `existing` (PATCH) instead of creating a customer.
    CustomerEditorDialog(models::Workspace* workspace, models::OrganisationSession* session,
                         const api::Customer& existing, QWidget* parent = nullptr);

    bool hasUnsavedChanges() const override;
    api::CustomerDraft draft() const;
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* phoneEdit() const { return m_phone; }

protected:
    void save() override;
    void retranslateUi() override;

private:
    bool validate();

    models::Workspace* m_workspace;
    QPointer<models::OrganisationSession> m_session;
    QString m_organisationId;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLabel* m_nameLabel;
    QLabel* m_emailLabel;
    QLabel* m_phoneLabel;
    QByteArray m_idempotencyKey;
    QString m_keyFor;
    std::optional<api::Customer> m_existing;
};

} // namespace balie::ui
