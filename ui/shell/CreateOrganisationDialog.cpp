// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "CreateOrganisationDialog.h"

#include "MessageBar.h"
#include "Operation.h"
#include "OrganisationSession.h"
#include "PlainText.h"
#include "Workspace.h"
#include "domain/Validation.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balie::ui {

CreateOrganisationDialog::CreateOrganisationDialog(models::Workspace* workspace,
                                                   const QString& connectionId, QWidget* parent)
    : EditorDialog(parent)
    , m_workspace(workspace)
    , m_connectionId(connectionId)
    , m_name(new QLineEdit(this))
    , m_base(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_currencies(new QListWidget(this))
    , m_image(new QLineEdit(this))
    , m_nameLabel(plainLabel(this))
    , m_baseLabel(plainLabel(this))
    , m_currenciesLabel(plainLabel(this))
    , m_imageLabel(plainLabel(this))
{
    setObjectName(u"createOrganisationDialog"_s);
    m_name->setObjectName(u"name"_s);
    m_base->setObjectName(u"baseCurrency"_s);
    m_base->setEditable(true);
    m_base->setInsertPolicy(QComboBox::NoInsert);
    const QStringList codes = api::Validation::isoCurrencies();
    m_base->addItems(codes);
    m_base->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_base->setCurrentText(u"EUR"_s);
    m_filter->setObjectName(u"currencyFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_currencies->setObjectName(u"currencies"_s);
    for (const QString& code : codes) {
        auto* item = new QListWidgetItem(code, m_currencies);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(code == u"EUR"_s ? Qt::Checked : Qt::Unchecked);
    }
    m_currencies->setMinimumHeight(140);
    m_image->setObjectName(u"image"_s);
    m_image->setPlaceholderText(u"https://"_s);

    auto* currencies = new QWidget(this);
    auto* currenciesLayout = new QVBoxLayout(currencies);
    currenciesLayout->setContentsMargins(0, 0, 0, 0);
    currenciesLayout->addWidget(m_filter);
    currenciesLayout->addWidget(m_currencies);

    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, withError(m_name, u"name"_s));
    form->addRow(m_baseLabel, withError(m_base, u"baseCurrency"_s));
    form->addRow(m_currenciesLabel, withError(currencies, u"currencies"_s));
    form->addRow(m_imageLabel, withError(m_image, u"image"_s));
    m_nameLabel->setBuddy(m_name);
    m_baseLabel->setBuddy(m_base);
    m_currenciesLabel->setBuddy(m_filter);
    m_imageLabel->setBuddy(m_image);
    setForm(form);
    setTabOrder(m_name, m_base);
    setTabOrder(m_base, m_filter);
    setTabOrder(m_filter, m_currencies);
    setTabOrder(m_currencies, m_image);
    setMinimumWidth(460);

    connect(m_filter, &QLineEdit::textChanged, this, &CreateOrganisationDialog::filterCurrencies);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        // Enter in the filter toggles the single match instead of saving.
        QListWidgetItem* only = nullptr;
        int shown = 0;
        for (int i = 0; i < m_currencies->count(); ++i) {
            if (!m_currencies->item(i)->isHidden()) {
                only = m_currencies->item(i);
                ++shown;
            }
        }
        if (shown == 1)
            only->setCheckState(only->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    retranslateUi();
}

void CreateOrganisationDialog::filterCurrencies(const QString& text)
{
    const QString wanted = text.trimmed();
    for (int i = 0; i < m_currencies->count(); ++i) {
        QListWidgetItem* item = m_currencies->item(i);
        item->setHidden(!wanted.isEmpty() && !item->text().contains(wanted, Qt::CaseInsensitive));
    }
}

void CreateOrganisationDialog::setCurrencyChecked(const QString& code, bool checked)
{
    const QList<QListWidgetItem*> found = m_currencies->findItems(code, Qt::MatchExactly);
    for (QListWidgetItem* item : found)
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

api::OrganisationDraft CreateOrganisationDialog::draft() const
{
    api::OrganisationDraft d;
    d.name = m_name->text().trimmed();
    d.baseCurrency = m_base->currentText().trimmed().toUpper();
    for (int i = 0; i < m_currencies->count(); ++i) {
        if (m_currencies->item(i)->checkState() == Qt::Checked)
            d.currencies << m_currencies->item(i)->text();
    }
    const QString image = m_image->text().trimmed();
    if (!image.isEmpty())
        d.image = QUrl(image, QUrl::StrictMode);
    return d;
}

bool CreateOrganisationDialog::hasUnsavedChanges() const
{
    const api::OrganisationDraft d = draft();
    return !d.name.isEmpty() || d.baseCurrency != u"EUR"_s ||
           d.currencies != QStringList{u"EUR"_s} || !m_image->text().trimmed().isEmpty();
}

bool CreateOrganisationDialog::validate()
{
    clearErrors();
    const api::OrganisationDraft d = draft();
    if (d.name.isEmpty())
        setFieldError(u"name"_s, tr("Give the organisation a name."));
    if (!api::Validation::isIsoCurrency(d.baseCurrency))
        setFieldError(
            u"baseCurrency"_s,
            tr("“%1” is not an ISO 4217 currency code, such as EUR.").arg(d.baseCurrency));
    if (d.currencies.isEmpty())
        setFieldError(u"currencies"_s, tr("Choose at least one currency."));
    else if (api::Validation::isIsoCurrency(d.baseCurrency) &&
             !d.currencies.contains(d.baseCurrency))
        setFieldError(u"currencies"_s, tr("The base currency must be one of the currencies."));
    const QString image = m_image->text().trimmed();
    if (!image.isEmpty() && (!d.image.isValid() || d.image.host().isEmpty() ||
                             (d.image.scheme() != u"https"_s && d.image.scheme() != u"http"_s)))
        setFieldError(u"image"_s, tr("Enter a web address starting with https://, or nothing."));
    return noFieldErrors();
}

void CreateOrganisationDialog::save()
{
    if (!validate())
        return;
    if (m_workspace->state(m_connectionId) != models::Workspace::ConnectionState::Ready) {
        messageBar()->showMessage(tr("The connection is not open."), MessageBar::Level::Error);
        return;
    }
    const api::OrganisationDraft d = draft();
    // The same draft sent again (after a lost answer) carries the same key: created once.
    const QString fingerprint =
        QStringList{d.name, d.baseCurrency, d.currencies.join(u','), d.image.toString()}.join(
            u'\x1f');
    if (fingerprint != m_keyFor || m_idempotencyKey.isEmpty()) {
        m_keyFor = fingerprint;
        m_idempotencyKey = models::OrganisationSession::newIdempotencyKey();
    }
    setBusy(true);
    models::Operation* operation =
        m_workspace->createOrganisation(m_connectionId, d, m_idempotencyKey);
    connect(operation, &models::Operation::finished, this, [this](models::Operation* done) {
        setBusy(false);
        if (done->isOk()) {
            Q_EMIT created(done->value<api::Organisation>());
            acceptAndClose(); // the workspace lists the organisations again
            return;
        }
        showApiError(done->error());
    });
}

void CreateOrganisationDialog::retranslateUi()
{
    EditorDialog::retranslateUi();
    const QString connection = m_workspace->connection(m_connectionId).name;
    setWindowTitle(
        connection.isEmpty()
            ? tr("New organisation")
            : tr("%1 — %2", "dialog title — organisation").arg(tr("New organisation"), connection));
    saveButton()->setText(tr("Create"));
    m_nameLabel->setText(tr("&Name:"));
    m_baseLabel->setText(tr("&Base currency:"));
    m_currenciesLabel->setText(tr("&Currencies:"));
    m_imageLabel->setText(tr("&Image URL:"));
    m_name->setAccessibleName(tr("Name"));
    m_base->setAccessibleName(tr("Base currency"));
    m_filter->setPlaceholderText(tr("Type to filter, Enter ticks a single match"));
    m_filter->setAccessibleName(tr("Filter currencies"));
    m_currencies->setAccessibleName(tr("Currencies"));
    m_image->setAccessibleName(tr("Image URL"));
}

} // namespace balie::ui
