// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "EditorDialog.h"
#include "config/ConnectionSettings.h"

#include <QPointer>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace balie::models {
class Operation;
class Workspace;
} // namespace balie::models

namespace balie::ui {

// Adds or edits a connection: flavour, base URL, the way of signing in when the flavour has
// more than one, and the credentials that way needs; where the flavour's guide leaves room, the
// plan's request budget and what Outseta's offset counts. "Test connection" tries it with the
// cheapest call and shows the result in the dialog; errors appear at the field they concern.
// Saving puts the secrets in the keychain only; when no keychain works, it says so and saves
// nothing. A password typed here signs in when the connection is saved: it is asked once.
class ConnectionDialog : public EditorDialog
{
    Q_OBJECT

public:
    // An `existing` connection without an id means a new one.
    ConnectionDialog(models::Workspace* workspace, const api::ConnectionSettings& existing,
                     QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    bool hasUnsavedChanges() const override;
    api::ConnectionSettings settings() const;
    api::Credentials credentials() const;

    QComboBox* flavourBox() const { return m_flavour; }
    QComboBox* authBox() const { return m_auth; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* keyEdit() const { return m_key; }
    QLineEdit* secretEdit() const { return m_secret; }
    QSpinBox* budgetBox() const { return m_budget; }
    QComboBox* offsetUnitBox() const { return m_offsetUnit; }
    QPushButton* testButton() const { return m_test; }
    bool isTesting() const { return !m_testJob.isNull(); }

public Q_SLOTS:
    void testConnection();

protected:
    void save() override;
    void retranslateUi() override;

private:
    api::FlavourInfo currentFlavour() const;
    void flavourChanged();
    void updateFields();
    // Checks the fields before anything is sent; false (errors shown) when one is wrong.
    bool validateFields(bool forTest);
    void testFinished(models::Operation* job);
    QString snapshot() const;

    models::Workspace* m_workspace;
    api::ConnectionSettings m_existing;
    QString m_initial;

    QFormLayout* m_form = nullptr;
    QComboBox* m_flavour = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QComboBox* m_auth = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_key = nullptr;
    QLineEdit* m_secret = nullptr;
    QSpinBox* m_budget = nullptr;      // 0: the flavour's documented limit
    QComboBox* m_offsetUnit = nullptr; // items or pages (Outseta)
    QLabel* m_flavourLabel = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_urlLabel = nullptr;
    QLabel* m_authLabel = nullptr;
    QLabel* m_usernameLabel = nullptr;
    QLabel* m_emailLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_keyLabel = nullptr;
    QLabel* m_secretLabel = nullptr;
    QLabel* m_budgetLabel = nullptr;
    QLabel* m_offsetUnitLabel = nullptr;
    QPushButton* m_test = nullptr;

    QPointer<models::Operation> m_testJob;
};

} // namespace balie::ui
