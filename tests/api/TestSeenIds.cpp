// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "net/SeenIds.h"

#include <QTest>

using namespace balie::api;
using namespace Qt::StringLiterals;

class TestSeenIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anIdCountsOnce()
    {
        SeenIds seen;
        QVERIFY(seen.insert(u"c-1"));
        QVERIFY(!seen.insert(u"c-1"));
        QVERIFY(seen.insert(u"c-10"));
        QVERIFY(seen.insert(u""));
        QVERIFY(!seen.insert(u""));
        QCOMPARE(seen.size(), 3);
        QVERIFY(seen.contains(u"c-10"));
        QVERIFY(!seen.contains(u"c-2"));
    }

    void idsDifferingInCaseOrAccentsAreDistinct()
    {
        SeenIds seen;
        QVERIFY(seen.insert(u"abc"));
        QVERIFY(seen.insert(u"ABC"));
        QVERIFY(seen.insert(u"çelik"));
        QVERIFY(seen.insert(u"celik"));
        QCOMPARE(seen.size(), 4);
    }

    void growsPastWhatWasReservedAndKeepsEveryId()
    {
        SeenIds seen;
        seen.reserve(10);
        for (int i = 0; i < 100'000; ++i)
            QVERIFY(seen.insert(QString::number(i)));
        QCOMPARE(seen.size(), 100'000);
        for (int i = 0; i < 100'000; i += 997)
            QVERIFY(!seen.insert(QString::number(i)));
        QVERIFY(!seen.contains(u"100000"));
        QCOMPARE(seen.size(), 100'000);
    }
};

QTEST_GUILESS_MAIN(TestSeenIds)
#include "TestSeenIds.moc"
