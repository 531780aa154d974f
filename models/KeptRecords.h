// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Booking.h"
#include "domain/Customer.h"
#include "domain/Organisation.h"
#include "domain/Product.h"
#include "domain/Service.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <memory>

namespace balie::store {
class LocalStore;
}

namespace balie::models {

// What the console keeps of a connection in its local store, read without the server:
// balie-cli's --cached. Opens the file beside a running console (SQLite allows that) and
// changes nothing in it.
class KeptRecords
{
    Q_DECLARE_TR_FUNCTIONS(balie::models::KeptRecords)

public:
    template <class T>
    struct List
    {
        QList<T> rows;
        QDateTime asOf; // when the server last gave them (UTC); invalid: never loaded
    };

    // The store's name for a table's rows (its class and the rows' layout version) and for a
    // connection's organisations.
    static QString keyOf(const QMetaObject& table);
    static QString organisationsKey();

    KeptRecords(const QString& folder, const QString& connectionId);
    ~KeptRecords();

    // False with error() when nothing is kept of the connection or the file cannot be read.
    bool open();
    QString error() const { return m_error; }

    List<api::Organisation> organisations() const;
    List<api::Customer> customers(const QString& organisationId) const;
    List<api::Account> accounts(const QString& organisationId) const;
    List<api::Service> services(const QString& organisationId) const;
    List<api::Booking> bookings(const QString& organisationId) const;
    List<api::Product> products(const QString& organisationId) const;

private:
    template <class T>
    List<T> read(const QString& key, const QString& organisationId) const;

    QString m_path;
    QString m_error;
    std::unique_ptr<store::LocalStore> m_store;
};

} // namespace balie::models
