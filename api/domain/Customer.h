// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDateTime>
#include <QString>

namespace balie::api {

struct Customer
{
    QString id;
    QString organisationId;
    QString name;
    QString email;
    QString phone;
    QString company;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Customer&, const Customer&) = default;
};

// A company or household that people belong to (Outseta's accounts).
struct Account
{
    QString id;
    QString organisationId;
    QString name;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Account&, const Account&) = default;
};

struct CustomerDraft
{
    QString name;
    QString email;
    QString phone;
};

struct CustomerQuery
{
    QDateTime updatedAfter; // incremental sync; invalid for all
    QString search;
};

} // namespace balie::api
