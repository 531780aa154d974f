// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Translations.h"
#include "auth/CredentialStore.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using balie::api::CredentialStore;
namespace SecretEntry = balie::api::SecretEntry;
using Result = CredentialStore::Result;

// With no Secret Service on the bus, the probe says so in the user's language, and a write
// fails instead of falling back to a plaintext file.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeSaysUnavailable();
    void writeFailsAndWritesNoFile();
    void messageIsTranslated();

private:
    Result run(const std::function<void(CredentialStore::Callback)>& call);
    QTemporaryDir m_home;
};

Result TestKeychainUnavailable::run(const std::function<void(CredentialStore::Callback)>& call)
{
    bool done = false;
    Result result;
    call([&](const Result& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30'000))
        qWarning("keychain did not answer");
    return result;
}

void TestKeychainUnavailable::initTestCase()
{
    // A bus that does not exist, and nothing to autolaunch one with. QtKeychain connects on
    // its first job, so this is in time.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/balie-test-bus");
    qunsetenv("DISPLAY");
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
}

void TestKeychainUnavailable::probeSaysUnavailable()
{
    CredentialStore store(u"balie-test-unavailable"_s);
    const Result probe = run([&](auto cb) { store.probe(cb); });
    QVERIFY(!probe.ok());
    QVERIFY2(probe.status == Result::Status::Unavailable || probe.status == Result::Status::Denied,
             qPrintable(QString::number(int(probe.status))));
    QVERIFY(probe.message.contains(u"keychain"_s, Qt::CaseInsensitive));
}

void TestKeychainUnavailable::writeFailsAndWritesNoFile()
{
    CredentialStore store(u"balie-test-unavailable"_s);
    const Result written =
        run([&](auto cb) { store.write(u"conn"_s, SecretEntry::apiKey, "never-on-disk", cb); });
    QVERIFY(!written.ok());
    // Nothing anywhere under the (throwaway) home holds the secret.
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("never-on-disk"), qPrintable(file.fileName()));
    }
}

void TestKeychainUnavailable::messageIsTranslated()
{
    balie::Translations translations;
    QVERIFY(translations.install(QLocale(QLocale::Dutch, QLocale::Netherlands)));
    CredentialStore store(u"balie-test-unavailable"_s);
    const Result probe = run([&](auto cb) { store.probe(cb); });
    QVERIFY(!probe.ok());
    QVERIFY2(probe.message.contains(u"sleutelbos"_s, Qt::CaseInsensitive),
             qPrintable(probe.message));
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "TestKeychainUnavailable.moc"
