// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "BookingsPage.h"

#include "BookingCalendarGrid.h"
#include "BookingCalendarView.h"
#include "BookingPresentation.h"
#include "ColumnFit.h"
#include "ColumnsMenu.h"
#include "CsvExportFlow.h"
#include "CustomerPicker.h"
#include "DateField.h"
#include "DialogTitle.h"
#include "HeaderMemory.h"
#include "ICalendarWriter.h"
#include "Operation.h"
#include "OrganisationSession.h"
#include "PlainText.h"
#include "RecordFilterProxy.h"
#include "ResourceModels.h"
#include "ShortcutText.h"
#include "TableText.h"
#include "Workspace.h"
#include "shell/PendingRowDelegate.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balie::ui {

namespace {

const QList<api::BookingStatus> allStatuses{
    api::BookingStatus::Created, api::BookingStatus::Confirmed, api::BookingStatus::Rescheduled,
    api::BookingStatus::Completed, api::BookingStatus::Cancelled};

QDate startOfWeek(const QDate& date)
{
    const int weekStart = int(QLocale().firstDayOfWeek());
    return date.addDays(-((date.dayOfWeek() - weekStart + 7) % 7));
}

} // namespace

BookingsPage::BookingsPage(models::Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_proxy(new models::RecordFilterProxy(this))
{
    setObjectName(u"bookingsPage"_s);
    m_queryTimer.setSingleShot(true);
    m_queryTimer.setInterval(300);
    connect(&m_queryTimer, &QTimer::timeout, this, [this] { applyQuery(); });
    m_exportFlow = new CsvExportFlow(
        m_proxy, nullptr, [this] { return columnsInViewOrder(); }, this);
    m_exportFlow->setFallbackName(u"bookings"_s);
    connect(m_exportFlow, &CsvExportFlow::info, this, &BookingsPage::info);

    createActions();
    buildUi();
    retranslateUi();

    if (m_workspace) {
        connect(m_workspace, &models::Workspace::activeChanged, this, &BookingsPage::rebind);
        connect(m_workspace, &models::Workspace::connectionStateChanged, this,
                &BookingsPage::updateActions);
    }

    // The week of today.
    m_syncingDates = true;
    m_from->setDate(startOfWeek(QDate::currentDate()));
    m_to->setDate(m_from->date().addDays(6));
    m_syncingDates = false;
    applyQuery();
    rebind();
}

BookingsPage::~BookingsPage()
{
    // The tables outlive the page: what they say later is no longer for it.
    if (m_session) {
        for (models::RecordTableModel* table : m_session->tables())
            table->disconnect(this);
    }
    if (m_header)
        m_header->savePending();
    m_proxy->setRowFilter({}); // it asks this page, which is going
    closeDialogs();
}

void BookingsPage::rememberLayoutIn(QSettings* settings)
{
    m_settings = settings;
    delete m_header;
    m_header = settings ? new HeaderMemory(m_table, u"bookings"_s, settings, this) : nullptr;
    if (!settings)
        return;
    const QString span = settings->value(u"bookings/span"_s).toString();
    if (span == "day"_L1)
        m_calendar->setSpan(BookingCalendarView::Span::Day);
    else if (span == "week"_L1)
        m_calendar->setSpan(BookingCalendarView::Span::Week);
    if (settings->value(u"bookings/view"_s).toString() == "calendar"_L1)
        showCalendar();
    // The columns come back now, or once a session gives the list its columns.
    if (bookings()) {
        layOutColumns();
        m_proxy->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                      m_table->horizontalHeader()->sortIndicatorOrder());
    } else {
        m_detailColumnsHidden = false;
    }
}

void BookingsPage::layOutColumns()
{
    // The layout kept from last time, or the page's own: the detail columns hidden.
    asPagesOwn([this] {
        if (m_header && m_header->restore()) {
            // Widths the user set stay; the page's own fit the rows of each load again.
            m_columnsSetByUser = m_settings->value(u"bookings/widthsSetByUser"_s).toBool();
        } else {
            ColumnFit::hideColumnsShownOnRequest(m_table);
        }
    });
    m_detailColumnsHidden = true;
}

void BookingsPage::asPagesOwn(const std::function<void()>& change)
{
    const QScopedValueRollback<bool> fitting(m_fittingColumns, true);
    if (m_header)
        m_header->quietly(change);
    else
        change();
}

void BookingsPage::saveHeaderState() const
{
    if (!m_settings)
        return;
    m_header->save();
    m_settings->setValue(u"bookings/widthsSetByUser"_s, m_columnsSetByUser);
    m_settings->setValue(u"bookings/view"_s,
                         m_views->currentWidget() == m_calendar ? u"calendar"_s : u"list"_s);
    m_settings->setValue(u"bookings/span"_s, m_calendar->span() == BookingCalendarView::Span::Day
                                                 ? u"day"_s
                                                 : u"week"_s);
}

models::BookingTableModel* BookingsPage::bookings() const
{
    return m_session ? m_session->bookings() : nullptr;
}

models::CustomerTableModel* BookingsPage::customers() const
{
    return m_session ? m_session->customers() : nullptr;
}

models::ServiceTableModel* BookingsPage::services() const
{
    return m_session ? m_session->services() : nullptr;
}

void BookingsPage::createActions()
{
    auto make = [this](const char* name) {
        auto* action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_new = make("newBookingAction"); // Ctrl+N is the window's shortcut
    m_confirm = make("confirmBookingAction");
    m_reschedule = make("rescheduleBookingAction");
    m_complete = make("completeBookingAction");
    m_cancel = make("cancelBookingAction");
    m_cancel->setShortcut(QKeySequence::Delete);
    m_confirm->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_reschedule->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_complete->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_refresh = make("refreshBookingsAction");
    // In the window's File menu: from anywhere, it exports this page's filtered bookings.
    m_exportCalendar = new QAction(this);
    m_exportCalendar->setObjectName(u"exportCalendarAction"_s);
    connect(m_exportCalendar, &QAction::triggered, this, &BookingsPage::exportCalendar);
    m_print = new QAction(this);
    m_print->setObjectName(u"printBookingsAction"_s);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setShortcutContext(Qt::WindowShortcut);
    addAction(m_print);
    connect(m_print, &QAction::triggered, this, &BookingsPage::printPreview);
    m_exportPdf = new QAction(this);
    m_exportPdf->setObjectName(u"exportPdfAction"_s);
    connect(m_exportPdf, &QAction::triggered, this, &BookingsPage::exportPdf);
    // F5 is the window's Refresh, which reloads this page when it is shown.
    connect(m_new, &QAction::triggered, this, &BookingsPage::newBooking);
    connect(m_confirm, &QAction::triggered, this, &BookingsPage::confirmSelected);
    connect(m_reschedule, &QAction::triggered, this, &BookingsPage::rescheduleSelected);
    connect(m_complete, &QAction::triggered, this, &BookingsPage::completeSelected);
    connect(m_cancel, &QAction::triggered, this, &BookingsPage::cancelSelected);
    connect(m_refresh, &QAction::triggered, this, &BookingsPage::refresh);
}

void BookingsPage::buildUi()
{
    QHBoxLayout* filters = buildFilters();
    QHBoxLayout* actions = buildActionBar();
    buildViews();

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(filters);
    contentLayout->addLayout(actions);
    contentLayout->addWidget(m_views, 1);
    m_placeholder = plainLabel(this);
    m_placeholder->setObjectName(u"bookingsPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(content);
    m_pages->addWidget(m_placeholder);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    setKeyboardOrder();
    connectWidgets();
}

QHBoxLayout* BookingsPage::buildFilters()
{
    m_fromLabel = plainLabel(this);
    m_from = new DateField(this);
    m_from->setObjectName(u"fromDate"_s);
    m_from->setCalendarPopup(true);
    m_toLabel = plainLabel(this);
    m_to = new DateField(this);
    m_to->setObjectName(u"toDate"_s);
    m_to->setCalendarPopup(true);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_statusLabel = plainLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_statusLabel->setBuddy(m_status);
    m_status->addItem(QString()); // All
    for (api::BookingStatus status : allStatuses)
        m_status->addItem(QString(), int(status));
    m_customerLabel = plainLabel(this);
    m_customerFilter = new CustomerPicker(nullptr, this);
    m_customerFilter->setObjectName(u"customerFilter"_s);
    m_customerFilter->setMinimumWidth(180);
    m_customerLabel->setBuddy(m_customerFilter->searchEdit());
    m_allCustomers = new QToolButton(this);
    m_allCustomers->setObjectName(u"allCustomers"_s);
    m_allCustomers->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_allCustomers->setFocusPolicy(Qt::StrongFocus);
    m_allCustomers->setEnabled(false);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"bookingSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_listButton = new QToolButton(this);
    m_calendarButton = new QToolButton(this);
    m_listButton->setObjectName(u"showList"_s);
    m_calendarButton->setObjectName(u"showCalendar"_s);
    auto* views = new QButtonGroup(this);
    for (QToolButton* b : {m_listButton, m_calendarButton}) {
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        views->addButton(b);
    }
    m_listButton->setChecked(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(8);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(8);
    filters->addWidget(m_customerLabel);
    filters->addWidget(m_customerFilter, 1);
    filters->addWidget(m_allCustomers);
    filters->addSpacing(8);
    filters->addWidget(m_search, 1);
    filters->addSpacing(8);
    filters->addWidget(m_listButton);
    filters->addWidget(m_calendarButton);
    return filters;
}

QHBoxLayout* BookingsPage::buildActionBar()
{
    auto* actions = new QHBoxLayout;
    for (QAction* action : {m_new, m_confirm, m_reschedule, m_complete, m_cancel}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(action->objectName() + u"Button"_s);
        actions->addWidget(button);
        m_actionButtons << button;
    }
    actions->addStretch(1);
    m_state = plainLabel(this);
    m_state->setObjectName(u"bookingsState"_s);
    actions->addWidget(m_state);
    auto* refresh = new QToolButton(this);
    refresh->setDefaultAction(m_refresh);
    refresh->setToolButtonStyle(Qt::ToolButtonTextOnly);
    actions->addWidget(refresh);
    m_actionButtons << refresh;
    return actions;
}

void BookingsPage::buildViews()
{
    m_table = new QTableView(this);
    m_table->setObjectName(u"bookingTable"_s);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new PendingRowDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    // The last column is the id: stretched, it took the width the names need.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder); // When
    QHeaderView* header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint& pos) {
        ColumnsMenu::create(m_table, [this] {
            saveHeaderState();
        })->popup(m_table->horizontalHeader()->mapToGlobal(pos));
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int, int oldSize, int newSize) {
                // Hiding or showing a column resizes it from or to nothing: not a width set.
                if (m_fittingColumns || !m_table->isVisible() || oldSize == 0 || newSize == 0 ||
                    m_columnsSetByUser)
                    return;
                m_columnsSetByUser = true;
                if (m_settings)
                    m_settings->setValue(u"bookings/widthsSetByUser"_s, true);
            });
    m_calendar = new BookingCalendarView(this);
    m_calendar->setModel(m_proxy);
    m_views = new QStackedWidget(this);
    m_views->addWidget(m_table);
    m_views->addWidget(m_calendar);
}

// Filters, view switch, the bookings, then the actions.
void BookingsPage::setKeyboardOrder()
{
    QWidget* previous = m_from;
    for (QWidget* next : std::initializer_list<QWidget*>{
             m_to, m_status, m_customerFilter->searchEdit(), m_allCustomers, m_search, m_listButton,
             m_calendarButton, m_table, m_calendar}) {
        setTabOrder(previous, next);
        previous = next;
    }
    for (QToolButton* b : std::as_const(m_actionButtons)) {
        setTabOrder(previous, b);
        previous = b;
    }
    for (QToolButton* b : std::as_const(m_actionButtons))
        b->setFocusPolicy(Qt::StrongFocus);
    for (QToolButton* b : {m_listButton, m_calendarButton})
        b->setFocusPolicy(Qt::StrongFocus);
}

void BookingsPage::connectWidgets()
{
    connect(m_from, &QDateEdit::dateChanged, this, &BookingsPage::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &BookingsPage::datesEdited);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { applyQuery(); });
    connect(m_customerFilter, &CustomerPicker::changed, this, &BookingsPage::customerFilterChanged);
    connect(m_allCustomers, &QToolButton::clicked, this, [this] { setFilterCustomer({}); });
    connect(
        m_customerFilter->searchEdit(), &QLineEdit::editingFinished, this,
        [this] {
            // Typed text that names no customer gives way to the filter in force.
            QLineEdit* edit = m_customerFilter->searchEdit();
            if (m_customerFilter->customerId().isEmpty() && !edit->text().trimmed().isEmpty() &&
                !edit->hasFocus() && !QApplication::activePopupWidget())
                m_customerFilter->setCustomerId(m_filterCustomerId);
        },
        Qt::QueuedConnection);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &models::RecordFilterProxy::setFilterText);
    connect(m_listButton, &QToolButton::clicked, this, &BookingsPage::showList);
    connect(m_calendarButton, &QToolButton::clicked, this, &BookingsPage::showCalendar);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { currentRowChanged(current); });
    connect(m_table, &QTableView::activated, this, &BookingsPage::openSelected);
    connect(m_calendar, &BookingCalendarView::rangeChanged, this,
            &BookingsPage::calendarRangeChanged);
    connect(m_calendar, &BookingCalendarView::bookingClicked, this, &BookingsPage::selectBooking);
    connect(m_calendar, &BookingCalendarView::bookingActivated, this, [this](const QString& id) {
        selectBooking(id);
        openSelected();
    });
    connect(m_calendar, &BookingCalendarView::moveRequested, this, &BookingsPage::moveBooking);
    connect(m_calendar, &BookingCalendarView::resizeRequested, this, &BookingsPage::resizeBooking);
    connect(m_calendar, &BookingCalendarView::emptySlotActivated, this,
            [this](const QDateTime& start) {
                if (m_new->isEnabled())
                    openEditor(BookingEditorDialog::Mode::Create, std::nullopt, start);
            });
}

void BookingsPage::focusFilter()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BookingsPage::copySelection()
{
    const QString text = TableText::selectedRows(m_table);
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    Q_EMIT info(tr("Copied %n row(s).", nullptr, int(text.count(u'\n'))));
}

void BookingsPage::showColumnsMenu()
{
    showList();
    ColumnsMenu::popUnderHeader(m_table, [this] { saveHeaderState(); });
}

QFileDialog* BookingsPage::saveDialog(const QString& title, const QString& suffix,
                                      const QString& filter)
{
    const QString name = CsvExportFlow::suggestedFileName(
        tr("Bookings"), m_session ? m_session->organisationName() : QString(), QDate::currentDate(),
        suffix);
    auto* dialog = new QFileDialog(
        this, title, QDir(CsvExportFlow::startFolder(m_lastExportFolder)).filePath(name), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    return dialog;
}

void BookingsPage::exportCalendar()
{
    if (m_saveDialog)
        return m_saveDialog->raise();
    m_saveDialog =
        saveDialog(tr("Export Bookings for a Calendar"), u"ics"_s, tr("iCalendar (*.ics)"));
    connect(m_saveDialog, &QFileDialog::fileSelected, this, &BookingsPage::exportCalendarTo);
    m_saveDialog->open();
}

void BookingsPage::exportCalendarTo(const QString& path)
{
    models::BookingTableModel* table = bookings();
    if (path.isEmpty() || !table)
        return;
    if (table->isLoading()) {
        // What the list will show once the load is in: a half-loaded list is not exported.
        m_pendingCalendarPath = path;
        Q_EMIT info(tr("The bookings are loading; they are exported when they are in."));
        return;
    }
    const QList<api::Booking> rows = shownBookings();
    models::ServiceTableModel* serviceTable = services();
    const auto zoneOf = [serviceTable](const api::Booking& b) {
        const std::optional<api::Service> service =
            serviceTable ? serviceTable->service(b.serviceId) : std::nullopt;
        return service ? service->availability.timeZone : QByteArray();
    };
    models::ICalendarWriter::Options options;
    options.calendarName = m_session->organisationName();
    options.uidDomain = m_session->serverHost();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(models::ICalendarWriter::write(rows, zoneOf, options)) < 0 || !file.commit()) {
        Q_EMIT info(tr("The bookings could not be exported: %1").arg(file.errorString()));
        return;
    }
    m_lastExportFolder = QFileInfo(path).absolutePath();
    Q_EMIT info(tr("Exported %n booking(s) for a calendar to %1.", nullptr, int(rows.size()))
                    .arg(QDir::toNativeSeparators(path)));
}

AgendaPrint::Content BookingsPage::printedContent() const
{
    AgendaPrint::Content content;
    content.organisation = m_session ? m_session->organisationName() : QString();
    content.first = m_from->date();
    content.last = m_to->date();
    content.bookings = shownBookings();
    if (isCalendarShown() && m_calendar->span() == BookingCalendarView::Span::Week) {
        // The week on screen, as a grid.
        content.weekGrid = true;
        content.first = m_calendar->firstDay();
        content.last = m_calendar->lastDay();
    }
    return content;
}

QList<api::Booking> BookingsPage::shownBookings() const
{
    QList<api::Booking> shown;
    const models::BookingTableModel* table = bookings();
    if (!table)
        return shown;
    shown.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown << table->record(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return shown;
}

void BookingsPage::printPreview()
{
    if (!bookings())
        return;
    auto* preview = new QPrintPreviewDialog(this);
    preview->setObjectName(u"printPreview"_s);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Print Bookings"));
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* printer) { AgendaPrint::print(printedContent(), printer); });
    preview->open();
}

void BookingsPage::exportPdf()
{
    if (m_saveDialog)
        return m_saveDialog->raise();
    m_saveDialog = saveDialog(tr("Export Bookings as PDF"), u"pdf"_s, tr("PDF (*.pdf)"));
    connect(m_saveDialog, &QFileDialog::fileSelected, this, &BookingsPage::exportPdfTo);
    m_saveDialog->open();
}

void BookingsPage::exportPdfTo(const QString& path)
{
    if (path.isEmpty() || !bookings())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(tr("Bookings"));
    const AgendaPrint::Content content = printedContent();
    if (!AgendaPrint::print(content, &printer)) {
        Q_EMIT info(tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_lastExportFolder = QFileInfo(path).absolutePath();
    Q_EMIT info(tr("Exported %n booking(s) as PDF to %1.", nullptr, int(content.bookings.size()))
                    .arg(QDir::toNativeSeparators(path)));
}

QList<QAction*> BookingsPage::pageActions() const
{
    return {m_new, m_confirm, m_reschedule, m_complete, m_cancel, m_refresh};
}

BookingEditorDialog* BookingsPage::editor() const
{
    for (const auto& editor : m_editors) {
        if (editor)
            return editor;
    }
    return nullptr;
}

bool BookingsPage::isCalendarShown() const
{
    return m_views->currentWidget() == m_calendar;
}

void BookingsPage::rebind()
{
    m_pendingCalendarPath.clear(); // asked for the organisation left, not for this one
    closeDialogs();
    m_currentId.clear();
    m_busy.clear();
    if (m_session) {
        for (models::RecordTableModel* table : m_session->tables())
            table->disconnect(this);
    }
    m_session = m_workspace ? m_workspace->session() : nullptr;
    models::BookingTableModel* table = bookings();
    // A customer of the previous organisation filters nothing here: all customers again.
    m_filterCustomerId.clear();
    {
        const QSignalBlocker blocker(m_customerFilter);
        m_customerFilter->setCustomers(
            m_session && m_session->can(api::Capability::Customers) ? customers() : nullptr);
    }
    m_allCustomers->setEnabled(false);
    m_proxy->setSourceModel(table);
    if (table && !m_detailColumnsHidden)
        layOutColumns();
    m_proxy->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                  m_table->horizontalHeader()->sortIndicatorOrder());
    m_exportFlow->setModel(table);
    if (table) {
        // The window says what failed; the page says how old its rows are.
        connect(table, &models::RecordTableModel::loadFailed, this, &BookingsPage::updateState);
        connect(table, &models::RecordTableModel::loadingChanged, this, [this](bool loading) {
            // Columns fit the rows each load brings (other dates, other names) until the user
            // sets a width: from then on, the user's widths stay.
            if (!loading && !m_pendingCalendarPath.isEmpty())
                exportCalendarTo(std::exchange(m_pendingCalendarPath, {}));
            if (!loading && !m_columnsSetByUser && bookings() && bookings()->rowCount() > 0) {
                // A few hundred bookings: every name is measured, none is cut.
                asPagesOwn([this] {
                    ColumnFit fit;
                    fit.measuredRows = 1000;
                    fit.apply(m_table);
                });
            }
            updateState();
        });
        connect(table, &QAbstractItemModel::rowsInserted, this, [this] {
            // A booking chosen before a reload is chosen again when it comes back.
            if (!m_currentId.isEmpty() && !m_table->currentIndex().isValid())
                selectBooking(m_currentId);
            updateState();
        });
        connect(table, &QAbstractItemModel::rowsRemoved, this, &BookingsPage::updateState);
        connect(table, &QAbstractItemModel::modelReset, this, [this] {
            updateActions();
            updateState();
        });
        connect(table, &QAbstractItemModel::dataChanged, this, &BookingsPage::updateActions);
        connect(services(), &QAbstractItemModel::rowsInserted, m_calendar->grid(),
                qOverload<>(&QWidget::update));
        // The session's tables load once this is said: the dates on screen are asked for.
        applyQuery(true);
    }
    m_calendar->setSelectedId({});
    retranslateUi();
    updateActions();
    updateState();
}

void BookingsPage::closeDialogs()
{
    for (const auto& editor : std::as_const(m_editors)) {
        if (editor)
            editor->discard();
    }
    m_editors.clear();
    if (m_cancelQuestion)
        m_cancelQuestion->close();
}

void BookingsPage::datesEdited()
{
    if (m_syncingDates)
        return;
    if (m_to->date() < m_from->date()) {
        m_syncingDates = true;
        if (sender() == m_from)
            m_to->setDate(m_from->date());
        else
            m_from->setDate(m_to->date());
        m_syncingDates = false;
    }
    // The calendar follows the typed dates without changing them.
    m_syncingDates = true;
    m_calendar->setDate(m_from->date());
    m_syncingDates = false;
    m_queryTimer.start();
}

void BookingsPage::customerFilterChanged()
{
    const QString chosen = m_customerFilter->customerId();
    if (!chosen.isEmpty())
        m_filterCustomerId = chosen;
    else if (m_customerFilter->searchEdit()->text().trimmed().isEmpty())
        m_filterCustomerId.clear();
    else
        return; // still typing: the filter in force stays until a customer is chosen
    m_allCustomers->setEnabled(!m_filterCustomerId.isEmpty());
    applyQuery();
}

void BookingsPage::setFilterCustomer(const QString& customerId)
{
    m_customerFilter->setCustomerId(customerId);
    if (customerId.isEmpty() || m_customerFilter->customerId() == customerId) {
        m_filterCustomerId = customerId;
        m_allCustomers->setEnabled(!m_filterCustomerId.isEmpty());
        applyQuery();
    }
}

QList<int> BookingsPage::columnsInViewOrder() const
{
    return TableText::columnsInViewOrder(m_table, true);
}

bool BookingsPage::exportPending() const
{
    return m_exportFlow->isPending();
}

void BookingsPage::exportCsv()
{
    m_exportFlow->setOrganisationName(m_workspace ? m_workspace->activeOrganisation().name
                                                  : QString());
    m_exportFlow->exportCsv();
}

void BookingsPage::exportCsvTo(const QString& path)
{
    m_exportFlow->exportTo(path);
}

void BookingsPage::calendarRangeChanged(const QDate& first, const QDate& last)
{
    if (m_syncingDates)
        return;
    m_syncingDates = true;
    m_from->setDate(first);
    m_to->setDate(last);
    m_syncingDates = false;
    applyQuery();
}

void BookingsPage::applyQuery(bool force)
{
    m_queryTimer.stop();
    models::BookingTableModel* table = bookings();
    if (!table)
        return;
    api::BookingQuery query;
    const QDateTime from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    const QDateTime to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    query.from = from;
    query.to = to;
    if (m_alsoFirst.isValid()) {
        const QDateTime alsoFrom = QDateTime(m_alsoFirst, QTime(0, 0)).toUTC();
        const QDateTime alsoTo = QDateTime(m_alsoLast.addDays(1), QTime(0, 0)).toUTC();
        // Days near the list's load with them; days far from them (the list on another month)
        // load for whichever page is on screen, rather than every day in between.
        const bool near = alsoFrom <= to.addDays(NearDays) && alsoTo >= from.addDays(-NearDays);
        if (near) {
            query.from = qMin(from, alsoFrom);
            query.to = qMax(to, alsoTo);
        } else if (m_alsoWanted) {
            query.from = alsoFrom;
            query.to = alsoTo;
        }
    }
    const QVariant status = m_status->currentData();
    if (status.isValid())
        query.status = api::BookingStatus(status.toInt());
    query.customerId = m_filterCustomerId;
    keepToListedDates(from, to);
    const api::BookingQuery current = table->query();
    if (!force && current.from == query.from && current.to == query.to &&
        current.status == query.status && current.customerId == query.customerId &&
        current.from.isValid())
        return;
    table->setQuery(query); // reloads
    updateState();
}

void BookingsPage::keepToListedDates(const QDateTime& from, const QDateTime& to)
{
    // Once the table holds the Today view's days too (now, or until a reload is in), the list
    // keeps to its own: as the table's query reads them, by the time a booking takes.
    const bool others = m_alsoFirst.isValid();
    const QDateTime listedFrom = others ? from : QDateTime();
    const QDateTime listedTo = others ? to : QDateTime();
    if (listedFrom == m_listedFrom && listedTo == m_listedTo)
        return;
    m_listedFrom = listedFrom;
    m_listedTo = listedTo;
    if (!others) {
        m_proxy->setRowFilter({});
        return;
    }
    m_proxy->setRowFilter([this](int row) {
        const models::BookingTableModel* table = bookings();
        return !table || isListed(table->record(row));
    });
}

bool BookingsPage::isListed(const api::Booking& booking) const
{
    api::BookingQuery dates;
    dates.from = m_listedFrom;
    dates.to = m_listedTo;
    return models::BookingTableModel::matches(dates, booking);
}

int BookingsPage::listedCount() const
{
    const models::BookingTableModel* table = bookings();
    if (!table)
        return 0;
    if (!m_listedFrom.isValid())
        return table->rowCount();
    int listed = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        listed += isListed(table->record(row)) ? 1 : 0;
    return listed;
}

void BookingsPage::refresh()
{
    if (!m_session)
        return;
    // The rows stay on screen while they load again, and stay (marked stale) if that fails.
    bookings()->refresh();
    if (services()->rowCount() == 0 || services()->isStale())
        services()->refresh();
}

void BookingsPage::showList()
{
    m_listButton->setChecked(true);
    m_views->setCurrentWidget(m_table);
}

void BookingsPage::showCalendar()
{
    m_calendarButton->setChecked(true);
    m_views->setCurrentWidget(m_calendar);
    // The calendar shows whole days or weeks: load exactly what it shows.
    m_calendar->setDate(m_from->date());
    calendarRangeChanged(m_calendar->firstDay(), m_calendar->lastDay());
}

void BookingsPage::selectBooking(const QString& id)
{
    const int row = bookings() ? bookings()->rowOf(id) : -1;
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(bookings()->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void BookingsPage::currentRowChanged(const QModelIndex& current)
{
    m_currentId =
        current.isValid() ? current.data(models::RecordTableModel::IdRole).toString() : QString();
    m_calendar->setSelectedId(m_currentId);
    updateActions();
}

std::optional<api::Booking> BookingsPage::currentBooking() const
{
    if (m_currentId.isEmpty() || !bookings())
        return std::nullopt;
    return bookings()->find(m_currentId);
}

void BookingsPage::updateActions()
{
    const bool bookings = m_session && m_session->can(api::Capability::Bookings);
    const bool create = bookings && m_session->can(api::Capability::CreateBooking);
    const bool actions = bookings && m_session->can(api::Capability::BookingActions);
    const std::optional<api::Booking> booking = currentBooking();
    const bool idle = booking && !m_busy.contains(booking->id);
    auto allows = [&](api::BookingAction action) {
        return actions && idle && api::BookingStatuses::allows(booking->status, action);
    };
    m_new->setEnabled(create);
    m_new->setVisible(create);
    m_confirm->setEnabled(allows(api::BookingAction::Confirm));
    m_reschedule->setEnabled(allows(api::BookingAction::Reschedule));
    // Completing an appointment that has not begun is a slip of the hand, not desk work.
    m_complete->setEnabled(allows(api::BookingAction::Complete) &&
                           booking->scheduledAt <= QDateTime::currentDateTimeUtc());
    m_cancel->setEnabled(allows(api::BookingAction::Cancel));
    for (QAction* a : {m_confirm, m_reschedule, m_complete, m_cancel})
        a->setVisible(actions);
    m_calendar->grid()->setResizable(actions && m_session->can(api::Capability::ChangeDuration));
    m_refresh->setEnabled(bookings);
    m_exportCalendar->setEnabled(bookings);
    m_print->setEnabled(bookings);
    m_exportPdf->setEnabled(bookings);
    // Only where the connection lists customers can one be picked to filter on.
    const bool customers = bookings && m_session->can(api::Capability::Customers);
    for (QWidget* w :
         {static_cast<QWidget*>(m_customerLabel), static_cast<QWidget*>(m_customerFilter),
          static_cast<QWidget*>(m_allCustomers)})
        w->setVisible(customers);

    if (!m_session) {
        m_placeholder->setText(tr("Choose an organisation to see its bookings."));
        m_pages->setCurrentWidget(m_placeholder);
    } else if (!bookings) {
        m_placeholder->setText(tr("The connection “%1” (%2) does not offer bookings.")
                                   .arg(m_session->connectionName(), m_session->flavourName()));
        m_pages->setCurrentWidget(m_placeholder);
    } else {
        m_pages->setCurrentIndex(0);
    }
}

void BookingsPage::updateState()
{
    const models::BookingTableModel* table = bookings();
    if (!table) {
        m_state->clear();
    } else if (table->isLoading() && table->rowCount() == 0) {
        m_state->setText(tr("Loading bookings…"));
    } else if (table->isStale() && table->lastSynced().isValid()) {
        // The rows stay: the day's agenda does not vanish when the server is away.
        m_state->setText(tr("%Ln booking(s), as of %1", nullptr, listedCount())
                             .arg(QLocale().toString(table->lastSynced().toLocalTime().time(),
                                                     QLocale::ShortFormat)));
    } else if (table->isStale()) {
        m_state->setText(tr("The bookings could not be loaded."));
    } else {
        m_state->setText(tr("%Ln booking(s)", nullptr, listedCount()));
    }
}

QString BookingsPage::describe(const api::Booking& booking) const
{
    const QString customer =
        booking.customerName.isEmpty() ? booking.customerId : booking.customerName;
    // "maandag 30 november 2026 om 12:00": no seconds, no zone abbreviation.
    const QDateTime at = booking.scheduledAt.toLocalTime();
    return tr("%1 on %2", "customer, date and time")
        .arg(customer, tr("%1 at %2", "date, time")
                           .arg(QLocale().toString(at.date(), QLocale::LongFormat),
                                BookingPresentation::timeText(at.time())));
}

void BookingsPage::newBooking()
{
    if (!m_new->isEnabled())
        return;
    openEditor(BookingEditorDialog::Mode::Create, std::nullopt);
}

bool BookingsPage::dialogInTheWay()
{
    BookingEditorDialog* open = editor();
    if (!open)
        return false;
    // One booking dialog at a time: the one open (or still sending) keeps what was typed.
    Q_EMIT info(tr("Finish the booking dialog that is open first."));
    if (open->isVisible())
        open->raise();
    return true;
}

void BookingsPage::newBookingFor(const QString& customerId)
{
    if (dialogInTheWay())
        return;
    newBooking();
    if (BookingEditorDialog* dialog = editor())
        dialog->customerPicker()->setCustomerId(customerId);
}

void BookingsPage::openSelected()
{
    const std::optional<api::Booking> booking = currentBooking();
    if (!booking)
        return;
    openEditor(m_reschedule->isEnabled() ? BookingEditorDialog::Mode::Reschedule
                                         : BookingEditorDialog::Mode::View,
               booking);
}

void BookingsPage::moveBooking(const QString& id, const QDateTime& localStart)
{
    selectBooking(id);
    const std::optional<api::Booking> booking = currentBooking();
    if (!booking || booking->id != id)
        return;
    if (dialogInTheWay())
        return;
    if (!m_reschedule->isEnabled()) {
        Q_EMIT info(tr("This booking cannot be moved: it is %1.")
                        .arg(api::BookingStatuses::displayName(booking->status).toLower()));
        return;
    }
    // The reschedule dialog's own checks (opening hours, a time in the past), unseen when
    // all is well: the move goes at once and is confirmed with its Undo. When something is
    // wrong or to be asked, the dialog shows at the new time with what to change.
    openEditor(BookingEditorDialog::Mode::Reschedule, booking, localStart, Opening::Submitted);
}

void BookingsPage::resizeBooking(const QString& id, int durationMinutes)
{
    selectBooking(id);
    const std::optional<api::Booking> booking = currentBooking();
    if (!booking || booking->id != id || !m_session ||
        !m_session->can(api::Capability::ChangeDuration))
        return;
    if (dialogInTheWay())
        return;
    if (!m_reschedule->isEnabled()) {
        Q_EMIT info(tr("This booking cannot be changed: it is %1.")
                        .arg(api::BookingStatuses::displayName(booking->status).toLower()));
        return;
    }
    // As a move: the reschedule dialog's checks (opening hours with the new end), unseen when
    // all is well.
    openEditor(BookingEditorDialog::Mode::Reschedule, booking, {}, Opening::Submitted,
               durationMinutes);
}

void BookingsPage::openEditor(BookingEditorDialog::Mode mode,
                              const std::optional<api::Booking>& booking, const QDateTime& start,
                              Opening opening, int durationMinutes)
{
    if (!m_session || editor())
        return;
    auto* dialog = new BookingEditorDialog(mode, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (booking)
        dialog->setBooking(*booking);
    if (start.isValid())
        dialog->setStart(start);
    if (durationMinutes > 0)
        dialog->setDuration(durationMinutes);
    connect(dialog, &BookingEditorDialog::bookingSaved, this,
            [this, dialog](const api::Booking& saved, bool queued) {
                // Only in the organisation it was made for (the session put it in its table).
                if (!m_session || dialog->organisationId() != m_session->organisationId())
                    return;
                showSaved(dialog->original(), saved, queued);
            });
    m_editors.append(dialog);
    if (opening == Opening::Submitted) {
        dialog->save();
        if (dialog->isSaving() || dialog->result() == QDialog::Accepted)
            return; // sent: it closes by itself, and the move is confirmed as any other
    }
    dialog->open();
}

bool BookingsPage::chooseAnotherTime(qint64 seq)
{
    if (!m_session || !m_session->outbox() || editor())
        return false;
    const std::optional<models::Outbox::Entry> entry = m_session->outbox()->entry(seq);
    if (!entry || !entry->wantsAnotherTime() ||
        entry->organisationId != m_session->organisationId())
        return false;
    if (entry->change.isCreate()) {
        openEditor(BookingEditorDialog::Mode::Create, std::nullopt);
        if (editor())
            editor()->setDraft(entry->change.booking);
    } else {
        const std::optional<api::Booking> booking =
            m_session->bookingOnServer(entry->change.target);
        if (!booking)
            return false;
        openEditor(BookingEditorDialog::Mode::Reschedule, booking);
        if (editor() && entry->change.newDuration > 0)
            editor()->setDuration(entry->change.newDuration); // the length asked for stays
    }
    if (!editor())
        return false;
    editor()->replaceChange(seq, entry->askedTime(), entry->nextFree);
    return true;
}

void BookingsPage::actOn(const QString& id, std::optional<api::BookingAction> action)
{
    selectBooking(id);
    if (m_currentId != id) {
        // Hidden by the list's filters: chosen all the same.
        m_currentId = id;
        m_calendar->setSelectedId(id);
        updateActions();
    }
    if (!action) {
        openSelected();
        return;
    }
    switch (*action) {
    case api::BookingAction::Confirm:
        confirmSelected();
        break;
    case api::BookingAction::Reschedule:
        rescheduleSelected();
        break;
    case api::BookingAction::Complete:
        completeSelected();
        break;
    case api::BookingAction::Cancel:
        cancelSelected();
        break;
    }
}

void BookingsPage::includeDays(const QDate& first, const QDate& last)
{
    m_alsoFirst = first;
    m_alsoLast = last;
    m_alsoWanted = true;
    applyQuery();
}

void BookingsPage::releaseDays()
{
    m_alsoWanted = false;
    applyQuery(); // its own dates, where the Today view's far ones were loaded instead
}

void BookingsPage::confirmSelected()
{
    if (const auto booking = currentBooking(); booking && m_confirm->isEnabled())
        perform(*booking, api::BookingAction::Confirm);
}

void BookingsPage::rescheduleSelected()
{
    if (const auto booking = currentBooking(); booking && m_reschedule->isEnabled())
        openEditor(BookingEditorDialog::Mode::Reschedule, booking);
}

void BookingsPage::completeSelected()
{
    if (const auto booking = currentBooking(); booking && m_complete->isEnabled())
        perform(*booking, api::BookingAction::Complete);
}

void BookingsPage::cancelSelected()
{
    const std::optional<api::Booking> booking = currentBooking();
    if (!booking || !m_cancel->isEnabled() || m_cancelQuestion)
        return;
    const QString service =
        booking->serviceName.isEmpty() ? booking->serviceId : booking->serviceName;
    auto* box =
        new QMessageBox(QMessageBox::Question, dialogTitle(tr("Cancel booking"), m_session),
                        tr("Cancel the booking of %1 (%2)?").arg(describe(*booking), service),
                        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"cancelQuestion"_s);
    box->setInformativeText(tr("The customer's time becomes free for others."));
    makePlain(box);
    box->button(QMessageBox::Yes)->setText(tr("Cancel booking"));
    box->button(QMessageBox::No)->setText(tr("Keep booking"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_cancelQuestion = box;
    const QString id = booking->id;
    const QString organisation = m_session ? m_session->organisationId() : QString();
    connect(box, &QMessageBox::finished, this, [this, box, id, organisation] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        if (!m_session || organisation != m_session->organisationId())
            return;
        if (const std::optional<api::Booking> now = bookings()->find(id))
            perform(*now, api::BookingAction::Cancel);
    });
    box->open();
}

void BookingsPage::perform(const api::Booking& booking, api::BookingAction action,
                           const QDateTime& newTime)
{
    if (!m_session || !api::BookingStatuses::allows(booking.status, action))
        return;
    models::Operation* operation = m_session->bookingAction(booking.id, action, newTime);
    m_busy.insert(booking.id);
    updateActions();
    const QString id = booking.id;
    const QString organisation = m_session->organisationId();
    const QString what = describe(booking);
    const bool held =
        action == api::BookingAction::Cancel || action == api::BookingAction::Complete;
    connect(operation, &models::Operation::finished, this,
            [this, booking, organisation, action, what, held](models::Operation* done) {
                if (!m_session || organisation != m_session->organisationId())
                    return; // switched meanwhile: nothing of it may show
                m_busy.remove(booking.id);
                if (!done->isOk() && done->error().kind() != api::ApiError::Kind::Cancelled) {
                    Q_EMIT problem(done->error(),
                                   tr("%1: the booking of %2", "action, booking")
                                       .arg(api::BookingStatuses::actionDisplayName(action), what));
                } else if (done->isQueued() && held) {
                    // The server cannot take these back: they wait a moment, in which undo is
                    // exact; offline, until the server can be reached.
                    const bool offline = m_session->isOffline();
                    const bool cancel = action == api::BookingAction::Cancel;
                    QString message;
                    if (offline && cancel)
                        message = tr("The booking of %1 is cancelled here. It goes to the server "
                                     "when it can be reached; until then it can be undone.");
                    else if (offline)
                        message = tr("The booking of %1 is completed here. It goes to the server "
                                     "when it can be reached; until then it can be undone.");
                    else if (cancel)
                        message = tr("The booking of %1 is cancelled. It goes to the server in a "
                                     "few seconds; until then it can be undone.");
                    else
                        message = tr("The booking of %1 is completed. It goes to the server in a "
                                     "few seconds; until then it can be undone.");
                    Q_EMIT heldBack(message.arg(what));
                } else if (done->isQueued()) {
                    // Sent at once when the server can be reached: queued means offline.
                    Q_EMIT heldBack(tr("The booking of %1 is confirmed here. It goes to the "
                                       "server when it can be reached; until then it can be "
                                       "undone.")
                                        .arg(what));
                }
                updateActions();
            });
}

QString BookingsPage::timeAsBooked(const api::Booking& booking) const
{
    const QDateTime here = booking.scheduledAt.toLocalTime();
    const QString local = BookingPresentation::timeText(here.time());
    const std::optional<api::Service> service =
        services() ? services()->service(booking.serviceId) : std::nullopt;
    if (!service)
        return local;
    // The editor showed the service's own time beside the user's: the confirmation too.
    const QTimeZone zone = BookingPresentation::serviceZone(service->availability);
    const QDateTime there = booking.scheduledAt.toTimeZone(zone);
    if (there.offsetFromUtc() == here.offsetFromUtc())
        return local;
    return tr("%1 (%2 %3)", "the user's time, then the time and zone of the service")
        .arg(local, BookingPresentation::timeText(there.time()), QString::fromUtf8(zone.id()));
}

void BookingsPage::showSaved(const api::Booking& before, const api::Booking& saved, bool queued)
{
    // A booking made outside the dates shown would not be listed: the list goes to its week.
    const QDate day = saved.scheduledAt.toLocalTime().date();
    // A booking of the Today view's days, acted on there, is in the table already: the list
    // stays on its own dates.
    const bool loadedForToday =
        m_alsoWanted && m_alsoFirst.isValid() && day >= m_alsoFirst && day <= m_alsoLast;
    if ((day < m_from->date() || day > m_to->date()) && !loadedForToday) {
        m_syncingDates = true;
        m_from->setDate(startOfWeek(day));
        m_to->setDate(m_from->date().addDays(6));
        m_calendar->setDate(m_from->date());
        m_syncingDates = false;
        applyQuery();
    } else if (bookings()->rowOf(saved.id) < 0 && !loadedForToday) {
        bookings()->upsert(saved); // filtered out by status or customer: shown all the same
    }
    m_currentId = saved.id;
    selectBooking(saved.id);
    updateActions();
    updateState();
    const QString customer = saved.customerName.isEmpty() ? saved.customerId : saved.customerName;
    if (before.id.isEmpty()) {
        // A new booking, confirmed with its full date and a way back (Ctrl+Z cancels it).
        const QDateTime at = saved.scheduledAt.toLocalTime();
        const QString date = QLocale().toString(at.date(), QLocale::LongFormat);
        const QString time = timeAsBooked(saved);
        // Kept for later, it is not made yet: the message does not say it is.
        Q_EMIT undoable(
            queued ? tr("The booking of %1 for %2 at %3 waits in the queue: it is "
                        "made when the server can be reached.")
                         .arg(customer, date, time)
                   : tr("The booking of %1 is made for %2 at %3.").arg(customer, date, time));
        return;
    }
    if (before.scheduledAt == saved.scheduledAt) {
        if (before.durationMinutes == saved.durationMinutes)
            return;
        // A new length, confirmed with the new end and a way back (Ctrl+Z).
        const QString end = BookingPresentation::timeText(saved.endsAt().toLocalTime().time());
        Q_EMIT undoable(queued ? tr("The booking of %1 ending at %2 waits in the queue: it is "
                                    "changed when the server can be reached.")
                                     .arg(customer, end)
                               : tr("The booking of %1 now ends at %2 (%n min).", nullptr,
                                    saved.durationMinutes)
                                     .arg(customer, end));
        return;
    }
    // A move, confirmed with its full date and a way back (Ctrl+Z).
    const QDateTime at = saved.scheduledAt.toLocalTime();
    const QString date = QLocale().toString(at.date(), QLocale::LongFormat);
    const QString time = timeAsBooked(saved);
    Q_EMIT undoable(queued
                        ? tr("The move of the booking of %1 to %2 at %3 waits in the queue: "
                             "it is made when the server can be reached.")
                              .arg(customer, date, time)
                        : tr("The booking of %1 was moved to %2 at %3.").arg(customer, date, time));
}

void BookingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BookingsPage::retranslateUi()
{
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_from->setAccessibleName(tr("Bookings from"));
    m_to->setAccessibleName(tr("Bookings until"));
    m_from->setDisplayFormat(BookingPresentation::dateEditFormat());
    m_to->setDisplayFormat(BookingPresentation::dateEditFormat());
    m_statusLabel->setText(tr("&Status:"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->setItemText(0, tr("All"));
    for (int i = 0; i < allStatuses.size(); ++i)
        m_status->setItemText(i + 1, api::BookingStatuses::displayName(allStatuses.at(i)));
    m_customerLabel->setText(tr("C&ustomer:"));
    m_customerFilter->setAccessibleName(tr("Customer filter"));
    m_customerFilter->setToolTip(tr("Show only the bookings of one customer"));
    m_allCustomers->setText(tr("All customers"));
    m_allCustomers->setToolTip(tr("Show the bookings of every customer again"));
    m_allCustomers->setAccessibleName(tr("Show all customers"));
    m_exportFlow->setTitle(tr("Bookings"));
    m_search->setPlaceholderText(tr("Filter by customer, service or note"));
    m_search->setAccessibleName(tr("Filter bookings"));
    m_listButton->setText(tr("List"));
    m_listButton->setAccessibleName(tr("Show the bookings as a list"));
    m_calendarButton->setText(tr("Calendar"));
    m_calendarButton->setAccessibleName(tr("Show the bookings in a calendar"));
    m_table->setAccessibleName(tr("Bookings"));
    m_new->setText(tr("&New booking…"));
    m_new->setToolTip(withShortcut(tr("Book an appointment by hand"), QKeySequence::New));
    m_confirm->setText(tr("C&onfirm"));
    m_confirm->setToolTip(withShortcut(tr("Confirm the selected booking"), m_confirm->shortcut()));
    m_reschedule->setText(tr("&Reschedule…"));
    m_reschedule->setToolTip(
        withShortcut(tr("Move the selected booking to another time"), m_reschedule->shortcut()));
    m_complete->setText(tr("Co&mplete"));
    m_complete->setToolTip(
        withShortcut(tr("Mark the selected booking as completed"), m_complete->shortcut()));
    m_cancel->setText(tr("Cance&l booking…"));
    m_cancel->setToolTip(withShortcut(tr("Cancel the selected booking"), m_cancel->shortcut()));
    m_refresh->setText(tr("Re&fresh"));
    m_exportCalendar->setText(tr("Export Bookings for a &Calendar…"));
    m_print->setText(tr("&Print Bookings…"));
    m_exportPdf->setText(tr("Export Bookings as P&DF…"));
    m_exportCalendar->setToolTip(tr("The bookings the list shows, as an iCalendar file (.ics) "
                                    "for Outlook, Google or Apple Calendar"));
    m_refresh->setToolTip(withShortcut(tr("Load the bookings again"), QKeySequence::Refresh));
    for (QToolButton* b : std::as_const(m_actionButtons))
        b->setAccessibleName(b->defaultAction()->text().remove(u'&').remove(u'…'));
    updateActions();
    updateState();
}

} // namespace balie::ui
