// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Sandbox.h"

#include "AdminApi.h"
#include "BookingApi.h"
#include "DemoData.h"
#include "FaultInjector.h"
#include "IdempotencyCache.h"
#include "OtesseApi.h"
#include "OutsetaApi.h"
#include "PlatformApi.h"
#include "SandboxContext.h"
#include "SandboxServer.h"
#include "Store.h"
#include "TelestoApi.h"
#include "TokenIssuer.h"

#include <QLoggingCategory>
#include <QTcpServer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "balie.sandbox")

namespace balie::sandbox {

class Sandbox::Private
{
public:
    explicit Private(SandboxOptions opts)
        : options(std::move(opts))
        , tokens(options.seed)
        , faults(options.seed)
        , context{store, options, stats, tokens, idempotency, Sandbox::demoCredentials(), 0}
    {
        faults.configure(options.faultRate, options.faultKinds);
    }

    SandboxOptions options;
    Store store;
    SandboxStats stats;
    TokenIssuer tokens;
    IdempotencyCache idempotency;
    FaultInjector faults;
    SandboxContext context;
    std::unique_ptr<SandboxServer> server;
    QList<qint64> organisations;
    quint16 port = 0;
    QString error;
    bool seeded = false;
};

Sandbox::Sandbox(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(options)))
{}

Sandbox::~Sandbox()
{
    // The server (and its dialects, which refer to the store) goes before the store.
    d->server.reset();
}

bool Sandbox::start(quint16 port)
{
    if (d->server) {
        d->error = u"The sandbox is already started."_s;
        return false;
    }
    if (!d->seeded) {
        if (!d->store.open(d->options.databasePath)) {
            d->error = d->store.errorString();
            return false;
        }
        const DemoData::Result data = DemoData::populate(d->store, d->options, demoCredentials());
        d->organisations = data.demoOrganisations;
        d->context.vendorOrganisation = data.demoOrganisations.first();
        d->seeded = true;
    }

    auto server = std::make_unique<SandboxServer>(d->faults, d->stats, d->options.seed,
                                                  d->options.slowMs, d->options.trickleMs);
    server->addDialect(std::make_unique<PlatformApi>(d->context));
    server->addDialect(std::make_unique<OtesseApi>(d->context));
    server->addDialect(std::make_unique<BookingApi>(d->context));
    server->addDialect(std::make_unique<TelestoApi>(d->context));
    server->addDialect(std::make_unique<OutsetaApi>(d->context));
    server->addDialect(std::make_unique<AdminApi>(d->context));

    auto* tcp = new QTcpServer(server.get());
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        d->error = u"Cannot listen on 127.0.0.1:%1: %2"_s.arg(port).arg(tcp->errorString());
        return false;
    }
    server->bind(tcp);
    d->port = tcp->serverPort();
    d->server = std::move(server);
    qCDebug(lcSandbox) << "listening on" << baseUrl().toString();
    return true;
}

void Sandbox::stop()
{
    d->server.reset();
}

quint16 Sandbox::port() const
{
    return d->port;
}

QUrl Sandbox::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(d->port));
}

QString Sandbox::errorString() const
{
    return d->error;
}

DemoCredentials Sandbox::demoCredentials()
{
    return DemoCredentials{};
}

const SandboxOptions& Sandbox::options() const
{
    return d->options;
}

SandboxStats Sandbox::stats() const
{
    return d->stats;
}

void Sandbox::resetStats()
{
    d->stats = SandboxStats{};
}

void Sandbox::setFaults(double rate, const QSet<FaultKind>& kinds)
{
    d->options.faultRate = rate;
    d->options.faultKinds = kinds;
    d->faults.configure(rate, kinds);
}

void Sandbox::scriptFaults(const QList<std::optional<FaultKind>>& next)
{
    d->faults.script(next);
}

void Sandbox::scriptWriteFaults(const QList<std::optional<FaultKind>>& next)
{
    d->faults.scriptWrites(next);
}

void Sandbox::expireAccessTokens()
{
    d->tokens.expireAll();
}

int Sandbox::rowCount(const QString& table, qint64 orgId) const
{
    return d->seeded ? d->store.rowCount(table, orgId) : 0;
}

QList<qint64> Sandbox::organisationIds() const
{
    return d->organisations;
}

} // namespace balie::sandbox
