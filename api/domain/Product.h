// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace balie::api {

struct Product
{
    QString id;
    QString organisationId;
    QString name;
    QString eanUpc;
    std::optional<qint64> stockOnHand; // unknown when the server sends "" or null
    QDateTime created;

    friend bool operator==(const Product&, const Product&) = default;
};

struct ProductDraft
{
    QString name;
    QString eanUpc;
    std::optional<qint64> stockOnHand;
};

} // namespace balie::api
