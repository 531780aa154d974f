// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Records.h"

#include <QString>
#include <optional>

namespace balie::sandbox {

class Store;

// The booking rules every flavour shares: opening hours in the service's time zone, no overlap
// with another non-cancelled booking of the service, the 15-minute grid, and status transitions.
class BookingRules
{
public:
    enum class Action
    {
        Confirm,
        Reschedule,
        Complete,
        Cancel
    };

    struct Outcome
    {
        enum class Kind
        {
            Ok,
            OutsideHours,
            Conflict,
            InvalidTransition
        };
        Kind kind = Kind::Ok;
        BookingRecord booking;
        qint64 nextAvailableMs = -1; // for Conflict (and OutsideHours), -1 when none is near
        QString message;
    };

    static constexpr qint64 gridMs = 15 * 60 * 1000;

    explicit BookingRules(Store& store);

    static bool fitsAvailability(const ServiceRecord& service, qint64 startMs, int duration);
    // "Mon–Fri 09:00–17:00 Europe/Amsterdam"
    static QString openingHours(const ServiceRecord& service);
    static std::optional<QString> transition(const QString& status, Action action);
    static QString actionName(Action action);

    // Earliest grid start at or after fromMs that fits the hours and overlaps nothing (90 days).
    std::optional<qint64> nextAvailable(const ServiceRecord& service, qint64 fromMs, int duration,
                                        const QString& excludeId = {}) const;

    // Stores a new booking (status "created") or says why it cannot be.
    Outcome place(BookingRecord draft, const ServiceRecord& service);
    Outcome reschedule(BookingRecord booking, const ServiceRecord& service, qint64 startMs,
                       int duration);
    Outcome apply(BookingRecord booking, Action action); // confirm, complete, cancel

    // Whether a slot fits the hours and is free (Ok), without storing anything.
    Outcome checkSlot(const ServiceRecord& service, qint64 startMs, int duration,
                      const QString& excludeId = {}) const;

private:
    Store& m_store;
};

} // namespace balie::sandbox
