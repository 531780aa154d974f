// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "auth/CredentialStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using balie::api::CredentialStore;
namespace SecretEntry = balie::api::SecretEntry;
using Result = CredentialStore::Result;

// Against a real Secret Service (the unlocked throwaway gnome-keyring that ./dev test starts
// in a private D-Bus session). With no keychain this test fails: it never skips, and the store
// never falls back to a plaintext file.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void missingEntryIsNotFound();
    void removeAllRemovesEveryEntry();
    void anAnswerAfterTheAskerIsGoneReachesNobody();

private:
    Result run(const std::function<void(CredentialStore::Callback)>& call);
    QString secretToolLookup(const QString& key);

    std::unique_ptr<CredentialStore> m_store;
};

Result TestCredentialStore::run(const std::function<void(CredentialStore::Callback)>& call)
{
    bool done = false;
    Result result;
    call([&](const Result& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15'000))
        qWarning("keychain did not answer");
    return result;
}

QString TestCredentialStore::secretToolLookup(const QString& key)
{
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, m_store->service(), u"user"_s, key});
    if (!tool.waitForFinished(10'000))
        return u"<secret-tool did not finish>"_s;
    return QString::fromUtf8(tool.readAllStandardOutput());
}

void TestCredentialStore::initTestCase()
{
    m_store = std::make_unique<CredentialStore>(
        u"balie-test-%1"_s.arg(QCoreApplication::applicationPid()));
    const Result probe = run([&](auto cb) { m_store->probe(cb); });
    QVERIFY2(probe.ok(), qPrintable(u"No working Secret Service: "_s + probe.message));
}

void TestCredentialStore::roundTrip()
{
    const QByteArray secret = "s3cr3t-\xE2\x82\xAC-key"_ba; // with a non-ASCII byte sequence
    const Result written =
        run([&](auto cb) { m_store->write(u"conn-1"_s, SecretEntry::apiKey, secret, cb); });
    QVERIFY2(written.ok(), qPrintable(written.message));

    const Result read = run([&](auto cb) { m_store->read(u"conn-1"_s, SecretEntry::apiKey, cb); });
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.data, secret);

    // It is in the Secret Service itself, where other tools see it.
    QCOMPARE(secretToolLookup(u"conn-1/api-key"_s).toUtf8(), secret);

    const Result removed =
        run([&](auto cb) { m_store->remove(u"conn-1"_s, SecretEntry::apiKey, cb); });
    QVERIFY(removed.ok());
    QCOMPARE(secretToolLookup(u"conn-1/api-key"_s), QString());
}

void TestCredentialStore::missingEntryIsNotFound()
{
    const Result r = run([&](auto cb) { m_store->read(u"no-such"_s, SecretEntry::apiKey, cb); });
    QCOMPARE(r.status, Result::Status::NotFound);
    // Removing what is not there is fine.
    QVERIFY(run([&](auto cb) { m_store->remove(u"no-such"_s, SecretEntry::apiKey, cb); }).ok());
}

void TestCredentialStore::removeAllRemovesEveryEntry()
{
    for (const QString& name : CredentialStore::secretNames()) {
        QVERIFY(run([&](auto cb) {
                    m_store->write(u"conn-2"_s, name, name.toUtf8() + "-value", cb);
                }).ok());
    }
    QVERIFY(run([&](auto cb) {
                m_store->removeAll(u"conn-2"_s, CredentialStore::secretNames(), cb);
            }).ok());
    for (const QString& name : CredentialStore::secretNames()) {
        QCOMPARE(run([&](auto cb) { m_store->read(u"conn-2"_s, name, cb); }).status,
                 Result::Status::NotFound);
    }
}

void TestCredentialStore::anAnswerAfterTheAskerIsGoneReachesNobody()
{
    // Whoever asked (a workspace, a dialog) may be gone before the keyring answers: its
    // callback must not run then. A second read, asked after, shows the keyring did answer.
    QVERIFY(run([&](auto cb) { m_store->write(u"conn-3"_s, SecretEntry::apiKey, "k3", cb); }).ok());
    auto asker = std::make_unique<QObject>();
    bool called = false;
    m_store->read(u"conn-3"_s, SecretEntry::apiKey, asker.get(),
                  [&called](const Result&) { called = true; });
    asker.reset();
    const Result after = run([&](auto cb) { m_store->read(u"conn-3"_s, SecretEntry::apiKey, cb); });
    QVERIFY(after.ok());
    QCOMPARE(after.data, QByteArray("k3"));
    QTest::qWait(50);
    QVERIFY(!called);
    QVERIFY(run([&](auto cb) { m_store->remove(u"conn-3"_s, SecretEntry::apiKey, cb); }).ok());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "TestCredentialStore.moc"
