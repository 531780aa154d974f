// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// A second start of the console brings the first to the front and goes; --new-instance starts
// another all the same; a console killed with SIGKILL leaves no lock that keeps the next out.
// The real executable, in a home of its own, with the test session's keychain.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aSecondStartBringsTheFirstToTheFront();

private:
    // Started as the user starts it, in the test's home.
    void start(QProcess& console, const QStringList& arguments = {});
    // Whether a start ends at once, saying the first console comes to the front.
    bool secondStartGoes();

    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

void TestSingleInstance::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    for (const char* dir : {"run", "config", "data", "cache"})
        QVERIFY(QDir(m_home.path()).mkpath(QString::fromLatin1(dir)));
    QFile::setPermissions(m_home.filePath(u"run"_s),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_env.insert(u"HOME"_s, m_home.path());
    m_env.insert(u"XDG_RUNTIME_DIR"_s, m_home.filePath(u"run"_s));
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    m_env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    m_env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    m_env.insert(u"LANGUAGE"_s, u"en"_s);
}

void TestSingleInstance::start(QProcess& console, const QStringList& arguments)
{
    console.setProcessEnvironment(m_env);
    console.start(QStringLiteral(BALIE_PATH), arguments);
    QVERIFY2(console.waitForStarted(10'000), qPrintable(console.errorString()));
}

bool TestSingleInstance::secondStartGoes()
{
    QProcess second;
    start(second);
    if (!second.waitForFinished(15'000)) {
        second.kill();
        second.waitForFinished();
        return false;
    }
    const QString said = QString::fromUtf8(second.readAllStandardError());
    return second.exitCode() == 0 && said.contains(u"already running"_s);
}

void TestSingleInstance::aSecondStartBringsTheFirstToTheFront()
{
    QProcess first;
    start(first);
    const QString socket = m_home.filePath(u"run/balie.socket"_s);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 15'000);

    // A second start: it asks the first to come to the front, which it does, and goes.
    QVERIFY(secondStartGoes());
    QByteArray firstSaid;
    QTRY_VERIFY_WITH_TIMEOUT(
        (firstSaid += first.readAllStandardError()).contains("this console comes to the front"),
        10'000);
    QCOMPARE(first.state(), QProcess::Running);

    // --new-instance: another console, which stays.
    QProcess another;
    start(another, {u"--new-instance"_s});
    QTest::qWait(1500);
    QCOMPARE(another.state(), QProcess::Running);
    another.kill();
    another.waitForFinished();

    // The first is killed outright: its lock is stale, and the next start is the console.
    first.kill();
    QVERIFY(first.waitForFinished(10'000));
    QProcess next;
    start(next);
    QTest::qWait(1500);
    QCOMPARE(next.state(), QProcess::Running);
    QVERIFY(secondStartGoes()); // it holds the lock and answers
    next.terminate();
    if (!next.waitForFinished(10'000)) {
        next.kill();
        next.waitForFinished();
    }
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"
