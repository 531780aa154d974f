// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Sandbox.h"
#include "SplitMix64.h"

#include <QList>
#include <optional>

namespace balie::sandbox {

// Decides, deterministically from the seed and the order of requests, which request gets a fault.
class FaultInjector
{
public:
    explicit FaultInjector(quint64 seed);

    void configure(double rate, const QSet<FaultKind>& kinds);
    void script(const QList<std::optional<FaultKind>>& next) { m_script = next; }
    // For the next writes only (any method but GET and HEAD), before script().
    void scriptWrites(const QList<std::optional<FaultKind>>& next) { m_writeScript = next; }
    std::optional<FaultKind> roll(bool write);

    static std::optional<FaultKind> kindFromName(const QString& name);
    static QString nameOf(FaultKind kind);

private:
    SplitMix64 m_random;
    double m_rate = 0;
    QList<FaultKind> m_kinds; // sorted, so the choice does not depend on QSet order
    QList<std::optional<FaultKind>> m_script;
    QList<std::optional<FaultKind>> m_writeScript;
};

} // namespace balie::sandbox
