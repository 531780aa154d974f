// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "RowCodecs.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace balie::models {

// --- RowWriter / RowReader ---------------------------------------------------------------

void RowWriter::raw(const void* data, size_t size)
{
    const char* bytes = static_cast<const char*>(data);
    m_out.insert(m_out.end(), bytes, bytes + size);
}

void RowWriter::number(qint64 value)
{
    // Zig-zag varint: small numbers (lengths, minutes, cents) take a byte or two.
    quint64 v = (quint64(value) << 1) ^ quint64(value >> 63);
    while (v >= 0x80) {
        m_out.push_back(char(v | 0x80));
        v >>= 7;
    }
    m_out.push_back(char(v));
}

void RowWriter::text(const QString& value)
{
    // UTF-8 straight into the buffer (at most three bytes per UTF-16 unit), after its length:
    // one byte for short text, else a five-byte varint, padded, written once the length is
    // known.
    const size_t lengthAt = m_out.size();
    const size_t room = size_t(value.size()) * 3;
    const size_t prefix = room < 0x80 ? 1 : 5;
    m_out.resize(lengthAt + prefix + room);
    char* start = m_out.data() + lengthAt + prefix;
    QStringEncoder encode(QStringEncoder::Utf8);
    const quint64 length = quint64(encode.appendToBuffer(start, value) - start);
    char* out = m_out.data() + lengthAt;
    for (size_t i = 0; i < prefix; ++i)
        out[i] = char(((length >> (7 * i)) & 0x7f) | (i + 1 < prefix ? 0x80 : 0));
    m_out.resize(lengthAt + prefix + length);
}

void RowWriter::bytes(const QByteArray& value)
{
    number(value.size());
    raw(value.constData(), size_t(value.size()));
}

void RowWriter::time(const QDateTime& value)
{
    // Servers send whole seconds: those take a five-byte varint. 0 is no time, 1 is followed by
    // the milliseconds as they are, n >= 2 is second n - 2 (zig-zag).
    if (!value.isValid()) {
        m_out.push_back(0);
        return;
    }
    const qint64 ms = value.toMSecsSinceEpoch();
    if (ms % 1000 != 0) {
        m_out.push_back(1);
        raw(&ms, sizeof ms);
        return;
    }
    const qint64 seconds = ms / 1000;
    quint64 v = ((quint64(seconds) << 1) ^ quint64(seconds >> 63)) + 2;
    while (v >= 0x80) {
        m_out.push_back(char(v | 0x80));
        v >>= 7;
    }
    m_out.push_back(char(v));
}

void RowWriter::texts(const QStringList& values)
{
    number(values.size());
    for (const QString& value : values)
        text(value);
}

quint64 RowReader::varint()
{
    quint64 v = 0;
    int shift = 0;
    for (;;) {
        if (shift > 63 || !take(1))
            return 0;
        const quint8 b = quint8(*m_at++);
        v |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80))
            return v;
        shift += 7;
    }
}

qint64 RowReader::number()
{
    const quint64 v = varint();
    return qint64(v >> 1) ^ -qint64(v & 1);
}

qint64 RowReader::count()
{
    const qint64 n = number();
    if (n >= 0 && take(n))
        return n;
    if (m_end) {
        m_failed = true;
        m_at = m_end;
    }
    return 0;
}

QString RowReader::text()
{
    const qsizetype length = qsizetype(varint());
    if (!take(length))
        return {};
    const QString value = QString::fromUtf8(m_at, length);
    m_at += length;
    return value;
}

QByteArrayView RowReader::utf8()
{
    const qsizetype length = qsizetype(varint());
    if (!take(length))
        return {};
    const QByteArrayView value(m_at, length);
    m_at += length;
    return value;
}

QByteArray RowReader::bytes()
{
    const qsizetype length = qsizetype(number());
    if (!take(length))
        return {};
    const QByteArray value(m_at, length);
    m_at += length;
    return value;
}

QDateTime RowReader::time()
{
    const quint64 v = varint();
    if (v == 0)
        return {};
    if (v == 1) {
        if (!take(sizeof(qint64)))
            return {};
        qint64 ms;
        std::memcpy(&ms, m_at, sizeof ms);
        m_at += sizeof ms;
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    const quint64 zigzag = v - 2;
    const auto seconds = qint64(zigzag >> 1) ^ -qint64(zigzag & 1);
    return QDateTime::fromMSecsSinceEpoch(seconds * 1000, Qt::UTC);
}

QStringList RowReader::texts()
{
    QStringList values;
    const qint64 n = count();
    values.reserve(qsizetype(n));
    for (qint64 i = 0; i < n; ++i)
        values << text();
    return values;
}

// --- The records -------------------------------------------------------------------------

void RowCodec<api::Organisation>::write(const api::Organisation& o, RowWriter& w)
{
    w.text(o.id);
    w.text(o.organisationId);
    w.text(o.name);
    w.text(o.baseCurrency);
    w.texts(o.currencies);
    w.text(o.image.toString(QUrl::FullyEncoded));
    w.text(o.ownerName);
    w.flag(o.isActive);
    w.flag(o.isImplicit);
}

api::Organisation RowCodec<api::Organisation>::read(RowReader& r)
{
    api::Organisation o;
    o.id = r.text();
    o.organisationId = r.text();
    o.name = r.text();
    o.baseCurrency = r.text();
    o.currencies = r.texts();
    const QString image = r.text();
    if (!image.isEmpty())
        o.image = QUrl(image, QUrl::StrictMode);
    o.ownerName = r.text();
    o.isActive = r.flag();
    o.isImplicit = r.flag();
    return o;
}

void RowCodec<api::Customer>::write(const api::Customer& c, RowWriter& w)
{
    w.text(c.id);
    w.text(c.organisationId);
    w.text(c.name);
    w.text(c.email);
    w.text(c.phone);
    w.text(c.company);
    w.time(c.createdAt);
    w.time(c.updatedAt);
}

api::Customer RowCodec<api::Customer>::read(RowReader& r)
{
    api::Customer c;
    c.id = r.text();
    c.organisationId = r.text();
    c.name = r.text();
    c.email = r.text();
    c.phone = r.text();
    c.company = r.text();
    c.createdAt = r.time();
    c.updatedAt = r.time();
    return c;
}

void RowCodec<api::Account>::write(const api::Account& a, RowWriter& w)
{
    w.text(a.id);
    w.text(a.organisationId);
    w.text(a.name);
    w.time(a.createdAt);
    w.time(a.updatedAt);
}

api::Account RowCodec<api::Account>::read(RowReader& r)
{
    api::Account a;
    a.id = r.text();
    a.organisationId = r.text();
    a.name = r.text();
    a.createdAt = r.time();
    a.updatedAt = r.time();
    return a;
}

void RowCodec<api::Service>::write(const api::Service& s, RowWriter& w)
{
    w.text(s.id);
    w.text(s.organisationId);
    w.text(s.name);
    w.text(s.description);
    w.number(s.durationMinutes);
    w.number(s.price.minorUnits);
    w.text(s.price.currency);
    w.text(s.priceType);
    w.number(s.availability.days.size());
    for (Qt::DayOfWeek day : s.availability.days)
        w.number(int(day));
    w.number(s.availability.start.isValid() ? s.availability.start.msecsSinceStartOfDay() : -1);
    w.number(s.availability.end.isValid() ? s.availability.end.msecsSinceStartOfDay() : -1);
    w.bytes(s.availability.timeZone);
}

api::Service RowCodec<api::Service>::read(RowReader& r)
{
    api::Service s;
    s.id = r.text();
    s.organisationId = r.text();
    s.name = r.text();
    s.description = r.text();
    s.durationMinutes = int(r.number());
    s.price.minorUnits = r.number();
    s.price.currency = r.text();
    s.priceType = r.text();
    const qint64 days = r.count();
    for (qint64 i = 0; i < days; ++i)
        s.availability.days << Qt::DayOfWeek(r.number());
    const qint64 start = r.number();
    const qint64 end = r.number();
    if (start >= 0)
        s.availability.start = QTime::fromMSecsSinceStartOfDay(int(start));
    if (end >= 0)
        s.availability.end = QTime::fromMSecsSinceStartOfDay(int(end));
    s.availability.timeZone = r.bytes();
    return s;
}

void RowCodec<api::Booking>::write(const api::Booking& b, RowWriter& w)
{
    w.text(b.id);
    w.text(b.organisationId);
    w.text(b.serviceId);
    w.text(b.serviceName);
    w.text(b.customerId);
    w.text(b.customerName);
    w.text(b.customerEmail);
    w.time(b.scheduledAt);
    w.number(b.durationMinutes);
    w.number(int(b.status));
    w.text(b.note);
    w.time(b.createdAt);
    w.time(b.updatedAt);
}

api::Booking RowCodec<api::Booking>::read(RowReader& r)
{
    api::Booking b;
    b.id = r.text();
    b.organisationId = r.text();
    b.serviceId = r.text();
    b.serviceName = r.text();
    b.customerId = r.text();
    b.customerName = r.text();
    b.customerEmail = r.text();
    b.scheduledAt = r.time();
    b.durationMinutes = int(r.number());
    b.status = api::BookingStatus(r.number());
    b.note = r.text();
    b.createdAt = r.time();
    b.updatedAt = r.time();
    return b;
}

void RowCodec<api::Product>::write(const api::Product& p, RowWriter& w)
{
    w.text(p.id);
    w.text(p.organisationId);
    w.text(p.name);
    w.text(p.eanUpc);
    w.flag(p.stockOnHand.has_value());
    w.number(p.stockOnHand.value_or(0));
    w.time(p.created);
}

api::Product RowCodec<api::Product>::read(RowReader& r)
{
    api::Product p;
    p.id = r.text();
    p.organisationId = r.text();
    p.name = r.text();
    p.eanUpc = r.text();
    const bool known = r.flag();
    const qint64 stock = r.number();
    if (known)
        p.stockOnHand = stock;
    p.created = r.time();
    return p;
}

} // namespace balie::models
