// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "CustomerPicker.h"

#include "Colours.h"
#include "RecordFilterProxy.h"
#include "ResourceModels.h"
#include "SearchIndex.h"

#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace balie::ui {

namespace {
// The columns a suggestion shows: enough to tell two Jan Jansens apart.
const QStringList suggestionColumns{u"name"_s, u"email"_s, u"phone"_s};
} // namespace

CustomerPicker::CustomerPicker(models::CustomerTableModel* customers, QWidget* parent)
    : QWidget(parent)
    , m_proxy(new models::RecordFilterProxy(this))
    , m_completer(new QCompleter(this))
    , m_popup(new QTreeView)
    , m_search(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
{
    m_search->setObjectName(u"customerSearch"_s);
    m_name->setObjectName(u"customerName"_s);
    m_email->setObjectName(u"customerEmail"_s);
    m_search->setClearButtonEnabled(true);
    m_popup->setObjectName(u"customerSuggestions"_s);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_name, 1);
    layout->addWidget(m_email, 1);

    // A few dozen suggestions, sorted by name: typing narrows them, scrolling through
    // thousands would not help anyone.
    m_proxy->setRowLimit(MaxSuggestions);
    m_proxy->setEmptyWhenUnfiltered(true);
    m_completer->setModel(m_proxy);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(10);
    m_popup->setRootIsDecorated(false);
    m_popup->setHeaderHidden(true);
    m_popup->setUniformRowHeights(true);
    m_popup->setAllColumnsShowFocus(true);
    m_popup->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_popup->header()->setSectionResizeMode(QHeaderView::Fixed);
    m_popup->header()->setStretchLastSection(true);
    m_completer->setPopup(m_popup); // the completer owns it
    // Not QLineEdit::setCompleter(): that would also write the completion's text into the field
    // after our own choice.
    m_completer->setWidget(m_search);

    // The index is the completer's own, not the proxy's: the id is read from it.
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                choose(index.data(models::RecordTableModel::IdRole).toString());
            });
    connect(m_search, &QLineEdit::textEdited, this, &CustomerPicker::textEdited);
    connect(m_search, &QLineEdit::editingFinished, this, &CustomerPicker::resolveTyped);
    connect(m_name, &QLineEdit::textEdited, this, &CustomerPicker::changed);
    connect(m_email, &QLineEdit::textEdited, this, &CustomerPicker::changed);
    m_search->installEventFilter(this);
    setCustomers(customers);
    retranslateUi();
}

void CustomerPicker::setCustomers(models::CustomerTableModel* customers)
{
    m_customers = customers;
    m_proxy->setSourceModel(customers);
    if (customers) {
        const int name = customers->columnForKey(u"name"_s);
        m_proxy->sort(name, Qt::AscendingOrder);
        // What was typed as a name first, then what matched an address or a number.
        m_proxy->setPreferredColumn(name);
    }
    m_customerId.clear();
    m_ambiguity = 0;
    if (!m_fixed)
        m_search->clear();
    m_popup->hide();
    updateMode();
}

void CustomerPicker::updateMode()
{
    const bool listed = !isInline() || m_fixed;
    m_search->setVisible(listed);
    m_name->setVisible(!listed);
    m_email->setVisible(!listed);
    setFocusProxy(listed ? m_search : m_name);
}

void CustomerPicker::setFixedCustomer(const QString& id, const QString& text)
{
    m_fixed = true;
    m_customerId = id;
    m_search->setText(text);
    Colours::showAsReadOnly(m_search); // the booking's customer stays; it only looked editable
    m_search->setClearButtonEnabled(false);
    updateMode();
}

void CustomerPicker::setCustomerId(const QString& id)
{
    if (id.isEmpty()) {
        const bool had = !m_customerId.isEmpty() || !m_search->text().isEmpty();
        m_customerId.clear();
        m_ambiguity = 0;
        m_search->clear();
        m_proxy->setFilterText(QString());
        if (had)
            Q_EMIT changed();
        return;
    }
    choose(id);
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

void CustomerPicker::textEdited(const QString& text)
{
    m_customerId.clear();
    m_ambiguity = 0;
    m_proxy->setFilterText(text);
    if (!text.trimmed().isEmpty() && m_proxy->rowCount() > 0)
        showSuggestions();
    else
        m_popup->hide();
    Q_EMIT changed();
}

void CustomerPicker::showSuggestions()
{
    if (isInline() || m_search->isReadOnly() || m_proxy->rowCount() == 0)
        return;
    fitColumns();
    QRect under = m_search->rect();
    under.setWidth(qMax(under.width(), m_popup->header()->length() + 24));
    // Placing the list is a window's move and resize on the display server: while it is open
    // and would keep its size, the narrowed rows simply show in it.
    const QSize wanted(qMin(m_proxy->rowCount(), m_completer->maxVisibleItems()), under.width());
    if (m_popup->isVisible() && wanted == m_popupFor)
        return;
    m_popupFor = wanted;
    m_completer->complete(under);
    // A list that gets focus frames its first row as current: that looks chosen, yet the first
    // Down only selects it (QCompleter's way). Nothing looks chosen before the user moves.
    if (!m_popup->selectionModel()->hasSelection())
        m_popup->selectionModel()->clearCurrentIndex();
}

void CustomerPicker::fitColumns()
{
    if (!m_customers)
        return;
    // Widths from what the suggestions in sight need; measuring every match would take as long
    // as there are matches. While the list is open it only widens: a list that changes its
    // width at every letter is placed again on the display each time, and jumps.
    const bool open = m_popup->isVisible();
    const QFontMetrics metrics = m_popup->fontMetrics();
    const int inSight = qMin(m_proxy->rowCount(), m_completer->maxVisibleItems());
    for (int c = 0; c < m_customers->columnCount(); ++c) {
        const bool shown = suggestionColumns.contains(m_customers->columnKey(c));
        m_popup->setColumnHidden(c, !shown);
        if (!shown)
            continue;
        int width = open ? m_popup->columnWidth(c) : 60;
        for (int row = 0; row < inSight; ++row)
            width = qMax(width,
                         metrics.horizontalAdvance(m_proxy->index(row, c).data().toString()) + 24);
        m_popup->setColumnWidth(c, qMin(width, 320));
    }
}

void CustomerPicker::resolveTyped()
{
    if (!m_customers || !m_customerId.isEmpty() || m_search->isReadOnly())
        return;
    const QString typed = m_search->text().trimmed();
    if (typed.isEmpty())
        return;
    // The proxy holds every customer with each typed word; among them, those named exactly.
    const QByteArray folded = models::SearchIndex::fold(typed);
    const int nameColumn = m_customers->columnForKey(u"name"_s);
    const int emailColumn = m_customers->columnForKey(u"email"_s);
    QStringList exact;
    for (int i = 0; i < m_proxy->matchCount(); ++i) {
        const int row = m_proxy->sourceRowOfMatch(i);
        const QString name = m_customers->index(row, nameColumn).data().toString();
        const QString email = m_customers->index(row, emailColumn).data().toString();
        if (models::SearchIndex::fold(name) == folded || models::SearchIndex::fold(email) == folded)
            exact << m_customers->index(row, 0).data(models::RecordTableModel::IdRole).toString();
    }
    if (exact.size() == 1) {
        choose(exact.first());
    } else if (exact.isEmpty() && m_proxy->matchCount() == 1) {
        choose(m_customers->index(m_proxy->sourceRowOfMatch(0), 0)
                   .data(models::RecordTableModel::IdRole)
                   .toString());
    } else if (exact.size() > 1) {
        m_ambiguity = int(exact.size());
        Q_EMIT changed();
    }
}

QString CustomerPicker::problem() const
{
    if (hasChoice())
        return {};
    if (isInline())
        return tr("Type the customer's name and e-mail address.");
    const QString typed = m_search->text().trimmed();
    if (m_ambiguity > 1)
        return tr("%n customers are called “%1”: choose one from the list, by e-mail or phone.",
                  nullptr, m_ambiguity)
            .arg(typed);
    if (!typed.isEmpty() && m_proxy->matchCount() == 0)
        return tr("No customer matches “%1”.").arg(typed);
    return tr("Choose a customer from the list.");
}

void CustomerPicker::choose(const QString& id)
{
    if (!m_customers || id.isEmpty())
        return;
    const std::optional<api::Customer> customer = m_customers->find(id);
    if (!customer)
        return;
    m_customerId = customer->id;
    m_ambiguity = 0;
    m_search->setText(
        customer->email.isEmpty()
            ? customer->name
            : tr("%1 <%2>", "customer name, e-mail").arg(customer->name, customer->email));
    m_search->setCursorPosition(0);
    m_popup->hide();
    Q_EMIT changed();
}

bool CustomerPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress && !isInline() &&
        !m_search->isReadOnly()) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && !m_popup->isVisible() && m_customerId.isEmpty() &&
            !m_search->text().trimmed().isEmpty()) {
            // Down opens the list again, to choose without typing more.
            m_proxy->setFilterText(m_search->text());
            showSuggestions();
            return true;
        }
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) &&
            m_customerId.isEmpty() && !m_search->text().trimmed().isEmpty()) {
            resolveTyped();
            if (m_ambiguity > 1) {
                // Namesakes: the user chooses here, with e-mail and phone to go by.
                showSuggestions();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
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
    m_search->setPlaceholderText(tr("Type a name, e-mail address or phone number"));
    m_search->setAccessibleName(tr("Customer"));
    m_search->setAccessibleDescription(
        tr("Type to search customers; Down opens the list, Enter picks"));
    m_popup->setAccessibleName(tr("Matching customers"));
    m_name->setPlaceholderText(tr("Name"));
    m_name->setAccessibleName(tr("Customer name"));
    m_email->setPlaceholderText(tr("E-mail address"));
    m_email->setAccessibleName(tr("Customer e-mail address"));
}

} // namespace balie::ui
