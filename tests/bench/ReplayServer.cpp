// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ReplayServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace balie::bench {

namespace {
constexpr const char* BufferProperty = "replayBuffer";
constexpr const char* BusyProperty = "replayBusy";
} // namespace

ReplayServer::ReplayServer(QObject* parent)
    : QTcpServer(parent)
    , m_nam(new QNetworkAccessManager(this))
{}

void ReplayServer::incomingConnection(qintptr socketDescriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void ReplayServer::readFrom(QTcpSocket* socket)
{
    QByteArray buffer = socket->property(BufferProperty).toByteArray() + socket->readAll();
    while (!socket->property(BusyProperty).toBool()) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
        Request request;
        request.method = start.value(0);
        request.target = start.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            break;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        handle(socket, request);
    }
    socket->setProperty(BufferProperty, buffer);
}

void ReplayServer::send(QTcpSocket* socket, const Response& response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) +
            "\r\nConnection: keep-alive\r\n\r\n";
    socket->write(head);
    socket->write(response.body);
}

void ReplayServer::handle(QTcpSocket* socket, const Request& request)
{
    if (control(socket, request))
        return;
    if (m_down) {
        socket->abort(); // as a server that went away
        return;
    }
    const QByteArray key = request.method + ' ' + request.target;
    if (!m_replaying) {
        forward(socket, request, key);
        return;
    }
    const auto it = m_recorded.constFind(key);
    if (it == m_recorded.cend()) {
        send(socket, {404, "application/json", R"({"detail":"not recorded"})"});
        return;
    }
    ++m_requests;
    m_bytes += it->body.size();
    send(socket, *it);
}

void ReplayServer::forward(QTcpSocket* socket, const Request& request, const QByteArray& key)
{
    socket->setProperty(BusyProperty, true);
    QUrl url = m_upstream;
    const QByteArray target = request.target;
    const qsizetype q = target.indexOf('?');
    url.setPath(QString::fromUtf8(q < 0 ? target : target.left(q)));
    if (q >= 0)
        url.setQuery(QString::fromUtf8(target.mid(q + 1)), QUrl::TolerantMode);
    QNetworkRequest upstream(url);
    for (const char* name :
         {"x-api-key", "authorization", "content-type", "idempotency-key", "accept"}) {
        if (request.headers.contains(name))
            upstream.setRawHeader(name, request.headers.value(name));
    }
    QNetworkReply* reply = m_nam->sendCustomRequest(upstream, request.method, request.body);
    const QPointer<QTcpSocket> alive(socket);
    connect(reply, &QNetworkReply::finished, this, [this, reply, alive, key] {
        reply->deleteLater();
        Response response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        response.body = reply->readAll();
        if (response.status == 0)
            response = {502, "text/plain", "upstream failed"};
        if (!m_recorded.contains(key))
            m_order.append(key);
        m_recorded.insert(key, response);
        ++m_requests;
        m_bytes += response.body.size();
        if (!alive)
            return;
        send(alive, response);
        alive->setProperty(BusyProperty, false);
        readFrom(alive); // a request that came meanwhile
    });
}

bool ReplayServer::control(QTcpSocket* socket, const Request& request)
{
    if (!request.target.startsWith("/__bench/"))
        return false;
    const QUrl url(QString::fromUtf8(request.target));
    const QString what = url.path().mid(9);
    Response response{200, "text/plain", {}};
    if (what == u"replay") {
        m_replaying = true;
    } else if (what == u"record") {
        m_replaying = false;
    } else if (what == u"down" || what == u"up") {
        m_down = what == u"down";
    } else if (what == u"reset") {
        m_requests = m_bytes = 0;
    } else if (what == u"stats") {
        response.body = QByteArray::number(m_requests) + ' ' + QByteArray::number(m_bytes);
    } else if (what == u"urls") {
        const QByteArray prefix = "GET " + QUrlQuery(url).queryItemValue(u"prefix"_s).toUtf8();
        for (const QByteArray& key : std::as_const(m_order)) {
            if (key.startsWith(prefix))
                response.body += key.mid(4) + '\n';
        }
    } else {
        response = {404, "text/plain", "unknown"};
    }
    send(socket, response);
    return true;
}

} // namespace balie::bench
