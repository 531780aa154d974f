// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The catalogues in the source tree are complete and sound, and the compiled ones load.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void dutchLoadsAtRunTime();
    void switchingLanguageAtRunTime();

private:
    struct Message
    {
        QString context;
        QString source;
        QStringList translations; // one, or one per plural form
        bool unfinished = false;
        bool numerus = false;
    };
    static QList<Message> read(const QString& path, QString* error);
    static QStringList placeholders(const QString& text);
};

QList<TestTranslations::Message> TestTranslations::read(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current =
                Message{context, {}, {}, false, xml.attributes().value(u"numerus"_s) == u"yes"};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.unfinished = xml.attributes().value(u"type"_s) == u"unfinished";
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        current.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList TestTranslations::placeholders(const QString& text)
{
    static const QRegularExpression pattern(u"%L?(\\d+|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0).remove(u'L');
    found.sort();
    return found;
}

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("nl") << u"balie_nl.ts"_s;
    QTest::newRow("en") << u"balie_en.ts"_s;
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, file);
    QString error;
    const QList<Message> messages = read(QStringLiteral(BALIE_TS_DIR) + u'/' + file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message& m : messages) {
        const QString where = m.context + u": "_s + m.source.left(60);
        if (m.unfinished)
            problems << u"unfinished: "_s + where;
        if (m.translations.isEmpty() || m.translations.contains(QString()))
            problems << u"empty: "_s + where;
        if (m.numerus && m.translations.size() != 2)
            problems << u"needs two plural forms: "_s + where;
        for (const QString& t : m.translations) {
            QStringList expected = placeholders(m.source);
            if (m.numerus)
                expected.removeAll(u"%n"_s);
            QStringList actual = placeholders(t);
            if (m.numerus)
                actual.removeAll(u"%n"_s);
            if (actual != expected)
                problems << u"placeholders differ: "_s + where;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::dutchLoadsAtRunTime()
{
    balie::Translations translations;
    QVERIFY(translations.install(QLocale(QLocale::Dutch, QLocale::Netherlands)));
    QCOMPARE(QCoreApplication::translate("balie::api::BookingStatus", "Confirmed"), u"Bevestigd"_s);
}

void TestTranslations::switchingLanguageAtRunTime()
{
    balie::Translations translations;
    QVERIFY(translations.install(QLocale(QLocale::Dutch, QLocale::Netherlands)));
    const QString dutch = QCoreApplication::translate("balie::api::BookingStatus", "Cancelled");
    QVERIFY(translations.install(QLocale(QLocale::English, QLocale::UnitedKingdom)));
    QCOMPARE(QCoreApplication::translate("balie::api::BookingStatus", "Cancelled"), u"Cancelled"_s);
    QVERIFY(dutch != u"Cancelled"_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
