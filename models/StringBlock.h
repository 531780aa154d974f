// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <type_traits>
#include <vector>

namespace balie::models {

// Many short strings (the rows of a batch read from the store) one after another in a single
// block. Thousands of them are then two allocations, not thousands: handed from the store's
// thread to a worker and on to the UI thread, they are let go at once, where freeing each one
// on another thread than made it would wait for that thread's allocator.
template <class String>
class StringBlock
{
public:
    using View = std::conditional_t<std::is_same_v<String, QString>, QStringView, QByteArrayView>;

    void reserve(qsizetype count, qsizetype length)
    {
        m_ends.reserve(size_t(count));
        m_chars.reserve(length);
    }
    void append(View item)
    {
        m_chars.append(item);
        m_ends.push_back(m_chars.size());
    }
    qsizetype size() const { return qsizetype(m_ends.size()); }
    bool isEmpty() const { return m_ends.empty(); }
    qsizetype length() const { return m_chars.size(); } // of all items together
    View at(qsizetype i) const
    {
        const qsizetype from = i > 0 ? m_ends[size_t(i - 1)] : 0;
        return View(m_chars.constData() + from, m_ends[size_t(i)] - from);
    }

private:
    String m_chars;
    std::vector<qsizetype> m_ends;
};

} // namespace balie::models
