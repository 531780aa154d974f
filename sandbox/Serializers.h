// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Records.h"

#include <QJsonObject>

namespace balie::sandbox {

// The platform's JSON objects (docs/api.md, "Objects"); the vendor flavours reuse them.
class Serializers
{
public:
    static QJsonObject organisation(const OrganisationRecord& org, const UserRecord& owner,
                                    bool isActive);
    static QJsonObject customer(const CustomerRecord& customer, bool withOrganisation);
    static QJsonObject service(const ServiceRecord& service, bool withOrganisation);
    static QJsonObject booking(const BookingRecord& booking, bool withOrganisation);
    static QJsonObject product(const ProductRecord& product, bool withOrganisation);
    static QString dayName(int day); // 1 → "monday"
};

} // namespace balie::sandbox
