// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QtGlobal>

namespace balie::sandbox {

// A tiny deterministic PRNG (splitmix64), so demo data and faults depend only on the seed.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound); bound > 0.
    quint64 below(quint64 bound) { return next() % bound; }

    // Uniform in [low, high].
    int between(int low, int high) { return low + int(below(quint64(high - low + 1))); }

    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    bool chance(double probability) { return unit() < probability; }

private:
    quint64 m_state;
};

} // namespace balie::sandbox
