// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "LoginDialog.h"

#include "Colours.h"
#include "Operation.h"
#include "PlainText.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balie::ui {

LoginDialog::LoginDialog(models::Workspace* workspace, const QString& connectionId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_connectionId(connectionId)
    , m_intro(plainLabel(this))
    , m_passwordLabel(plainLabel(this))
    , m_password(new QLineEdit(this))
    , m_error(plainLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_signIn(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(u"loginDialog"_s);
    m_intro->setWordWrap(true);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_error->setObjectName(u"passwordError"_s);
    m_error->setWordWrap(true);
    Colours::showAsError(m_error);
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_error);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Ok must not close the dialog before the server said yes.
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    retranslateUi();
    setMinimumWidth(420);
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::signIn()
{
    if (m_busy)
        return;
    if (m_password->text().isEmpty()) {
        m_error->setText(tr("Enter your password."));
        m_error->show();
        m_password->setFocus();
        return;
    }
    models::Operation* job = m_workspace->login(m_connectionId, m_password->text());
    if (!job) {
        m_error->setText(tr("This connection no longer exists."));
        m_error->show();
        return;
    }
    m_busy = true;
    m_signIn->setEnabled(false);
    m_error->hide();
    connect(job, &models::Operation::finished, this, &LoginDialog::finished);
}

void LoginDialog::finished(models::Operation* job)
{
    m_busy = false;
    m_signIn->setEnabled(true);
    if (job->isOk()) {
        m_password->clear();
        accept();
        return;
    }
    m_error->setText(job->error().message());
    m_error->setToolTip(plainToolTip(job->error().technicalDetails()));
    m_error->show();
    m_password->setAccessibleDescription(m_error->text());
    m_password->selectAll();
    m_password->setFocus();
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslateUi()
{
    const api::ConnectionSettings s = m_workspace->connection(m_connectionId);
    setWindowTitle(tr("Sign in to %1").arg(s.name));
    m_intro->setText(tr("Sign in to %1 as %2 (%3).").arg(s.name, s.username, s.email));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_signIn->setText(tr("&Sign in"));
    // Close, not Cancel: "cancel" is what happens to an appointment here.
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
}

} // namespace balie::ui
