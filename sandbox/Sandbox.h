// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DemoAccount.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

namespace balie::sandbox {

// Kinds of fault the sandbox can inject, for the client's reliability tests.
enum class FaultKind
{
    ServerError, // 500 with the prefix's error body
    RateLimited, // 429 with Retry-After: 1
    Drop,        // connection closed without an answer
    Slow,        // correct answer after slowMs
    Truncate,    // Content-Length larger than the body sent, then close
    HtmlPage,    // 502 text/html page, as a proxy sends
    BadJson,     // 200 with a body that is not JSON
    NotFound,    // 404 with the prefix's error body
    CommitDrop,  // the request is carried out, then the connection closes without an answer
    Redirect,    // 302 to another origin
    Trickle,     // a correct answer, one byte every trickleMs
    Endless,     // 200 JSON of no stated length that never ends
    ShortPage,   // a correct page with half of its rows left out, as a server that loses rows
    BadRow,      // a correct page whose first row has no id: the server's data is wrong
};

struct SandboxOptions
{
    quint64 seed = 1;
    QString databasePath = QStringLiteral(":memory:");
    int organisations = 3; // owned by the demo user; one more belongs to "other"
    int customers = 250;   // per organisation
    int services = 4;
    int products = 60;
    int bookings = 120;
    // The instant the demo data is generated for (ms since the epoch; 0 = now): two sandboxes
    // with one seed and one instant hold the same data, even across a second's boundary.
    qint64 seededAtMs = 0;

    // When set, page links (DRF next/previous) are built on this origin instead of the
    // request's Host, as a misconfigured proxy would: lets tests prove the client refuses them.
    QUrl publicBaseUrl;

    // Otesse's pagination.total/total_pages and Outseta's metadata.total: their guides show
    // them, but a server may leave them out; a client must then page on while pages are full.
    bool announceTotals = true;
    // Outseta's `offset` counts pages rather than items (its guide does not say which).
    bool outsetaOffsetInPages = false;
    // The Booking API names a booking's service by a slug of its name, not by its id.
    bool bookingServiceByName = false;

    int pageSizeDefault = 50; // balie/oas DRF pages
    int pageSizeMax = 500;
    int tokenTtlSeconds = 900;
    // Where the platform renews sessions: the OAS guide names no route, servers differ.
    QString refreshPath = QStringLiteral("/api/auth/refresh/");

    double faultRate = 0.0;
    QSet<FaultKind> faultKinds;
    int slowMs = 3000;
    int trickleMs = 1000;

    int otesseLimit = 120; // requests per window per key
    int otesseWindowSeconds = 60;
    int bookingCreateLimit = 10; // creations per window per key
    int bookingWindowSeconds = 60;
    int telestoLimit = 100; // requests per window per IP, then a block
    int telestoWindowSeconds = 3600;
    int telestoBlockSeconds = 900;
    int outsetaRatePerSecond = 4;
};

struct SandboxStats
{
    qint64 requests = 0;
    qint64 logins = 0;
    qint64 refreshes = 0;
    qint64 creations = 0; // objects created (an idempotent replay creates none)
    qint64 faults = 0;
    qint64 rateLimited = 0;   // 429s answered because of a limit (not injected)
    qint64 telestoBlocks = 0; // times a Telesto block was started
};

class SandboxServer;

// The whole sandbox: storage, demo data and the HTTP server. Construct, start and use it in one
// thread; tests run it in-process, the bench in a thread of its own.
class Sandbox : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(SandboxOptions options = {}, QObject* parent = nullptr);
    ~Sandbox() override;

    // Listens on 127.0.0.1 (port 0: an ephemeral one). False with errorString() on failure.
    bool start(quint16 port = 0);
    // Stops listening and drops every open connection, as a server that goes down; the data
    // stays, and start() serves it again.
    void stop();
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    QString errorString() const;

    static DemoCredentials demoCredentials();
    const SandboxOptions& options() const;

    SandboxStats stats() const;
    void resetStats();
    void setFaults(double rate, const QSet<FaultKind>& kinds);
    // The next faultable requests get these, in order (nullopt: none), before random faults.
    void scriptFaults(const QList<std::optional<FaultKind>>& next);
    // The next writes (POST, PUT, PATCH, DELETE) get these, in order, before the above.
    void scriptWriteFaults(const QList<std::optional<FaultKind>>& next);
    // Makes every access token issued so far invalid, so the next request gets 401.
    void expireAccessTokens();
    // Number of rows of a table (customers, bookings, products, organisations, services)
    // for an organisation id, or for all when orgId is 0.
    int rowCount(const QString& table, qint64 orgId = 0) const;
    // Ids of the demo user's organisations, in order.
    QList<qint64> organisationIds() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace balie::sandbox
