// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace balie::sandbox {

// Plain rows of the sandbox's store. Times are milliseconds since the epoch (UTC).

struct UserRecord
{
    qint64 id = 0;
    QString username;
    QString email;
    QString password;
    QString apiKey;
    bool superuser = false;
    bool staff = false;
    qint64 lastLoginMs = 0; // 0: never
    qint64 activeOrganisation = 0;
};

struct OrganisationRecord
{
    qint64 id = 0;
    qint64 ownerId = 0;
    QString name;
    QString baseCurrency;
    QStringList currencies;
    QString image;
};

struct ServiceRecord
{
    QString id;
    qint64 organisation = 0;
    QString name;
    QString description;
    int duration = 60;
    double priceAmount = 0;
    QString priceCurrency;
    QString priceType;
    QList<int> days; // 1 = Monday … 7 = Sunday
    int startMinute = 9 * 60;
    int endMinute = 17 * 60;
    QString timezone;
};

struct AccountRecord
{
    QString id;
    qint64 organisation = 0;
    QString name;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

struct CustomerRecord
{
    QString id;
    qint64 organisation = 0;
    QString name;
    QString email;
    QString phone;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QString accountId; // empty: none
    QString accountName;
};

struct ProductRecord
{
    QString id;
    qint64 organisation = 0;
    QString name;
    QString eanUpc;
    std::optional<int> stockOnHand;
    qint64 createdMs = 0;
};

struct BookingRecord
{
    QString id;
    qint64 organisation = 0;
    QString service;
    QString customer;
    QString serviceName;
    QString customerName;
    QString customerEmail;
    qint64 startMs = 0;
    int duration = 60;
    QString status;
    QString note;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;

    qint64 endMs() const { return startMs + qint64(duration) * 60'000; }
};

template <typename T>
struct PageOf
{
    QList<T> rows;
    qint64 total = 0;
};

struct CustomerFilter
{
    qint64 updatedAfterMs = -1; // -1: no filter
    QString search;
};

struct BookingFilter
{
    qint64 fromMs = -1;
    qint64 toMs = -1;
    QString status;
    QString customer;
};

} // namespace balie::sandbox
