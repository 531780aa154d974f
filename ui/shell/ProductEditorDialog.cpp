#include "ProductEditorDialog.h"

#include "MessageBar.h"
#include "ResourceModels.h"
#include "Workspace.h"
#include "connectors/Connector.h"
#include "domain/Validation.h"
#include "net/ApiJob.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace balie::ui {

ProductEditorDialog::ProductEditorDialog(models::Workspace* workspace,
                                         models::ProductTableModel* model,
                                         const std::optional<api::Product>& existing,
                                         QWidget* parent)
    : EditorDialog(parent)
    , m_workspace(workspace)
    , m_model(model)
    , m_organisationId(model->organisationId())
    , m_existing(existing)
    , m_name(new QLineEdit(this))
    , m_ean(new QLineEdit(this))
    , m_stock(new QLineEdit(this))
    , m_nameLabel(new QLabel(this))
    , m_eanLabel(new QLabel(this))
    , m_stockLabel(new QLabel(this))
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
    form->addRow(m_stockLabel, withError(m_stock, u"stock"_s));
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
    api::Connector* connector = m_model ? m_model->connector() : nullptr;
    if (!connector || m_model->organisationId() != m_organisationId) {
        messageBar()->showMessage(tr("The organisation changed; the product was not saved."),
                                  MessageBar::Level::Error);
        return;
    }
    const api::ProductDraft d = draft();
    setBusy(true);
    api::ValueJob<api::Product>* job = nullptr;
    if (m_existing) {
        job = connector->updateProduct(m_organisationId, m_existing->id, d);
    } else {
        const QString fingerprint =
            QStringList{d.name, d.eanUpc, m_stock->text().trimmed()}.join(u'\x1f');
        if (fingerprint != m_keyFor || m_idempotencyKey.isEmpty()) {
            m_keyFor = fingerprint;
            m_idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        }
        job = connector->createProduct(m_organisationId, d, m_idempotencyKey);
    }
    connect(job, &api::ApiJob::finished, this, [this, job] {
        setBusy(false);
        if (job->isOk()) {
            if (m_model && m_model->organisationId() == m_organisationId)
                m_model->upsert(job->value());
            acceptAndClose();
            return;
        }
        showApiError(job->error(), {{u"ean_upc"_s, u"eanUpc"_s},
                                    {u"ean"_s, u"eanUpc"_s},
                                    {u"stock_onhand"_s, u"stock"_s},
                                    {u"stock_on_hand"_s, u"stock"_s}});
    });
}

void ProductEditorDialog::retranslateUi()
{
    EditorDialog::retranslateUi();
    setWindowTitle(m_existing ? tr("Edit product") : tr("New product"));
    m_nameLabel->setText(tr("&Name:"));
    m_eanLabel->setText(tr("&EAN/UPC:"));
    m_stockLabel->setText(tr("&Stock on hand:"));
    m_stock->setPlaceholderText(tr("unknown"));
    m_name->setAccessibleName(tr("Name"));
    m_ean->setAccessibleName(tr("EAN or UPC code"));
    m_stock->setAccessibleName(tr("Stock on hand"));
}

} // namespace balie::ui
