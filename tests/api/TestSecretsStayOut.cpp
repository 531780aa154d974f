// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "SandboxHarness.h"
#include "config/ConnectionStore.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSettings>

using namespace Qt::StringLiterals;
using namespace balie::test;

namespace {
QStringList g_log;
void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    g_log << QString::fromLatin1(context.category) + u": "_s + message;
}
} // namespace

// With every debug category on, a login, a refresh, key-authenticated calls and failures write
// no secret, token or Authorization header to the log or to the settings.
class TestSecretsStayOut : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logsAndSettingsHoldNoSecret();
};

void TestSecretsStayOut::logsAndSettingsHoldNoSecret()
{
    SandboxOptions options;
    options.customers = 30;
    SandboxHarness h(options);
    QVERIFY(h.started);
    QLoggingCategory::setFilterRules(u"*.debug=true\nqt.*.debug=false"_s);
    const QtMessageHandler previous = qInstallMessageHandler(capture);

    const auto demo = Sandbox::demoCredentials();
    QStringList secrets = {demo.password,   demo.apiKey,     demo.otesseKey,
                           demo.telestoKey, demo.outsetaKey, demo.outsetaSecret};

    auto login = h.connector(Flavour::Balie, AuthScheme::Login, Credentials{});
    auto loggedIn = await(login->login(demo.password));
    const QByteArray refresh = login->refreshToken();
    h.sandbox->expireAccessTokens();
    auto afterRefresh = collect(login->customers(h.firstOrganisation(), {}));
    auto wrongPassword = h.connector(Flavour::Balie, AuthScheme::Login, Credentials{});
    await(wrongPassword->login(u"wrong-"_s + demo.password));
    for (Flavour f : {Flavour::Oas, Flavour::Otesse, Flavour::Telesto, Flavour::Outseta})
        await(h.connector(f)->testConnection());

    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"balie.ini"_s), QSettings::IniFormat);
    ConnectionStore store(&settings);
    store.save(h.settings(Flavour::Balie, AuthScheme::Login));
    store.save(h.settings(Flavour::Outseta));
    settings.sync();

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(loggedIn->isOk());
    QVERIFY(afterRefresh.job->isOk());
    QVERIFY(!refresh.isEmpty());
    secrets << QString::fromUtf8(refresh);
    QVERIFY2(g_log.size() > 10,
             "the debug log must have been written for this test to mean anything");

    QFile ini(dir.filePath(u"balie.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QString settingsText = QString::fromUtf8(ini.readAll());
    QVERIFY(settingsText.contains(u"baseUrl"_s));

    const QString log = g_log.join(u'\n');
    for (const QString& secret : std::as_const(secrets)) {
        QVERIFY2(!log.contains(secret), qPrintable(u"a secret is in the log"_s));
        QVERIFY2(!settingsText.contains(secret), qPrintable(u"a secret is in the settings"_s));
    }
    QVERIFY(!log.contains(u"Authorization"_s, Qt::CaseInsensitive));
    QVERIFY(!log.contains(u"Bearer "_s));
}

QTEST_GUILESS_MAIN(TestSecretsStayOut)
#include "TestSecretsStayOut.moc"
