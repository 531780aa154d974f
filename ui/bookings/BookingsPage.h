// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "AgendaPrint.h"
#include "ApiError.h"
#include "BookingEditorDialog.h"
#include "domain/Booking.h"
#include "shell/TablePage.h"

#include <QDateTime>
#include <QList>
#include <QMessageBox>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QDateEdit;
class QFileDialog;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSettings;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace balie::models {
class BookingTableModel;
class CustomerTableModel;
class OrganisationSession;
class RecordFilterProxy;
class ServiceTableModel;
class Workspace;
struct OrganisationRef;
} // namespace balie::models

namespace balie::ui {

class BookingCalendarView;
class CsvExportFlow;
class CustomerPicker;
class HeaderMemory;

// The bookings of the active organisation: filters (dates, status, customer, text), a sortable list
// or a day/week calendar sharing one selection, and the actions the selected booking's status
// allows; a move can be undone right after (Ctrl+Z). Shows the tables of the workspace's session
// and follows it by itself: on a switch everything of the previous organisation disappears at
// once, including open editors.
class BookingsPage : public QWidget, public TablePage
{
    Q_OBJECT

public:
    explicit BookingsPage(models::Workspace* workspace, QWidget* parent = nullptr);
    ~BookingsPage() override;

    // Keeps the list's columns, the list or calendar and the calendar's day or week there for
    // the next start, and brings back what was kept.
    void rememberLayoutIn(QSettings* settings);
    void saveHeaderState() const override;

    // New booking, confirm, reschedule, complete, cancel, undo and refresh, for the window's
    // menus.
    QList<QAction*> pageActions() const;
    // File › Export Bookings for a Calendar…, for the window's menu.
    QAction* exportCalendarAction() const { return m_exportCalendar; }
    QAction* printAction() const { return m_print; }
    QAction* exportPdfAction() const { return m_exportPdf; }

    // Views and the session's tables, for the main window and tests (null without a session).
    models::BookingTableModel* bookings() const;
    models::CustomerTableModel* customers() const;
    models::ServiceTableModel* services() const;
    QTableView* table() const { return m_table; }
    BookingCalendarView* calendar() const { return m_calendar; }
    models::RecordFilterProxy* proxy() const { return m_proxy; }
    CustomerPicker* customerFilter() const { return m_customerFilter; }
    QToolButton* allCustomersButton() const { return m_allCustomers; }
    // The customer the list is filtered on (server side); empty for all customers.
    QString filterCustomerId() const { return m_filterCustomerId; }
    void setFilterCustomer(const QString& customerId);
    // The source columns the list shows, in its order, as exported.
    QList<int> columnsInViewOrder() const;
    bool exportPending() const;
    QAction* confirmAction() const { return m_confirm; }
    QAction* rescheduleAction() const { return m_reschedule; }
    QAction* completeAction() const { return m_complete; }
    QAction* cancelAction() const { return m_cancel; }
    QAction* newBookingAction() const { return m_new; }
    BookingEditorDialog* editor() const;
    QMessageBox* cancelQuestion() const { return m_cancelQuestion; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

    QString selectedId() const { return m_currentId; }
    void selectBooking(const QString& id);
    bool isCalendarShown() const;

public Q_SLOTS:
    void newBooking();
    // A new booking with the customer chosen (from their card).
    void newBookingFor(const QString& customerId);
    void refresh() override;
    void focusFilter() override;
    void copySelection() override;
    // The list's columns; the calendar has none.
    void showColumnsMenu() override;
    void showList();
    void showCalendar();
    void openSelected();
    void confirmSelected();
    void rescheduleSelected();
    // Moves a booking to another start (dragged in the calendar, or Alt+arrows).
    void moveBooking(const QString& id, const QDateTime& localStart);
    // Gives a booking a new length (its lower edge dragged, or Alt+Shift+arrows), where the
    // flavour can.
    void resizeBooking(const QString& id, int durationMinutes);
    void completeSelected();
    void cancelSelected(); // asks first
    // Opens a booking (no action) or acts on it as its button would, wherever it was chosen
    // (the Today view), also when the list's filters hide it.
    void actOn(const QString& id, std::optional<balie::api::BookingAction> action);
    // Loads these days too (the Today view shares the session's bookings), without listing
    // them: the list, the calendar and the dates on screen stay as the user set them. Days
    // within NearDays of the list's load with them; days further off only until released.
    void includeDays(const QDate& first, const QDate& last);
    void releaseDays();
    // Opens the booking of an outbox change whose time was taken meanwhile, at the next free
    // time; saved, it replaces the change. False when the change is not such a booking of this
    // organisation (or an editor is open already).
    bool chooseAnotherTime(qint64 seq);
    // Asks for a file, then writes every booking of the filtered set (waiting for a load).
    void exportCsv() override;
    // Writes the filtered set to `path`; when still loading, waits for the end.
    void exportCsvTo(const QString& path);
    // Asks for a file, then writes the bookings the list shows as iCalendar (.ics).
    void exportCalendar();
    // Writes them to `path`; while the list loads, once it is in.
    void exportCalendarTo(const QString& path);
    // The bookings the list shows, day by day, headed by the organisation and the dates: in a
    // print preview (Ctrl+P) that prints, or as a PDF file.
    void printPreview();
    void exportPdf();
    void exportPdfTo(const QString& path);

Q_SIGNALS:
    // Something the main window's message bar should show.
    void problem(const balie::api::ApiError& error, const QString& context);
    void info(const QString& message);
    // A booking was moved, cancelled or completed: the message bar offers to undo it (the
    // organisation's ChangeHistory).
    void undoable(const QString& message);
    // A cancel or complete held back a moment (or until the server can be reached), in which
    // it can be undone exactly: the message is true until it is sent.
    void heldBack(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    // The parts of buildUi(): the filter row, the row of actions, the list and calendar.
    QHBoxLayout* buildFilters();
    QHBoxLayout* buildActionBar();
    void buildViews();
    void setKeyboardOrder();
    void connectWidgets();
    AgendaPrint::Content printedContent() const;
    // The bookings the list shows (filtered), in its order: what the exports and print take.
    QList<api::Booking> shownBookings() const;
    // A window-modal save dialog in the last export's folder, with "Bookings — organisation —
    // date.<suffix>" proposed.
    QFileDialog* saveDialog(const QString& title, const QString& suffix, const QString& filter);
    void createActions();
    void retranslateUi();
    void rebind();
    // Asks the server for the bookings the filters describe (again, when forced).
    void applyQuery(bool force = false);
    void datesEdited();
    void customerFilterChanged();
    void calendarRangeChanged(const QDate& first, const QDate& last);
    // The list and the calendar keep to the dates on screen where the table holds more days.
    void keepToListedDates(const QDateTime& from, const QDateTime& to);
    bool isListed(const api::Booking& booking) const;
    // Header changes the page makes (fitting, hiding detail columns) are not kept as the user's.
    void asPagesOwn(const std::function<void()>& change);
    void layOutColumns();
    int listedCount() const;
    void currentRowChanged(const QModelIndex& current);
    void updateActions();
    void updateState();
    std::optional<api::Booking> currentBooking() const;
    // A booking dialog is open: says so, raises it, and true.
    bool dialogInTheWay();
    // Submitted: the dialog saves at once and is shown only when something is to be said.
    enum class Opening
    {
        Shown,
        Submitted
    };
    void openEditor(BookingEditorDialog::Mode mode, const std::optional<api::Booking>& booking,
                    const QDateTime& start = {}, Opening opening = Opening::Shown,
                    int durationMinutes = 0);
    void perform(const api::Booking& booking, api::BookingAction action,
                 const QDateTime& newTime = {});
    // "08:00 (09:00 Europe/Amsterdam)": the user's time, and the service's where it differs.
    QString timeAsBooked(const api::Booking& booking) const;
    void showSaved(const api::Booking& before, const api::Booking& saved, bool queued);
    QString describe(const api::Booking& booking) const;
    void closeDialogs();

    models::Workspace* m_workspace;
    QPointer<models::OrganisationSession> m_session;
    models::RecordFilterProxy* m_proxy;

    QLabel* m_fromLabel = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_customerLabel = nullptr;
    CustomerPicker* m_customerFilter = nullptr;
    QToolButton* m_allCustomers = nullptr;
    QLineEdit* m_search = nullptr;
    QToolButton* m_listButton = nullptr;
    QToolButton* m_calendarButton = nullptr;
    QStackedWidget* m_pages = nullptr; // content or placeholder
    QStackedWidget* m_views = nullptr; // list or calendar
    QTableView* m_table = nullptr;
    BookingCalendarView* m_calendar = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_state = nullptr;
    QList<QToolButton*> m_actionButtons;

    QAction* m_new = nullptr;
    QAction* m_confirm = nullptr;
    QAction* m_reschedule = nullptr;
    QAction* m_complete = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_exportCalendar = nullptr;
    QAction* m_print = nullptr;
    QAction* m_exportPdf = nullptr;
    QPointer<QFileDialog> m_saveDialog; // of the calendar or PDF export
    QString m_lastExportFolder;
    QString m_pendingCalendarPath; // asked while loading: written when the rows are in

    CsvExportFlow* m_exportFlow = nullptr;
    QString m_filterCustomerId;
    QString m_currentId;
    QSet<QString> m_busy; // bookings with an action in flight
    QList<QPointer<BookingEditorDialog>> m_editors;
    QPointer<QMessageBox> m_cancelQuestion;
    QTimer m_queryTimer;
    bool m_syncingDates = false;
    QSettings* m_settings = nullptr;
    HeaderMemory* m_header = nullptr; // with settings only
    // Days loaded for the Today view beyond the list's own dates, and the dates the list then
    // keeps to (invalid: it shows the whole table).
    static constexpr int NearDays = 14;
    QDate m_alsoFirst;
    QDate m_alsoLast;
    bool m_alsoWanted = false; // the Today view is shown
    QDateTime m_listedFrom;
    QDateTime m_listedTo;
    bool m_detailColumnsHidden = false; // once: afterwards the header keeps them hidden
    bool m_columnsSetByUser = false;    // a column was resized by hand: fitting stops
    bool m_fittingColumns = false;
};

} // namespace balie::ui
