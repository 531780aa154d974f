// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "BookingEditorDialog.h"

#include "BookingPresentation.h"
#include "Colours.h"
#include "CustomerPicker.h"
#include "DateField.h"
#include "DialogTitle.h"
#include "MessageBar.h"
#include "Operation.h"
#include "OrganisationSession.h"
#include "PlainText.h"
#include "ResourceModels.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balie::ui {

namespace {

QLabel* errorLabel(QWidget* parent, const QString& name)
{
    auto* label = plainLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    Colours::showAsError(label);
    label->setVisible(false);
    return label;
}

// A field with its error message below it.
QWidget* withError(QWidget* parent, QLayout* field, QLabel* error, QWidget* hint = nullptr)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(field);
    if (hint)
        layout->addWidget(hint);
    layout->addWidget(error);
    return box;
}

QHBoxLayout* row(std::initializer_list<QWidget*> widgets, bool stretch = false)
{
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : widgets)
        layout->addWidget(w);
    if (stretch)
        layout->addStretch(1);
    return layout;
}

} // namespace

BookingEditorDialog::BookingEditorDialog(Mode mode, models::OrganisationSession* session,
                                         QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_session(session)
    , m_organisationId(session ? session->organisationId() : QString())
    , m_idempotencyKey(models::OrganisationSession::newIdempotencyKey())
{
    setObjectName(u"bookingEditor"_s);
    ++m_settingUp;
    m_message = new MessageBar(this);
    m_message->setObjectName(u"editorMessage"_s);
    m_message->setActionBelow(true); // "Book at Monday 30 November …" is long
    m_buttons = new QDialogButtonBox(this);
    // Close, not Cancel: "cancel" is what happens to an appointment here.
    if (m_mode == Mode::View) {
        m_buttons->addButton(QDialogButtonBox::Close);
    } else {
        m_buttons->addButton(QDialogButtonBox::Save);
        m_buttons->addButton(QDialogButtonBox::Close);
        saveButton()->setDefault(true);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows with a message, never squeezes
    layout->addWidget(buildForm());
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &BookingEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BookingEditorDialog::reject);

    // A proposal: the next quarter of an hour at which the service is open (within two weeks).
    QDateTime next = QDateTime::currentDateTime();
    next = next.addSecs(15 * 60 - (next.time().minute() % 15) * 60 - next.time().second());
    next.setTime(QTime(next.time().hour(), next.time().minute()));
    serviceChanged();
    if (const std::optional<api::Service> service = currentService()) {
        for (int step = 0;
             step < 14 * 24 * 4 && !service->availability.admits(next, service->durationMinutes);
             ++step)
            next = next.addSecs(15 * 60);
    }
    setStartInstant(next);
    retranslateUi();
    --m_settingUp;
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

BookingEditorDialog::~BookingEditorDialog() = default;

QWidget* BookingEditorDialog::buildForm()
{
    auto* form = new QWidget(this);
    auto* layout = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addWhoRows(form, layout);
    addWhenRow(form, layout);
    addLengthAndNoteRows(form, layout);
    setKeyboardOrder();
    connectFields();
    return form;
}

void BookingEditorDialog::addWhoRows(QWidget* form, QFormLayout* layout)
{
    m_customer = new CustomerPicker(
        m_session && m_session->can(api::Capability::Customers) ? m_session->customers() : nullptr,
        form);
    m_customerError = errorLabel(form, u"customerError"_s);
    m_customerLabel = plainLabel(form);
    m_customerLabel->setBuddy(m_customer->firstField());
    layout->addRow(m_customerLabel, withError(form, row({m_customer}), m_customerError));

    m_service = new QComboBox(form);
    m_service->setObjectName(u"service"_s);
    if (m_session && m_session->can(api::Capability::Services)) {
        m_service->setModel(m_session->services());
        m_service->setModelColumn(qMax(0, m_session->services()->columnForKey(u"name"_s)));
    } else {
        m_service->setEditable(true); // no list of services: the service's id
    }
    m_availability = plainLabel(form);
    m_availability->setObjectName(u"availability"_s);
    m_availability->setWordWrap(true);
    m_serviceError = errorLabel(form, u"serviceError"_s);
    m_serviceLabel = plainLabel(form);
    m_serviceLabel->setBuddy(m_service);
    layout->addRow(m_serviceLabel,
                   withError(form, row({m_service}), m_serviceError, m_availability));
}

void BookingEditorDialog::addWhenRow(QWidget* form, QFormLayout* layout)
{
    m_date = new DateField(form);
    m_date->setObjectName(u"date"_s);
    m_date->setCalendarPopup(true);
    // Five years either way: far enough for any booking, near enough that a date typed into
    // the wrong part (the year 3011) is refused rather than booked.
    m_date->setDateRange(QDate::currentDate().addYears(-5), QDate::currentDate().addYears(5));
    m_time = new TimeField(form);
    m_time->setObjectName(u"time"_s);
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_zone = plainLabel(form);
    m_zone->setObjectName(u"zone"_s);
    m_local = plainLabel(form);
    m_local->setObjectName(u"localTime"_s);
    m_when = plainLabel(form);
    m_when->setObjectName(u"whenSummary"_s);
    m_when->setTextFormat(Qt::PlainText);
    m_when->setWordWrap(true);
    m_timeError = errorLabel(form, u"timeError"_s);
    m_timeLabel = plainLabel(form);
    m_timeLabel->setBuddy(m_date);
    auto* when = row({m_date, m_time, m_zone}, true);
    auto* hints = new QWidget(form);
    auto* hintsLayout = new QVBoxLayout(hints);
    hintsLayout->setContentsMargins(0, 0, 0, 0);
    hintsLayout->setSpacing(0);
    hintsLayout->addWidget(m_when);
    hintsLayout->addWidget(m_local);
    layout->addRow(m_timeLabel, withError(form, when, m_timeError, hints));
}

void BookingEditorDialog::addLengthAndNoteRows(QWidget* form, QFormLayout* layout)
{
    m_duration = new QSpinBox(form);
    m_duration->setObjectName(u"duration"_s);
    m_duration->setRange(5, 600);
    m_duration->setSingleStep(15);
    m_durationError = errorLabel(form, u"durationError"_s);
    m_durationLabel = plainLabel(form);
    m_durationLabel->setBuddy(m_duration);
    layout->addRow(m_durationLabel, withError(form, row({m_duration}, true), m_durationError));

    m_note = new QLineEdit(form);
    m_note->setObjectName(u"note"_s);
    m_noteError = errorLabel(form, u"noteError"_s);
    m_noteLabel = plainLabel(form);
    m_noteLabel->setBuddy(m_note);
    layout->addRow(m_noteLabel, withError(form, row({m_note}), m_noteError));
}

// Customer, service, date, time, duration, note, then Save, then the other buttons.
void BookingEditorDialog::setKeyboardOrder()
{
    QWidget* previous = m_customer->lastField();
    setTabOrder(m_customer->firstField(), previous);
    for (QWidget* next : {static_cast<QWidget*>(m_service), static_cast<QWidget*>(m_date),
                          static_cast<QWidget*>(m_time), static_cast<QWidget*>(m_duration),
                          static_cast<QWidget*>(m_note)}) {
        setTabOrder(previous, next);
        previous = next;
    }
    const QList<QAbstractButton*> buttons = m_buttons->buttons();
    for (QAbstractButton* button : buttons) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            setTabOrder(previous, button);
            previous = button;
        }
    }
    for (QAbstractButton* button : buttons) {
        if (m_buttons->buttonRole(button) != QDialogButtonBox::AcceptRole) {
            setTabOrder(previous, button);
            previous = button;
        }
    }
}

void BookingEditorDialog::connectFields()
{
    connect(m_customer, &CustomerPicker::changed, this, [this] {
        setFieldError(m_customerError, {});
        markDirty();
    });
    connect(m_service, &QComboBox::currentIndexChanged, this, &BookingEditorDialog::serviceChanged);
    connect(m_service, &QComboBox::activated, this, [this] { markDirty(); });
    connect(m_service, &QComboBox::editTextChanged, this, [this] {
        if (m_service->isEditable())
            markDirty();
    });
    auto timeChanged = [this] {
        if (!m_settingUp)
            m_startChosen = true;
        updateZoneLabels();
        setFieldError(m_timeError, {});
        markDirty();
    };
    connect(m_date, &QDateEdit::dateChanged, this, timeChanged);
    connect(m_time, &QTimeEdit::timeChanged, this, timeChanged);
    connect(m_duration, &QSpinBox::valueChanged, this, [this] {
        updateZoneLabels();
        if (m_settingUp)
            return;
        m_durationTouched = true;
        m_lengthChosen = true;
        setFieldError(m_durationError, {});
        markDirty();
    });
    connect(m_note, &QLineEdit::textEdited, this, [this] { markDirty(); });
}

QPushButton* BookingEditorDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void BookingEditorDialog::setBooking(const api::Booking& booking)
{
    ++m_settingUp;
    m_booking = booking;
    const QString customer =
        booking.customerName.isEmpty() ? booking.customerId : booking.customerName;
    m_customer->setFixedCustomer(booking.customerId, customer);
    if (m_service->isEditable()) {
        m_service->setEditText(booking.serviceName.isEmpty() ? booking.serviceId
                                                             : booking.serviceName);
    } else if (m_session) {
        const int row = m_session->services()->rowOfReference(booking.serviceId);
        if (row >= 0)
            m_service->setCurrentIndex(row);
    }
    m_service->setEnabled(false);
    m_durationTouched = true;
    m_duration->setValue(booking.durationMinutes > 0 ? booking.durationMinutes : 30);
    // Most APIs move a booking to a new start and keep its length.
    m_duration->setEnabled(m_mode == Mode::Reschedule && m_session &&
                           m_session->can(api::Capability::ChangeDuration));
    m_note->setText(booking.note);
    Colours::showAsReadOnly(m_note);
    serviceChanged();
    setStartInstant(booking.scheduledAt);
    if (m_mode == Mode::View) {
        m_date->setReadOnly(true);
        m_time->setReadOnly(true);
    }
    retranslateUi();
    --m_settingUp;
}

void BookingEditorDialog::setStart(const QDateTime& start)
{
    ++m_settingUp;
    setStartInstant(start);
    --m_settingUp;
    m_startChosen = true;
}

void BookingEditorDialog::setDuration(int minutes)
{
    ++m_settingUp;
    m_duration->setValue(minutes);
    --m_settingUp;
    m_lengthChosen = true;
}

void BookingEditorDialog::setDraft(const api::BookingDraft& draft)
{
    ++m_settingUp;
    if (m_service->isEditable()) {
        m_service->setEditText(draft.serviceId);
    } else if (m_session) {
        const int row = m_session->services()->rowOfReference(draft.serviceId);
        if (row >= 0)
            m_service->setCurrentIndex(row);
    }
    if (m_customer->isInline()) {
        m_customer->nameEdit()->setText(draft.customerName);
        m_customer->emailEdit()->setText(draft.customerEmail);
    } else {
        m_customer->setCustomerId(draft.customerId);
    }
    if (draft.durationMinutes > 0) {
        m_durationTouched = true;
        m_duration->setValue(draft.durationMinutes);
    }
    m_note->setText(draft.note);
    serviceChanged();
    setStartInstant(draft.scheduledAt);
    --m_settingUp;
}

void BookingEditorDialog::replaceChange(qint64 seq, const QDateTime& taken,
                                        const QDateTime& nextFree)
{
    m_replacing = seq;
    m_taken = taken;
    m_nextFreeFilledIn = nextFree.isValid();
    if (m_nextFreeFilledIn) {
        ++m_settingUp;
        setStartInstant(nextFree);
        --m_settingUp;
        m_startChosen = true;
    }
    showReplaceNote();
}

void BookingEditorDialog::takeNextAvailable()
{
    if (!m_nextAvailable.isValid())
        return;
    setStartInstant(m_nextAvailable);
    m_startChosen = true;
    markDirty();
    save();
}

void BookingEditorDialog::showReplaceNote()
{
    const QString taken = BookingPresentation::timeInZoneAndLocal(m_taken, zone());
    m_message->showMessage(
        m_nextFreeFilledIn
            ? tr("The time asked for (%1) was taken meanwhile. The next free time is filled in: "
                 "book it, or choose another.")
                  .arg(taken)
            : tr("The time asked for (%1) was taken meanwhile. Choose another time.").arg(taken),
        MessageBar::Level::Warning);
    m_replaceNoteShown = true;
    if (isVisible())
        fitToContents();
}

QTimeZone BookingEditorDialog::zone() const
{
    const QTimeZone zone(m_zoneId);
    return !m_zoneId.isEmpty() && zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QDateTime BookingEditorDialog::start() const
{
    return QDateTime(m_date->date(), m_time->time(), zone());
}

QDateTime BookingEditorDialog::sentStart() const
{
    // A start left as it was is the booking's own, to the second and through a repeated hour.
    return m_mode == Mode::Reschedule && !m_startChosen ? m_booking.scheduledAt : start();
}

int BookingEditorDialog::newLength() const
{
    const int length = m_duration->value();
    return m_mode == Mode::Reschedule && m_lengthChosen && m_duration->isEnabled() &&
                   length != m_booking.durationMinutes
               ? length
               : 0;
}

void BookingEditorDialog::setStartInstant(const QDateTime& start)
{
    if (!start.isValid())
        return;
    const QDateTime there = start.toTimeZone(zone());
    ++m_settingUp;
    // A booking's own date is shown as it is, even outside the range a date can be typed in.
    m_date->setDateRange(qMin(m_date->minimumDate(), there.date()),
                         qMax(m_date->maximumDate(), there.date()));
    m_date->setDate(there.date());
    m_time->setTime(there.time());
    --m_settingUp;
    updateZoneLabels();
}

std::optional<api::Service> BookingEditorDialog::currentService() const
{
    if (!m_session || m_service->isEditable())
        return std::nullopt;
    return m_session->services()->service(currentServiceId());
}

QString BookingEditorDialog::currentServiceId() const
{
    if (m_service->isEditable())
        return m_mode == Mode::Create ? m_service->currentText().trimmed() : m_booking.serviceId;
    return m_service->currentData(models::RecordTableModel::IdRole).toString();
}

void BookingEditorDialog::serviceChanged()
{
    // The typed instant stays; only the zone it is shown in follows the service.
    const QDateTime instant = m_date ? start() : QDateTime();
    const std::optional<api::Service> service = currentService();
    m_zoneId = service && BookingPresentation::isCheckable(service->availability)
                   ? service->availability.timeZone
                   : QByteArray();
    if (instant.isValid())
        setStartInstant(instant);
    if (service && !m_durationTouched && service->durationMinutes > 0) {
        ++m_settingUp;
        m_duration->setValue(service->durationMinutes);
        --m_settingUp;
    }
    setFieldError(m_serviceError, {});
    updateZoneLabels();
}

void BookingEditorDialog::updateZoneLabels()
{
    if (!m_zone)
        return;
    const std::optional<api::Service> service = currentService();
    m_availability->setVisible(service && BookingPresentation::isCheckable(service->availability));
    if (service && BookingPresentation::isCheckable(service->availability))
        m_availability->setText(
            tr("Bookable %1").arg(BookingPresentation::availabilityText(service->availability)));
    const QTimeZone z = zone();
    m_zone->setText(QString::fromUtf8(z.id()));
    const QDateTime instant = start();
    const QDateTime local = instant.toLocalTime();
    const bool differs =
        instant.isValid() && (instant.toTimeZone(z).offsetFromUtc() != local.offsetFromUtc() ||
                              z != QTimeZone::systemTimeZone());
    const bool show = differs && instant.toTimeZone(z).offsetFromUtc() != local.offsetFromUtc();
    const bool grows = show && m_local->isHidden();
    m_local->setVisible(show);
    if (show)
        m_local->setText(tr("%1 your time", "the booking's start in the user's own time zone")
                             .arg(BookingPresentation::dateTimeText(local)));
    // The whole date, weekday first: a time typed into the wrong part of the date shows here.
    const QDateTime there = instant.toTimeZone(z);
    const QString span = instant.isValid()
                             ? tr("%1, %2–%3", "weekday and date, start time, end time")
                                   .arg(QLocale().toString(there.date(), QLocale::LongFormat),
                                        BookingPresentation::timeText(there.time()),
                                        BookingPresentation::timeText(
                                            there.addSecs(qint64(m_duration->value()) * 60).time()))
                             : QString();
    const bool past =
        instant.isValid() && instant < QDateTime::currentDateTimeUtc() && m_mode != Mode::View;
    m_when->setText(past ? tr("%1 — in the past", "a booking's time").arg(span) : span);
    QPalette palette = m_when->palette();
    palette.setColor(QPalette::WindowText, past ? Colours::errorText(this->palette())
                                                : this->palette().color(QPalette::WindowText));
    m_when->setPalette(palette);
    m_when->setAccessibleName(m_when->text());
    if (grows && isVisible())
        fitToContents(); // the form's row takes the line it now has
}

void BookingEditorDialog::markDirty()
{
    if (m_settingUp)
        return;
    m_dirty = true;
}

void BookingEditorDialog::setFieldError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    // The field's description carries the error for screen readers.
    if (QWidget* buddy = label == m_customerError   ? m_customer->firstField()
                         : label == m_serviceError  ? static_cast<QWidget*>(m_service)
                         : label == m_timeError     ? static_cast<QWidget*>(m_date)
                         : label == m_durationError ? static_cast<QWidget*>(m_duration)
                                                    : static_cast<QWidget*>(m_note))
        buddy->setAccessibleDescription(text);
}

void BookingEditorDialog::clearErrors()
{
    for (QLabel* label :
         {m_customerError, m_serviceError, m_timeError, m_durationError, m_noteError})
        setFieldError(label, {});
    m_message->dismiss();
    m_nextAvailable = {};
    m_replaceNoteShown = false;
}

bool BookingEditorDialog::validate()
{
    QWidget* first = nullptr;
    auto fail = [&first](QLabel* label, QWidget* field, const QString& text,
                         BookingEditorDialog* self) {
        self->setFieldError(label, text);
        if (!first)
            first = field;
    };
    if (m_mode == Mode::Create) {
        m_customer->resolveTyped();
        if (!m_customer->hasChoice())
            fail(m_customerError, m_customer->firstField(), m_customer->problem(), this);
        if (currentServiceId().isEmpty())
            fail(m_serviceError, m_service, tr("Choose a service."), this);
    }
    const QDateTime when = start();
    if (!when.isValid()) {
        fail(m_timeError, m_time,
             tr("This time does not exist in %1.").arg(QString::fromUtf8(zone().id())), this);
    } else if (const std::optional<api::Service> service = currentService();
               service && BookingPresentation::isCheckable(service->availability) &&
               !service->availability.admits(when, m_duration->value())) {
        fail(m_timeError, m_time,
             tr("Outside the service's hours: %1.")
                 .arg(BookingPresentation::availabilityText(service->availability)),
             this);
    }
    if (first) {
        fitToContents(); // the errors grow the dialog, they do not squeeze the fields
        first->setFocus(Qt::OtherFocusReason);
    }
    return first == nullptr;
}

api::BookingDraft BookingEditorDialog::draft() const
{
    api::BookingDraft d;
    d.serviceId = currentServiceId();
    d.customerId = m_customer->customerId();
    d.customerName = m_customer->inlineName();
    d.customerEmail = m_customer->inlineEmail();
    d.scheduledAt = start().toUTC();
    d.durationMinutes = m_duration->value();
    d.note = m_note->text().trimmed();
    return d;
}

QByteArray BookingEditorDialog::fingerprint(const api::BookingDraft& d) const
{
    const QStringList parts{d.serviceId,
                            d.customerId,
                            d.customerName,
                            d.customerEmail,
                            d.scheduledAt.toString(Qt::ISODate),
                            QString::number(d.durationMinutes),
                            d.note};
    return QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256);
}

void BookingEditorDialog::save()
{
    if (m_mode == Mode::View || isSaving())
        return;
    clearErrors();
    if (!m_session) {
        m_message->showMessage(tr("The connection is closed. Open it again to save."),
                               MessageBar::Level::Error);
        fitToContents();
        return;
    }
    if (!validate())
        return;
    if (m_mode == Mode::Reschedule && !m_startChosen && newLength() == 0) {
        accept(); // nothing changed: nothing to send
        return;
    }
    const QDateTime when = sentStart();
    // A booking that keeps its start (a new length only) is not moved into the past.
    const bool keepsItsStart = m_mode == Mode::Reschedule && when == m_booking.scheduledAt;
    if (when < QDateTime::currentDateTimeUtc() && when != m_pastConfirmed && !keepsItsStart) {
        askAboutThePast();
        return;
    }
    send();
}

void BookingEditorDialog::askAboutThePast()
{
    if (m_pastQuestion)
        return;
    const QDateTime there = sentStart().toTimeZone(zone());
    const QString when = tr("%1 at %2", "date, time")
                             .arg(QLocale().toString(there.date(), QLocale::LongFormat),
                                  BookingPresentation::timeText(there.time()));
    const QString title =
        m_mode == Mode::Create ? tr("Book in the past?") : tr("Move to the past?");
    auto* box = new QMessageBox(
        QMessageBox::Warning, dialogTitle(title, m_session),
        m_mode == Mode::Create ? tr("%1 is in the past. Book it anyway?").arg(when)
                               : tr("%1 is in the past. Move the booking there anyway?").arg(when),
        QMessageBox::NoButton, this);
    box->setObjectName(u"pastQuestion"_s);
    QPushButton* go =
        box->addButton(m_mode == Mode::Create ? tr("Book in the past") : tr("Move to the past"),
                       QMessageBox::AcceptRole);
    makePlain(box);
    QPushButton* change = box->addButton(tr("Change the time"), QMessageBox::RejectRole);
    box->setDefaultButton(change);
    box->setEscapeButton(change);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_pastQuestion = box;
    const QDateTime asked = sentStart();
    connect(box, &QMessageBox::finished, this, [this, box, go, asked] {
        if (box->clickedButton() != go) {
            m_date->setFocus(Qt::OtherFocusReason);
            return;
        }
        m_pastConfirmed = asked;
        if (sentStart() == asked)
            send();
    });
    box->open();
}

void BookingEditorDialog::send()
{
    if (m_mode == Mode::Create) {
        const api::BookingDraft d = draft();
        const QByteArray print = fingerprint(d);
        // The same content retried keeps its key (the server answers the first result); changed
        // content is a new request and gets a new key.
        if (m_keyFingerprint.isEmpty())
            m_keyFingerprint = print;
        else if (m_keyFingerprint != print) {
            m_idempotencyKey = api::ApiRequest::newIdempotencyKey();
            m_keyFingerprint = print;
        }
        m_job = m_session->createBooking(d, m_idempotencyKey);
    } else {
        m_job = m_session->bookingAction(m_booking.id, api::BookingAction::Reschedule,
                                         sentStart().toUTC(), newLength());
    }
    connect(m_job, &models::Operation::finished, this, &BookingEditorDialog::finished);
    setInFlight(true);
}

void BookingEditorDialog::finished(models::Operation* operation)
{
    setInFlight(false);
    if (!operation->isOk()) {
        if (operation->error().kind() == api::ApiError::Kind::Cancelled && !isVisible()) {
            reject(); // sent unseen, then given up (a switch): nothing to show, nothing to keep
            return;
        }
        if (operation->error().kind() != api::ApiError::Kind::Cancelled) {
            showError(operation->error());
            // Sent unseen (a booking dragged in the calendar): refused, it shows what to change.
            if (!isVisible())
                open();
        }
        return;
    }
    m_saved = true;
    // Made again at the new time: the change whose time was taken goes.
    if (m_replacing && m_session && m_session->outbox())
        m_session->outbox()->drop(m_replacing);
    Q_EMIT bookingSaved(operation->value<api::Booking>(), operation->isQueued());
    accept();
}

void BookingEditorDialog::fitToContents()
{
    // A message grows the dialog rather than squeezing the fields above it. The form's rows
    // keep the heights they had before the errors below the fields were shown (QFormLayout
    // does not hear of its fields' own layouts changing): every layout is measured again, and
    // wrapped text at the width it will have.
    QLayout* l = layout();
    if (!l)
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QList<QLayout*> nested = findChildren<QLayout*>();
    for (QLayout* inner : nested)
        inner->invalidate();
    l->invalidate();
    l->activate();
    const QSize wanted = sizeHint();
    const int w = qMax(width(), wanted.width());
    int h = wanted.height();
    if (l->hasHeightForWidth())
        h = qMax(h, l->totalHeightForWidth(w));
    if (height() < h || width() < w)
        resize(w, qMax(height(), h));
}

void BookingEditorDialog::setInFlight(bool inFlight)
{
    if (QPushButton* button = saveButton())
        button->setEnabled(!inFlight);
    m_message->setActionEnabled(!inFlight);
    setCursor(inFlight ? Qt::BusyCursor : Qt::ArrowCursor);
}

void BookingEditorDialog::showError(const api::ApiError& error)
{
    // Field errors at their fields.
    QStringList elsewhere;
    QWidget* first = nullptr;
    const QMap<QString, QStringList> fields = error.fieldErrors();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString key = it.key();
        const QString text = it.value().join(u' ');
        QLabel* label = nullptr;
        QWidget* field = nullptr;
        // The draft's own field names (models::Operation renames the server's).
        if (key == u"scheduledAt") {
            label = m_timeError;
            field = m_time;
        } else if (key == u"customer") {
            label = m_customerError;
            field = m_customer->firstField();
        } else if (key == u"service") {
            label = m_serviceError;
            field = m_service;
        } else if (key == u"durationMinutes") {
            label = m_durationError;
            field = m_duration;
        } else if (key == u"note") {
            label = m_noteError;
            field = m_note;
        }
        if (label && !label->text().isEmpty())
            setFieldError(label, label->text() + u' ' + text);
        else if (label)
            setFieldError(label, text);
        else
            elsewhere << text;
        if (field && !first)
            first = field;
    }

    const bool conflict = error.isTimeTaken();
    m_nextAvailable = error.nextAvailable();
    if (conflict || m_nextAvailable.isValid()) {
        const QString why = conflict ? tr("This time is taken.") : error.message();
        if (m_nextAvailable.isValid()) {
            m_message->showMessage(why + u' ' + tr("The next free time is shown below."),
                                   MessageBar::Level::Warning, error.technicalDetails());
            const QString at = BookingPresentation::timeInZoneAndLocal(m_nextAvailable, zone());
            m_message->setAction(m_mode == Mode::Reschedule ? tr("Move to %1").arg(at)
                                                            : tr("Book at %1").arg(at),
                                 [this] { takeNextAvailable(); });
        } else {
            m_message->showMessage(why + u' ' +
                                       tr("Nothing is free in the next 90 days; choose "
                                          "another service or a later date."),
                                   MessageBar::Level::Warning, error.technicalDetails());
        }
        if (conflict)
            setFieldError(m_timeError, tr("This time is taken."));
    } else if (fields.isEmpty() || !elsewhere.isEmpty()) {
        const QString text = elsewhere.isEmpty() ? error.message() : elsewhere.join(u' ');
        m_message->showMessage(text, MessageBar::Level::Error, error.technicalDetails());
    }
    fitToContents();
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    else if (m_message->actionButton()->isVisible())
        m_message->actionButton()->setFocus(Qt::OtherFocusReason);
}

void BookingEditorDialog::discard()
{
    m_discarding = true;
    if (m_discardQuestion)
        m_discardQuestion->close();
    QDialog::reject();
}

void BookingEditorDialog::reject()
{
    if (m_discarding || !hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    askToDiscard();
}

void BookingEditorDialog::askToDiscard()
{
    if (m_discardQuestion)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved booking"),
                                m_mode == Mode::Create
                                    ? tr("Close without booking? What you typed will be lost.")
                                    : tr("Close without rescheduling? The new time will be lost."),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"discardQuestion"_s);
    makePlain(box);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Discard)->setText(tr("Close without saving"));
    box->button(QMessageBox::Cancel)->setText(tr("Keep editing"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_discardQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Discard))
            discard();
    });
    box->open();
}

void BookingEditorDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_focusSet)
        return;
    m_focusSet = true;
    fitToContents(); // what was filled in after construction (a message, the local time)
    // Creating starts at the customer; rescheduling at the new date.
    if (m_mode == Mode::Create)
        m_customer->firstField()->setFocus(Qt::OtherFocusReason);
    else if (m_mode == Mode::Reschedule)
        m_date->setFocus(Qt::OtherFocusReason);
}

void BookingEditorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void BookingEditorDialog::retranslateUi()
{
    QString title;
    switch (m_mode) {
    case Mode::Create:
        title = tr("New booking");
        break;
    case Mode::Reschedule:
        title = tr("Reschedule booking");
        break;
    case Mode::View:
        title = tr("Booking");
        break;
    }
    setWindowTitle(dialogTitle(title, m_session));
    if (QPushButton* button = saveButton())
        button->setText(m_mode == Mode::Create ? tr("&Book") : tr("&Reschedule"));
    m_customerLabel->setText(tr("&Customer:"));
    m_serviceLabel->setText(tr("&Service:"));
    m_timeLabel->setText(tr("&Date and time:"));
    m_durationLabel->setText(tr("D&uration:"));
    m_noteLabel->setText(tr("&Note:"));
    m_service->setAccessibleName(tr("Service"));
    if (m_service->isEditable() && m_service->lineEdit())
        m_service->lineEdit()->setPlaceholderText(tr("Service ID"));
    m_date->setAccessibleName(tr("Date, in the service's time zone"));
    m_time->setAccessibleName(tr("Start time, in the service's time zone"));
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setSuffix(tr(" min", "minutes after a number"));
    m_note->setAccessibleName(tr("Note"));
    m_zone->setAccessibleName(tr("Time zone"));
    m_date->setDisplayFormat(BookingPresentation::dateEditFormat());
    updateZoneLabels();
    if (m_replaceNoteShown)
        showReplaceNote();
}

} // namespace balie::ui
