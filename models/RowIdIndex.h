// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArrayView>
#include <QStringView>
#include <functional>
#include <vector>

namespace balie::models {

// Finds a table's row by id. A table of 100,000 rows would need some 9 MB for a
// QHash<QString, int> (a string per id, besides the one packed in the row); this keeps a row
// number and a byte of hash per slot and each row's hash (1.7 MB), and reads the id from the
// packed row itself to confirm a match. The hash is seeded per index, so ids a server chooses
// cannot make it slow.
class RowIdIndex
{
public:
    // The id of a row as the table keeps it, in UTF-8.
    using IdAt = std::function<QByteArrayView(int row)>;

    explicit RowIdIndex(IdAt idAt);

    void clear();
    void reserve(qsizetype rows);
    qsizetype capacity() const { return qsizetype(m_control.size() / 2); }
    qsizetype bytesUsed() const
    {
        return qsizetype(m_control.capacity() + m_rows.capacity() * sizeof(quint32) +
                         m_hashes.capacity() * sizeof(quint32));
    }
    // Adds the table's next row: rows are added in order, from 0 after clear().
    void append();
    // The row holding this id, or -1.
    int rowOf(QStringView id) const;

private:
    quint32 hashOf(QByteArrayView utf8) const;
    void grow(size_t slotCount);
    void place(quint32 row);

    IdAt m_idAt;
    std::vector<quint8> m_control; // 0: empty; else 0x80 | 7 bits of the hash
    std::vector<quint32> m_rows;   // of each used slot
    std::vector<quint32> m_hashes; // of each row, to grow without reading every id again
    size_t m_seed = 0;
};

} // namespace balie::models
