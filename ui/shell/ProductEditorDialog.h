// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "EditorDialog.h"
#include "domain/Product.h"

#include <QPointer>
#include <optional>

class QLabel;
class QLineEdit;

namespace balie::models {
class OrganisationSession;
class Workspace;
} // namespace balie::models

namespace balie::ui {

// Creates a product, or edits one where the flavour allows. The EAN/UPC check digit is checked
// before sending; the result goes into the table at once.
class ProductEditorDialog : public EditorDialog
{
    Q_OBJECT

public:
    ProductEditorDialog(models::Workspace* workspace, models::OrganisationSession* session,
                        const std::optional<api::Product>& existing, QWidget* parent = nullptr);

    bool hasUnsavedChanges() const override;
    api::ProductDraft draft() const;
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* eanEdit() const { return m_ean; }
    QLineEdit* stockEdit() const { return m_stock; }

protected:
    void save() override;
    void retranslateUi() override;

private:
    bool validate();

    models::Workspace* m_workspace;
    QPointer<models::OrganisationSession> m_session;
    QString m_organisationId;
    std::optional<api::Product> m_existing;
    QLineEdit* m_name;
    QLineEdit* m_ean;
    QLineEdit* m_stock;
    QLabel* m_nameLabel;
    QLabel* m_eanLabel;
    QLabel* m_stockLabel;
    QString m_initial;
    QByteArray m_idempotencyKey;
    QString m_keyFor;
};

} // namespace balie::ui
