// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Booking.h"
#include "domain/Customer.h"
#include "domain/Product.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace balie::api {
class ApiJob;
class Connector;
} // namespace balie::api

namespace balie::models {

// One change made at the desk, as the outbox keeps it: what it does, to which record, with the
// key that lets the server recognise it when it is sent again.
struct OutboxChange
{
    enum class Kind
    {
        CreateBooking,
        BookingAction,
        CreateCustomer,
        UpdateCustomer,
        CreateProduct,
        UpdateProduct
    };

    Kind kind = Kind::CreateBooking;
    QString target; // the record's id; empty for a create
    api::BookingDraft booking;
    api::BookingAction action = api::BookingAction::Confirm;
    QDateTime newTime;   // a reschedule's, UTC
    int newDuration = 0; // a reschedule's new length in minutes; 0: the length stays
    api::CustomerDraft customer;
    api::ProductDraft product;
    QByteArray idempotencyKey;

    bool isCreate() const;
    // Cancelling and completing cannot be taken back on the server.
    bool isIrreversible() const;

    // The store's words for it, and back: nothing when what was kept is not a whole change.
    QString kindName() const;
    QByteArray payload() const;
    static std::optional<OutboxChange> fromKept(const QString& kind, const QString& target,
                                                const QByteArray& payload,
                                                const QByteArray& idempotencyKey);

    // Sends it; the job's value is the record the server answered with.
    api::ApiJob* send(api::Connector* connector, const QString& organisationId) const;
};

} // namespace balie::models
