// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// The iCalendar export, read back by a parser that is not ours (Python's icalendar): the
// sandbox's bookings, times across a change to winter time, and server text that tries to
// break out of its property.

#include "ICalendarWriter.h"
#include "SandboxHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace balie::test;
using balie::models::ICalendarWriter;
namespace api = balie::api;

class TestICalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theSandboxsBookingsReadBackInTheirServicesZone();
    void aChangeToWinterTimeKeepsEachLocalTime();
    void serverTextStaysInsideItsProperty();
    void longLinesFoldBetweenCharacters();
    void uidsStayTheSameAtTheNextExport();

private:
    // The file as Python's icalendar reads it: {"name", "events": [...]}; empty on failure.
    QJsonObject readBack(const QByteArray& ics);
    static QString utc(const QDateTime& dt) { return dt.toUTC().toString(Qt::ISODate); }

    std::unique_ptr<SandboxHarness> h;
    QTemporaryDir dir;
};

void TestICalendar::initTestCase()
{
    h = std::make_unique<SandboxHarness>();
    QVERIFY2(h->started, qPrintable(h->sandbox->errorString()));
    QVERIFY(dir.isValid());
}

QJsonObject TestICalendar::readBack(const QByteArray& ics)
{
    const QString path = dir.filePath(u"export-%1.ics"_s.arg(QDateTime::currentMSecsSinceEpoch()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size())
        return {};
    file.close();
    QProcess python;
    python.start(QStringLiteral(BALIE_PYTHON3), {QStringLiteral(BALIE_ICS_CHECK), path});
    if (!python.waitForFinished(30'000))
        return {};
    const QByteArray errors = python.readAllStandardError();
    if (python.exitCode() != 0) {
        qWarning("the reader refused the file: %s", errors.constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

void TestICalendar::theSandboxsBookingsReadBackInTheirServicesZone()
{
    auto c = h->connector(Flavour::Balie, AuthScheme::ApiKeyHeader);
    const QString org = h->firstOrganisation();
    const auto services = collect(c->services(org));
    const auto bookings = collect(c->bookings(org, {}));
    QVERIFY(services.job->isOk() && bookings.job->isOk());
    QVERIFY(bookings.rows.size() > 10);
    QHash<QString, QByteArray> zones;
    for (const api::Service& s : services.rows)
        zones.insert(s.id, s.availability.timeZone);
    const QByteArray ics = ICalendarWriter::write(
        bookings.rows, [&zones](const api::Booking& b) { return zones.value(b.serviceId); },
        {u"Kapsalon De Gouden Schaar"_s, u"127.0.0.1"_s});

    const QJsonObject read = readBack(ics);
    QCOMPARE(read.value("name"_L1).toString(), u"Kapsalon De Gouden Schaar"_s);
    const QJsonArray events = read.value("events"_L1).toArray();
    QCOMPARE(events.size(), bookings.rows.size());
    QSet<QString> zonesSeen;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject e = events.at(i).toObject();
        const api::Booking& b = bookings.rows.at(i);
        QCOMPARE(e.value("uid"_L1).toString(), u"%1.%2@127.0.0.1"_s.arg(b.id, org));
        // The same instant, whichever zone it is written in.
        QCOMPARE(e.value("start"_L1).toString(), utc(b.scheduledAt));
        QCOMPARE(e.value("end"_L1).toString(), utc(b.endsAt()));
        QCOMPARE(e.value("tzid"_L1).toString(), QString::fromUtf8(zones.value(b.serviceId)));
        zonesSeen.insert(e.value("tzid"_L1).toString());
        const QString status = e.value("status"_L1).toString();
        QCOMPARE(status, b.status == api::BookingStatus::Cancelled ? u"CANCELLED"_s
                         : b.status == api::BookingStatus::Created ? u"TENTATIVE"_s
                                                                   : u"CONFIRMED"_s);
        QVERIFY(e.value("summary"_L1).toString().contains(b.customerName));
    }
    // The demo's services are in Amsterdam and New York: both zones, each with its VTIMEZONE.
    QVERIFY2(zonesSeen.contains(u"Europe/Amsterdam"_s) && zonesSeen.contains(u"America/New_York"_s),
             qPrintable(QStringList(zonesSeen.cbegin(), zonesSeen.cend()).join(u", ")));
}

void TestICalendar::aChangeToWinterTimeKeepsEachLocalTime()
{
    // 10:00 in Amsterdam the day before and the day after the clocks go back (25 October
    // 2026): 08:00 UTC, then 09:00 UTC.
    const QTimeZone amsterdam("Europe/Amsterdam");
    api::Booking before;
    before.id = u"bk_1"_s;
    before.organisationId = u"1"_s;
    before.customerName = u"Sanne Peters"_s;
    before.serviceName = u"Kort consult"_s;
    before.scheduledAt = QDateTime(QDate(2026, 10, 24), QTime(10, 0), amsterdam).toUTC();
    before.durationMinutes = 30;
    api::Booking after = before;
    after.id = u"bk_2"_s;
    after.scheduledAt = QDateTime(QDate(2026, 10, 26), QTime(10, 0), amsterdam).toUTC();
    QCOMPARE(before.scheduledAt.time(), QTime(8, 0));
    QCOMPARE(after.scheduledAt.time(), QTime(9, 0));

    const QByteArray ics = ICalendarWriter::write(
        {before, after}, [](const api::Booking&) { return QByteArray("Europe/Amsterdam"); },
        {u"Test"_s, u"example.org"_s});
    // Written as the desk reads them: ten o'clock both days.
    QVERIFY(ics.contains("DTSTART;TZID=Europe/Amsterdam:20261024T100000"));
    QVERIFY(ics.contains("DTSTART;TZID=Europe/Amsterdam:20261026T100000"));
    // The zone's own definition: the change at 03:00 summer time, from +02:00 to +01:00 (a
    // reader that knows the zone by name would not need it; Outlook does).
    QVERIFY(ics.contains("BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\n"
                         "TZOFFSETTO:+0100\r\nTZNAME:CET\r\nEND:STANDARD"));
    const QJsonArray events = readBack(ics).value("events"_L1).toArray();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).toObject().value("start"_L1).toString(), utc(before.scheduledAt));
    QCOMPARE(events.at(1).toObject().value("start"_L1).toString(), utc(after.scheduledAt));
}

void TestICalendar::serverTextStaysInsideItsProperty()
{
    api::Booking b;
    b.id = u"bk_3"_s;
    b.organisationId = u"1"_s;
    b.customerName = u"Çelik, Sanne; \\ de Vries"_s;
    b.serviceName = u"Intake"_s;
    // A note that would start a property of its own if written as it is.
    b.note = u"Eerste afspraak\r\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil\u0007"_s;
    b.scheduledAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    b.durationMinutes = 45;
    const QByteArray ics = ICalendarWriter::write({b}, {}, {u"Test"_s, u"example.org"_s});
    QVERIFY(!ics.contains("\r\nEND:VEVENT\r\nBEGIN:VEVENT"));
    QVERIFY(!ics.contains('\a'));
    const QJsonArray events = readBack(ics).value("events"_L1).toArray();
    QCOMPARE(events.size(), 1);
    const QJsonObject e = events.first().toObject();
    QCOMPARE(e.value("uid"_L1).toString(), u"bk_3.1@example.org"_s);
    QCOMPARE(e.value("summary"_L1).toString(), u"Çelik, Sanne; \\ de Vries · Intake"_s);
    QCOMPARE(e.value("description"_L1).toString(),
             u"Eerste afspraak\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil"_s);
    // Without a zone: UTC, never a floating time.
    QCOMPARE(e.value("tzid"_L1).toString(), QString());
    QCOMPARE(e.value("start"_L1).toString(), u"2026-12-01T09:00:00Z"_s);
}

void TestICalendar::longLinesFoldBetweenCharacters()
{
    // 3-byte characters at every offset: a fold must never split one.
    for (int pad = 0; pad < 3; ++pad) {
        const QString line =
            u"DESCRIPTION:"_s + QString(pad, u'x') + QString(100, QChar(0x20AC)); // "€"
        const QByteArray folded = ICalendarWriter::contentLine(line);
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        QVERIFY(physical.size() > 1);
        for (const QByteArray& part : physical) {
            const QByteArray bytes = part.endsWith('\r') ? part.chopped(1) : part;
            QVERIFY2(bytes.size() <= 75, bytes.constData());
            QVERIFY(QString::fromUtf8(bytes.startsWith(' ') ? bytes.mid(1) : bytes).toUtf8() ==
                    (bytes.startsWith(' ') ? bytes.mid(1) : bytes)); // whole characters
        }
        // Unfolded, it is the line again.
        QCOMPARE(QString::fromUtf8(folded.chopped(2).replace("\r\n ", "")), line);
    }
}

void TestICalendar::uidsStayTheSameAtTheNextExport()
{
    // A second import updates the events instead of doubling them: the same UIDs, and a
    // booking changed meanwhile has a higher SEQUENCE.
    api::Booking b;
    b.id = u"bk_9"_s;
    b.organisationId = u"2"_s;
    b.customerName = u"Noor"_s;
    b.scheduledAt = QDateTime(QDate(2026, 12, 2), QTime(14, 0), Qt::UTC);
    b.durationMinutes = 30;
    b.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    const QByteArray first = ICalendarWriter::write({b}, {}, {u"T"_s, u"h"_s});
    b.scheduledAt = b.scheduledAt.addSecs(3600);
    b.updatedAt = b.updatedAt.addDays(1);
    const QByteArray second = ICalendarWriter::write({b}, {}, {u"T"_s, u"h"_s});
    auto value = [](const QByteArray& ics, const QByteArray& name) {
        const qsizetype at = ics.indexOf("\r\n" + name + ':');
        return ics.mid(at + name.size() + 3, ics.indexOf("\r\n", at + 2) - at - name.size() - 3);
    };
    QCOMPARE(value(first, "UID"), QByteArray("bk_9.2@h"));
    QCOMPARE(value(second, "UID"), value(first, "UID"));
    QVERIFY(value(second, "SEQUENCE").toLongLong() > value(first, "SEQUENCE").toLongLong());
}

QTEST_GUILESS_MAIN(TestICalendar)
#include "TestICalendar.moc"
