// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Invocation.h"
#include "domain/Booking.h"

#include <QObject>
#include <QTimeZone>
#include <functional>

namespace balie::api {
class ApiError;
}

namespace balie::cli {

class CliSession;
class ServiceCommands;

// bookings list | create | confirm | reschedule | complete | cancel
class BookingCommands : public QObject
{
    Q_OBJECT

public:
    BookingCommands(CliSession* session, ServiceCommands* services, QObject* parent = nullptr);

    void list(const Invocation& invocation);
    void create(const Invocation& invocation);
    void reschedule(const Invocation& invocation);
    // confirm, complete or cancel
    void act(api::BookingAction action, const Invocation& invocation);

    // For a connection already open.
    void printBookings(const QString& organisationId, const api::BookingQuery& query, int limit,
                       const QString& heading, const std::function<void()>& then);

private:
    // The time zone of a service: --tz when given, else the service's own (looked up), else
    // this computer's for flavours that list no services. `ofABooking`: the service a booking
    // names, perhaps by name; when it is not found, --tz is asked for.
    void resolveZone(const QString& organisationId, const QString& serviceId,
                     const std::function<void(const QTimeZone&)>& then, bool ofABooking = false);
    void reportBooking(const QString& message, const api::Booking& booking);
    // A conflict says why and when the next free slot is, in local time and the service's.
    void failWithConflict(const api::ApiError& error, const QTimeZone& serviceZone);
    void sendReschedule(const QString& organisationId, const QString& bookingId, const QString& at,
                        const QTimeZone& zone);

    CliSession* m_session;
    ServiceCommands* m_services;
    QString m_timeZoneOption;
    int m_newDuration = 0; // reschedule --duration; 0: the length stays
};

} // namespace balie::cli
