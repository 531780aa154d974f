// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "net/ErrorParser.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using balie::api::ApiError;
using balie::api::ErrorParser;
using balie::api::ReplySnapshot;

class TestErrorParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data();
    void shapes();
    void fieldErrors_data();
    void fieldErrors();
    void conflictDetails();
    void retryAfter_data();
    void retryAfter();
    void networkFailures();
    void requestIdIsKept();
};

void TestErrorParser::shapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("serverMessage");

    QTest::newRow("oas detail")
        << 401 << R"({"detail": "Authentication credentials were not provided or are invalid."})"_ba
        << "application/json"_ba << ApiError::Kind::Auth << QString()
        << u"Authentication credentials were not provided or are invalid."_s;
    QTest::newRow("oas not found") << 404 << R"({"detail": "Organization not found."})"_ba
                                   << "application/json"_ba << ApiError::Kind::NotFound << QString()
                                   << u"Organization not found."_s;
    QTest::newRow("otesse rate limit")
        << 429
        << R"({"error":{"type":"rate_limit_error","code":"rate_limit_exceeded","message":"Slow down"}})"_ba
        << "application/json"_ba << ApiError::Kind::RateLimited << u"rate_limit_exceeded"_s
        << u"Slow down"_s;
    QTest::newRow("booking conflict")
        << 409
        << R"({"error":{"code":"BOOKING_CONFLICT","message":"The requested time slot is not available","details":{"next_available":"2024-01-20T14:00:00Z"}}})"_ba
        << "application/json"_ba << ApiError::Kind::Conflict << u"BOOKING_CONFLICT"_s
        << u"The requested time slot is not available"_s;
    QTest::newRow("booking unauthorized on 403")
        << 403 << R"({"error":{"code":"UNAUTHORIZED","message":"Invalid API key"}})"_ba
        << "application/json"_ba << ApiError::Kind::Auth << u"UNAUTHORIZED"_s
        << u"Invalid API key"_s;
    QTest::newRow("telesto")
        << 401
        << R"({"statusCode":401,"error":{"type":"UNAUTHORIZED","description":"Invalid API key"}})"_ba
        << "application/json"_ba << ApiError::Kind::Auth << u"UNAUTHORIZED"_s
        << u"Invalid API key"_s;
    QTest::newRow("telesto forbidden")
        << 403
        << R"({"statusCode":403,"error":{"type":"FORBIDDEN","description":"Pro-abonnement vereist"}})"_ba
        << "application/json"_ba << ApiError::Kind::Forbidden << u"FORBIDDEN"_s
        << u"Pro-abonnement vereist"_s;
    QTest::newRow("outseta")
        << 400 << R"({"error":{"code":"validation","message":"Email is required"}})"_ba
        << "application/json"_ba << ApiError::Kind::Validation << u"validation"_s
        << u"Email is required"_s;
    QTest::newRow("html 502")
        << 502 << "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"_ba
        << "text/html"_ba << ApiError::Kind::Server << QString() << u"502 Bad Gateway"_s;
    QTest::newRow("empty 503") << 503 << QByteArray() << QByteArray() << ApiError::Kind::Server
                               << QString() << QString();
    QTest::newRow("bad json 200") << 200 << "{\"results\": [1, 2"_ba
                                  << "application/json"_ba << ApiError::Kind::BadResponse
                                  << QString() << u"The answer is not valid JSON."_s;
    QTest::newRow("empty 200") << 200 << QByteArray() << QByteArray() << ApiError::Kind::BadResponse
                               << QString() << u"The answer was empty."_s;
    QTest::newRow("plain text 500")
        << 500 << "Internal Server Error"_ba
        << "text/plain"_ba << ApiError::Kind::Server << QString() << u"Internal Server Error"_s;
}

void TestErrorParser::shapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, serverMessage);

    ReplySnapshot reply;
    reply.httpStatus = status;
    reply.body = body;
    reply.contentType = contentType;
    const ApiError error = ErrorParser::parse(reply);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.serverMessage(), serverMessage);
    QVERIFY(!error.message().isEmpty());
}

void TestErrorParser::fieldErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("drf") << R"({"name": ["This field is required."]})"_ba << u"name"_s
                         << u"This field is required."_s;
    QTest::newRow("drf nested") << R"({"price": [{"amount": ["Must be positive."]}]})"_ba
                                << u"price.amount"_s << u"Must be positive."_s;
    QTest::newRow("drf list field, per item")
        << R"({"currencies": {"1": ["\"XYZ\" is not a valid choice."]}})"_ba << u"currencies"_s
        << u"\"XYZ\" is not a valid choice."_s;
    QTest::newRow("drf nested object")
        << R"({"address": {"postcode": ["Enter a valid postcode."]}})"_ba << u"address.postcode"_s
        << u"Enter a valid postcode."_s;
    QTest::newRow("otesse param")
        << R"({"error":{"type":"invalid_request_error","code":"missing_required_field","message":"email is required","param":"email"}})"_ba
        << u"email"_s << u"email is required"_s;
    QTest::newRow("booking details.field")
        << R"({"error":{"code":"VALIDATION_ERROR","message":"scheduled_at is invalid","details":{"field":"scheduled_at"}}})"_ba
        << u"scheduled_at"_s << u"scheduled_at is invalid"_s;
    QTest::newRow("booking invalid service")
        << R"({"error":{"code":"INVALID_SERVICE","message":"Service ID not found"}})"_ba
        << u"service"_s << u"Service ID not found"_s;
    QTest::newRow("outseta native")
        << R"({"ErrorMessage":"Validation failed","EntityValidationErrors":[{"ValidationErrors":[{"PropertyName":"Email","ErrorMessage":"Invalid email"}]}]})"_ba
        << u"Email"_s << u"Invalid email"_s;
    QTest::newRow("telesto field in text")
        << R"({"statusCode":400,"error":{"type":"BAD_REQUEST","description":"ean_upc: invalid check digit"}})"_ba
        << u"ean_upc"_s << u"invalid check digit"_s;
}

void TestErrorParser::fieldErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, message);

    ReplySnapshot reply;
    reply.httpStatus = 400;
    reply.body = body;
    const ApiError error = ErrorParser::parse(reply);
    QCOMPARE(error.kind(), ApiError::Kind::Validation);
    QCOMPARE(error.fieldErrors().value(field), QStringList{message});
}

void TestErrorParser::conflictDetails()
{
    ReplySnapshot reply;
    reply.httpStatus = 409;
    reply.body =
        R"({"detail":"The requested time slot is not available","code":"BOOKING_CONFLICT",)"
        R"("details":{"requested_time":"2026-11-23T10:00:00Z","next_available":"2026-11-23T14:00:00Z"}})"_ba;
    const ApiError error = ErrorParser::parse(reply);
    QCOMPARE(error.kind(), ApiError::Kind::Conflict);
    QCOMPARE(error.code(), u"BOOKING_CONFLICT"_s);
    QCOMPARE(error.details().value("next_available"_L1).toString(), u"2026-11-23T14:00:00Z"_s);
}

void TestErrorParser::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("seconds") << "30"_ba << qint64(30'000);
    QTest::newRow("zero") << "0"_ba << qint64(0);
    QTest::newRow("http date") << "Mon, 23 Nov 2026 12:00:45 GMT"_ba << qint64(45'000);
    QTest::newRow("date in the past") << "Mon, 23 Nov 2026 11:00:00 GMT"_ba << qint64(0);
    QTest::newRow("garbage") << "soon"_ba << qint64(-1);
    QTest::newRow("absurdly long, clamped to a year")
        << "444444444444444444"_ba << qint64(366LL * 24 * 3600 * 1000);
    QTest::newRow("absent") << QByteArray() << qint64(-1);
}

void TestErrorParser::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());
    QCOMPARE(ErrorParser::parseRetryAfterMs(header, now), expectedMs);

    ReplySnapshot reply;
    reply.httpStatus = 429;
    reply.retryAfter = header;
    const ApiError error = ErrorParser::parse(reply, now);
    QCOMPARE(error.retryAfterMs(), expectedMs);
    if (expectedMs >= 0)
        QCOMPARE(error.retryAt(), now.addMSecs(expectedMs));
}

void TestErrorParser::networkFailures()
{
    ReplySnapshot dropped;
    dropped.networkError = QNetworkReply::RemoteHostClosedError;
    dropped.networkErrorString = u"Connection closed"_s;
    QCOMPARE(ErrorParser::parse(dropped).kind(), ApiError::Kind::Network);

    ReplySnapshot timedOut;
    timedOut.networkError = QNetworkReply::OperationCanceledError;
    timedOut.timedOut = true;
    QCOMPARE(ErrorParser::parse(timedOut).kind(), ApiError::Kind::Timeout);

    ReplySnapshot tls;
    tls.networkError = QNetworkReply::SslHandshakeFailedError;
    QCOMPARE(ErrorParser::parse(tls).kind(), ApiError::Kind::Tls);
}

void TestErrorParser::requestIdIsKept()
{
    ReplySnapshot reply;
    reply.httpStatus = 500;
    reply.body = R"({"detail":"boom"})"_ba;
    reply.requestId = "req_0123456789abcdef";
    const ApiError error = ErrorParser::parse(reply);
    QCOMPARE(error.requestId(), u"req_0123456789abcdef"_s);
    QVERIFY(error.technicalDetails().contains(u"req_0123456789abcdef"_s));
    QVERIFY(error.technicalDetails().contains(u"500"_s));
}

QTEST_GUILESS_MAIN(TestErrorParser)
#include "TestErrorParser.moc"
