// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "DemoData.h"

#include "BookingRules.h"
#include "SplitMix64.h"
#include "Store.h"
#include "TimeFormat.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace balie::sandbox {

namespace {

constexpr qint64 dayMs = 24LL * 3600 * 1000;

const QStringList organisationNames = {
    u"Kapsalon De Gouden Schaar"_s, u"Fysiotherapie Het Anker"_s,  u"Tandartspraktijk Zonnebloem"_s,
    u"Schoonheidssalon Lelie"_s,    u"Fietsenmaker De Spaak"_s,    u"Yogastudio Oosterpark"_s,
    u"Autorijschool Vlotweg"_s,     u"Dierenkliniek De Vlinder"_s,
};

const QStringList firstNames = {
    u"Sanne"_s,  u"Daan"_s,   u"Emma"_s, u"Lucas"_s,  u"Julia"_s,  u"Sem"_s,       u"Tess"_s,
    u"Finn"_s,   u"Fleur"_s,  u"Bram"_s, u"Lotte"_s,  u"Jesse"_s,  u"Anouk"_s,     u"Thijs"_s,
    u"Noor"_s,   u"Ruben"_s,  u"Maud"_s, u"Joris"_s,  u"Eline"_s,  u"Pieter"_s,    u"Oliver"_s,
    u"Amelia"_s, u"Harry"_s,  u"Isla"_s, u"George"_s, u"Sophie"_s, u"Charlotte"_s, u"James"_s,
    u"Hannah"_s, u"Thomas"_s, u"Zoë"_s,  u"Chloé"_s,
};

const QStringList lastNames = {
    u"de Vries"_s, u"Jansen"_s,   u"van den Berg"_s, u"Bakker"_s,   u"Visser"_s,   u"Smit"_s,
    u"Meijer"_s,   u"de Boer"_s,  u"Mulder"_s,       u"de Groot"_s, u"Bos"_s,      u"Vos"_s,
    u"Peters"_s,   u"Hendriks"_s, u"van Dijk"_s,     u"Dekker"_s,   u"Brouwer"_s,  u"de Wit"_s,
    u"Smith"_s,    u"Jones"_s,    u"Taylor"_s,       u"Brown"_s,    u"Williams"_s, u"Wilson"_s,
    u"Evans"_s,    u"Thompson"_s, u"Wright"_s,       u"Ruiz"_s,     u"Çelik"_s,    u"Müller"_s,
};

const QStringList emailDomains = {u"example.nl"_s, u"example.com"_s, u"voorbeeld.nl"_s,
                                  u"example.org"_s};

const QStringList companyWords = {u"Holding"_s, u"Advies"_s,  u"Techniek"_s,  u"Bouw"_s,
                                  u"Groep"_s,   u"Consult"_s, u"Logistiek"_s, u"Design"_s};

struct ServiceTemplate
{
    QString name;
    QString description;
    int duration;
    double price;
    QString priceType;
};

const QList<ServiceTemplate> serviceTemplates = {
    {u"Kort consult"_s, u"Een kort gesprek om uw vraag te bespreken"_s, 30, 35.0, u"flat"_s},
    {u"Intake"_s, u"Eerste afspraak met intake en advies"_s, 45, 55.0, u"flat"_s},
    {u"Behandeling 60 minuten"_s, u"Volledige behandeling van een uur"_s, 60, 75.0, u"hourly"_s},
    {u"Uitgebreide sessie"_s, u"Anderhalf uur, inclusief nabespreking"_s, 90, 120.0, u"custom"_s},
};

const QStringList productNames = {
    u"Shampoo Argan 250 ml"_s, u"Conditioner Kokos 250 ml"_s,
    u"Haarwax Matte 100 ml"_s, u"Massageolie Lavendel"_s,
    u"Cadeaubon € 25"_s,       u"Cadeaubon € 50"_s,
    u"Tandenborstel Zacht"_s,  u"Mondspoeling Mint 500 ml"_s,
    u"Yogamat Natuurrubber"_s, u"Handcrème Calendula"_s,
    u"Fietsbel Chroom"_s,      u"Binnenband 28 inch"_s,
    u"Vitamine D3 Druppels"_s, u"Kauwsnack Kip"_s,
    u"Borstel Beukenhout"_s,
};

const QStringList notes = {u""_s,
                           u""_s,
                           u""_s,
                           u"Eerste afspraak"_s,
                           u"Graag parkeerplek"_s,
                           u"Allergisch voor noten"_s,
                           u"Follow-up"_s,
                           u"Bel bij verlating"_s};

QString asciiFold(const QString& text)
{
    QString folded;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            folded += c.toLower();
    }
    return folded;
}

struct Seeder
{
    Store& store;
    SplitMix64 random;
    qint64 anchorMs; // Monday 00:00 UTC of this week
    qint64 nowMs;

    const QString& pick(const QStringList& list)
    {
        return list.at(qsizetype(random.below(quint64(list.size()))));
    }

    qint64 pastTime(int maxDays)
    {
        return anchorMs - qint64(random.below(quint64(maxDays) * 24 * 60)) * 60'000 - dayMs;
    }

    QList<ServiceRecord> services(qint64 org, int count)
    {
        QList<ServiceRecord> result;
        for (int i = 0; i < count; ++i) {
            const ServiceTemplate& t = serviceTemplates.at(i % serviceTemplates.size());
            ServiceRecord s;
            s.organisation = org;
            s.name = i < serviceTemplates.size() ? t.name : u"%1 (%2)"_s.arg(t.name).arg(i + 1);
            s.description = t.description;
            s.duration = t.duration;
            s.priceAmount = t.price + 5.0 * double(random.below(4));
            s.priceCurrency = u"EUR"_s;
            s.priceType = t.priceType;
            s.days = {1, 2, 3, 4, 5};
            s.startMinute = 9 * 60;
            s.endMinute = 17 * 60;
            s.timezone = u"Europe/Amsterdam"_s;
            if (i == 2) { // Saturday opening, later hours
                s.days = {2, 3, 4, 5, 6};
                s.startMinute = 10 * 60;
                s.endMinute = 18 * 60;
            }
            if (count > 1 && i == qMin(count, 4) - 1) { // served from the US office
                s.name = u"Strategy Consultation"_s;
                s.description = u"Expert guidance on your project"_s;
                s.priceAmount = 150;
                s.priceCurrency = u"USD"_s;
                s.priceType = u"hourly"_s;
                s.timezone = u"America/New_York"_s;
            }
            s.id = store.insertService(s);
            result << s;
        }
        return result;
    }

    QList<QPair<QString, QString>> accounts(qint64 org, int count)
    {
        QList<QPair<QString, QString>> result;
        for (int i = 0; i < count; ++i) {
            AccountRecord a;
            a.organisation = org;
            a.name = u"%1 %2 B.V."_s.arg(pick(lastNames), pick(companyWords));
            a.createdMs = pastTime(720);
            a.updatedMs = a.createdMs + qint64(random.below(quint64(anchorMs - a.createdMs)));
            a.id = store.insertAccount(a);
            result.append({a.id, a.name});
        }
        return result;
    }

    QStringList customers(qint64 org, int count, const QList<QPair<QString, QString>>& accountList)
    {
        QStringList ids;
        ids.reserve(count);
        for (int i = 0; i < count; ++i) {
            CustomerRecord c;
            c.organisation = org;
            const QString first = pick(firstNames);
            const QString last = pick(lastNames);
            c.name = first + u' ' + last;
            c.email = u"%1.%2.%3@%4"_s.arg(asciiFold(first), asciiFold(last))
                          .arg(org * 1'000'000 + i)
                          .arg(pick(emailDomains));
            if (random.chance(0.7))
                c.phone = u"+31 6 %1"_s.arg(random.below(100'000'000), 8, 10, QLatin1Char('0'));
            else if (random.chance(0.8))
                c.phone = u"+44 7700 9%1"_s.arg(random.below(100'000), 5, 10, QLatin1Char('0'));
            c.createdMs = pastTime(720);
            c.updatedMs = c.createdMs + qint64(random.below(quint64(anchorMs - c.createdMs)));
            if (!accountList.isEmpty() && random.chance(0.6)) {
                const auto& account =
                    accountList.at(qsizetype(random.below(quint64(accountList.size()))));
                c.accountId = account.first;
            }
            ids << store.insertCustomer(c);
        }
        return ids;
    }

    void products(qint64 org, int count)
    {
        for (int i = 0; i < count; ++i) {
            ProductRecord p;
            p.organisation = org;
            const QString& base = productNames.at(i % productNames.size());
            p.name = i < productNames.size()
                         ? base
                         : u"%1 #%2"_s.arg(base).arg(i / productNames.size() + 1);
            p.eanUpc = DemoData::ean13(
                u"87%1"_s.arg(random.below(10'000'000'000ULL), 10, 10, QLatin1Char('0')));
            if (!random.chance(1.0 / 6))
                p.stockOnHand = int(random.below(201));
            p.createdMs = pastTime(720);
            store.insertProduct(p);
        }
    }

    QString statusFor(qint64 startMs)
    {
        const int roll = int(random.below(100));
        if (startMs < nowMs)
            return roll < 70 ? u"completed"_s : roll < 85 ? u"cancelled"_s : u"confirmed"_s;
        return roll < 40   ? u"created"_s
               : roll < 80 ? u"confirmed"_s
               : roll < 90 ? u"rescheduled"_s
                           : u"cancelled"_s;
    }

    void bookings(qint64 org, int count, const QList<ServiceRecord>& serviceList,
                  const QStringList& customerIds)
    {
        if (serviceList.isEmpty() || customerIds.isEmpty())
            return;
        QHash<QString, QList<QPair<qint64, qint64>>> taken;
        int made = 0;
        for (int attempt = 0; made < count && attempt < count * 20; ++attempt) {
            const ServiceRecord& s =
                serviceList.at(qsizetype(random.below(quint64(serviceList.size()))));
            const QTimeZone zone(s.timezone.toLatin1());
            const QDate date = QDateTime::fromMSecsSinceEpoch(anchorMs, QTimeZone::utc())
                                   .date()
                                   .addDays(random.between(-14, 13));
            if (!s.days.contains(date.dayOfWeek()))
                continue;
            const int slots = (s.endMinute - s.startMinute - s.duration) / 15 + 1;
            const int minute = s.startMinute + 15 * int(random.below(quint64(slots)));
            const qint64 start =
                QDateTime(date, QTime(minute / 60, minute % 60), zone).toMSecsSinceEpoch();
            const qint64 end = start + qint64(s.duration) * 60'000;
            if (!BookingRules::fitsAvailability(s, start, s.duration))
                continue; // a day-light-saving edge
            QList<QPair<qint64, qint64>>& busy = taken[s.id];
            bool overlaps = false;
            for (const auto& [from, to] : busy)
                overlaps = overlaps || (from < end && to > start);
            if (overlaps)
                continue;
            busy.append({start, end});
            BookingRecord b;
            b.organisation = org;
            b.service = s.id;
            b.customer = customerIds.at(qsizetype(random.below(quint64(customerIds.size()))));
            b.startMs = start;
            b.duration = s.duration;
            b.status = statusFor(start);
            b.note = pick(notes);
            b.createdMs = qMin(nowMs, start - qint64(random.between(1, 21)) * dayMs);
            b.updatedMs = qMin(nowMs, b.createdMs + qint64(random.below(3)) * dayMs);
            store.insertBooking(b);
            ++made;
        }
    }

    void organisationData(qint64 org, int serviceCount, int customerCount, int productCount,
                          int bookingCount)
    {
        const QList<ServiceRecord> serviceList = services(org, serviceCount);
        const auto accountList = accounts(org, qBound(1, customerCount / 20, 500));
        const QStringList customerIds = customers(org, customerCount, accountList);
        products(org, productCount);
        bookings(org, bookingCount, serviceList, customerIds);
    }
};

qint64 mondayOfTheWeek(qint64 nowMs)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    return QDateTime(monday, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

QString DemoData::ean13(const QString& twelveDigits)
{
    int sum = 0;
    for (qsizetype i = 0; i < 12; ++i)
        sum += twelveDigits.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return twelveDigits + QString::number((10 - sum % 10) % 10);
}

DemoData::Result DemoData::populate(Store& store, const SandboxOptions& options,
                                    const DemoCredentials& credentials)
{
    const qint64 nowMs = options.seededAtMs > 0 ? options.seededAtMs : TimeFormat::nowMs();
    Seeder seeder{store, SplitMix64(options.seed), mondayOfTheWeek(nowMs), nowMs};
    Result result;
    store.begin();

    UserRecord demo;
    demo.username = credentials.username;
    demo.email = credentials.email;
    demo.password = credentials.password;
    demo.apiKey = credentials.apiKey;
    demo.staff = true;
    const qint64 demoId = store.insertUser(demo);
    UserRecord other;
    other.username = credentials.otherUsername;
    other.email = credentials.otherEmail;
    other.password = credentials.otherPassword;
    const qint64 otherId = store.insertUser(other);

    for (int i = 0; i < qMax(1, options.organisations); ++i) {
        OrganisationRecord org;
        org.ownerId = demoId;
        org.name =
            i < organisationNames.size()
                ? organisationNames.at(i)
                : u"%1 %2"_s.arg(organisationNames.at(i % organisationNames.size())).arg(i + 1);
        org.baseCurrency = u"EUR"_s;
        org.currencies = {u"EUR"_s, u"USD"_s, u"GBP"_s};
        const qint64 id = store.insertOrganisation(org);
        result.demoOrganisations << id;
        seeder.organisationData(id, options.services, options.customers, options.products,
                                options.bookings);
    }
    store.setActiveOrganisation(demoId, result.demoOrganisations.first());

    OrganisationRecord foreign;
    foreign.ownerId = otherId;
    foreign.name = u"Loodgietersbedrijf Jansen & Zn."_s;
    foreign.baseCurrency = u"EUR"_s;
    foreign.currencies = {u"EUR"_s};
    result.otherOrganisation = store.insertOrganisation(foreign);
    store.setActiveOrganisation(otherId, result.otherOrganisation);
    seeder.organisationData(result.otherOrganisation, qMin(options.services, 2),
                            qMin(options.customers, 25), qMin(options.products, 10),
                            qMin(options.bookings, 10));

    store.commit();
    return result;
}

} // namespace balie::sandbox
