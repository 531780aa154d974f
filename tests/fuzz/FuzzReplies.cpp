// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// libFuzzer target for what arrives on the wire: a loopback server answers one request with
// the fuzzer's bytes, as raw HTTP, and an ApiJob reads it with a small size cap. Three shapes
// reach the paths that matter: any bytes at all; a redirect whose Location is fuzzed (another
// origin must be refused, never followed); a 200 whose Content-Length and body are fuzzed (an
// answer above the cap must be cut, never kept). The job must end exactly once, within its
// deadline, and never hold more than the cap.

#include "net/ApiJob.h"
#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <cstdint>
#include <cstdlib>

using namespace balie::api;

namespace {

constexpr qint64 Cap = 4096;

struct World
{
    World()
    {
        static int argc = 1;
        static char name[] = "balie-fuzz-replies";
        static char* argv[] = {name, nullptr};
        app = new QCoreApplication(argc, argv);
        server = new QTcpServer;
        if (!server->listen(QHostAddress::LocalHost))
            std::abort();
        // Every connection, of this input or a late one of the last, gets the current answer:
        // nothing refers to an input that is gone.
        QObject::connect(server, &QTcpServer::newConnection, server, [this] {
            while (QTcpSocket* socket = server->nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    socket->write(answer);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        nam = new QNetworkAccessManager;
        QUrl base(QStringLiteral("http://127.0.0.1"));
        base.setPort(server->serverPort());
        client = new HttpClient(nam, base);
    }
    QCoreApplication* app;
    QTcpServer* server;
    QNetworkAccessManager* nam;
    HttpClient* client;
    QByteArray answer;
};

QByteArray answerFor(const uint8_t* data, size_t size)
{
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0:
        return rest; // anything at all
    case 1:          // a redirect, to wherever the bytes say
        return "HTTP/1.1 302 Found\r\nLocation: " + rest.left(rest.indexOf('\n')) +
               "\r\nContent-Length: 0\r\n\r\n";
    default: { // a 200 whose stated length and body the bytes choose
        const quint32 length = size > 5 ? quint32(data[1]) << 24 | quint32(data[2]) << 16 |
                                              quint32(data[3]) << 8 | quint32(data[4])
                                        : 0;
        QByteArray body = rest.mid(4);
        while (body.size() < 3 * Cap && !body.isEmpty())
            body += body; // long enough to pass the cap, whatever the input's size
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
               QByteArray::number(length) + "\r\n\r\n" + body;
    }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static World world;
    if (size < 1)
        return 0;
    world.answer = answerFor(data, size);

    ApiRequest request = ApiRequest::get(QStringLiteral("/fuzz"));
    request.authenticated = false;
    request.retry = RetryPolicy::none();
    request.accept = "application/json";
    request.transferTimeoutMs = 1000;
    request.attemptDeadlineMs = 2000;
    request.maxResponseBytes = Cap;
    ApiJob* job = world.client->send(request);
    job->setAutoDelete(false);
    int finished = 0;
    QEventLoop loop;
    QObject::connect(job, &ApiJob::finished, &loop, [&finished, &loop] {
        ++finished;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec();
    QCoreApplication::processEvents(); // a second finished() would arrive here

    if (finished != 1)
        std::abort(); // ended never, or twice
    if (job->body().size() > Cap)
        std::abort(); // held more than the cap
    if (job->error().code() == QLatin1StringView("cross_origin_redirect") && job->isOk())
        std::abort();
    if (job->isOk() && job->httpStatus() >= 300 && job->httpStatus() < 400)
        std::abort(); // a redirect is followed (same origin) or refused, never a result
    delete job;
    return 0;
}
