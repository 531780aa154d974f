// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "KeptRecords.h"

#include "LocalStore.h"
#include "ResourceModels.h"
#include "RowCodecs.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace balie::models {

QString KeptRecords::keyOf(const QMetaObject& table)
{
    return QString::fromLatin1(table.className()).section(u"::"_s, -1) + u'@' +
           QString::number(RowCodecVersion);
}

QString KeptRecords::organisationsKey()
{
    return u"organisations@"_s + QString::number(RowCodecVersion);
}

KeptRecords::KeptRecords(const QString& folder, const QString& connectionId)
    : m_path(store::LocalStore::pathFor(folder, connectionId))
{}

KeptRecords::~KeptRecords() = default;

bool KeptRecords::open()
{
    // A store is made by the console; reading must not leave an empty one behind.
    if (!QFileInfo::exists(m_path)) {
        m_error = tr("Nothing of this connection is kept on this computer yet: open it in the "
                     "console first.");
        return false;
    }
    m_store = std::make_unique<store::LocalStore>(m_path);
    if (!m_store->open()) {
        m_error = m_store->error();
        m_store.reset();
        return false;
    }
    return true;
}

template <class T>
KeptRecords::List<T> KeptRecords::read(const QString& key, const QString& organisationId) const
{
    List<T> list;
    if (!m_store)
        return list;
    m_store->readRows(key, organisationId, [&list](const store::LocalStore::Row& row) {
        // A damaged row is left out, as the console leaves it out.
        if (std::optional<T> record = unpackRow<T>(row.data))
            list.rows.append(std::move(*record));
        return true;
    });
    list.asOf = m_store->syncedAt(key, organisationId);
    if (const std::optional<QString> mark = m_store->watermark(key, organisationId)) {
        const QDateTime changes = QDateTime::fromString(*mark, Qt::ISODateWithMs);
        if (changes.isValid() && (!list.asOf.isValid() || changes > list.asOf))
            list.asOf = changes.toUTC();
    }
    return list;
}

KeptRecords::List<api::Organisation> KeptRecords::organisations() const
{
    return read<api::Organisation>(organisationsKey(), QString());
}

KeptRecords::List<api::Customer> KeptRecords::customers(const QString& organisationId) const
{
    return read<api::Customer>(keyOf(CustomerTableModel::staticMetaObject), organisationId);
}

KeptRecords::List<api::Account> KeptRecords::accounts(const QString& organisationId) const
{
    return read<api::Account>(keyOf(AccountTableModel::staticMetaObject), organisationId);
}

KeptRecords::List<api::Service> KeptRecords::services(const QString& organisationId) const
{
    return read<api::Service>(keyOf(ServiceTableModel::staticMetaObject), organisationId);
}

KeptRecords::List<api::Booking> KeptRecords::bookings(const QString& organisationId) const
{
    return read<api::Booking>(keyOf(BookingTableModel::staticMetaObject), organisationId);
}

KeptRecords::List<api::Product> KeptRecords::products(const QString& organisationId) const
{
    return read<api::Product>(keyOf(ProductTableModel::staticMetaObject), organisationId);
}

} // namespace balie::models
