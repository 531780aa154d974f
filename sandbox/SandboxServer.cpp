#include "SandboxServer.h"

#include "Dialect.h"
#include "Sandbox.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

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

} // namespace

SandboxServer::SandboxServer(FaultInjector& faults, SandboxStats& stats, quint64 seed, int slowMs,
                             QObject* parent)
    : QAbstractHttpServer(parent)
    , m_faults(faults)
    , m_stats(stats)
    , m_requestIds(seed ^ 0x2E0E57ULL)
    , m_slowMs(slowMs)
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
        fault = m_faults.roll();
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

    QHttpServerResponder responder = makeResponder(request, socket);
    if (fault && *fault != FaultKind::Slow && *fault != FaultKind::Truncate) {
        write(responder, faultResponse(*fault, *dialect), requestId);
        return true;
    }

    // Slow and truncated answers are real ones: the request has had its effect.
    const ApiResponse response = dispatch(*dialect, apiRequest);
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
