// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "QuickSwitcher.h"

#include "OrganisationDirectory.h"
#include "PlainText.h"
#include "PopupPlacement.h"
#include "SearchIndex.h"
#include "Workspace.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balie::ui {

using models::OrganisationDirectory;

namespace {
constexpr int ConnectionIdRole = Qt::UserRole + 1;
constexpr int OrganisationIdRole = Qt::UserRole + 2;
constexpr int SearchRole = Qt::UserRole + 3;
} // namespace

QuickSwitcher::QuickSwitcher(models::Workspace* workspace, QWidget* parent)
    : QFrame(parent, Qt::Popup)
    , m_workspace(workspace)
    , m_items(new QStandardItemModel(this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_title(plainLabel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_elsewhere(plainLabel(this))
{
    setObjectName(u"quickSwitcher"_s);
    setFrameShape(QFrame::StyledPanel);
    m_search->setObjectName(u"quickSwitcherSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"quickSwitcherList"_s);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // keys stay in the search field
    m_filtered->setSourceModel(m_items);
    m_filtered->setFilterRole(SearchRole);
    m_list->setModel(m_filtered);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(m_elsewhere);
    m_elsewhere->setObjectName(u"quickSwitcherElsewhere"_s);
    m_elsewhere->setWordWrap(true);
    m_elsewhere->hide();

    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &QuickSwitcher::filter);
    connect(m_search, &QLineEdit::returnPressed, this, &QuickSwitcher::activateCurrent);
    connect(m_list, &QListView::activated, this, &QuickSwitcher::activateCurrent);
    connect(m_list, &QListView::clicked, this, &QuickSwitcher::activateCurrent);
    OrganisationDirectory* directory = workspace->directory();
    connect(directory, &QAbstractItemModel::modelReset, this, &QuickSwitcher::rebuild);
    connect(directory, &QAbstractItemModel::rowsInserted, this, &QuickSwitcher::rebuild);
    connect(directory, &QAbstractItemModel::rowsRemoved, this, &QuickSwitcher::rebuild);
    connect(directory, &QAbstractItemModel::dataChanged, this, &QuickSwitcher::rebuild);
    retranslateUi();
    rebuild();
}

int QuickSwitcher::matchCount() const
{
    return m_filtered->rowCount();
}

void QuickSwitcher::rebuild()
{
    m_items->clear();
    const OrganisationDirectory* directory = m_workspace->directory();
    for (int row = 0; row < directory->rowCount(); ++row) {
        const QModelIndex index = directory->index(row, 0);
        const QString organisation =
            index.data(OrganisationDirectory::OrganisationNameRole).toString();
        const QString connection = index.data(OrganisationDirectory::ConnectionNameRole).toString();
        auto* item = new QStandardItem(
            tr("%1 — %2", "organisation — connection").arg(organisation, connection));
        item->setData(index.data(OrganisationDirectory::ConnectionIdRole), ConnectionIdRole);
        item->setData(index.data(OrganisationDirectory::OrganisationIdRole), OrganisationIdRole);
        item->setData(
            QString::fromUtf8(models::SearchIndex::fold(organisation + u' ' + connection)),
            SearchRole);
        m_items->appendRow(item);
    }
    filter(m_search->text());
}

void QuickSwitcher::filter(const QString& text)
{
    // Every word must appear, in any order, ignoring case and accents.
    QString pattern;
    const QStringList words =
        QString::fromUtf8(models::SearchIndex::fold(text)).split(u' ', Qt::SkipEmptyParts);
    for (const QString& word : words)
        pattern += u"(?=.*"_s + QRegularExpression::escape(word) + u')';
    m_filtered->setFilterRegularExpression(QRegularExpression(pattern));
    const models::OrganisationRef active = m_workspace->active();
    int current = 0;
    for (int row = 0; row < m_filtered->rowCount(); ++row) {
        const QModelIndex index = m_filtered->index(row, 0);
        if (words.isEmpty() && index.data(ConnectionIdRole).toString() == active.connectionId &&
            index.data(OrganisationIdRole).toString() == active.organisationId)
            current = row;
    }
    m_list->setCurrentIndex(m_filtered->index(current, 0));
    m_elsewhere->setVisible(!words.isEmpty() && m_filtered->rowCount() == 0);
}

void QuickSwitcher::popup()
{
    m_search->clear();
    rebuild();
    showAtWindowTop(this, 0.5, 360, 640, 320);
    m_search->setFocus(Qt::PopupFocusReason);
}

void QuickSwitcher::activateCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        const QString text = m_search->text().trimmed();
        if (!text.isEmpty() && m_filtered->rowCount() == 0) {
            hide();
            Q_EMIT searchRequested(text);
        }
        return;
    }
    const models::OrganisationRef ref{current.data(ConnectionIdRole).toString(),
                                      current.data(OrganisationIdRole).toString()};
    hide();
    m_workspace->activate(ref);
    Q_EMIT organisationChosen();
}

bool QuickSwitcher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            // The list moves while the focus stays in the search field.
            QKeyEvent forwarded(key->type(), key->key(), key->modifiers());
            QCoreApplication::sendEvent(m_list, &forwarded);
            return true;
        }
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void QuickSwitcher::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuild();
    }
    QFrame::changeEvent(event);
}

void QuickSwitcher::retranslateUi()
{
    m_title->setText(tr("Switch organisation"));
    m_search->setPlaceholderText(tr("Type an organisation or connection name…"));
    m_search->setAccessibleName(tr("Search organisations"));
    m_list->setAccessibleName(tr("Matching organisations"));
    m_elsewhere->setText(tr("No organisation is called that. Enter searches the customers, "
                            "bookings and products for it."));
}

} // namespace balie::ui
