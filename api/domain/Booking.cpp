// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Booking.h"

using namespace Qt::StringLiterals;

namespace balie::api::BookingStatuses {

std::optional<BookingStatus> fromString(const QString& text)
{
    const QString s = text.trimmed().toLower();
    if (s == u"created" || s == u"pending")
        return BookingStatus::Created;
    if (s == u"confirmed")
        return BookingStatus::Confirmed;
    if (s == u"rescheduled")
        return BookingStatus::Rescheduled;
    if (s == u"completed")
        return BookingStatus::Completed;
    if (s == u"cancelled" || s == u"canceled")
        return BookingStatus::Cancelled;
    return std::nullopt;
}

QString toString(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Created:
        return u"created"_s;
    case BookingStatus::Confirmed:
        return u"confirmed"_s;
    case BookingStatus::Rescheduled:
        return u"rescheduled"_s;
    case BookingStatus::Completed:
        return u"completed"_s;
    case BookingStatus::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QString displayName(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Created:
        return QCoreApplication::translate("balie::api::BookingStatus", "New");
    case BookingStatus::Confirmed:
        return QCoreApplication::translate("balie::api::BookingStatus", "Confirmed");
    case BookingStatus::Rescheduled:
        return QCoreApplication::translate("balie::api::BookingStatus", "Rescheduled");
    case BookingStatus::Completed:
        return QCoreApplication::translate("balie::api::BookingStatus", "Completed");
    case BookingStatus::Cancelled:
        return QCoreApplication::translate("balie::api::BookingStatus", "Cancelled");
    }
    return {};
}

QList<BookingAction> allowedActions(BookingStatus status)
{
    using A = BookingAction;
    switch (status) {
    case BookingStatus::Created:
        return {A::Confirm, A::Reschedule, A::Cancel};
    case BookingStatus::Confirmed:
        return {A::Reschedule, A::Complete, A::Cancel};
    case BookingStatus::Rescheduled:
        return {A::Confirm, A::Reschedule, A::Complete, A::Cancel};
    case BookingStatus::Completed:
    case BookingStatus::Cancelled:
        return {};
    }
    return {};
}

bool allows(BookingStatus status, BookingAction action)
{
    return allowedActions(status).contains(action);
}

std::optional<BookingAction> actionFromString(const QString& text)
{
    const QString s = text.trimmed().toLower();
    if (s == u"confirm")
        return BookingAction::Confirm;
    if (s == u"reschedule")
        return BookingAction::Reschedule;
    if (s == u"complete")
        return BookingAction::Complete;
    if (s == u"cancel")
        return BookingAction::Cancel;
    return std::nullopt;
}

QString actionToString(BookingAction action)
{
    switch (action) {
    case BookingAction::Confirm:
        return u"confirm"_s;
    case BookingAction::Reschedule:
        return u"reschedule"_s;
    case BookingAction::Complete:
        return u"complete"_s;
    case BookingAction::Cancel:
        return u"cancel"_s;
    }
    return {};
}

QString actionDisplayName(BookingAction action)
{
    switch (action) {
    case BookingAction::Confirm:
        return QCoreApplication::translate("balie::api::BookingStatus", "Confirm");
    case BookingAction::Reschedule:
        return QCoreApplication::translate("balie::api::BookingStatus", "Reschedule");
    case BookingAction::Complete:
        return QCoreApplication::translate("balie::api::BookingStatus", "Complete");
    case BookingAction::Cancel:
        return QCoreApplication::translate("balie::api::BookingStatus", "Cancel booking");
    }
    return {};
}

} // namespace balie::api::BookingStatuses
