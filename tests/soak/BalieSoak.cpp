// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// balie-soak: a sandbox with 100,000 customers that faults 20 % of its answers, and the whole
// customer list fetched again and again, through `balie-cli customers list --csv` and through
// the console's export (its table model and CSV writer). Every run must bring exactly every
// customer once; each prints rows, unique ids, the faults survived and the time taken.
//
// Needs a Secret Service for balie-cli's key (./dev soak runs it in a throwaway keyring).

#include "CsvExporter.h"
#include "ResourceModels.h"
#include "connectors/Connector.h"
#include "net/BudgetBook.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace balie;

namespace {

// Transient faults, as a flaky network and a struggling server give them. (404, short pages,
// redirects and endless answers are a broken server, not a passing fault: a list must fail on
// them, as TestPagination and TestReliability check.)
const QString faultKinds = u"500,429,drop,slow,truncate,html,badjson,commitdrop"_s;

struct Run
{
    bool ok = false;
    qint64 rows = 0;
    qint64 unique = 0;
    qint64 faults = 0;
    qint64 ms = 0;
    QString error;
};

void print(const char* via, int n, const Run& r)
{
    std::printf("%-8s run %2d  %s  rows %7lld  unique %7lld  faults survived %4lld  %6.1f s%s%s\n",
                via, n, r.ok ? "ok  " : "FAIL", r.rows, r.unique, r.faults, r.ms / 1000.0,
                r.error.isEmpty() ? "" : "  ", qPrintable(r.error));
    std::fflush(stdout);
}

qint64 sandboxFaults(QNetworkAccessManager& nam, const QUrl& base)
{
    QUrl url = base;
    url.setPath(u"/_sandbox/stats"_s);
    QNetworkReply* reply = nam.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value("faults"_L1).toInteger();
}

// Counts the data lines of a CSV of customers and the distinct ones: by id where the CSV has
// an id column first (balie-cli's), else by the whole line (the console's table shows no id;
// each customer's e-mail address is its own).
void countCsv(const QByteArray& csv, Run* run)
{
    QSet<QByteArray> seen;
    const QList<QByteArray> lines = csv.split('\n');
    bool header = true;
    bool byId = false;
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.mid(3);
        if (line.isEmpty())
            continue;
        if (header) {
            header = false;
            byId = line.startsWith("id,") || line.startsWith("id;");
            continue;
        }
        ++run->rows;
        seen.insert(byId ? line.left(line.indexOf(line.contains(';') ? ';' : ',')) : line);
    }
    run->unique = seen.size();
}

Run viaCli(const QString& cli, const QStringList& config, const QString& org, qint64 expected)
{
    Run run;
    QElapsedTimer clock;
    clock.start();
    QProcess process;
    QProcessEnvironment quiet = QProcessEnvironment::systemEnvironment();
    quiet.insert(u"QT_LOGGING_RULES"_s, u"balie.*.info=false\nbalie.*.warning=false"_s);
    process.setProcessEnvironment(quiet);
    process.start(cli,
                  config + QStringList{u"customers"_s, u"list"_s, u"--org"_s, org, u"--csv"_s});
    process.waitForFinished(30 * 60'000);
    run.ms = clock.elapsed();
    countCsv(process.readAllStandardOutput(), &run);
    run.ok = process.exitCode() == 0 && run.rows == expected && run.unique == expected;
    if (process.exitCode() != 0)
        run.error = QString::fromUtf8(process.readAllStandardError()).simplified().left(200);
    return run;
}

Run viaConsoleExport(api::Connector* connector, const QString& org, qint64 expected)
{
    Run run;
    QElapsedTimer clock;
    clock.start();
    models::CustomerTableModel table;
    QEventLoop loop;
    QObject::connect(&table, &models::RecordTableModel::loadSucceeded, &loop, &QEventLoop::quit);
    QObject::connect(&table, &models::RecordTableModel::loadFailed, &loop, &QEventLoop::quit);
    table.setScope(connector, org);
    if (table.isLoading())
        loop.exec();
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QString why;
    if (!table.lastError().isError() && !models::CsvExporter::write(table, {}, &csv, &why))
        run.error = why;
    run.ms = clock.elapsed();
    if (table.lastError().isError())
        run.error = table.lastError().message();
    countCsv(csv.data(), &run);
    run.ok = run.error.isEmpty() && run.rows == expected && run.unique == expected;
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // The figures, not the log: every retry would otherwise be a line.
    QLoggingCategory::setFilterRules(u"balie.*.info=false\nbalie.*.warning=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fetches a large customer list under faults, many times."_s);
    parser.addHelpOption();
    const QCommandLineOption customersOption(u"customers"_s, u"Customers."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each path."_s, u"n"_s, u"10"_s);
    const QCommandLineOption rateOption(u"faults"_s, u"Share of faulty answers."_s, u"rate"_s,
                                        u"0.2"_s);
    parser.addOptions({customersOption, runsOption, rateOption});
    parser.process(app);
    const qint64 customers = parser.value(customersOption).toLongLong();
    const int runs = parser.value(runsOption).toInt();
    const QString bin = QCoreApplication::applicationDirPath();

    QTemporaryDir dir;
    const QString portFile = dir.filePath(u"port"_s);
    QProcess sandbox;
    QProcessEnvironment quiet = QProcessEnvironment::systemEnvironment();
    quiet.insert(u"QT_LOGGING_RULES"_s, u"balie.*.debug=false\nbalie.*.info=false"_s);
    sandbox.setProcessEnvironment(quiet);
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(bin + u"/balie-sandbox"_s,
                  {u"--port-file"_s, portFile, u"--organisations"_s, u"1"_s, u"--customers"_s,
                   QString::number(customers), u"--faults"_s, parser.value(rateOption),
                   u"--fault-kinds"_s, faultKinds, u"--slow-ms"_s, u"1500"_s});
    for (int i = 0; i < 1200 && !QFile::exists(portFile); ++i)
        QThread::msleep(100);
    QFile port(portFile);
    QThread::msleep(200);
    if (!port.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "balie-sandbox did not start\n");
        return 1;
    }
    QUrl base(u"http://127.0.0.1:%1"_s.arg(QString::fromLatin1(port.readAll().trimmed())));
    std::printf("sandbox %s: %lld customers, faults %s of answers (%s)\n",
                qPrintable(base.toString()), customers, qPrintable(parser.value(rateOption)),
                qPrintable(faultKinds));

    const QString org = u"1"_s;
    const QByteArray key = "A2QnAjPg.balieDemoKey0000000000000000000000";
    const QString cli = bin + u"/balie-cli"_s;
    const QStringList config{u"--config"_s, dir.filePath(u"cli.ini"_s)};
    QProcess add;
    add.start(cli, config + QStringList{u"connections"_s, u"add"_s, u"soak"_s, u"--flavour"_s,
                                        u"balie"_s, u"--auth"_s, u"api-key"_s, u"--url"_s,
                                        base.toString()});
    add.write(key + '\n');
    add.closeWriteChannel();
    add.waitForFinished(60'000);
    if (add.exitCode() != 0) {
        std::fprintf(stderr, "balie-cli connections add failed: %s\n",
                     add.readAllStandardError().constData());
        return 1;
    }

    QNetworkAccessManager nam;
    api::BudgetBook budgets(dir.filePath(u"budgets"_s));
    api::ConnectionSettings settings;
    settings.id = u"soak"_s;
    settings.name = u"soak"_s;
    settings.flavour = api::Flavour::Balie;
    settings.auth = api::AuthScheme::ApiKeyHeader;
    settings.baseUrl = base;
    auto connector = api::Connector::create(settings, &nam, &budgets);
    api::Credentials credentials;
    credentials.apiKey = key;
    connector->setCredentials(credentials);

    int failed = 0;
    for (int n = 1; n <= runs; ++n) {
        qint64 before = sandboxFaults(nam, base);
        Run cliRun = viaCli(cli, config, org, customers);
        cliRun.faults = sandboxFaults(nam, base) - before;
        print("cli", n, cliRun);
        before = sandboxFaults(nam, base);
        Run exportRun = viaConsoleExport(connector.get(), org, customers);
        exportRun.faults = sandboxFaults(nam, base) - before;
        print("export", n, exportRun);
        failed += (cliRun.ok ? 0 : 1) + (exportRun.ok ? 0 : 1);
    }
    std::printf("%d of %d runs complete with every customer exactly once\n", 2 * runs - failed,
                2 * runs);
    sandbox.kill();
    sandbox.waitForFinished();
    return failed == 0 ? 0 : 1;
}
