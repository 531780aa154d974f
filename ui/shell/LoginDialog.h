// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace balie::models {
class Operation;
class Workspace;
} // namespace balie::models

namespace balie::ui {

// Asks for the password of a connection that signs in with a user name and password, and
// signs in (the refresh token, not the password, is then kept in the keychain).
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(models::Workspace* workspace, const QString& connectionId,
                QWidget* parent = nullptr);

    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* signInButton() const { return m_signIn; }
    QString errorText() const;

public Q_SLOTS:
    void signIn();

protected:
    void changeEvent(QEvent* event) override;

private:
    void finished(models::Operation* job);
    void retranslateUi();

    models::Workspace* m_workspace;
    QString m_connectionId;
    QLabel* m_intro;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_signIn;
    bool m_busy = false;
};

} // namespace balie::ui
