// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace balie::api {

// The Booking API's events as states: created, confirmed, rescheduled, completed, cancelled.
enum class BookingStatus
{
    Created,
    Confirmed,
    Rescheduled,
    Completed,
    Cancelled
};
enum class BookingAction
{
    Confirm,
    Reschedule,
    Complete,
    Cancel
};

namespace BookingStatuses {
std::optional<BookingStatus> fromString(const QString& text);
QString toString(BookingStatus status);    // the API's word
QString displayName(BookingStatus status); // translated
QList<BookingAction> allowedActions(BookingStatus status);
bool allows(BookingStatus status, BookingAction action);
std::optional<BookingAction> actionFromString(const QString& text);
QString actionToString(BookingAction action);    // the API's word (confirm, ...)
QString actionDisplayName(BookingAction action); // translated
} // namespace BookingStatuses

struct Booking
{
    QString id;
    QString organisationId;
    QString serviceId;
    QString serviceName;
    QString customerId;
    QString customerName;
    QString customerEmail;
    QDateTime scheduledAt; // UTC
    int durationMinutes = 0;
    BookingStatus status = BookingStatus::Created;
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;

    QDateTime endsAt() const { return scheduledAt.addSecs(qint64(durationMinutes) * 60); }

    friend bool operator==(const Booking&, const Booking&) = default;
};

struct BookingDraft
{
    QString serviceId;
    QString customerId;   // an existing customer, or:
    QString customerName; //   name and e-mail, for flavours that take them inline
    QString customerEmail;
    QDateTime scheduledAt;
    int durationMinutes = 0; // 0: the service's own duration
    QString note;
};

struct BookingQuery
{
    QDateTime from;
    QDateTime to;
    std::optional<BookingStatus> status;
    QString customerId;
};

} // namespace balie::api
