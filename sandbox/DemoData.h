// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Sandbox.h"

#include <QList>

namespace balie::sandbox {

class Store;

// Fills a fresh store with the demo users and their organisations, services, accounts,
// customers, products and bookings. Deterministic for a seed, relative to the Monday (00:00 UTC)
// of the week the sandbox starts in.
class DemoData
{
public:
    struct Result
    {
        QList<qint64> demoOrganisations;
        qint64 otherOrganisation = 0;
    };

    static Result populate(Store& store, const SandboxOptions& options,
                           const DemoCredentials& credentials);
    // A valid EAN-13: the 12 given digits and their check digit.
    static QString ean13(const QString& twelveDigits);
};

} // namespace balie::sandbox
