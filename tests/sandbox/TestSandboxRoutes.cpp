// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// Drives an in-process sandbox over real loopback HTTP with QNetworkAccessManager: every flavour's
// auth, paging, error shapes, limits and the injected faults (docs/api.md).

#include "sandbox/Sandbox.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <memory>

using namespace Qt::StringLiterals;
using namespace balie::sandbox;

namespace {

struct Result
{
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject object;
    QJsonArray array;
    bool isJson = false;
    QHash<QByteArray, QByteArray> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const char* name) const { return headers.value(QByteArray(name).toLower()); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

SandboxOptions smallOptions()
{
    SandboxOptions options;
    options.seed = 42;
    options.organisations = 2;
    options.customers = 120;
    options.products = 30;
    options.bookings = 40;
    options.slowMs = 400;
    return options;
}

// The Wednesday five weeks from now, 10:00 in Amsterdam: beyond the demo bookings.
qint64 quietWednesdayTen()
{
    const QTimeZone amsterdam("Europe/Amsterdam");
    QDate day = QDate::currentDate().addDays(35);
    while (day.dayOfWeek() != 3)
        day = day.addDays(1);
    return QDateTime(day, QTime(10, 0), amsterdam).toMSecsSinceEpoch();
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

} // namespace

class TestSandboxRoutes : public QObject
{
    Q_OBJECT

private:
    Result send(Sandbox& sandbox, const QByteArray& method, const QString& path,
                const Headers& headers = {}, const QByteArray& body = {});
    Result get(const QString& path, const Headers& headers = {})
    {
        return send(*m_sandbox, "GET", path, headers);
    }
    Result post(const QString& path, const QJsonObject& body, const Headers& headers = {})
    {
        return send(*m_sandbox, "POST", path, headers,
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Headers apiKey() const { return {{"X-Api-Key", Sandbox::demoCredentials().apiKey.toLatin1()}}; }
    QString login(Sandbox& sandbox, const QString& username, const QString& password,
                  QString* refresh = nullptr);

    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    int m_badRequestIds = 0;

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void platformAuth();
    void tokensExpireAndRefresh();
    void drfPagingToPartialLastPage();
    void publicBaseUrlMovesPageLinks();
    void trailingSlashAndUnknownRoutes();
    void organisationScoping();
    void bookingConflictGivesNextAvailable();
    void bookingTransitions();
    void idempotentReplayCreatesOnce();
    void otesse();
    void otesseLimit();
    void bookingApi();
    void bookingApiCreateLimit();
    void telesto();
    void telestoBlocksAfterLimit();
    void outseta();
    void faultKinds_data();
    void faultKinds();
    void deterministicForASeed();
    void everyAnswerHasARequestId();
};

Result TestSandboxRoutes::send(Sandbox& sandbox, const QByteArray& method, const QString& path,
                               const Headers& headers, const QByteArray& body)
{
    QUrl url = sandbox.baseUrl();
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Result result;
    if (!finished.wait(15000)) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
        reply->deleteLater();
        return result;
    }
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
    result.isJson = parseError.error == QJsonParseError::NoError;
    result.object = doc.object();
    result.array = doc.array();
    static const QRegularExpression requestId(u"^req_[0-9a-f]{16}$"_s);
    if (result.status != 0 &&
        !requestId.match(QString::fromLatin1(result.header("x-request-id"))).hasMatch()) {
        ++m_badRequestIds;
    }
    reply->deleteLater();
    return result;
}

QString TestSandboxRoutes::login(Sandbox& sandbox, const QString& username, const QString& password,
                                 QString* refresh)
{
    const Result r = send(
        sandbox, "POST", u"/api/auth/login/"_s, {},
        QJsonDocument(QJsonObject{{u"username"_s, username}, {u"password"_s, password}}).toJson());
    if (refresh)
        *refresh = r.object.value("refresh"_L1).toString();
    return r.object.value("access"_L1).toString();
}

void TestSandboxRoutes::initTestCase()
{
    m_sandbox = std::make_unique<Sandbox>(smallOptions());
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    QVERIFY(m_sandbox->port() > 0);
    QCOMPARE(m_sandbox->organisationIds().size(), 2);
    QCOMPARE(m_sandbox->rowCount(u"customers"_s, m_sandbox->organisationIds().first()), 120);
}

void TestSandboxRoutes::cleanup()
{
    m_sandbox->setFaults(0, {});
}

void TestSandboxRoutes::platformAuth()
{
    const Result hello = get(u"/helloworld"_s, apiKey());
    QCOMPARE(hello.status, 200);
    QCOMPARE(hello.body, QByteArrayLiteral("Hello world @demo"));
    QVERIFY(hello.header("content-type").startsWith("text/plain"));
    QCOMPARE(get(u"/api/helloworld/"_s, apiKey()).status, 200);

    const Result noKey = get(u"/helloworld"_s);
    QCOMPARE(noKey.status, 401);
    QCOMPARE(noKey.object.value("detail"_L1).toString(),
             u"Authentication credentials were not provided or are invalid."_s);
    QCOMPARE(get(u"/api/organisations/"_s, {{"X-Api-Key", "wrong"}}).status, 401);

    const Result badLogin =
        post(u"/api/auth/login/"_s, {{u"username"_s, u"demo"_s}, {u"password"_s, u"nope"_s}});
    QCOMPARE(badLogin.status, 401);
    QCOMPARE(badLogin.object.value("detail"_L1).toString(),
             u"Unable to log in with the provided credentials."_s);
    const Result missing = post(u"/api/auth/login/"_s, {{u"username"_s, u"demo"_s}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.object.value("password"_L1).toArray().first().toString(),
             u"This field is required."_s);

    const Result good = post(u"/api/auth/login/"_s, {{u"username"_s, u"demo"_s},
                                                     {u"email"_s, u"demo@balie.test"_s},
                                                     {u"password"_s, u"demo-password"_s}});
    QCOMPARE(good.status, 200);
    const QString access = good.object.value("access"_L1).toString();
    QCOMPARE(access.count(u'.'), 2); // JWT-looking
    QCOMPARE(good.object.value("user"_L1).toObject().value("username"_L1).toString(), u"demo"_s);
    const Result withToken =
        get(u"/helloworld"_s, {{"Authorization", "Bearer " + access.toLatin1()}});
    QCOMPARE(withToken.status, 200);
    QCOMPARE(m_sandbox->stats().logins, 1);
}

void TestSandboxRoutes::tokensExpireAndRefresh()
{
    QString refresh;
    const QString access = login(*m_sandbox, u"demo"_s, u"demo-password"_s, &refresh);
    const Headers bearer = {{"Authorization", "Bearer " + access.toLatin1()}};
    QCOMPARE(get(u"/api/organisations/"_s, bearer).status, 200);

    m_sandbox->expireAccessTokens();
    const Result expired = get(u"/api/organisations/"_s, bearer);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.object.value("code"_L1).toString(), u"token_not_valid"_s);

    const Result refreshed = post(u"/api/auth/refresh/"_s, {{u"refresh"_s, refresh}});
    QCOMPARE(refreshed.status, 200);
    const QString fresh = refreshed.object.value("access"_L1).toString();
    QVERIFY(!fresh.isEmpty());
    QCOMPARE(
        get(u"/api/organisations/"_s, {{"Authorization", "Bearer " + fresh.toLatin1()}}).status,
        200);
    const Result bad = post(u"/api/auth/refresh/"_s, {{u"refresh"_s, u"a.b.c"_s}});
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.object.value("code"_L1).toString(), u"token_not_valid"_s);
}

void TestSandboxRoutes::drfPagingToPartialLastPage()
{
    const qint64 org = m_sandbox->organisationIds().first();
    QString next = u"/api/organisations/%1/customers/?page_size=50"_s.arg(org);
    QStringList ids;
    int pages = 0;
    Result last;
    while (!next.isEmpty()) {
        last = get(next, apiKey());
        QCOMPARE(last.status, 200);
        QCOMPARE(last.object.value("count"_L1).toInt(), 120);
        for (const QJsonValue& row : last.object.value("results"_L1).toArray()) {
            QCOMPARE(row.toObject().value("organisation"_L1).toInteger(), org);
            ids << row.toObject().value("id"_L1).toString();
        }
        ++pages;
        const QJsonValue link = last.object.value("next"_L1);
        if (link.isNull())
            break;
        const QUrl url(link.toString());
        QCOMPARE(url.port(), int(m_sandbox->port())); // absolute, built from the Host header
        next = url.path() + u'?' + url.query();
    }
    QCOMPARE(pages, 3);
    QCOMPARE(last.object.value("results"_L1).toArray().size(), 20);
    QCOMPARE(QUrl(last.object.value("previous"_L1).toString()).query(), u"page_size=50&page=2"_s);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 120);
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(ids, sorted); // ids sort stably in page order

    const Result beyond =
        get(u"/api/organisations/%1/customers/?page=4&page_size=50"_s.arg(org), apiKey());
    QCOMPARE(beyond.status, 404);
    QCOMPARE(beyond.object.value("detail"_L1).toString(), u"Invalid page."_s);
    const Result capped =
        get(u"/api/organisations/%1/customers/?page_size=100000"_s.arg(org), apiKey());
    QCOMPARE(capped.object.value("results"_L1).toArray().size(), 120); // max 500
}

void TestSandboxRoutes::publicBaseUrlMovesPageLinks()
{
    SandboxOptions options = smallOptions();
    options.publicBaseUrl = QUrl(u"https://proxy.example:8443"_s);
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    const Result page = send(sandbox, "GET",
                             u"/api/organisations/%1/customers/?page=2&page_size=10"_s.arg(
                                 sandbox.organisationIds().first()),
                             apiKey());
    QCOMPARE(page.status, 200);
    const QUrl next(page.object.value("next"_L1).toString());
    QCOMPARE(next.scheme(), u"https"_s);
    QCOMPARE(next.host(), u"proxy.example"_s);
    QCOMPARE(next.port(), 8443);
    QCOMPARE(next.query(), u"page_size=10&page=3"_s);
    QCOMPARE(QUrl(page.object.value("previous"_L1).toString()).host(), u"proxy.example"_s);
}

void TestSandboxRoutes::trailingSlashAndUnknownRoutes()
{
    QCOMPARE(get(u"/api/organisations"_s, apiKey()).status, 200);
    QCOMPARE(get(u"/api/organisations/"_s, apiKey()).status, 200);
    QCOMPARE(get(u"/otesse/v1/customers/"_s, {{"Authorization", "Bearer otesse_demo_key"}}).status,
             200);

    const Result platform404 = get(u"/api/nothing/"_s, apiKey());
    QCOMPARE(platform404.status, 404);
    QVERIFY(platform404.object.contains("detail"_L1));
    const Result platform405 = send(*m_sandbox, "DELETE", u"/api/organisations/"_s, apiKey());
    QCOMPARE(platform405.status, 405);
    QCOMPARE(platform405.header("allow"), QByteArrayLiteral("GET, POST"));

    const Result otesse404 = get(u"/otesse/v1/nothing"_s);
    QCOMPARE(otesse404.status, 404);
    QCOMPARE(otesse404.object.value("error"_L1).toObject().value("code"_L1).toString(),
             u"not_found"_s);
    const Result booking405 = send(*m_sandbox, "DELETE", u"/booking/v1/services"_s);
    QCOMPARE(booking405.status, 405);
    QCOMPARE(booking405.object.value("error"_L1).toObject().value("code"_L1).toString(),
             u"METHOD_NOT_ALLOWED"_s);
    const Result telesto404 = get(u"/telesto/v2/nothing"_s);
    QCOMPARE(telesto404.status, 404);
    QCOMPARE(telesto404.object.value("statusCode"_L1).toInt(), 404);
    QCOMPARE(telesto404.object.value("error"_L1).toObject().value("type"_L1).toString(),
             u"NOT_FOUND"_s);
    const Result outseta405 = send(*m_sandbox, "PUT", u"/outseta/api/v1/crm/people"_s);
    QCOMPARE(outseta405.status, 405);
    QCOMPARE(outseta405.object.value("error"_L1).toObject().value("code"_L1).toString(),
             u"method_not_allowed"_s);
}

void TestSandboxRoutes::organisationScoping()
{
    const QList<qint64> mine = m_sandbox->organisationIds();
    const qint64 foreign = mine.last() + 1; // the "other" user's organisation
    QCOMPARE(m_sandbox->rowCount(u"organisations"_s), 3);

    for (const QString& path :
         {u"/api/organisations/%1/customers/"_s, u"/api/organisations/%1/bookings/"_s,
          u"/api/organisations/%1/products/"_s}) {
        const Result r = get(path.arg(foreign), apiKey());
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object.value("detail"_L1).toString(), u"Organization not found."_s);
    }
    const Result activate =
        send(*m_sandbox, "POST", u"/api/organisations/%1/make_active/"_s.arg(foreign), apiKey());
    QCOMPARE(activate.status, 404);
    QCOMPARE(activate.object.value("detail"_L1).toString(), u"Organization not found."_s);
    const Result mineActive = send(
        *m_sandbox, "POST", u"/api/organisations/%1/make_active/"_s.arg(mine.last()), apiKey());
    QCOMPARE(mineActive.status, 200);
    QVERIFY(mineActive.object.value("message"_L1).toString().endsWith(u" is now active."_s));

    const QString otherToken = login(*m_sandbox, u"other"_s, u"other-password"_s);
    const Headers other = {{"Authorization", "Bearer " + otherToken.toLatin1()}};
    const Result theirs = get(u"/api/organisations/"_s, other);
    QCOMPARE(theirs.object.value("count"_L1).toInt(), 1);
    QCOMPARE(
        theirs.object.value("results"_L1).toArray().first().toObject().value("id"_L1).toInteger(),
        foreign);
    QCOMPARE(get(u"/api/organisations/%1/customers/"_s.arg(mine.first()), other).status, 404);
    const Result theirCustomers = get(u"/api/organisations/%1/customers/"_s.arg(foreign), other);
    QCOMPARE(theirCustomers.status, 200);
    for (const QJsonValue& row : theirCustomers.object.value("results"_L1).toArray())
        QCOMPARE(row.toObject().value("organisation"_L1).toInteger(), foreign);
}

void TestSandboxRoutes::bookingConflictGivesNextAvailable()
{
    const qint64 org = m_sandbox->organisationIds().first();
    const Result services = get(u"/api/organisations/%1/services/"_s.arg(org), apiKey());
    QJsonObject service;
    for (const QJsonValue& s : services.object.value("results"_L1).toArray()) {
        const QJsonObject availability = s.toObject().value("availability"_L1).toObject();
        if (availability.value("timezone"_L1).toString() == "Europe/Amsterdam"_L1 &&
            availability.value("days"_L1).toArray().contains(u"monday"_s) &&
            s.toObject().value("duration"_L1).toInt() == 45) {
            service = s.toObject();
        }
    }
    QVERIFY(!service.isEmpty());
    QCOMPARE(service.value("organisation"_L1).toInteger(), org);
    const QString customer =
        get(u"/api/organisations/%1/customers/?page_size=1"_s.arg(org), apiKey())
            .object.value("results"_L1)
            .toArray()
            .first()
            .toObject()
            .value("id"_L1)
            .toString();
    const qint64 ten = quietWednesdayTen();
    const QString bookings = u"/api/organisations/%1/bookings/"_s.arg(org);
    const QJsonObject first{{u"service"_s, service.value("id"_L1)},
                            {u"customer"_s, customer},
                            {u"scheduled_at"_s, iso(ten)}};
    const Result created = post(bookings, first, apiKey());
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object.value("status"_L1).toString(), u"created"_s);
    QCOMPARE(created.object.value("duration"_L1).toInt(), 45);
    QCOMPARE(created.object.value("organisation"_L1).toInteger(), org);

    QJsonObject overlapping = first;
    overlapping[u"scheduled_at"_s] = iso(ten + 15 * 60'000);
    const Result conflict = post(bookings, overlapping, apiKey());
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.object.value("code"_L1).toString(), u"BOOKING_CONFLICT"_s);
    const QJsonObject details = conflict.object.value("details"_L1).toObject();
    QCOMPARE(details.value("requested_time"_L1).toString(), iso(ten + 15 * 60'000));
    // 10:00 + 45 min ends at 10:45, which is on the 15-minute grid.
    QCOMPARE(details.value("next_available"_L1).toString(), iso(ten + 45 * 60'000));

    QJsonObject evening = first;
    evening[u"scheduled_at"_s] = iso(ten + 10 * 3600'000LL); // 20:00 Amsterdam
    const Result closed = post(bookings, evening, apiKey());
    QCOMPARE(closed.status, 400);
    QVERIFY(closed.object.value("scheduled_at"_L1)
                .toArray()
                .first()
                .toString()
                .contains(u"Mon–Fri 09:00–17:00 Europe/Amsterdam"_s));

    const Result invalid = post(bookings, {{u"service"_s, u"srv_nope"_s}}, apiKey());
    QCOMPARE(invalid.status, 400);
    QVERIFY(invalid.object.contains("service"_L1));
    QVERIFY(invalid.object.contains("customer"_L1));
    QVERIFY(invalid.object.contains("scheduled_at"_L1));

    // The Booking API sees the same organisation and the same rules.
    if (org == m_sandbox->organisationIds().first()) {
        const Result vendor = send(*m_sandbox, "POST", u"/booking/v1/bookings"_s,
                                   {{"Authorization", "Bearer booking_demo_key"}},
                                   QJsonDocument(overlapping).toJson());
        QCOMPARE(vendor.status, 409);
        const QJsonObject error = vendor.object.value("error"_L1).toObject();
        QCOMPARE(error.value("code"_L1).toString(), u"BOOKING_CONFLICT"_s);
        QCOMPARE(error.value("details"_L1).toObject().value("next_available"_L1).toString(),
                 iso(ten + 45 * 60'000));
    }
}

void TestSandboxRoutes::bookingTransitions()
{
    const qint64 org = m_sandbox->organisationIds().at(1);
    const QString base = u"/api/organisations/%1/bookings/"_s.arg(org);
    const Result list = get(base + u"?status=created"_s, apiKey());
    QCOMPARE(list.status, 200);
    QVERIFY(list.object.value("count"_L1).toInt() > 0);
    const QString id =
        list.object.value("results"_L1).toArray().first().toObject().value("id"_L1).toString();

    const Result confirmed = send(*m_sandbox, "POST", base + id + u"/confirm/"_s, apiKey());
    QCOMPARE(confirmed.status, 200);
    QCOMPARE(confirmed.object.value("status"_L1).toString(), u"confirmed"_s);
    const Result again = send(*m_sandbox, "POST", base + id + u"/confirm/"_s, apiKey());
    QCOMPARE(again.status, 409);
    QCOMPARE(again.object.value("code"_L1).toString(), u"INVALID_TRANSITION"_s);
    const Result completed = send(*m_sandbox, "POST", base + id + u"/complete/"_s, apiKey());
    QCOMPARE(completed.object.value("status"_L1).toString(), u"completed"_s);
    QCOMPARE(send(*m_sandbox, "POST", base + id + u"/cancel/"_s, apiKey()).status, 409);
    QCOMPARE(get(base + id + u'/', apiKey()).object.value("status"_L1).toString(), u"completed"_s);
    QCOMPARE(send(*m_sandbox, "POST", base + u"bk_99999999/confirm/"_s, apiKey()).status, 404);
}

void TestSandboxRoutes::idempotentReplayCreatesOnce()
{
    const qint64 org = m_sandbox->organisationIds().first();
    const QString path = u"/api/organisations/%1/customers/"_s.arg(org);
    const int before = m_sandbox->rowCount(u"customers"_s, org);
    const qint64 creations = m_sandbox->stats().creations;
    Headers headers = apiKey();
    headers.append(
        qMakePair(QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("key-customer-1")));
    const QJsonObject body{{u"name"_s, u"Marloes Kuipers"_s},
                           {u"email"_s, u"marloes.kuipers@example.nl"_s},
                           {u"phone"_s, u"+31 6 12345678"_s}};
    const Result first = post(path, body, headers);
    QCOMPARE(first.status, 201);
    const Result replay = post(path, body, headers);
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.body, first.body);
    QCOMPARE(m_sandbox->rowCount(u"customers"_s, org), before + 1);
    QCOMPARE(m_sandbox->stats().creations, creations + 1);

    QJsonObject changed = body;
    changed[u"name"_s] = u"Someone Else"_s;
    const Result mismatch = post(path, changed, headers);
    QCOMPARE(mismatch.status, 422);
    QCOMPARE(mismatch.object.value("code"_L1).toString(), u"idempotency_mismatch"_s);

    const Result duplicate = post(path, body, apiKey()); // no key: a real second attempt
    QCOMPARE(duplicate.status, 400);
    QVERIFY(duplicate.object.value("email"_L1).isArray());
    QCOMPARE(m_sandbox->rowCount(u"customers"_s, org), before + 1);
}

void TestSandboxRoutes::otesse()
{
    const Headers key = {{"Authorization", "Bearer otesse_demo_key"}};
    const Result bad = get(u"/otesse/v1/customers"_s, {{"Authorization", "Bearer nope"}});
    QCOMPARE(bad.status, 401);
    const QJsonObject error = bad.object.value("error"_L1).toObject();
    QCOMPARE(error.value("type"_L1).toString(), u"authentication_error"_s);
    QCOMPARE(error.value("code"_L1).toString(), u"invalid_api_key"_s);

    const Result page2 = get(u"/otesse/v1/customers?page=2&per_page=100"_s, key);
    QCOMPARE(page2.status, 200);
    const QJsonObject pagination = page2.object.value("pagination"_L1).toObject();
    QVERIFY(pagination.value("total"_L1).toInt() >= 120);
    QCOMPARE(pagination.value("total_pages"_L1).toInt(), 2);
    QCOMPARE(page2.object.value("data"_L1).toArray().size(),
             pagination.value("total"_L1).toInt() - 100);
    QVERIFY(
        !page2.object.value("data"_L1).toArray().first().toObject().contains("organisation"_L1));

    const Result missing = send(*m_sandbox, "POST", u"/otesse/v1/customers"_s, key,
                                QJsonDocument(QJsonObject{{u"name"_s, u"Kees"_s}}).toJson());
    QCOMPARE(missing.status, 400);
    const QJsonObject fieldError = missing.object.value("error"_L1).toObject();
    QCOMPARE(fieldError.value("code"_L1).toString(), u"missing_required_field"_s);
    QCOMPARE(fieldError.value("param"_L1).toString(), u"email"_s);

    const Result since = get(u"/otesse/v1/customers?updated_after=2999-01-01T00:00:00Z"_s, key);
    QCOMPARE(since.object.value("pagination"_L1).toObject().value("total"_L1).toInt(), 0);
}

void TestSandboxRoutes::otesseLimit()
{
    SandboxOptions options = smallOptions();
    options.otesseLimit = 2;
    options.otesseWindowSeconds = 30;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    const Headers key = {{"Authorization", "Bearer otesse_demo_key"}};
    QCOMPARE(send(sandbox, "GET", u"/otesse/v1/bookings"_s, key).status, 200);
    QCOMPARE(send(sandbox, "GET", u"/otesse/v1/customers"_s, key).status, 200);
    const Result limited = send(sandbox, "GET", u"/otesse/v1/customers"_s, key);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.object.value("error"_L1).toObject().value("code"_L1).toString(),
             u"rate_limit_exceeded"_s);
    const int retryAfter = limited.header("retry-after").toInt();
    QVERIFY(retryAfter >= 1 && retryAfter <= 30);
    QCOMPARE(sandbox.stats().rateLimited, 1);
}

void TestSandboxRoutes::bookingApi()
{
    const Headers key = {{"Authorization", "Bearer booking_demo_key"}};
    const Result bad = get(u"/booking/v1/services"_s, {{"Authorization", "Bearer nope"}});
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.object.value("error"_L1).toObject().value("code"_L1).toString(),
             u"UNAUTHORIZED"_s);

    const Result services = get(u"/booking/v1/services"_s, key);
    QCOMPARE(services.status, 200);
    QCOMPARE(services.array.size(), 4);
    const QString serviceId = services.array.first().toObject().value("id"_L1).toString();
    QCOMPARE(get(u"/booking/v1/services/"_s + serviceId, key).object.value("id"_L1).toString(),
             serviceId);
    QCOMPARE(get(u"/booking/v1/services/srv_nope"_s, key)
                 .object.value("error"_L1)
                 .toObject()
                 .value("code"_L1)
                 .toString(),
             u"INVALID_SERVICE"_s);

    const Result bookings = get(u"/booking/v1/bookings?status=cancelled"_s, key);
    QCOMPARE(bookings.status, 200);
    for (const QJsonValue& b : bookings.array)
        QCOMPARE(b.toObject().value("status"_L1).toString(), u"cancelled"_s);

    const Result invalid = send(*m_sandbox, "POST", u"/booking/v1/bookings"_s, key,
                                QJsonDocument(QJsonObject{{u"service"_s, serviceId}}).toJson());
    QCOMPARE(invalid.status, 400);
    const QJsonObject error = invalid.object.value("error"_L1).toObject();
    QCOMPARE(error.value("code"_L1).toString(), u"VALIDATION_ERROR"_s);
    QCOMPARE(error.value("details"_L1).toObject().value("field"_L1).toString(), u"customer"_s);

    const Result feed = get(u"/booking/v1/calendar/feed/booking_demo_key.ics"_s);
    QCOMPARE(feed.status, 200);
    QVERIFY(feed.header("content-type").startsWith("text/calendar"));
    QVERIFY(feed.body.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(feed.body.contains("BEGIN:VEVENT"));
    QCOMPARE(get(u"/booking/v1/calendar/feed/wrong.ics"_s).status, 401);
}

void TestSandboxRoutes::bookingApiCreateLimit()
{
    SandboxOptions options = smallOptions();
    options.bookingCreateLimit = 2;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    const Headers key = {{"Authorization", "Bearer booking_demo_key"}};
    const QString service = send(sandbox, "GET", u"/booking/v1/services"_s, key)
                                .array.first()
                                .toObject()
                                .value("id"_L1)
                                .toString();
    const qint64 ten = quietWednesdayTen();
    for (int i = 0; i < 2; ++i) {
        const QJsonObject body{
            {u"service"_s, service},
            {u"customer"_s,
             QJsonObject{{u"name"_s, u"Jan Visser"_s}, {u"email"_s, u"jan.visser@example.nl"_s}}},
            {u"scheduled_at"_s, iso(ten + i * 3600'000LL)}};
        const Result created =
            send(sandbox, "POST", u"/booking/v1/bookings"_s, key, QJsonDocument(body).toJson());
        QCOMPARE(created.status, 201);
        QCOMPARE(created.object.value("customer"_L1).toObject().value("email"_L1).toString(),
                 u"jan.visser@example.nl"_s);
    }
    const Result limited = send(sandbox, "POST", u"/booking/v1/bookings"_s, key, "{}");
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.object.value("error"_L1).toObject().value("code"_L1).toString(),
             u"RATE_LIMITED"_s);
    QVERIFY(limited.header("retry-after").toInt() >= 1);
    QCOMPARE(send(sandbox, "GET", u"/booking/v1/services"_s, key).status, 200); // reads not limited
}

void TestSandboxRoutes::telesto()
{
    const Headers key = {{"Authorization", "telesto_demo_key"}};
    const Result bad =
        get(u"/telesto/v2/products"_s, {{"Authorization", "Bearer telesto_demo_key"}});
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.object.value("statusCode"_L1).toInt(), 401);
    QCOMPARE(bad.object.value("error"_L1).toObject().value("type"_L1).toString(),
             u"UNAUTHORIZED"_s);

    const Result products = get(u"/telesto/v2/products"_s, key);
    QCOMPARE(products.status, 200);
    QCOMPARE(products.array.size(), 30);
    static const QRegularExpression created(u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"_s);
    bool sawEmptyStock = false;
    for (const QJsonValue& v : products.array) {
        const QJsonObject p = v.toObject();
        for (auto it = p.begin(); it != p.end(); ++it)
            QVERIFY2(it.value().isString(), qPrintable(it.key()));
        QVERIFY(created.match(p.value("created"_L1).toString()).hasMatch());
        sawEmptyStock = sawEmptyStock || p.value("stock_onhand"_L1).toString().isEmpty();
        // EAN-13 check digit
        const QString ean = p.value("ean_upc"_L1).toString();
        QCOMPARE(ean.size(), 13);
        int sum = 0;
        for (int i = 0; i < 12; ++i)
            sum += ean.at(i).digitValue() * (i % 2 ? 3 : 1);
        QCOMPARE(ean.at(12).digitValue(), (10 - sum % 10) % 10);
    }
    QVERIFY(sawEmptyStock);

    const Result createdProduct = send(*m_sandbox, "POST", u"/telesto/v2/products"_s, key,
                                       QJsonDocument(QJsonObject{{u"name"_s, u"Föhn"_s},
                                                                 {u"ean_upc"_s, u"8712345678906"_s},
                                                                 {u"stock_onhand"_s, u"7"_s}})
                                           .toJson());
    QCOMPARE(createdProduct.status, 201);
    QCOMPARE(createdProduct.object.value("stock_onhand"_L1).toString(), u"7"_s);
    const QString id = createdProduct.object.value("id"_L1).toString();
    const Result patched = send(*m_sandbox, "PATCH", u"/telesto/v2/products/"_s + id, key,
                                QJsonDocument(QJsonObject{{u"stock_onhand"_s, u""_s}}).toJson());
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.object.value("stock_onhand"_L1).toString(), QString());
    QCOMPARE(get(u"/telesto/v2/products/prd_99999999"_s, key).status, 404);
}

void TestSandboxRoutes::telestoBlocksAfterLimit()
{
    SandboxOptions options = smallOptions();
    options.telestoLimit = 3;
    options.telestoBlockSeconds = 40;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    const Headers key = {{"Authorization", "telesto_demo_key"}};
    for (int i = 0; i < 3; ++i)
        QCOMPARE(send(sandbox, "GET", u"/telesto/v2/products"_s, key).status, 200);
    const Result exceeded = send(sandbox, "GET", u"/telesto/v2/products"_s, key);
    QCOMPARE(exceeded.status, 429);
    QCOMPARE(exceeded.object.value("error"_L1).toObject().value("type"_L1).toString(),
             u"TOO_MANY_REQUESTS"_s);
    QCOMPARE(exceeded.header("retry-after").toInt(), 40);
    QTest::qWait(1100);
    const Result blocked = send(sandbox, "GET", u"/telesto/v2/products"_s, key);
    QCOMPARE(blocked.status, 429);
    const int rest = blocked.header("retry-after").toInt();
    QVERIFY2(rest >= 38 && rest <= 39, qPrintable(QString::number(rest)));
    QCOMPARE(sandbox.stats().telestoBlocks, 1);
    QCOMPARE(sandbox.stats().rateLimited, 2);
}

void TestSandboxRoutes::outseta()
{
    const Headers key = {{"Authorization", "Outseta outseta_demo_key:outseta_demo_secret"}};
    const Result bad =
        get(u"/outseta/api/v1/crm/people"_s, {{"Authorization", "Outseta outseta_demo_key:wrong"}});
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.object.value("error"_L1).toObject().value("code"_L1).toString(),
             u"unauthorized"_s);

    const Result people = get(u"/outseta/api/v1/crm/people?offset=100&limit=50"_s, key);
    QCOMPARE(people.status, 200);
    const QJsonObject metadata = people.object.value("metadata"_L1).toObject();
    QCOMPARE(metadata.value("offset"_L1).toInt(), 100);
    QCOMPARE(metadata.value("limit"_L1).toInt(), 50);
    const int total = metadata.value("total"_L1).toInt();
    QVERIFY(total >= 120);
    QCOMPARE(people.object.value("items"_L1).toArray().size(), total - 100);
    const QJsonObject person = people.object.value("items"_L1).toArray().first().toObject();
    QVERIFY(person.value("Uid"_L1).isString());
    QVERIFY(person.value("Email"_L1).toString().contains(u'@'));

    const Result children =
        get(u"/outseta/api/v1/crm/people?limit=100&fields=Uid,Account.Name"_s, key);
    QCOMPARE(children.object.value("metadata"_L1).toObject().value("limit"_L1).toInt(), 25);

    const Result badToken = send(
        *m_sandbox, "POST", u"/outseta/api/v1/tokens"_s, {},
        QJsonDocument(QJsonObject{{u"username"_s, u"demo@balie.test"_s}, {u"password"_s, u"x"_s}})
            .toJson());
    QCOMPARE(badToken.status, 401);
    QTest::qWait(1100); // a fresh second for the 4/s budget
    const Result token = send(*m_sandbox, "POST", u"/outseta/api/v1/tokens"_s, {},
                              QJsonDocument(QJsonObject{{u"username"_s, u"demo@balie.test"_s},
                                                        {u"password"_s, u"demo-password"_s}})
                                  .toJson());
    QCOMPARE(token.status, 200);
    QCOMPARE(token.object.value("token_type"_L1).toString(), u"bearer"_s);
    const QByteArray bearer =
        "bearer " + token.object.value("access_token"_L1).toString().toLatin1();
    const Result accounts = get(u"/outseta/api/v1/crm/accounts"_s, {{"Authorization", bearer}});
    QCOMPARE(accounts.status, 200);
    QVERIFY(accounts.object.value("items"_L1).toArray().first().toObject().contains("Name"_L1));

    // 4 per second per credential: a burst gets 429 with Retry-After: 1.
    int limited = 0;
    for (int i = 0; i < 6; ++i) {
        const Result r =
            get(u"/outseta/api/v1/crm/accounts?limit=1"_s, {{"Authorization", bearer}});
        if (r.status == 429) {
            ++limited;
            QCOMPARE(r.header("retry-after"), QByteArrayLiteral("1"));
            QCOMPARE(r.object.value("error"_L1).toObject().value("code"_L1).toString(),
                     u"rate_limited"_s);
        }
    }
    QVERIFY(limited >= 1);
}

void TestSandboxRoutes::faultKinds_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("500") << int(FaultKind::ServerError);
    QTest::newRow("429") << int(FaultKind::RateLimited);
    QTest::newRow("drop") << int(FaultKind::Drop);
    QTest::newRow("slow") << int(FaultKind::Slow);
    QTest::newRow("truncate") << int(FaultKind::Truncate);
    QTest::newRow("html") << int(FaultKind::HtmlPage);
    QTest::newRow("badjson") << int(FaultKind::BadJson);
    QTest::newRow("404") << int(FaultKind::NotFound);
    QTest::newRow("commitdrop") << int(FaultKind::CommitDrop);
    QTest::newRow("redirect") << int(FaultKind::Redirect);
    QTest::newRow("short") << int(FaultKind::ShortPage);
    QTest::newRow("badrow") << int(FaultKind::BadRow);
}

void TestSandboxRoutes::faultKinds()
{
    QFETCH(int, kind);
    const auto fault = FaultKind(kind);
    const qint64 faultsBefore = m_sandbox->stats().faults;
    m_sandbox->setFaults(1.0, {fault});
    const Result r = get(u"/api/organisations/"_s, apiKey());

    switch (fault) {
    case FaultKind::ServerError:
        QCOMPARE(r.status, 500);
        QVERIFY(r.object.contains("detail"_L1));
        break;
    case FaultKind::RateLimited:
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("retry-after"), QByteArrayLiteral("1"));
        break;
    case FaultKind::Drop:
    case FaultKind::CommitDrop: // (a GET has no effect to see)
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        break;
    case FaultKind::NotFound:
        QCOMPARE(r.status, 404);
        QVERIFY(r.object.contains("detail"_L1));
        break;
    case FaultKind::Redirect:
        QCOMPARE(r.status, 302);
        QCOMPARE(r.header("location"), QByteArrayLiteral("http://elsewhere.invalid/moved"));
        break;
    case FaultKind::ShortPage:
        QCOMPARE(r.status, 200);
        QVERIFY(r.object.value("count"_L1).toInt() > 1);
        QCOMPARE(r.object.value("results"_L1).toArray().size(),
                 r.object.value("count"_L1).toInt() / 2);
        break;
    case FaultKind::BadRow: {
        QCOMPARE(r.status, 200);
        const QJsonArray rows = r.object.value("results"_L1).toArray();
        QVERIFY(rows.size() > 1);
        QVERIFY(!rows.first().toObject().contains("id"_L1));
        QVERIFY(rows.at(1).toObject().contains("id"_L1));
        break;
    }
    case FaultKind::Trickle:
    case FaultKind::Endless:
        QFAIL("exercised by TestReliability, which has a deadline and a size cap");
        break;
    case FaultKind::Slow:
        QCOMPARE(r.status, 200);
        QVERIFY(r.isJson);
        QVERIFY2(r.elapsedMs >= 380, qPrintable(QString::number(r.elapsedMs)));
        break;
    case FaultKind::Truncate:
        QVERIFY2(r.error != QNetworkReply::NoError, r.body.constData());
        QVERIFY(!r.isJson);
        break;
    case FaultKind::HtmlPage:
        QCOMPARE(r.status, 502);
        QVERIFY(r.header("content-type").startsWith("text/html"));
        QVERIFY(r.body.contains("<html>"));
        break;
    case FaultKind::BadJson:
        QCOMPARE(r.status, 200);
        QVERIFY(!r.isJson);
        break;
    }
    QVERIFY(m_sandbox->stats().faults > faultsBefore);

    // Faults never hit /_sandbox/…
    const Result stats = get(u"/_sandbox/stats"_s);
    QCOMPARE(stats.status, 200);
    QVERIFY(stats.isJson);
    QVERIFY(stats.object.value("faults"_L1).toInteger() > faultsBefore);
    m_sandbox->setFaults(0, {});
    QCOMPARE(get(u"/api/organisations/"_s, apiKey()).status, 200);
}

void TestSandboxRoutes::deterministicForASeed()
{
    SandboxOptions options = smallOptions();
    // One instant for both: bookings created "now" would otherwise differ across a second.
    options.seededAtMs = QDateTime::currentMSecsSinceEpoch();
    Sandbox a(options);
    Sandbox b(options);
    QVERIFY(a.start());
    QVERIFY(b.start());
    const Headers key = {{"Authorization", "telesto_demo_key"}};
    const Result fromA = send(a, "GET", u"/telesto/v2/products"_s, key);
    const Result fromB = send(b, "GET", u"/telesto/v2/products"_s, key);
    QCOMPARE(fromA.status, 200);
    QCOMPARE(fromA.body, fromB.body);
    const Headers otesse = {{"Authorization", "Bearer otesse_demo_key"}};
    QCOMPARE(send(a, "GET", u"/otesse/v1/bookings?per_page=100"_s, otesse).body,
             send(b, "GET", u"/otesse/v1/bookings?per_page=100"_s, otesse).body);
}

void TestSandboxRoutes::everyAnswerHasARequestId()
{
    QCOMPARE(m_badRequestIds, 0);
    QVERIFY(m_sandbox->stats().requests > 50);
}

QTEST_GUILESS_MAIN(TestSandboxRoutes)
#include "TestSandboxRoutes.moc"
