// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "EditorDialog.h"
#include "domain/Organisation.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace balie::models {
class Workspace;
}

namespace balie::ui {

// Creates an organisation: name, base currency, the currencies it works in (ISO 4217, a list
// filtered by typing) and an image URL, checked before sending; sent once, with an idempotency
// key, so that a retry after a lost answer creates nothing twice.
class CreateOrganisationDialog : public EditorDialog
{
    Q_OBJECT

public:
    CreateOrganisationDialog(models::Workspace* workspace, const QString& connectionId,
                             QWidget* parent = nullptr);

    bool hasUnsavedChanges() const override;
    api::OrganisationDraft draft() const;

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* baseCurrencyBox() const { return m_base; }
    QLineEdit* currencyFilter() const { return m_filter; }
    QListWidget* currencyList() const { return m_currencies; }
    QLineEdit* imageEdit() const { return m_image; }
    void setCurrencyChecked(const QString& code, bool checked);

Q_SIGNALS:
    void created(const balie::api::Organisation& organisation);

protected:
    void save() override;
    void retranslateUi() override;

private:
    bool validate();
    void filterCurrencies(const QString& text);

    models::Workspace* m_workspace;
    QString m_connectionId;
    QLineEdit* m_name;
    QComboBox* m_base;
    QLineEdit* m_filter;
    QListWidget* m_currencies;
    QLineEdit* m_image;
    QLabel* m_nameLabel;
    QLabel* m_baseLabel;
    QLabel* m_currenciesLabel;
    QLabel* m_imageLabel;
    QByteArray m_idempotencyKey;
    QString m_keyFor; // the draft the key was made for
};

} // namespace balie::ui
