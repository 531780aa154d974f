// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Waits for a models::Operation (which deletes itself after finishing) and keeps what it ended
// with.

#include "Operation.h"

#include <QTest>
#include <variant>

namespace balie::test {

template <class T = std::monostate>
struct Outcome
{
    bool finished = false;
    bool ok = false;
    bool queued = false; // ok, but waiting in the outbox
    balie::api::ApiError error;
    T value{};
};

template <class T = std::monostate>
Outcome<T> awaitOperation(balie::models::Operation* operation, int timeoutMs = 15'000)
{
    auto outcome = std::make_shared<Outcome<T>>();
    if (!operation)
        return *outcome;
    QObject::connect(operation, &balie::models::Operation::finished, operation,
                     [outcome](balie::models::Operation* done) {
                         outcome->finished = true;
                         outcome->ok = done->isOk();
                         outcome->queued = done->isQueued();
                         outcome->error = done->error();
                         if constexpr (!std::is_same_v<T, std::monostate>)
                             outcome->value = done->template value<T>();
                     });
    if (!QTest::qWaitFor([outcome] { return outcome->finished; }, timeoutMs))
        qWarning("operation did not finish within %d ms", timeoutMs);
    return *outcome;
}

} // namespace balie::test
