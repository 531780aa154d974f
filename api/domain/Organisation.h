// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace balie::api {

struct Organisation
{
    QString id;
    QString organisationId; // always empty: an organisation is not inside another
    QString name;
    QString baseCurrency;
    QStringList currencies;
    QUrl image;
    QString ownerName;
    bool isActive = false;
    // Flavours without organisations have one implicit organisation: the connection itself.
    bool isImplicit = false;

    friend bool operator==(const Organisation&, const Organisation&) = default;
};

struct OrganisationDraft
{
    QString name;
    QString baseCurrency;
    QStringList currencies;
    QUrl image;
};

} // namespace balie::api
