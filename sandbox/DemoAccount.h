// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace balie::sandbox {

// The sandbox's demo accounts, public by design: the console's and balie-cli's demos log in
// with them. A header of its own, so that balie-cli knows them without linking the sandbox.
struct DemoCredentials
{
    QString username = QStringLiteral("demo");
    QString email = QStringLiteral("demo@balie.test");
    QString password = QStringLiteral("demo-password");
    QString apiKey = QStringLiteral("A2QnAjPg.balieDemoKey0000000000000000000000");
    QString otherUsername = QStringLiteral("other");
    QString otherEmail = QStringLiteral("other@balie.test");
    QString otherPassword = QStringLiteral("other-password");
    QString otesseKey = QStringLiteral("otesse_demo_key");
    QString bookingKey = QStringLiteral("booking_demo_key");
    QString telestoKey = QStringLiteral("telesto_demo_key");
    QString outsetaKey = QStringLiteral("outseta_demo_key");
    QString outsetaSecret = QStringLiteral("outseta_demo_secret");
};

} // namespace balie::sandbox
