// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Records.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

class QSqlQuery;

namespace balie::sandbox {

// SQLite storage of one sandbox, on a connection of its own (name unique per instance), so
// several sandboxes can live in one process and in different threads.
class Store
{
public:
    Store();
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // Opens the database at path (":memory:" or a file, which is rewritten) and creates the schema.
    bool open(const QString& path);
    QString errorString() const { return m_error; }

    bool begin();
    bool commit();

    // Users
    qint64 insertUser(const UserRecord& user);
    std::optional<UserRecord> userById(qint64 id) const;
    std::optional<UserRecord> userByLogin(const QString& username, const QString& email) const;
    std::optional<UserRecord> userByApiKey(const QString& key) const;
    void setLastLogin(qint64 userId, qint64 ms);
    void setActiveOrganisation(qint64 userId, qint64 orgId);

    // Organisations
    qint64 insertOrganisation(const OrganisationRecord& org);
    std::optional<OrganisationRecord> organisation(qint64 id) const;
    PageOf<OrganisationRecord> organisationsOf(qint64 ownerId, qint64 offset, qint64 limit) const;

    // Services
    QString insertService(ServiceRecord service);
    std::optional<ServiceRecord> service(qint64 org, const QString& id) const;
    PageOf<ServiceRecord> services(qint64 org, qint64 offset, qint64 limit) const;

    // Accounts (Outseta's companies)
    QString insertAccount(AccountRecord account);
    PageOf<AccountRecord> accounts(qint64 org, qint64 offset, qint64 limit) const;
    std::optional<AccountRecord> account(qint64 org, const QString& id) const;

    // Customers
    QString insertCustomer(CustomerRecord customer);
    void updateCustomer(const CustomerRecord& customer);
    std::optional<CustomerRecord> customer(qint64 org, const QString& id) const;
    std::optional<CustomerRecord> customerByEmail(qint64 org, const QString& email) const;
    PageOf<CustomerRecord> customers(qint64 org, const CustomerFilter& filter, qint64 offset,
                                     qint64 limit) const;

    // Products
    QString insertProduct(ProductRecord product);
    void updateProduct(const ProductRecord& product);
    std::optional<ProductRecord> product(qint64 org, const QString& id) const;
    PageOf<ProductRecord> products(qint64 org, qint64 offset, qint64 limit) const;

    // Bookings
    QString insertBooking(BookingRecord booking);
    void updateBooking(const BookingRecord& booking);
    std::optional<BookingRecord> booking(qint64 org, const QString& id) const;
    PageOf<BookingRecord> bookings(qint64 org, const BookingFilter& filter, qint64 offset,
                                   qint64 limit) const;
    // Non-cancelled bookings of a service that end after fromMs and start before toMs.
    QList<BookingRecord> activeBookingsOfService(qint64 org, const QString& service, qint64 fromMs,
                                                 qint64 toMs, const QString& excludeId = {}) const;

    // Rows of a table (customers, bookings, products, organisations, services, accounts).
    int rowCount(const QString& table, qint64 org) const;

private:
    struct Prepared;
    QString makeId(const QString& table, const QString& prefix, int width);
    bool exec(const QString& sql);

    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<Prepared> m_prepared;
    QString m_error;
};

} // namespace balie::sandbox
