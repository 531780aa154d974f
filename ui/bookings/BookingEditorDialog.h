// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiError.h"
#include "domain/Booking.h"
#include "domain/Service.h"

#include <QDialog>
#include <QPointer>
#include <QTimeZone>
#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace balie::models {
class Operation;
class OrganisationSession;
} // namespace balie::models

namespace balie::ui {

class CustomerPicker;
class MessageBar;

// Creates a booking, or reschedules one, for the organisation of the session it was opened on.
// Times are typed in the service's time zone (the user's local time is shown beside it when it
// differs), and the result is spelled out with its weekday ("Tuesday 1 December 2026,
// 14:00–14:30"); a time in the past is only sent after the user confirms it, and the service's
// availability is checked before anything is sent. A create carries one idempotency key per
// dialog, reused when the user retries the same content, so a booking is never made twice.
// When saving fails the dialog stays open with everything typed: field errors at their fields,
// the rest in a message with details, and on a conflict a one-click offer of the next available
// time.
class BookingEditorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Create,
        Reschedule,
        View // a booking whose status allows no reschedule: read only
    };
    Q_ENUM(Mode)

    BookingEditorDialog(Mode mode, models::OrganisationSession* session, QWidget* parent = nullptr);
    ~BookingEditorDialog() override;

    Mode mode() const { return m_mode; }
    QString organisationId() const { return m_organisationId; }
    // Rescheduling or viewing: the booking as it is.
    void setBooking(const api::Booking& booking);
    // The booking as it was before this dialog changed it.
    const api::Booking& original() const { return m_booking; }
    // Creating: the start to propose (from the calendar's empty slot).
    void setStart(const QDateTime& start);
    // Rescheduling: a new length (a block's lower edge dragged in the calendar).
    void setDuration(int minutes);
    // Creating: the form filled in with a booking made before (one whose time was taken).
    void setDraft(const api::BookingDraft& draft);
    // Chooses another time for a change of the outbox whose time was taken meanwhile: the
    // next free one the server named is filled in, and the change is taken out of the outbox
    // once this dialog's booking is saved or queued. Closing the dialog keeps the change.
    void replaceChange(qint64 seq, const QDateTime& taken, const QDateTime& nextFree);
    qint64 replacedChange() const { return m_replacing; }
    QDateTime start() const; // the typed time, as an instant
    // What a save sends: the typed time, or a rescheduled booking's own start where none was
    // chosen; and a new length (0: the length stays, or the flavour cannot change it).
    QDateTime sentStart() const;
    int newLength() const;
    bool isSaving() const { return !m_job.isNull(); }
    bool hasUnsavedChanges() const { return m_dirty && !m_saved; }
    // Closes without asking (the organisation changed under the dialog).
    void discard();

    // For tests and the page: the widgets by role.
    CustomerPicker* customerPicker() const { return m_customer; }
    QComboBox* serviceBox() const { return m_service; }
    QDateEdit* dateEdit() const { return m_date; }
    QTimeEdit* timeEdit() const { return m_time; }
    QSpinBox* durationBox() const { return m_duration; }
    QLineEdit* noteEdit() const { return m_note; }
    QLabel* timeError() const { return m_timeError; }
    // The typed time spelled out, with its weekday.
    QLabel* whenSummary() const { return m_when; }
    // Asked before a time in the past is sent; null when not open.
    QMessageBox* pastQuestion() const { return m_pastQuestion; }
    MessageBar* message() const { return m_message; }
    QPushButton* saveButton() const;

public Q_SLOTS:
    void save();
    void reject() override;

Q_SIGNALS:
    // `queued`: kept in the outbox, for when the server can be reached.
    void bookingSaved(const balie::api::Booking& booking, bool queued);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildForm();
    // The parts of buildForm(): customer and service, date and time, duration and note.
    void addWhoRows(QWidget* form, QFormLayout* layout);
    void addWhenRow(QWidget* form, QFormLayout* layout);
    void addLengthAndNoteRows(QWidget* form, QFormLayout* layout);
    void setKeyboardOrder();
    void connectFields();
    void retranslateUi();
    void serviceChanged();
    void updateZoneLabels();
    QTimeZone zone() const;
    void setStartInstant(const QDateTime& start);
    std::optional<api::Service> currentService() const;
    QString currentServiceId() const;
    bool validate();
    api::BookingDraft draft() const;
    QByteArray fingerprint(const api::BookingDraft& draft) const;
    void send();
    void askAboutThePast();
    void finished(models::Operation* operation);
    void fitToContents();
    void showError(const api::ApiError& error);
    void clearErrors();
    void setFieldError(QLabel* label, const QString& text);
    void setInFlight(bool inFlight);
    void markDirty();
    void askToDiscard();
    void showReplaceNote();
    // The offer of a conflict taken: the next free time, and saved.
    void takeNextAvailable();

    Mode m_mode;
    QPointer<models::OrganisationSession> m_session;
    QString m_organisationId;
    api::Booking m_booking;

    CustomerPicker* m_customer = nullptr;
    QComboBox* m_service = nullptr;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
    QLabel* m_zone = nullptr;
    QLabel* m_local = nullptr;
    QLabel* m_when = nullptr;
    QLabel* m_availability = nullptr;
    QSpinBox* m_duration = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_customerLabel = nullptr;
    QLabel* m_serviceLabel = nullptr;
    QLabel* m_timeLabel = nullptr;
    QLabel* m_durationLabel = nullptr;
    QLabel* m_noteLabel = nullptr;
    QLabel* m_customerError = nullptr;
    QLabel* m_serviceError = nullptr;
    QLabel* m_timeError = nullptr;
    QLabel* m_durationError = nullptr;
    QLabel* m_noteError = nullptr;
    MessageBar* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;

    QPointer<models::Operation> m_job;
    QPointer<QMessageBox> m_pastQuestion;
    QDateTime m_pastConfirmed; // a time in the past the user chose to send anyway
    QByteArray m_zoneId;       // the zone the date and time are typed in; empty: the user's
    QByteArray m_idempotencyKey;
    QByteArray m_keyFingerprint; // the content the key was first sent with
    QDateTime m_nextAvailable;
    qint64 m_replacing = 0; // the outbox change this dialog makes again
    QDateTime m_taken;      // the time that change asked for
    bool m_nextFreeFilledIn = false;
    bool m_replaceNoteShown = false;
    QPointer<QDialog> m_discardQuestion;
    bool m_focusSet = false;
    bool m_durationTouched = false;
    bool m_startChosen = false;  // rescheduling: a start given, typed or taken
    bool m_lengthChosen = false; // rescheduling: a length given or typed
    bool m_dirty = false;
    bool m_saved = false;
    bool m_discarding = false;
    int m_settingUp = 0;
};

} // namespace balie::ui
