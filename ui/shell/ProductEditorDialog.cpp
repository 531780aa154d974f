// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ProductEditorDialog.h"

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
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace balie::ui {

ProductEditorDialog::ProductEditorDialog(models::Workspace* workspace,
                                         models::OrganisationSession* session,
                                         const std::optional<api::Product>& existing,
                                         QWidget* parent)
    : EditorDialog(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_organisationId(session ? session->organisationId() : QString())
    , m_existing(existing)
    , m_name(new QLineEdit(this))
    , m_ean(new QLineEdit(this))
    , m_stock(new QLineEdit(this))
    , m_nameLabel(plainLabel(this))
    , m_eanLabel(plainLabel(this))
    , m_stockLabel(plainLabel(this))
{
    setObjectName(u"productEditor"_s);
    m_name->setObjectName(u"name"_s);
    m_ean->setObjectName(u"eanUpc"_s);
    m_stock->setObjectName(u"stock"_s);
    m_stock->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"-?[0-9]{0,12}"_s), m_stock));
    m_stock->setAlignment(Qt::AlignRight);
    if (existing) {
        m_name->setText(existing->name);
        m_ean->setText(existing->eanUpc);
        if (existing->stockOnHand)
            m_stock->setText(QString::number(*existing->stockOnHand));
    }
    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, withError(m_name, u"name"_s));
    form->addRow(m_eanLabel, withError(m_ean, u"eanUpc"_s));
    form->addRow(m_stockLabel, withError(m_stock, u"stockOnHand"_s));
    m_nameLabel->setBuddy(m_name);
    m_eanLabel->setBuddy(m_ean);
    m_stockLabel->setBuddy(m_stock);
    setForm(form);
    setMinimumWidth(420);
    connect(workspace, &models::Workspace::activeChanged, this,
            &ProductEditorDialog::closeWithoutAsking);
    retranslateUi();
    m_initial = QStringList{m_name->text(), m_ean->text(), m_stock->text()}.join(u'\x1f');
}

api::ProductDraft ProductEditorDialog::draft() const
{
    api::ProductDraft d;
    d.name = m_name->text().trimmed();
    d.eanUpc = m_ean->text().trimmed();
    bool ok = false;
    const qint64 stock = m_stock->text().trimmed().toLongLong(&ok);
    if (ok)
        d.stockOnHand = stock;
    return d;
}

bool ProductEditorDialog::hasUnsavedChanges() const
{
    return QStringList{m_name->text(), m_ean->text(), m_stock->text()}.join(u'\x1f') != m_initial;
}

bool ProductEditorDialog::validate()
{
    clearErrors();
    const api::ProductDraft d = draft();
    if (d.name.isEmpty())
        setFieldError(u"name"_s, tr("Enter the product's name."));
    if (!d.eanUpc.isEmpty() && !api::Validation::isValidEanUpc(d.eanUpc))
        setFieldError(u"eanUpc"_s, tr("“%1” is not a valid EAN or UPC code: check the digits, "
                                      "the last one is a check digit.")
                                       .arg(d.eanUpc));
    return noFieldErrors();
}

void ProductEditorDialog::save()
{
    if (!validate())
        return;
    if (!m_session || m_session->organisationId() != m_organisationId) {
        messageBar()->showMessage(tr("The organisation changed; the product was not saved."),
                                  MessageBar::Level::Error);
        return;
    }
    const api::ProductDraft d = draft();
    setBusy(true);
    models::Operation* operation = nullptr;
    if (m_existing) {
        operation = m_session->updateProduct(m_existing->id, d);
    } else {
        const QString fingerprint =
            QStringList{d.name, d.eanUpc, m_stock->text().trimmed()}.join(u'\x1f');
        if (fingerprint != m_keyFor || m_idempotencyKey.isEmpty()) {
            m_keyFor = fingerprint;
            m_idempotencyKey = models::OrganisationSession::newIdempotencyKey();
        }
        operation = m_session->createProduct(d, m_idempotencyKey);
    }
    connect(operation, &models::Operation::finished, this, [this](models::Operation* done) {
        setBusy(false);
        if (done->isOk()) {
            acceptAndClose(); // the session put the product in its table
            return;
        }
        showApiError(done->error());
    });
}

void ProductEditorDialog::retranslateUi()
{
    EditorDialog::retranslateUi();
    const QString title = m_existing ? tr("Edit product") : tr("New product");
    setWindowTitle(dialogTitle(title, m_session));
    m_nameLabel->setText(tr("&Name:"));
    m_eanLabel->setText(tr("&EAN/UPC:"));
    m_stockLabel->setText(tr("&Stock on hand:"));
    m_stock->setPlaceholderText(tr("unknown"));
    m_name->setAccessibleName(tr("Name"));
    m_ean->setAccessibleName(tr("EAN or UPC code"));
    m_stock->setAccessibleName(tr("Stock on hand"));
}

} // namespace balie::ui
