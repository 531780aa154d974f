// balie-bench: a full sync of N customers from the sandbox through Balie's client, next to
// fetching the same pages with a bare QNetworkAccessManager in the same run. The ratio is the
// client's overhead (jobs, pagination, parsing into domain rows, de-duplication). The sandbox
// runs in a thread of its own so that serving does not share the client's event loop.

#include "connectors/Connector.h"
#include "net/BudgetBook.h"
#include "sandbox/Sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QUrlQuery>
#include <algorithm>
#include <cstdio>
#include <future>

using namespace Qt::StringLiterals;
using namespace balie::api;
using balie::sandbox::Sandbox;
using balie::sandbox::SandboxOptions;

namespace {

class SandboxThread : public QThread
{
public:
    explicit SandboxThread(SandboxOptions options)
        : m_options(std::move(options))
    {}
    struct Ready
    {
        QUrl baseUrl;
        QString organisation;
    };
    std::promise<Ready> ready;

protected:
    void run() override
    {
        Sandbox sandbox(m_options);
        if (!sandbox.start()) {
            ready.set_value({});
            return;
        }
        ready.set_value({sandbox.baseUrl(), QString::number(sandbox.organisationIds().value(0))});
        exec();
    }

private:
    SandboxOptions m_options;
};

qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Run
{
    qint64 ms = 0;
    qint64 rows = 0;
};

// Balie's client: the whole list, as the console and the CLI get it.
Run clientSync(QNetworkAccessManager* nam, const QUrl& base, const QString& org, int pageSize,
               int parallel)
{
    ConnectionSettings settings;
    settings.id = u"bench"_s;
    settings.name = u"bench"_s;
    settings.flavour = Flavour::Balie;
    settings.auth = AuthScheme::ApiKeyHeader;
    settings.baseUrl = base;
    settings.pageSize = pageSize;
    BudgetBook budgets(QString{});
    auto connector = Connector::create(settings, nam, &budgets);
    Credentials credentials;
    credentials.apiKey = Sandbox::demoCredentials().apiKey.toUtf8();
    connector->setCredentials(credentials);

    Run run;
    QElapsedTimer clock;
    clock.start();
    auto* job = connector->customers(org, {});
    job->setMaxParallel(parallel);
    QEventLoop loop; // the bench's own main loop, not inside any handler
    QObject::connect(job, &ListJob::rowsAvailable, job,
                     [&run, job] { run.rows += job->takeRows().size(); });
    QObject::connect(job, &ListJob::finished, &loop, [&loop, job] {
        if (!job->isOk())
            std::fprintf(stderr, "client sync failed: %s\n", qPrintable(job->error().message()));
        loop.quit();
    });
    loop.exec();
    run.ms = clock.elapsed();
    return run;
}

// The same pages with QNetworkAccessManager alone: the same URLs, the same parallelism, each
// body parsed as JSON and its rows counted.
Run bareSync(QNetworkAccessManager* nam, const QUrl& base, const QString& org, int pageSize,
             int parallel, qint64 total)
{
    const QByteArray key = Sandbox::demoCredentials().apiKey.toUtf8();
    const int pages = int((total + pageSize - 1) / pageSize);
    int next = 1;
    int inFlight = 0;
    Run run;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    std::function<void()> pump = [&] {
        while (inFlight < parallel && next <= pages) {
            QUrl url = base;
            url.setPath(u"/api/organisations/%1/customers/"_s.arg(org));
            QUrlQuery query;
            query.addQueryItem(u"page_size"_s, QString::number(pageSize));
            query.addQueryItem(u"page"_s, QString::number(next++));
            url.setQuery(query);
            QNetworkRequest request(url);
            request.setRawHeader("X-Api-Key", key);
            QNetworkReply* reply = nam->get(request);
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
                run.rows += doc.object().value("results"_L1).toArray().size();
                reply->deleteLater();
                --inFlight;
                if (inFlight == 0 && next > pages)
                    loop.quit();
                else
                    pump();
            });
        }
    };
    pump();
    loop.exec();
    run.ms = clock.elapsed();
    return run;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times a full customer sync: Balie's client against bare "
                                     "QNetworkAccessManager, same sandbox, same run."_s);
    parser.addHelpOption();
    const QCommandLineOption customersOption(u"customers"_s, u"Customers to sync."_s, u"n"_s,
                                             u"100000"_s);
    const QCommandLineOption pageOption(u"page-size"_s, u"Rows per page."_s, u"n"_s, u"500"_s);
    const QCommandLineOption parallelOption(u"parallel"_s, u"Pages in flight."_s, u"n"_s, u"4"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Timed runs of each."_s, u"n"_s, u"3"_s);
    parser.addOptions({customersOption, pageOption, parallelOption, runsOption});
    parser.process(app);
    const int customers = parser.value(customersOption).toInt();
    const int pageSize = parser.value(pageOption).toInt();
    const int parallel = parser.value(parallelOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());

    SandboxOptions options;
    options.organisations = 1;
    options.customers = customers;
    options.products = 10;
    options.bookings = 10;
    options.pageSizeMax = qMax(500, pageSize);
    QElapsedTimer startup;
    startup.start();
    SandboxThread server(options);
    server.start();
    const auto [base, org] = server.ready.get_future().get();
    if (!base.isValid()) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    std::printf("sandbox: %d customers ready in %lld ms at %s\n", customers, startup.elapsed(),
                qPrintable(base.toString()));

    QNetworkAccessManager nam;
    // Warm up connections and SQLite's page cache, untimed.
    bareSync(&nam, base, org, pageSize, parallel, customers);
    clientSync(&nam, base, org, pageSize, parallel);

    QList<qint64> client, bare;
    qint64 clientRows = 0, bareRows = 0;
    for (int i = 0; i < runs; ++i) {
        const Run b = bareSync(&nam, base, org, pageSize, parallel, customers);
        const Run c = clientSync(&nam, base, org, pageSize, parallel);
        bare << b.ms;
        client << c.ms;
        bareRows = b.rows;
        clientRows = c.rows;
    }
    server.quit();
    server.wait();

    const qint64 c = median(client), b = median(bare);
    std::printf("pages: %d of %d rows, %d in flight, %d timed runs each (median)\n",
                (customers + pageSize - 1) / pageSize, pageSize, parallel, runs);
    std::printf("bare QNetworkAccessManager: %6lld ms  %lld rows\n", b, bareRows);
    std::printf("Balie client:               %6lld ms  %lld rows (%.0f rows/s)\n", c, clientRows,
                c > 0 ? clientRows * 1000.0 / c : 0.0);
    std::printf("client overhead ratio:      %6.2f\n", b > 0 ? double(c) / double(b) : 0.0);
    std::printf("peak resident memory:       %6lld MiB (sandbox and client together)\n",
                peakRssKiB() / 1024);
    return clientRows == customers && bareRows == customers ? 0 : 1;
}
