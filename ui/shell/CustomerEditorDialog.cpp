// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "CustomerEditorDialog.h"

#include "DialogTitle.h"
#include "MessageBar.h"
#include "Operation.h"
#include "OrganisationSession.h"
#include "PlainText.h"
#include "Workspace.h"
#include "domain/Validation.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace balie::ui {

CustomerEditorDialog::CustomerEditorDialog(models::Workspace* workspace,
                                           models::OrganisationSession* session, QWidget* parent)
    : EditorDialog(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_organisationId(session ? session->organisationId() : QString())
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_nameLabel(plainLabel(this))
    , m_emailLabel(plainLabel(this))
    , m_phoneLabel(plainLabel(this))
{
    setObjectName(u"customerEditor"_s);
    m_name->setObjectName(u"name"_s);
    m_email->setObjectName(u"email"_s);
    m_phone->setObjectName(u"phone"_s);
    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, withError(m_name, u"name"_s));
    form->addRow(m_emailLabel, withError(m_email, u"email"_s));
    form->addRow(m_phoneLabel, withError(m_phone, u"phone"_s));
    m_nameLabel->setBuddy(m_name);
    m_emailLabel->setBuddy(m_email);
    m_phoneLabel->setBuddy(m_phone);
    setForm(form);
    setMinimumWidth(420);
    // Another organisation: this customer would land in the wrong place.
    connect(workspace, &models::Workspace::activeChanged, this,
            &CustomerEditorDialog::closeWithoutAsking);
    retranslateUi();
}

CustomerEditorDialog::CustomerEditorDialog(models::Workspace* workspace,
                                           models::OrganisationSession* session,
                                           const api::Customer& existing, QWidget* parent)
    : CustomerEditorDialog(workspace, session, parent)
{
    m_existing = existing;
    m_name->setText(existing.name);
    m_email->setText(existing.email);
    m_phone->setText(existing.phone);
    retranslateUi();
}

api::CustomerDraft CustomerEditorDialog::draft() const
{
    return {m_name->text().trimmed(), m_email->text().trimmed(), m_phone->text().trimmed()};
}

bool CustomerEditorDialog::hasUnsavedChanges() const
{
    const api::CustomerDraft d = draft();
    if (m_existing)
        return d.name != m_existing->name || d.email != m_existing->email ||
               d.phone != m_existing->phone;
    return !d.name.isEmpty() || !d.email.isEmpty() || !d.phone.isEmpty();
}

bool CustomerEditorDialog::validate()
{
    clearErrors();
    const api::CustomerDraft d = draft();
    if (d.name.isEmpty())
        setFieldError(u"name"_s, tr("Enter the customer's name."));
    if (d.email.isEmpty())
        setFieldError(u"email"_s, tr("Enter an e-mail address."));
    else if (!api::Validation::isValidEmail(d.email))
        setFieldError(
            u"email"_s,
            tr("“%1” is not a valid e-mail address, such as name@example.com.").arg(d.email));
    return noFieldErrors();
}

void CustomerEditorDialog::save()
{
    if (!validate())
        return;
    if (!m_session || m_session->organisationId() != m_organisationId) {
        messageBar()->showMessage(tr("The organisation changed; the customer was not saved."),
                                  MessageBar::Level::Error);
        return;
    }
    const api::CustomerDraft d = draft();
    const QString fingerprint = QStringList{d.name, d.email, d.phone}.join(u'\x1f');
    if (fingerprint != m_keyFor || m_idempotencyKey.isEmpty()) {
        m_keyFor = fingerprint;
        m_idempotencyKey = models::OrganisationSession::newIdempotencyKey();
    }
    setBusy(true);
    models::Operation* operation = m_existing ? m_session->updateCustomer(m_existing->id, d)
                                              : m_session->createCustomer(d, m_idempotencyKey);
    connect(operation, &models::Operation::finished, this, [this](models::Operation* done) {
        setBusy(false);
        if (done->isOk()) {
            acceptAndClose(); // the session put the customer in its table
            return;
        }
        showApiError(done->error());
    });
}

void CustomerEditorDialog::retranslateUi()
{
    EditorDialog::retranslateUi();
    const QString title = m_existing ? tr("Edit customer") : tr("New customer");
    setWindowTitle(dialogTitle(title, m_session));
    m_nameLabel->setText(tr("&Name:"));
    m_emailLabel->setText(tr("&E-mail address:"));
    m_phoneLabel->setText(tr("&Phone:"));
    m_name->setAccessibleName(tr("Name"));
    m_email->setAccessibleName(tr("E-mail address"));
    m_phone->setAccessibleName(tr("Phone"));
}

} // namespace balie::ui
