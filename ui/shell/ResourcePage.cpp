// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ResourcePage.h"

#include "ApiError.h"
#include "ColumnFit.h"
#include "ColumnsMenu.h"
#include "CsvExportFlow.h"
#include "HeaderMemory.h"
#include "Icons.h"
#include "PendingRowDelegate.h"
#include "PlainText.h"
#include "RecordFilterProxy.h"
#include "RecordTableModel.h"
#include "ShortcutText.h"
#include "TableText.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace balie::ui {

using models::RecordTableModel;

ResourcePage::ResourcePage(RecordTableModel* model, const QString& key, QSettings* settings,
                           QWidget* parent)
    : QWidget(parent)
    , m_proxy(new models::RecordFilterProxy(this))
    , m_key(key)
{
    setObjectName(key + u"Page"_s);
    m_proxy->setSourceModel(model); // the columns, for the header's saved state
    buildUi();
    m_header = new HeaderMemory(m_table, key, settings, this);
    restoreHeaderState();
    // What is on screen: the columns shown, in their order (a column this server never fills
    // is hidden, and would only be empty in the file).
    m_exportFlow = new CsvExportFlow(
        m_proxy, nullptr, [this] { return visibleColumns(); }, this);
    m_exportFlow->setFallbackName(m_key);
    connect(m_exportFlow, &CsvExportFlow::info, this, &ResourcePage::info);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ResourcePage::recount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ResourcePage::recount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResourcePage::recount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ResourcePage::recount);
    connect(this, &ResourcePage::statusChanged, this, &ResourcePage::recount);

    setModel(model);
    retranslateUi();
}

ResourcePage::~ResourcePage()
{
    // The table outlives the page: what it says later is no longer for this page.
    if (m_model)
        m_model->disconnect(this);
    m_header->savePending();
}

void ResourcePage::setModel(RecordTableModel* model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_proxy->setSourceModel(model);
    m_exportFlow->setModel(model);
    if (model) {
        connect(model, &RecordTableModel::loadingChanged, this, &ResourcePage::loadingChanged);
        connect(model, &RecordTableModel::progress, this, &ResourcePage::progressed);
        connect(model, &RecordTableModel::lastSyncedChanged, this, &ResourcePage::updateSynced);
        connect(model, &RecordTableModel::loadSucceeded, this, &ResourcePage::fitColumnsOnce);
        // The window says what failed (once, for every table): the page shows how old its
        // rows are.
        connect(model, &RecordTableModel::loadFailed, this, &ResourcePage::updateSynced);
    }
    loadingChanged(model && model->isLoading());
    updateSynced();
    recount();
}

void ResourcePage::recount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model ? m_model->rowCount() : 0;
    // %Ln: "100.000 rijen", grouped like "3.079 van 100.000".
    m_count->setText(shown == all
                         ? tr("%Ln row(s)", nullptr, all)
                         : tr("%1 of %Ln row(s)", nullptr, all).arg(QLocale().toString(shown)));
}

void ResourcePage::buildUi()
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"filter"_s);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &models::RecordFilterProxy::setFilterText);

    m_refresh = new QAction(this);
    m_refresh->setIcon(themedIcon(u"view-refresh"_s, QStyle::SP_BrowserReload));
    connect(m_refresh, &QAction::triggered, this, &ResourcePage::refresh);
    m_export = new QAction(this);
    m_export->setIcon(themedIcon(u"document-save-as"_s, QStyle::SP_DialogSaveButton));
    connect(m_export, &QAction::triggered, this, &ResourcePage::exportCsv);
    m_columns = new QAction(this);
    connect(m_columns, &QAction::triggered, this, &ResourcePage::showColumnsMenu);
    m_copy = new QAction(this);
    connect(m_copy, &QAction::triggered, this, &ResourcePage::copySelection);

    m_tools = new QToolBar(this);
    m_tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tools->setIconSize(QSize(16, 16));
    m_tools->addAction(m_refresh);
    m_tools->addAction(m_export);
    m_tools->addAction(m_columns);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_tools);

    m_table = new QTableView(this);
    m_table->setObjectName(u"table"_s);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new PendingRowDelegate(m_table));
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_copy);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    // The last column (often the ID) keeps the width it needs; the names get theirs.
    header->setStretchLastSection(false);
    header->setDefaultSectionSize(160);
    header->setSortIndicator(-1, Qt::AscendingOrder); // the server's order until asked
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint& pos) {
        ColumnsMenu::create(m_table, [this] {
            saveHeaderState();
        })->popup(m_table->horizontalHeader()->mapToGlobal(pos));
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT rowActivated(m_proxy->mapToSource(index).row());
    });

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"loadProgress"_s);
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"cancelLoad"_s);
    connect(m_cancel, &QPushButton::clicked, this, &ResourcePage::cancelLoad);
    m_count = plainLabel(this);
    m_count->setObjectName(u"rowCount"_s);
    m_synced = plainLabel(this);
    m_synced->setObjectName(u"lastSynced"_s);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_synced);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    setTabOrder(m_filter, m_table);
    setFocusProxy(m_table);
}

void ResourcePage::addPageAction(QAction* action)
{
    m_tools->insertAction(m_tools->actions().value(0), action);
    m_table->addAction(action);
}

QList<int> ResourcePage::allColumnsInViewOrder() const
{
    return TableText::columnsInViewOrder(m_table, false);
}

QList<int> ResourcePage::visibleColumns() const
{
    return TableText::columnsInViewOrder(m_table, true);
}

QList<int> ResourcePage::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString ResourcePage::selectionText() const
{
    return TableText::selectedRows(m_table);
}

void ResourcePage::copySelection()
{
    const QString text = selectionText();
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    const int rows = int(text.count(u'\n'));
    Q_EMIT info(tr("Copied %n row(s).", nullptr, rows));
}

void ResourcePage::refresh()
{
    if (m_model)
        m_model->refresh();
}

void ResourcePage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ResourcePage::cancelLoad()
{
    if (m_model)
        m_model->cancel();
    m_exportFlow->cancelPending();
}

void ResourcePage::loadingChanged(bool loading)
{
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
    if (loading)
        m_progress->setRange(0, 0);
    Q_EMIT statusChanged();
}

void ResourcePage::progressed(qint64 received, qint64 total)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), received * 1000 / total, qint64(1000))));
        m_progress->setFormat(
            tr("%1 of %2").arg(QLocale().toString(received), QLocale().toString(total)));
    } else {
        m_progress->setRange(0, 0);
    }
}

QString ResourcePage::lastSyncedText() const
{
    if (!m_model)
        return {};
    const QDateTime when = m_model->lastSynced();
    const QString time = when.isValid()
                             ? QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat)
                             : QString();
    if (m_model->isStale() && when.isValid())
        return tr("Not up to date: data as of %1").arg(time);
    if (!when.isValid())
        return m_model->isLoading() ? tr("Loading…")
               : m_model->isStale() ? tr("Could not be loaded")
                                    : tr("Not synced yet");
    return tr("Last synced %1").arg(time);
}

void ResourcePage::setLastSyncedShown(bool shown)
{
    m_synced->setVisible(shown);
}

void ResourcePage::updateSynced()
{
    m_synced->setText(lastSyncedText());
    m_synced->setToolTip(
        m_model && m_model->lastSynced().isValid()
            ? QLocale().toString(m_model->lastSynced().toLocalTime(), QLocale::LongFormat)
            : QString());
    Q_EMIT statusChanged();
}

void ResourcePage::setTitle(const QString& title)
{
    m_title = title;
    m_exportFlow->setTitle(title);
}

void ResourcePage::setOrganisationName(const QString& name)
{
    m_exportFlow->setOrganisationName(name);
}

bool ResourcePage::exportPending() const
{
    return m_exportFlow->isPending();
}

void ResourcePage::exportCsv()
{
    m_exportFlow->exportCsv();
}

void ResourcePage::exportCsvTo(const QString& path)
{
    m_exportFlow->exportTo(path);
}

void ResourcePage::showColumnsMenu()
{
    ColumnsMenu::popUnderHeader(m_table, [this] { saveHeaderState(); });
}

void ResourcePage::saveHeaderState() const
{
    m_header->save();
}

void ResourcePage::restoreHeaderState()
{
    m_header->quietly([this] {
        QHeaderView* header = m_table->horizontalHeader();
        if (m_header->restore()) {
            m_savedLayout = true;
            // A sort chosen last time applies again.
            m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
        } else {
            ColumnFit::hideColumnsShownOnRequest(m_table);
        }
        m_table->setSortingEnabled(true);
    });
}

void ResourcePage::fitColumnsOnce()
{
    if (m_columnsFitted || !m_model || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    if (m_savedLayout)
        return; // the user's own widths and columns stay
    ColumnFit fit;
    fit.hideEmptyColumns = true; // those this server never fills
    fit.apply(m_table);
}

void ResourcePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ResourcePage::retranslateUi()
{
    m_filter->setPlaceholderText(withShortcut(tr("Filter"), QKeySequence(QKeySequence::Find)) +
                                 u'…');
    m_filter->setAccessibleName(tr("Filter %1").arg(m_title));
    m_table->setAccessibleName(m_title);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(withShortcut(tr("Load the table again from the server"),
                                       QKeySequence(QKeySequence::Refresh)));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save every row of the filtered table as a CSV file"));
    m_columns->setText(tr("Columns…"));
    m_columns->setToolTip(tr("Choose the columns to show; drag a header to reorder"));
    m_copy->setText(tr("Copy"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    m_progress->setAccessibleName(tr("Loading progress"));
    updateSynced();
}

} // namespace balie::ui
