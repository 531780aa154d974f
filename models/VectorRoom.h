// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <cstddef>

namespace balie::models {

// Gives a vector's spare room back when it is worth a copy: more than an eighth of what it
// holds and at least 64 KiB. After a refresh that changed a few rows, nothing is copied.
template <class Vector>
void shrinkIfRoomy(Vector& vector)
{
    const size_t spare = (vector.capacity() - vector.size()) * sizeof(typename Vector::value_type);
    const size_t held = vector.capacity() * sizeof(typename Vector::value_type);
    if (spare >= (64u << 10) && spare * 8 > held)
        vector.shrink_to_fit();
}

} // namespace balie::models
