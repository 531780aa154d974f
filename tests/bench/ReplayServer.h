// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

class QNetworkAccessManager;
class QTcpSocket;

namespace balie::bench {

// A plain HTTP/1.1 server for the bench that first records a real server's answers (it
// forwards each request upstream) and then answers the same requests from memory: the client
// can then be timed against a server that costs next to nothing, so that the server does not
// hide the client's own cost. Keep-alive, one request at a time per connection.
//
// Control routes for the bench itself: GET /__bench/replay, /__bench/record, /__bench/stats
// ("<requests> <body bytes>" since the last /__bench/reset) and /__bench/urls?prefix=<path>
// (the recorded GET requests under a path, in the order they were first made).
class ReplayServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit ReplayServer(QObject* parent = nullptr);
    void setUpstream(const QUrl& upstream) { m_upstream = upstream; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Request
    {
        QByteArray method;
        QByteArray target;                     // path and query, as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
    };

    void readFrom(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const Request& request);
    void forward(QTcpSocket* socket, const Request& request, const QByteArray& key);
    bool control(QTcpSocket* socket, const Request& request);
    static void send(QTcpSocket* socket, const Response& response);

    QUrl m_upstream;
    QNetworkAccessManager* m_nam;
    bool m_replaying = false;
    bool m_down = false;                    // every request is dropped, as by a server that is away
    QHash<QByteArray, Response> m_recorded; // "GET /path?query"
    QList<QByteArray> m_order;              // recorded keys, first request first
    qint64 m_requests = 0;
    qint64 m_bytes = 0;
};

} // namespace balie::bench
