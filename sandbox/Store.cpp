// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Store.h"

#include <QAtomicInteger>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace balie::sandbox {

namespace {

QAtomicInteger<quint64> connectionCounter;

const QStringList tables = {u"organisations"_s, u"services"_s, u"accounts"_s,
                            u"customers"_s,     u"products"_s, u"bookings"_s};

QString joinDays(const QList<int>& days)
{
    QStringList parts;
    for (int day : days)
        parts << QString::number(day);
    return parts.join(u',');
}

QList<int> splitDays(const QString& text)
{
    QList<int> days;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts))
        days << part.toInt();
    return days;
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

const QString customerColumns =
    u"c.id, c.organisation, c.name, c.email, c.phone, c.created, c.updated, c.account_id, a.name "
    "FROM customers c LEFT JOIN accounts a ON a.id = c.account_id"_s;

CustomerRecord readCustomer(const QSqlQuery& q)
{
    CustomerRecord c;
    c.id = q.value(0).toString();
    c.organisation = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.email = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.createdMs = q.value(5).toLongLong();
    c.updatedMs = q.value(6).toLongLong();
    c.accountId = q.value(7).toString();
    c.accountName = q.value(8).toString();
    return c;
}

const QString bookingColumns =
    u"b.id, b.organisation, b.service, b.customer, s.name, c.name, c.email, b.start, b.duration, "
    "b.status, b.note, b.created, b.updated FROM bookings b "
    "LEFT JOIN services s ON s.id = b.service LEFT JOIN customers c ON c.id = b.customer"_s;

BookingRecord readBooking(const QSqlQuery& q)
{
    BookingRecord b;
    b.id = q.value(0).toString();
    b.organisation = q.value(1).toLongLong();
    b.service = q.value(2).toString();
    b.customer = q.value(3).toString();
    b.serviceName = q.value(4).toString();
    b.customerName = q.value(5).toString();
    b.customerEmail = q.value(6).toString();
    b.startMs = q.value(7).toLongLong();
    b.duration = q.value(8).toInt();
    b.status = q.value(9).toString();
    b.note = q.value(10).toString();
    b.createdMs = q.value(11).toLongLong();
    b.updatedMs = q.value(12).toLongLong();
    return b;
}

const QString serviceColumns =
    u"id, organisation, name, description, duration, price_amount, price_currency, price_type, "
    "days, start_minute, end_minute, timezone FROM services"_s;

ServiceRecord readService(const QSqlQuery& q)
{
    ServiceRecord s;
    s.id = q.value(0).toString();
    s.organisation = q.value(1).toLongLong();
    s.name = q.value(2).toString();
    s.description = q.value(3).toString();
    s.duration = q.value(4).toInt();
    s.priceAmount = q.value(5).toDouble();
    s.priceCurrency = q.value(6).toString();
    s.priceType = q.value(7).toString();
    s.days = splitDays(q.value(8).toString());
    s.startMinute = q.value(9).toInt();
    s.endMinute = q.value(10).toInt();
    s.timezone = q.value(11).toString();
    return s;
}

const QString productColumns = u"id, organisation, name, ean_upc, stock, created FROM products"_s;

ProductRecord readProduct(const QSqlQuery& q)
{
    ProductRecord p;
    p.id = q.value(0).toString();
    p.organisation = q.value(1).toLongLong();
    p.name = q.value(2).toString();
    p.eanUpc = q.value(3).toString();
    if (!q.value(4).isNull())
        p.stockOnHand = q.value(4).toInt();
    p.createdMs = q.value(5).toLongLong();
    return p;
}

const QString userColumns =
    u"id, username, email, password, api_key, superuser, staff, last_login, active_org FROM users"_s;

UserRecord readUser(const QSqlQuery& q)
{
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.email = q.value(2).toString();
    u.password = q.value(3).toString();
    u.apiKey = q.value(4).toString();
    u.superuser = q.value(5).toBool();
    u.staff = q.value(6).toBool();
    u.lastLoginMs = q.value(7).toLongLong();
    u.activeOrganisation = q.value(8).toLongLong();
    return u;
}

const QString organisationColumns =
    u"id, owner, name, base_currency, currencies, image FROM organisations"_s;

OrganisationRecord readOrganisation(const QSqlQuery& q)
{
    OrganisationRecord o;
    o.id = q.value(0).toLongLong();
    o.ownerId = q.value(1).toLongLong();
    o.name = q.value(2).toString();
    o.baseCurrency = q.value(3).toString();
    o.currencies = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
    o.image = q.value(5).toString();
    return o;
}

} // namespace

// Prepared statements, cached by their SQL text; the cache dies before the connection does.
struct Store::Prepared
{
    QSqlDatabase db;
    QHash<QString, QSqlQuery> cache;
    QHash<QString, qint64> nextSeq;

    QSqlQuery& query(const QString& sql)
    {
        auto it = cache.find(sql);
        if (it == cache.end()) {
            QSqlQuery q(db);
            if (!q.prepare(sql))
                qCCritical(lcSandbox) << "SQL prepare failed:" << q.lastError().text() << sql;
            it = cache.insert(sql, q);
        }
        return it.value();
    }

    // Runs a prepared statement with the given bound values.
    QSqlQuery& run(const QString& sql, const QVariantList& values)
    {
        QSqlQuery& q = query(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            qCCritical(lcSandbox) << "SQL failed:" << q.lastError().text() << sql;
        return q;
    }
};

Store::Store()
    : m_connection(u"balie_sandbox_%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

Store::~Store()
{
    if (m_prepared) {
        m_prepared->cache.clear();
        m_prepared->db = QSqlDatabase();
        m_prepared.reset();
    }
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Store::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool Store::open(const QString& path)
{
    if (path != ":memory:"_L1 && QFile::exists(path) && !QFile::remove(path)) {
        m_error = u"Cannot rewrite database file %1"_s.arg(path);
        return false;
    }
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return false;
    }
    m_prepared = std::make_unique<Prepared>();
    m_prepared->db = m_db;

    const QStringList schema = {
        u"PRAGMA journal_mode = MEMORY"_s,
        u"PRAGMA synchronous = OFF"_s,
        u"CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE, "
        "password TEXT, api_key TEXT, superuser INTEGER, staff INTEGER, last_login INTEGER, "
        "active_org INTEGER)"_s,
        u"CREATE TABLE organisations (id INTEGER PRIMARY KEY, owner INTEGER, name TEXT, "
        "base_currency TEXT, currencies TEXT, image TEXT)"_s,
        u"CREATE TABLE services (seq INTEGER PRIMARY KEY, id TEXT UNIQUE, organisation INTEGER, "
        "name TEXT, description TEXT, duration INTEGER, price_amount REAL, price_currency TEXT, "
        "price_type TEXT, days TEXT, start_minute INTEGER, end_minute INTEGER, timezone TEXT)"_s,
        u"CREATE TABLE accounts (seq INTEGER PRIMARY KEY, id TEXT UNIQUE, organisation INTEGER, "
        "name TEXT, created INTEGER, updated INTEGER)"_s,
        u"CREATE TABLE customers (seq INTEGER PRIMARY KEY, id TEXT UNIQUE, organisation INTEGER, "
        "name TEXT, email TEXT, phone TEXT, created INTEGER, updated INTEGER, account_id TEXT)"_s,
        u"CREATE TABLE products (seq INTEGER PRIMARY KEY, id TEXT UNIQUE, organisation INTEGER, "
        "name TEXT, ean_upc TEXT, stock INTEGER, created INTEGER)"_s,
        u"CREATE TABLE bookings (seq INTEGER PRIMARY KEY, id TEXT UNIQUE, organisation INTEGER, "
        "service TEXT, customer TEXT, start INTEGER, duration INTEGER, status TEXT, note TEXT, "
        "created INTEGER, updated INTEGER)"_s,
        u"CREATE INDEX services_org ON services (organisation, seq)"_s,
        u"CREATE INDEX accounts_org ON accounts (organisation, seq)"_s,
        u"CREATE INDEX customers_org ON customers (organisation, seq)"_s,
        u"CREATE INDEX customers_updated ON customers (organisation, updated, seq)"_s,
        u"CREATE INDEX customers_email ON customers (organisation, email)"_s,
        u"CREATE INDEX products_org ON products (organisation, seq)"_s,
        u"CREATE INDEX bookings_org ON bookings (organisation, start, seq)"_s,
        u"CREATE INDEX bookings_service ON bookings (organisation, service, start)"_s,
    };
    for (const QString& sql : schema) {
        if (!exec(sql))
            return false;
    }
    return true;
}

bool Store::begin()
{
    return m_db.transaction();
}

bool Store::commit()
{
    return m_db.commit();
}

QString Store::makeId(const QString& table, const QString& prefix, int width)
{
    auto it = m_prepared->nextSeq.find(table);
    if (it == m_prepared->nextSeq.end()) {
        QSqlQuery& q = m_prepared->run(u"SELECT COALESCE(MAX(seq), 0) FROM %1"_s.arg(table), {});
        const qint64 last = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        it = m_prepared->nextSeq.insert(table, last + 1);
    }
    const qint64 seq = it.value()++;
    return prefix + u"%1"_s.arg(seq, width, 10, QLatin1Char('0'));
}

// Users ----------------------------------------------------------------------------------------

qint64 Store::insertUser(const UserRecord& user)
{
    QSqlQuery& q = m_prepared->run(
        u"INSERT INTO users (username, email, password, api_key, superuser, staff, last_login, "
        "active_org) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {user.username, user.email, user.password, user.apiKey, user.superuser, user.staff,
         user.lastLoginMs, user.activeOrganisation});
    return q.lastInsertId().toLongLong();
}

std::optional<UserRecord> Store::userById(qint64 id) const
{
    QSqlQuery& q = m_prepared->run(u"SELECT %1 WHERE id = ?"_s.arg(userColumns), {id});
    std::optional<UserRecord> user;
    if (q.next())
        user = readUser(q);
    q.finish();
    return user;
}

std::optional<UserRecord> Store::userByLogin(const QString& username, const QString& email) const
{
    // A null QString binds as SQL NULL; these must be '' when absent.
    const QString u = username.isNull() ? u""_s : username;
    const QString e = email.isNull() ? u""_s : email.toLower();
    QSqlQuery& q =
        m_prepared->run(u"SELECT %1 WHERE (? = '' OR username = ?) AND (? = '' OR email = ?) "
                        "AND (? <> '' OR ? <> '')"_s.arg(userColumns),
                        {u, u, e, e, u, e});
    std::optional<UserRecord> user;
    if (q.next())
        user = readUser(q);
    q.finish();
    return user;
}

std::optional<UserRecord> Store::userByApiKey(const QString& key) const
{
    if (key.isEmpty())
        return std::nullopt;
    QSqlQuery& q = m_prepared->run(u"SELECT %1 WHERE api_key = ?"_s.arg(userColumns), {key});
    std::optional<UserRecord> user;
    if (q.next())
        user = readUser(q);
    q.finish();
    return user;
}

void Store::setLastLogin(qint64 userId, qint64 ms)
{
    m_prepared->run(u"UPDATE users SET last_login = ? WHERE id = ?"_s, {ms, userId});
}

void Store::setActiveOrganisation(qint64 userId, qint64 orgId)
{
    m_prepared->run(u"UPDATE users SET active_org = ? WHERE id = ?"_s, {orgId, userId});
}

// Organisations --------------------------------------------------------------------------------

qint64 Store::insertOrganisation(const OrganisationRecord& org)
{
    QSqlQuery& q = m_prepared->run(
        u"INSERT INTO organisations (owner, name, base_currency, currencies, image) "
        "VALUES (?, ?, ?, ?, ?)"_s,
        {org.ownerId, org.name, org.baseCurrency, org.currencies.join(u','), org.image});
    return q.lastInsertId().toLongLong();
}

std::optional<OrganisationRecord> Store::organisation(qint64 id) const
{
    QSqlQuery& q = m_prepared->run(u"SELECT %1 WHERE id = ?"_s.arg(organisationColumns), {id});
    std::optional<OrganisationRecord> org;
    if (q.next())
        org = readOrganisation(q);
    q.finish();
    return org;
}

PageOf<OrganisationRecord> Store::organisationsOf(qint64 ownerId, qint64 offset, qint64 limit) const
{
    PageOf<OrganisationRecord> page;
    QSqlQuery& c =
        m_prepared->run(u"SELECT COUNT(*) FROM organisations WHERE owner = ?"_s, {ownerId});
    page.total = c.next() ? c.value(0).toLongLong() : 0;
    c.finish();
    QSqlQuery& q = m_prepared->run(
        u"SELECT %1 WHERE owner = ? ORDER BY id LIMIT ? OFFSET ?"_s.arg(organisationColumns),
        {ownerId, limit, offset});
    while (q.next())
        page.rows << readOrganisation(q);
    q.finish();
    return page;
}

// Services -------------------------------------------------------------------------------------

QString Store::insertService(ServiceRecord s)
{
    if (s.id.isEmpty())
        s.id = makeId(u"services"_s, u"srv_"_s, 4);
    m_prepared->run(u"INSERT INTO services (id, organisation, name, description, duration, "
                    "price_amount, price_currency, price_type, days, start_minute, end_minute, "
                    "timezone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {s.id, s.organisation, s.name, s.description, s.duration, s.priceAmount,
                     s.priceCurrency, s.priceType, joinDays(s.days), s.startMinute, s.endMinute,
                     s.timezone});
    return s.id;
}

std::optional<ServiceRecord> Store::service(qint64 org, const QString& id) const
{
    QSqlQuery& q = m_prepared->run(
        u"SELECT %1 WHERE organisation = ? AND id = ?"_s.arg(serviceColumns), {org, id});
    std::optional<ServiceRecord> s;
    if (q.next())
        s = readService(q);
    q.finish();
    return s;
}

PageOf<ServiceRecord> Store::services(qint64 org, qint64 offset, qint64 limit) const
{
    PageOf<ServiceRecord> page;
    page.total = rowCount(u"services"_s, org);
    QSqlQuery& q = m_prepared->run(
        u"SELECT %1 WHERE organisation = ? ORDER BY seq LIMIT ? OFFSET ?"_s.arg(serviceColumns),
        {org, limit, offset});
    while (q.next())
        page.rows << readService(q);
    q.finish();
    return page;
}

// Accounts -------------------------------------------------------------------------------------

QString Store::insertAccount(AccountRecord a)
{
    if (a.id.isEmpty())
        a.id = makeId(u"accounts"_s, u"acc_"_s, 6);
    m_prepared->run(u"INSERT INTO accounts (id, organisation, name, created, updated) "
                    "VALUES (?, ?, ?, ?, ?)"_s,
                    {a.id, a.organisation, a.name, a.createdMs, a.updatedMs});
    return a.id;
}

PageOf<AccountRecord> Store::accounts(qint64 org, qint64 offset, qint64 limit) const
{
    PageOf<AccountRecord> page;
    page.total = rowCount(u"accounts"_s, org);
    QSqlQuery& q = m_prepared->run(u"SELECT id, organisation, name, created, updated FROM accounts "
                                   "WHERE organisation = ? ORDER BY seq LIMIT ? OFFSET ?"_s,
                                   {org, limit, offset});
    while (q.next()) {
        page.rows << AccountRecord{q.value(0).toString(), q.value(1).toLongLong(),
                                   q.value(2).toString(), q.value(3).toLongLong(),
                                   q.value(4).toLongLong()};
    }
    q.finish();
    return page;
}

std::optional<AccountRecord> Store::account(qint64 org, const QString& id) const
{
    QSqlQuery& q = m_prepared->run(u"SELECT id, organisation, name, created, updated FROM accounts "
                                   "WHERE organisation = ? AND id = ?"_s,
                                   {org, id});
    std::optional<AccountRecord> a;
    if (q.next()) {
        a = AccountRecord{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                          q.value(3).toLongLong(), q.value(4).toLongLong()};
    }
    q.finish();
    return a;
}

// Customers ------------------------------------------------------------------------------------

QString Store::insertCustomer(CustomerRecord c)
{
    if (c.id.isEmpty())
        c.id = makeId(u"customers"_s, u"cus_"_s, 8);
    m_prepared->run(u"INSERT INTO customers (id, organisation, name, email, phone, created, "
                    "updated, account_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {c.id, c.organisation, c.name, c.email, c.phone, c.createdMs, c.updatedMs,
                     nullable(c.accountId)});
    return c.id;
}

void Store::updateCustomer(const CustomerRecord& c)
{
    m_prepared->run(
        u"UPDATE customers SET name = ?, email = ?, phone = ?, updated = ?, "
        "account_id = ? WHERE organisation = ? AND id = ?"_s,
        {c.name, c.email, c.phone, c.updatedMs, nullable(c.accountId), c.organisation, c.id});
}

std::optional<CustomerRecord> Store::customer(qint64 org, const QString& id) const
{
    QSqlQuery& q = m_prepared->run(
        u"SELECT %1 WHERE c.organisation = ? AND c.id = ?"_s.arg(customerColumns), {org, id});
    std::optional<CustomerRecord> c;
    if (q.next())
        c = readCustomer(q);
    q.finish();
    return c;
}

std::optional<CustomerRecord> Store::customerByEmail(qint64 org, const QString& email) const
{
    QSqlQuery& q = m_prepared->run(
        u"SELECT %1 WHERE c.organisation = ? AND c.email = ? ORDER BY c.seq LIMIT 1"_s.arg(
            customerColumns),
        {org, email.toLower()});
    std::optional<CustomerRecord> c;
    if (q.next())
        c = readCustomer(q);
    q.finish();
    return c;
}

PageOf<CustomerRecord> Store::customers(qint64 org, const CustomerFilter& filter, qint64 offset,
                                        qint64 limit) const
{
    QString where = u"c.organisation = ?"_s;
    QVariantList values{org};
    if (filter.updatedAfterMs >= 0) {
        where += u" AND c.updated > ?"_s;
        values << filter.updatedAfterMs;
    }
    if (!filter.search.isEmpty()) {
        where += u" AND (c.name LIKE ? OR c.email LIKE ?)"_s;
        const QString pattern = u'%' + filter.search + u'%';
        values << pattern << pattern;
    }
    // An incremental sync reads in update order; a full listing in creation order.
    const QString order = filter.updatedAfterMs >= 0 ? u"c.updated, c.seq"_s : u"c.seq"_s;

    PageOf<CustomerRecord> page;
    QSqlQuery& c =
        m_prepared->run(u"SELECT COUNT(*) FROM customers c WHERE %1"_s.arg(where), values);
    page.total = c.next() ? c.value(0).toLongLong() : 0;
    c.finish();
    QSqlQuery& q = m_prepared->run(
        u"SELECT %1 WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?"_s.arg(customerColumns, where, order),
        values + QVariantList{limit, offset});
    while (q.next())
        page.rows << readCustomer(q);
    q.finish();
    return page;
}

// Products -------------------------------------------------------------------------------------

QString Store::insertProduct(ProductRecord p)
{
    if (p.id.isEmpty())
        p.id = makeId(u"products"_s, u"prd_"_s, 8);
    m_prepared->run(
        u"INSERT INTO products (id, organisation, name, ean_upc, stock, created) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s,
        {p.id, p.organisation, p.name, p.eanUpc,
         p.stockOnHand ? QVariant(*p.stockOnHand) : QVariant(QMetaType::fromType<int>()),
         p.createdMs});
    return p.id;
}

void Store::updateProduct(const ProductRecord& p)
{
    m_prepared->run(
        u"UPDATE products SET name = ?, ean_upc = ?, stock = ? "
        "WHERE organisation = ? AND id = ?"_s,
        {p.name, p.eanUpc,
         p.stockOnHand ? QVariant(*p.stockOnHand) : QVariant(QMetaType::fromType<int>()),
         p.organisation, p.id});
}

std::optional<ProductRecord> Store::product(qint64 org, const QString& id) const
{
    QSqlQuery& q = m_prepared->run(
        u"SELECT %1 WHERE organisation = ? AND id = ?"_s.arg(productColumns), {org, id});
    std::optional<ProductRecord> p;
    if (q.next())
        p = readProduct(q);
    q.finish();
    return p;
}

PageOf<ProductRecord> Store::products(qint64 org, qint64 offset, qint64 limit) const
{
    PageOf<ProductRecord> page;
    page.total = rowCount(u"products"_s, org);
    QSqlQuery& q = m_prepared->run(
        u"SELECT %1 WHERE organisation = ? ORDER BY seq LIMIT ? OFFSET ?"_s.arg(productColumns),
        {org, limit, offset});
    while (q.next())
        page.rows << readProduct(q);
    q.finish();
    return page;
}

// Bookings -------------------------------------------------------------------------------------

QString Store::insertBooking(BookingRecord b)
{
    if (b.id.isEmpty())
        b.id = makeId(u"bookings"_s, u"bk_"_s, 8);
    m_prepared->run(u"INSERT INTO bookings (id, organisation, service, customer, start, duration, "
                    "status, note, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {b.id, b.organisation, b.service, b.customer, b.startMs, b.duration, b.status,
                     b.note, b.createdMs, b.updatedMs});
    return b.id;
}

void Store::updateBooking(const BookingRecord& b)
{
    m_prepared->run(u"UPDATE bookings SET start = ?, duration = ?, status = ?, note = ?, "
                    "updated = ? WHERE organisation = ? AND id = ?"_s,
                    {b.startMs, b.duration, b.status, b.note, b.updatedMs, b.organisation, b.id});
}

std::optional<BookingRecord> Store::booking(qint64 org, const QString& id) const
{
    QSqlQuery& q = m_prepared->run(
        u"SELECT %1 WHERE b.organisation = ? AND b.id = ?"_s.arg(bookingColumns), {org, id});
    std::optional<BookingRecord> b;
    if (q.next())
        b = readBooking(q);
    q.finish();
    return b;
}

PageOf<BookingRecord> Store::bookings(qint64 org, const BookingFilter& filter, qint64 offset,
                                      qint64 limit) const
{
    QString where = u"b.organisation = ?"_s;
    QVariantList values{org};
    if (filter.fromMs >= 0) {
        where += u" AND b.start >= ?"_s;
        values << filter.fromMs;
    }
    if (filter.toMs >= 0) {
        where += u" AND b.start < ?"_s;
        values << filter.toMs;
    }
    if (!filter.status.isEmpty()) {
        where += u" AND b.status = ?"_s;
        values << filter.status;
    }
    if (!filter.customer.isEmpty()) {
        where += u" AND b.customer = ?"_s;
        values << filter.customer;
    }
    PageOf<BookingRecord> page;
    QSqlQuery& c =
        m_prepared->run(u"SELECT COUNT(*) FROM bookings b WHERE %1"_s.arg(where), values);
    page.total = c.next() ? c.value(0).toLongLong() : 0;
    c.finish();
    QSqlQuery& q = m_prepared->run(
        u"SELECT %1 WHERE %2 ORDER BY b.start, b.seq LIMIT ? OFFSET ?"_s.arg(bookingColumns, where),
        values + QVariantList{limit, offset});
    while (q.next())
        page.rows << readBooking(q);
    q.finish();
    return page;
}

QList<BookingRecord> Store::activeBookingsOfService(qint64 org, const QString& service,
                                                    qint64 fromMs, qint64 toMs,
                                                    const QString& excludeId) const
{
    // A booking lasts at most a day, so looking a day back finds every one that still runs.
    QSqlQuery& q = m_prepared->run(
        u"SELECT %1 WHERE b.organisation = ? AND b.service = ? AND b.status <> 'cancelled' "
        "AND b.start < ? AND b.start >= ? AND b.id <> ? ORDER BY b.start"_s.arg(bookingColumns),
        {org, service, toMs, fromMs - 24LL * 3600 * 1000,
         excludeId.isNull() ? u""_s : excludeId}); // a null QString would bind as NULL
    QList<BookingRecord> result;
    while (q.next()) {
        BookingRecord b = readBooking(q);
        if (b.endMs() > fromMs)
            result << b;
    }
    q.finish();
    return result;
}

int Store::rowCount(const QString& table, qint64 org) const
{
    if (!tables.contains(table))
        return -1;
    const QString column = table == "organisations"_L1 ? u"id"_s : u"organisation"_s;
    QSqlQuery& q =
        org == 0
            ? m_prepared->run(u"SELECT COUNT(*) FROM %1"_s.arg(table), {})
            : (table == "organisations"_L1
                   ? m_prepared->run(u"SELECT COUNT(*) FROM organisations WHERE id = ?"_s, {org})
                   : m_prepared->run(u"SELECT COUNT(*) FROM %1 WHERE %2 = ?"_s.arg(table, column),
                                     {org}));
    const int count = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return count;
}

} // namespace balie::sandbox
