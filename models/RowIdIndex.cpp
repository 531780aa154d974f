// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "RowIdIndex.h"

#include "net/SeenIds.h"

#include <QByteArray>
#include <QHashFunctions>
#include <QRandomGenerator>
#include <QVarLengthArray>

namespace balie::models {

namespace {

using api::SeenIds;

// 32 bits of hash: the slot from the low ones, the control byte from the 7 high ones (they
// overlap only past 2^25 slots, where the control byte filters a little less).
quint8 controlOf(quint32 hash)
{
    return quint8(0x80 | (hash >> 25));
}

} // namespace

RowIdIndex::RowIdIndex(IdAt idAt)
    : m_idAt(std::move(idAt))
    , m_seed(size_t(QRandomGenerator::global()->generate64()))
{}

void RowIdIndex::clear()
{
    m_control.clear();
    m_rows.clear();
    m_hashes.clear();
}

void RowIdIndex::reserve(qsizetype rows)
{
    const size_t slotCount = SeenIds::slotCountFor(rows);
    if (slotCount > m_control.size())
        grow(slotCount);
    m_hashes.reserve(size_t(rows));
}

quint32 RowIdIndex::hashOf(QByteArrayView utf8) const
{
    const size_t hash = qHash(utf8, m_seed);
    return quint32(hash ^ (quint64(hash) >> 32));
}

void RowIdIndex::append()
{
    const auto row = quint32(m_hashes.size());
    if (2 * (m_hashes.size() + 1) > m_control.size())
        grow(SeenIds::slotCountFor(qsizetype(m_hashes.size()) + 1));
    m_hashes.push_back(hashOf(m_idAt(int(row))));
    place(row);
}

void RowIdIndex::place(quint32 row)
{
    const quint32 hash = m_hashes[row];
    const size_t mask = m_control.size() - 1;
    size_t at = hash & mask;
    while (m_control[at] != 0)
        at = (at + 1) & mask;
    m_control[at] = controlOf(hash);
    m_rows[at] = row;
}

void RowIdIndex::grow(size_t slotCount)
{
    m_control.assign(slotCount, 0);
    m_rows.assign(slotCount, 0);
    for (size_t row = 0; row < m_hashes.size(); ++row)
        place(quint32(row));
}

int RowIdIndex::rowOf(QStringView id) const
{
    if (m_hashes.empty())
        return -1;
    // Most ids are short ASCII: encoded on the stack, without a heap block per lookup.
    QVarLengthArray<char, 64> ascii;
    QByteArray other;
    QByteArrayView utf8;
    bool isAscii = true;
    for (const QChar c : id) {
        if (c.unicode() >= 0x80) {
            isAscii = false;
            break;
        }
    }
    if (isAscii) {
        ascii.resize(id.size());
        for (qsizetype i = 0; i < id.size(); ++i)
            ascii[i] = char(id[i].unicode());
        utf8 = QByteArrayView(ascii.constData(), ascii.size());
    } else {
        other = id.toUtf8();
        utf8 = other;
    }
    const quint32 hash = hashOf(utf8);
    const quint8 control = controlOf(hash);
    const size_t mask = m_control.size() - 1;
    for (size_t at = hash & mask;; at = (at + 1) & mask) {
        const quint8 c = m_control[at];
        if (c == 0)
            return -1;
        if (c == control && m_idAt(int(m_rows[at])) == utf8)
            return int(m_rows[at]);
    }
}

} // namespace balie::models
