// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// balie-sandbox: serves every API flavour Balie speaks over loopback (docs/api.md).

#include "sandbox/FaultInjector.h"
#include "sandbox/Sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;
using balie::sandbox::FaultInjector;
using balie::sandbox::Sandbox;
using balie::sandbox::SandboxOptions;

namespace {

struct IntFlag
{
    QString name;
    QString description;
    int* target;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"balie-sandbox"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    SandboxOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Serves the Balie platform, OAS, Otesse, Booking API, Telesto and Outseta dialects on "
        "127.0.0.1 with deterministic demo data."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"TCP port (0: any free one)."_s, u"N"_s,
                                        u"0"_s);
    const QCommandLineOption portFileOption(
        u"port-file"_s, u"Write the port number to F once listening."_s, u"F"_s);
    const QCommandLineOption dbOption(u"db"_s, u"SQLite file (rewritten) or :memory:."_s, u"FILE"_s,
                                      u":memory:"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the demo data and faults."_s, u"S"_s,
                                        u"1"_s);
    const QCommandLineOption faultsOption(u"faults"_s, u"Probability of a fault per request."_s,
                                          u"RATE"_s, u"0"_s);
    const QCommandLineOption faultKindsOption(
        u"fault-kinds"_s,
        u"Comma-separated kinds: 500,429,drop,slow,truncate,html,badjson,404,commitdrop,"
        "redirect,trickle,endless."_s,
        u"LIST"_s, u"500,429,drop,slow,truncate,html,badjson"_s);
    const QCommandLineOption publicBaseOption(
        u"public-base-url"_s,
        u"Build DRF page links on this origin instead of the request's Host (a misconfigured "
        "proxy)."_s,
        u"URL"_s);
    parser.addOptions({portOption, portFileOption, dbOption, seedOption, faultsOption,
                       faultKindsOption, publicBaseOption});

    const QList<IntFlag> intFlags = {
        {u"organisations"_s, u"Organisations of the demo user."_s, &options.organisations},
        {u"customers"_s, u"Customers per organisation."_s, &options.customers},
        {u"services"_s, u"Services per organisation."_s, &options.services},
        {u"products"_s, u"Products per organisation."_s, &options.products},
        {u"bookings"_s, u"Bookings per organisation."_s, &options.bookings},
        {u"page-size"_s, u"Default DRF page size."_s, &options.pageSizeDefault},
        {u"page-size-max"_s, u"Largest DRF page size."_s, &options.pageSizeMax},
        {u"token-ttl"_s, u"Access token lifetime in seconds."_s, &options.tokenTtlSeconds},
        {u"slow-ms"_s, u"Delay of a 'slow' fault in ms."_s, &options.slowMs},
        {u"trickle-ms"_s, u"Time between the bytes of a 'trickle' fault in ms."_s,
         &options.trickleMs},
        {u"otesse-limit"_s, u"Otesse requests per window per key."_s, &options.otesseLimit},
        {u"otesse-window"_s, u"Otesse window in seconds."_s, &options.otesseWindowSeconds},
        {u"booking-create-limit"_s, u"Booking API creations per window per key."_s,
         &options.bookingCreateLimit},
        {u"booking-window"_s, u"Booking API window in seconds."_s, &options.bookingWindowSeconds},
        {u"telesto-limit"_s, u"Telesto requests per window per IP."_s, &options.telestoLimit},
        {u"telesto-window"_s, u"Telesto window in seconds."_s, &options.telestoWindowSeconds},
        {u"telesto-block"_s, u"Telesto block in seconds."_s, &options.telestoBlockSeconds},
        {u"outseta-rate"_s, u"Outseta requests per second per credential."_s,
         &options.outsetaRatePerSecond},
    };
    QList<QCommandLineOption> intOptions;
    for (const IntFlag& flag : intFlags) {
        intOptions.append(
            QCommandLineOption(flag.name, flag.description, u"N"_s, QString::number(*flag.target)));
        parser.addOption(intOptions.last());
    }
    parser.process(app);

    QTextStream err(stderr);
    auto fail = [&err](const QString& message) {
        err << "balie-sandbox: " << message << Qt::endl;
        return 2;
    };
    for (qsizetype i = 0; i < intFlags.size(); ++i) {
        bool ok = false;
        const int value = parser.value(intOptions.at(i)).toInt(&ok);
        if (!ok || value < 0)
            return fail(u"--%1 needs a non-negative whole number"_s.arg(intFlags.at(i).name));
        *intFlags.at(i).target = value;
    }
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(u"--port needs a number from 0 to 65535"_s);
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return fail(u"--seed needs a whole number"_s);
    options.databasePath = parser.value(dbOption);
    options.faultRate = parser.value(faultsOption).toDouble(&ok);
    if (!ok || options.faultRate < 0 || options.faultRate > 1)
        return fail(u"--faults needs a probability from 0 to 1"_s);
    for (const QString& name : parser.value(faultKindsOption).split(u',', Qt::SkipEmptyParts)) {
        const auto kind = FaultInjector::kindFromName(name);
        if (!kind)
            return fail(u"unknown fault kind '%1'"_s.arg(name));
        options.faultKinds.insert(*kind);
    }

    if (parser.isSet(publicBaseOption)) {
        options.publicBaseUrl = QUrl(parser.value(publicBaseOption), QUrl::StrictMode);
        if (!options.publicBaseUrl.isValid() || options.publicBaseUrl.host().isEmpty())
            return fail(u"--public-base-url needs an absolute URL"_s);
    }

    Sandbox sandbox(options);
    if (!sandbox.start(quint16(port)))
        return fail(sandbox.errorString());

    if (parser.isSet(portFileOption)) {
        QSaveFile file(parser.value(portFileOption));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QByteArray::number(sandbox.port()) + '\n') < 0 || !file.commit()) {
            return fail(u"cannot write the port file: %1"_s.arg(file.errorString()));
        }
    }

    const QString base = sandbox.baseUrl().toString();
    const auto creds = Sandbox::demoCredentials();
    QTextStream out(stdout);
    out << "balie-sandbox listening on " << base << "\n\n"
        << "  balie    " << base << "\n"
        << "  oas      " << base << "\n"
        << "  otesse   " << base << "/otesse/v1\n"
        << "  booking  " << base << "/booking/v1\n"
        << "  telesto  " << base << "/telesto/v2\n"
        << "  outseta  " << base << "/outseta/api/v1\n"
        << "  stats    " << base << "/_sandbox/stats\n\n"
        << "Demo credentials\n"
        << "  balie/oas  username " << creds.username << ", email " << creds.email << ", password "
        << creds.password << "\n"
        << "             API key " << creds.apiKey << "\n"
        << "  other user " << creds.otherUsername << " / " << creds.otherEmail << " / "
        << creds.otherPassword << "\n"
        << "  otesse     " << creds.otesseKey << "\n"
        << "  booking    " << creds.bookingKey << "\n"
        << "  telesto    " << creds.telestoKey << "\n"
        << "  outseta    " << creds.outsetaKey << " : " << creds.outsetaSecret << "\n"
        << "\nOrganisations of " << creds.username << ":";
    for (qint64 id : sandbox.organisationIds())
        out << ' ' << id;
    out << "\nSeed " << options.seed << ", " << options.customers << " customers per organisation"
        << (options.faultRate > 0 ? u", faults at %1"_s.arg(options.faultRate) : QString())
        << Qt::endl;
    return app.exec();
}
