#include "CustomerPicker.h"

#include "RecordFilterProxy.h"
#include "ResourceModels.h"

#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace balie::ui {

CustomerPicker::CustomerPicker(models::CustomerTableModel* customers, QWidget* parent)
    : QWidget(parent)
    , m_customers(customers)
    , m_search(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
{
    m_search->setObjectName(u"customerSearch"_s);
    m_name->setObjectName(u"customerName"_s);
    m_email->setObjectName(u"customerEmail"_s);
    m_search->setClearButtonEnabled(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_name, 1);
    layout->addWidget(m_email, 1);
    m_search->setVisible(!isInline());
    m_name->setVisible(isInline());
    m_email->setVisible(isInline());
    setFocusProxy(isInline() ? m_name : m_search);

    if (m_customers) {
        m_proxy = new models::RecordFilterProxy(this);
        m_proxy->setSourceModel(m_customers);
        m_completer = new QCompleter(m_proxy, this);
        m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        m_completer->setCompletionColumn(qMax(0, m_customers->columnForKey(u"name"_s)));
        m_completer->setMaxVisibleItems(10);
        // A popup with name and e-mail side by side, so that two Jan Jansens can be told apart.
        auto* popup = new QTreeView;
        popup->setRootIsDecorated(false);
        popup->setHeaderHidden(true);
        popup->setUniformRowHeights(true);
        popup->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_completer->setPopup(popup);
        const int name = m_customers->columnForKey(u"name"_s);
        const int email = m_customers->columnForKey(u"email"_s);
        for (int c = 0; c < m_customers->columnCount(); ++c)
            popup->setColumnHidden(c, c != name && c != email);
        popup->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_completer->setWidget(m_search);

        connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
                [this](const QModelIndex& index) { choose(m_proxy->mapToSource(index).row()); });
        connect(m_search, &QLineEdit::textEdited, this, [this](const QString& text) {
            m_customerId.clear();
            m_proxy->setFilterText(text);
            if (!text.trimmed().isEmpty() && m_proxy->rowCount() > 0)
                m_completer->complete();
            else
                m_completer->popup()->hide();
            Q_EMIT changed();
        });
        connect(m_search, &QLineEdit::editingFinished, this, &CustomerPicker::resolveTyped);
    }
    connect(m_name, &QLineEdit::textEdited, this, &CustomerPicker::changed);
    connect(m_email, &QLineEdit::textEdited, this, &CustomerPicker::changed);
    retranslateUi();
}

void CustomerPicker::setFixedCustomer(const QString& id, const QString& text)
{
    m_customerId = id;
    m_chosenText = text;
    m_search->setVisible(true);
    m_name->setVisible(false);
    m_email->setVisible(false);
    m_search->setText(text);
    m_search->setReadOnly(true);
    m_search->setClearButtonEnabled(false);
    setFocusProxy(m_search);
}

void CustomerPicker::setCustomerId(const QString& id)
{
    if (id.isEmpty()) {
        const bool had = !m_customerId.isEmpty() || !m_search->text().isEmpty();
        m_customerId.clear();
        m_chosenText.clear();
        m_search->clear();
        if (m_proxy)
            m_proxy->setFilterText(QString());
        if (had)
            Q_EMIT changed();
        return;
    }
    if (m_customers)
        choose(m_customers->rowOf(id));
}

QString CustomerPicker::inlineName() const
{
    return isInline() ? m_name->text().trimmed() : QString();
}

QString CustomerPicker::inlineEmail() const
{
    return isInline() ? m_email->text().trimmed() : QString();
}

bool CustomerPicker::hasChoice() const
{
    if (!m_customerId.isEmpty())
        return true;
    return isInline() && !inlineName().isEmpty() && !inlineEmail().isEmpty();
}

void CustomerPicker::resolveTyped()
{
    if (!m_customers || !m_customerId.isEmpty() || m_search->isReadOnly())
        return;
    const QString typed = models::RecordFilterProxy::fold(m_search->text().trimmed());
    if (typed.isEmpty())
        return;
    const int nameColumn = m_customers->columnForKey(u"name"_s);
    const int emailColumn = m_customers->columnForKey(u"email"_s);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString name = m_proxy->index(row, nameColumn).data().toString();
        const QString email = m_proxy->index(row, emailColumn).data().toString();
        if (models::RecordFilterProxy::fold(name) == typed ||
            models::RecordFilterProxy::fold(email) == typed) {
            choose(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
            return;
        }
    }
    if (m_proxy->rowCount() == 1)
        choose(m_proxy->mapToSource(m_proxy->index(0, 0)).row());
}

void CustomerPicker::choose(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_customers->rowCount())
        return;
    const api::Customer& customer = m_customers->record(sourceRow);
    m_customerId = customer.id;
    m_chosenText = customer.email.isEmpty()
                       ? customer.name
                       : tr("%1 <%2>", "customer name, e-mail").arg(customer.name, customer.email);
    m_search->setText(m_chosenText);
    m_completer->popup()->hide();
    Q_EMIT changed();
}

QWidget* CustomerPicker::firstField() const
{
    return m_search->isVisible() || !isInline() ? static_cast<QWidget*>(m_search) : m_name;
}

QWidget* CustomerPicker::lastField() const
{
    return m_search->isVisible() || !isInline() ? static_cast<QWidget*>(m_search) : m_email;
}

void CustomerPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CustomerPicker::retranslateUi()
{
    m_search->setPlaceholderText(tr("Type a name or e-mail address"));
    m_search->setAccessibleName(tr("Customer"));
    m_search->setAccessibleDescription(tr("Type to search customers by name or e-mail address"));
    m_name->setPlaceholderText(tr("Name"));
    m_name->setAccessibleName(tr("Customer name"));
    m_email->setPlaceholderText(tr("E-mail address"));
    m_email->setAccessibleName(tr("Customer e-mail address"));
}

} // namespace balie::ui
