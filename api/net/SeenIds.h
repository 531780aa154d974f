// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QStringView>
#include <QtGlobal>
#include <vector>

namespace balie::api {

// The ids a list has seen, to drop rows a server sends twice. A long list inserts every id once
// and nearly every id is new, so the layout is made for that (as in Abseil's Swiss tables): one
// control byte per slot, with 7 bits of the id's hash, in an array small enough to stay in the
// processor's cache, so that a new id is known to be new from that array alone.
//
// An id is kept as a 128-bit fingerprint (two independently seeded hashes) rather than its
// text: 16 bytes per row, no copy of each id, and letting go of 100,000 ids frees three blocks.
// Two different ids of one list share a fingerprint with a probability near n² / 2¹²⁹ (below
// 10⁻²⁵ for ten million rows), far below the odds of the memory itself flipping a bit. The seeds
// are random per set, so a server cannot choose ids that collide.
class SeenIds
{
public:
    SeenIds();

    // Slots for `count` entries of an open-addressing table, at most half full so that probes
    // stay short (a power of two, at least 64). RowIdIndex sizes its table the same way.
    static size_t slotCountFor(qsizetype count);

    struct Fingerprint
    {
        size_t slotHash = 0; // places the id: low bits the slot, high bits the control byte
        size_t check = 0;
        bool operator==(const Fingerprint&) const = default;
    };

    // Makes room for this many ids without growing while they come.
    void reserve(qsizetype count);
    // True when the id was not seen before (and is now).
    bool insert(QStringView id) { return insert(fingerprintOf(id)); }
    bool contains(QStringView id) const;
    qsizetype size() const { return qsizetype(m_ids.size()); }

    // For a page of ids at once: fingerprints may be made on several threads together (they
    // only read the seeds); then, under the caller's lock, prefetch() every slot before the
    // inserts, so that the page waits for memory once rather than once per id.
    Fingerprint fingerprintOf(QStringView id) const;
    void prefetch(const Fingerprint& id) const;
    bool insert(const Fingerprint& id);

private:
    struct Probe
    {
        size_t slot = 0;
        bool found = false;
    };

    // The slot that holds the id, or the empty one where it would go.
    Probe find(const Fingerprint& id) const;
    void grow(size_t slotCount);

    std::vector<quint8> m_control; // 0: empty; else 0x80 | 7 bits of the hash
    std::vector<quint32> m_index;  // of each used slot: its id in m_ids
    std::vector<Fingerprint> m_ids;
    size_t m_slotSeed = 0;
    size_t m_checkSeed = 0;
};

} // namespace balie::api
