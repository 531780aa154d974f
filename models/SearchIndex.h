// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <string_view>
#include <vector>

namespace balie::models {

// The folded search text of every row of a table, made once when a row arrives or changes so
// that filtering as you type only compares bytes: lower case, accents removed ("Çelik" and
// "celik" match), UTF-8, the row's fields separated by newlines. Rows share chunks of at most a
// megabyte: tens of bytes a row instead of a string object per field, and no large block is
// copied as rows come or when a load ends.
class SearchIndex
{
public:
    // The folded form of `text`, as rows and filter words are compared.
    static QByteArray fold(QStringView text);
    // A phone number as it is searched: its digits (with the leading +), and where it is
    // written internationally, also as dialled at home: "+31 6 1234 5678" gives
    // "+31612345678 0612345678". Typed digits are found in either, with or without spaces.
    static QString phoneText(QStringView phone);
    // The words of a filter text, folded; a row matches when it contains every one.
    static QList<QByteArray> words(QStringView filter);

    int size() const { return int(m_spans.size()); }
    qsizetype textBytes() const { return m_bytes - m_garbage; }
    void append(QByteArrayView folded);
    void replace(int row, QByteArrayView folded);
    void remove(int first, int count);
    void clear();
    void reserve(int rows);
    // Gives back the room reserved for rows that did not come (a load is done).
    void squeeze();

    QByteArrayView text(int row) const;

    // Where the k-th field of a row's text is (fields end in a newline): valid until the
    // generation changes (the text was compacted or cleared).
    struct Piece
    {
        quint32 offset = 0;
        quint32 length = 0;
    };
    Piece segment(int row, int k) const;
    std::string_view view(Piece piece) const
    {
        return std::string_view(at(piece.offset), piece.length);
    }
    quint64 generation() const { return m_generation; }
    bool matches(int row, const QList<QByteArray>& words) const;
    qsizetype bytesUsed() const;

private:
    // A row's text never spans two chunks: an offset names the chunk in its high bits. Longer
    // texts are cut at a chunk's size (nobody searches beyond the first megabyte of a row).
    static constexpr int ChunkBits = 20;
    static constexpr quint32 ChunkSize = 1u << ChunkBits;
    static constexpr quint32 FirstChunkSize = 16u << 10;

    struct Span
    {
        quint32 offset;
        quint32 length;
    };
    const char* at(quint32 offset) const
    {
        return m_chunks[offset >> ChunkBits].data() + (offset & (ChunkSize - 1));
    }
    char* at(quint32 offset)
    {
        return m_chunks[offset >> ChunkBits].data() + (offset & (ChunkSize - 1));
    }
    Span place(QByteArrayView folded);
    void compactIfWasteful();

    std::vector<std::vector<char>> m_chunks;
    std::vector<Span> m_spans;
    qsizetype m_bytes = 0;   // in the chunks
    qsizetype m_garbage = 0; // of them, of replaced or removed rows
    quint64 m_generation = 0;
};

} // namespace balie::models
