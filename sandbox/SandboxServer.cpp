// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "SandboxServer.h"

#include "Dialect.h"
#include "Sandbox.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace balie::sandbox {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    case QHttpServerRequest::Method::Connect:
        return u"CONNECT"_s;
    case QHttpServerRequest::Method::Trace:
        return u"TRACE"_s;
    default:
        return u"UNKNOWN"_s;
    }
}

const QByteArray proxyPage = QByteArrayLiteral(
    "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
    "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n");

// The page as a server that loses rows sends it: the same page, half of its rows gone.
// The answer with its list of rows changed by `change`, wherever the dialect keeps them.
ApiResponse withRows(const ApiResponse& response,
                     const std::function<QJsonArray(QJsonArray)>& change)
{
    QJsonDocument doc = QJsonDocument::fromJson(response.body);
    QJsonObject object = doc.object();
    bool changed = false;
    for (const QString& key : {u"results"_s, u"data"_s, u"items"_s}) {
        if (object.value(key).isArray()) {
            object.insert(key, change(object.value(key).toArray()));
            changed = true;
        }
    }
    if (doc.isArray()) {
        doc.setArray(change(doc.array()));
    } else if (changed) {
        doc.setObject(object);
    } else {
        return response;
    }
    ApiResponse changedResponse = response;
    changedResponse.body = doc.toJson(QJsonDocument::Compact);
    return changedResponse;
}

ApiResponse withoutHalfTheRows(const ApiResponse& response)
{
    return withRows(response, [](QJsonArray rows) {
        const qsizetype keep = rows.size() / 2;
        while (rows.size() > keep)
            rows.removeLast();
        return rows;
    });
}

ApiResponse withARowWithoutItsId(const ApiResponse& response)
{
    return withRows(response, [](QJsonArray rows) {
        if (rows.isEmpty() || !rows.first().isObject())
            return rows;
        QJsonObject first = rows.first().toObject();
        first.remove(u"id"_s);
        first.remove(u"Uid"_s);
        rows.replace(0, first);
        return rows;
    });
}

} // namespace

SandboxServer::SandboxServer(FaultInjector& faults, SandboxStats& stats, quint64 seed, int slowMs,
                             int trickleMs, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_faults(faults)
    , m_stats(stats)
    , m_requestIds(seed ^ 0x2E0E57ULL)
    , m_slowMs(slowMs)
    , m_trickleMs(trickleMs)
{}

SandboxServer::~SandboxServer() = default;

void SandboxServer::addDialect(std::unique_ptr<Dialect> dialect)
{
    m_dialects.push_back(std::move(dialect));
}

Dialect* SandboxServer::dialectFor(const QString& path) const
{
    Dialect* best = nullptr;
    qsizetype bestLength = -1;
    for (const auto& dialect : m_dialects) {
        const QString prefix = dialect->prefix();
        const bool matches = prefix.isEmpty() || path == prefix || path.startsWith(prefix + u'/');
        if (matches && prefix.size() > bestLength) {
            best = dialect.get();
            bestLength = prefix.size();
        }
    }
    return best;
}

QByteArray SandboxServer::nextRequestId()
{
    return "req_" + QByteArray::number(m_requestIds.next(), 16).rightJustified(16, '0');
}

ApiRequest SandboxServer::decode(const QHttpServerRequest& request)
{
    ApiRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    if (r.path.isEmpty())
        r.path = u"/"_s;
    r.query = request.query();
    for (const auto& [name, value] : request.headers())
        r.headers.insert(name.toLower(), value);
    r.body = request.body();
    r.remoteAddress = request.remoteAddress();
    return r;
}

ApiResponse SandboxServer::dispatch(Dialect& dialect, ApiRequest& request)
{
    if (std::optional<ApiResponse> refused = dialect.admit(request))
        return *refused;
    const QString relative = request.path.mid(dialect.prefix().size());
    const Router::Match match = dialect.router().match(request.method, relative);
    switch (match.outcome) {
    case Router::Outcome::NotFound:
        return dialect.error(404, u"Not found."_s);
    case Router::Outcome::MethodNotAllowed: {
        ApiResponse response =
            dialect.error(405, u"Method \"%1\" not allowed."_s.arg(request.method));
        response.withHeader(QByteArrayLiteral("Allow"), match.allowed.join(u", "_s).toLatin1());
        return response;
    }
    case Router::Outcome::Matched:
        break;
    }
    request.params = match.params;
    return match.handler(request);
}

ApiResponse SandboxServer::faultResponse(FaultKind kind, const Dialect& dialect) const
{
    switch (kind) {
    case FaultKind::ServerError:
        return dialect.error(500, u"Internal server error (injected)."_s);
    case FaultKind::RateLimited:
        return dialect.error(429, u"Too many requests (injected)."_s).withRetryAfter(1);
    case FaultKind::HtmlPage:
        return ApiResponse::text(502, proxyPage, QByteArrayLiteral("text/html; charset=utf-8"));
    case FaultKind::BadJson:
        return ApiResponse::text(200, QByteArrayLiteral("{\"results\": [{\"id\": \"cus_0000"),
                                 QByteArrayLiteral("application/json"));
    case FaultKind::NotFound:
        return dialect.error(404, u"Not found (injected)."_s);
    case FaultKind::Redirect: {
        ApiResponse moved = ApiResponse::text(302, QByteArray(), QByteArrayLiteral("text/plain"));
        moved.withHeader(QByteArrayLiteral("Location"),
                         QByteArrayLiteral("http://elsewhere.invalid/moved"));
        return moved;
    }
    default:
        break;
    }
    return {};
}

void SandboxServer::write(QHttpServerResponder& responder, const ApiResponse& response,
                          const QByteArray& requestId)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(response.body.size()));
    responder.writeHeader(QByteArrayLiteral("X-Request-Id"), requestId);
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}

void SandboxServer::writeTrickle(QTcpSocket* socket, const ApiResponse& response,
                                 const QByteArray& requestId) const
{
    // Every byte comes in time to keep a transfer timeout at bay: only a deadline on the whole
    // answer ends it.
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) +
                      " OK\r\nContent-Type: " + response.contentType +
                      "\r\nContent-Length: " + QByteArray::number(response.body.size()) +
                      "\r\nX-Request-Id: " + requestId + "\r\n\r\n";
    socket->write(head);
    auto* timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body = response.body] {
        if (*sent >= body.size()) {
            timer->stop();
            return;
        }
        socket->write(body.mid(*sent, 1));
        ++*sent;
    });
    timer->start(m_trickleMs);
}

void SandboxServer::writeEndless(QTcpSocket* socket, const QByteArray& requestId) const
{
    // No length, no end: 64 KiB of rows every few milliseconds until the client hangs up.
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                  "X-Request-Id: " +
                  requestId + "\r\n\r\n{\"results\": [");
    QByteArray chunk;
    while (chunk.size() < 64 * 1024)
        chunk += QByteArrayLiteral("{\"id\": \"cus_endless\", \"name\": \"Endless\"},");
    auto* timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [socket, chunk] {
        if (socket->bytesToWrite() < 4 * chunk.size())
            socket->write(chunk);
    });
    timer->start(2);
}

void SandboxServer::writeTruncated(QHttpServerResponder& responder, QTcpSocket* socket,
                                   const ApiResponse& response, const QByteArray& requestId)
{
    const QByteArray sent = response.body.left(response.body.size() / 2);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(response.body.size() + 64));
    responder.writeHeader(QByteArrayLiteral("X-Request-Id"), requestId);
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(sent);
    socket->flush();
    socket->disconnectFromHost();
}

bool SandboxServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ApiRequest apiRequest = decode(request);
    const QByteArray requestId = nextRequestId();
    Dialect* dialect = dialectFor(apiRequest.path);
    if (!dialect)
        return false;

    std::optional<FaultKind> fault;
    if (dialect->faultable()) {
        ++m_stats.requests;
        fault = m_faults.roll(apiRequest.method != u"GET"_s && apiRequest.method != u"HEAD"_s);
    }
    if (fault) {
        ++m_stats.faults;
        qCDebug(lcSandbox) << "fault" << FaultInjector::nameOf(*fault) << apiRequest.method
                           << apiRequest.path;
    }

    if (fault == FaultKind::Drop) {
        socket->abort();
        return true;
    }
    if (fault == FaultKind::Endless) {
        writeEndless(socket, requestId);
        return true;
    }

    const auto carriedOut = [](FaultKind kind) {
        return kind == FaultKind::Slow || kind == FaultKind::Truncate ||
               kind == FaultKind::CommitDrop || kind == FaultKind::Trickle ||
               kind == FaultKind::ShortPage || kind == FaultKind::BadRow;
    };
    if (fault && !carriedOut(*fault)) {
        QHttpServerResponder responder = makeResponder(request, socket);
        write(responder, faultResponse(*fault, *dialect), requestId);
        return true;
    }

    // These answers are real ones, or lost ones: the request has had its effect.
    ApiResponse response = dispatch(*dialect, apiRequest);
    if (fault == FaultKind::ShortPage)
        response = withoutHalfTheRows(response);
    else if (fault == FaultKind::BadRow)
        response = withARowWithoutItsId(response);
    if (fault == FaultKind::CommitDrop) {
        socket->abort();
        return true;
    }
    if (fault == FaultKind::Trickle) {
        writeTrickle(socket, response, requestId);
        return true;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    if (fault == FaultKind::Truncate) {
        writeTruncated(responder, socket, response, requestId);
    } else if (fault == FaultKind::Slow) {
        auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
        QTimer::singleShot(m_slowMs, this,
                           [kept, guard = QPointer<QTcpSocket>(socket), response, requestId] {
                               if (guard && guard->state() == QAbstractSocket::ConnectedState)
                                   write(*kept, response, requestId);
                           });
    } else {
        write(responder, response, requestId);
    }
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    ApiResponse response = ApiResponse::json(404, QJsonObject{{u"detail"_s, u"Not found."_s}});
    write(responder, response, nextRequestId());
}

} // namespace balie::sandbox
