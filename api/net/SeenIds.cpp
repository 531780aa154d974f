// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "SeenIds.h"

#include <QHashFunctions>
#include <QRandomGenerator>

namespace balie::api {

namespace {

quint8 controlOf(size_t slotHash)
{
    return quint8(0x80 | (slotHash >> (8 * sizeof(size_t) - 7)));
}

} // namespace

size_t SeenIds::slotCountFor(qsizetype count)
{
    size_t slotCount = 64;
    while (slotCount < 2 * size_t(count))
        slotCount *= 2;
    return slotCount;
}

SeenIds::SeenIds()
    : m_slotSeed(size_t(QRandomGenerator::global()->generate64()))
    , m_checkSeed(size_t(QRandomGenerator::global()->generate64()))
{}

void SeenIds::reserve(qsizetype count)
{
    const size_t slotCount = slotCountFor(count);
    if (slotCount > m_control.size())
        grow(slotCount);
    m_ids.reserve(size_t(count));
}

SeenIds::Fingerprint SeenIds::fingerprintOf(QStringView id) const
{
    return {qHash(id, m_slotSeed), qHash(id, m_checkSeed)};
}

SeenIds::Probe SeenIds::find(const Fingerprint& id) const
{
    const quint8 control = controlOf(id.slotHash);
    const size_t mask = m_control.size() - 1;
    for (size_t at = id.slotHash & mask;; at = (at + 1) & mask) {
        const quint8 c = m_control[at];
        if (c == 0)
            return {at, false};
        if (c == control && m_ids[m_index[at]] == id)
            return {at, true};
    }
}

bool SeenIds::contains(QStringView id) const
{
    return !m_control.empty() && find(fingerprintOf(id)).found;
}

void SeenIds::prefetch(const Fingerprint& id) const
{
#if defined(__GNUC__)
    if (!m_control.empty())
        __builtin_prefetch(m_control.data() + (id.slotHash & (m_control.size() - 1)));
#else
    Q_UNUSED(id);
#endif
}

bool SeenIds::insert(const Fingerprint& id)
{
    if (2 * (m_ids.size() + 1) > m_control.size())
        grow(slotCountFor(qsizetype(m_ids.size()) + 1));
    const Probe probe = find(id);
    if (probe.found)
        return false;
    // A list's rows (and their memory) run out long before 4 G of them: the index fits.
    m_control[probe.slot] = controlOf(id.slotHash);
    m_index[probe.slot] = quint32(m_ids.size());
    m_ids.push_back(id);
    return true;
}

void SeenIds::grow(size_t slotCount)
{
    m_control.assign(slotCount, 0);
    m_index.assign(slotCount, 0);
    const size_t mask = slotCount - 1;
    for (size_t i = 0; i < m_ids.size(); ++i) {
        size_t at = m_ids[i].slotHash & mask;
        while (m_control[at] != 0)
            at = (at + 1) & mask;
        m_control[at] = controlOf(m_ids[i].slotHash);
        m_index[at] = quint32(i);
    }
}

} // namespace balie::api
