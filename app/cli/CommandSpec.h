// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Invocation.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace balie::cli {

// One command of balie-cli: the words that name it, what it takes, what it does, and the
// options it accepts besides the global ones.
struct CommandSpec
{
    QStringList words; // {"bookings", "create"}
    QString arguments; // what follows the words, for the help: "ID --at WHEN [--tz ZONE]"
    QString summary;   // translated
    QStringList options;
    int minArgs = 0;
    int maxArgs = 0;
    std::function<void(const Invocation&)> run;

    QString name() const { return words.join(u' '); }
};

} // namespace balie::cli
