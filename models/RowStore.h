// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "VectorRoom.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

namespace balie::models {

// Rows kept packed: each record's fields one after the other, text as UTF-8, in large shared
// chunks. A table of 100,000 customers then needs about a hundred bytes a row instead of a
// string object (and a heap block) per field; a row is unpacked when it is shown or asked for.
// RowCodec<T> says how a record's fields are written and read.

// Writes fields at the end of a buffer.
class RowWriter
{
public:
    explicit RowWriter(std::vector<char>& out)
        : m_out(out)
    {}
    void text(const QString& value);
    void bytes(const QByteArray& value);
    void number(qint64 value);
    void flag(bool value) { m_out.push_back(value ? 1 : 0); }
    void time(const QDateTime& value); // an instant, or none
    void texts(const QStringList& values);

private:
    void raw(const void* data, size_t size);
    std::vector<char>& m_out;
};

// Reads the fields a RowWriter wrote, in the same order. Rows kept in memory are read as they
// are; bytes from a file are read with their end given, so that a damaged row fails (failed())
// instead of reading past its end.
class RowReader
{
public:
    explicit RowReader(const char* at, const char* end = nullptr)
        : m_at(at)
        , m_end(end)
    {}
    QString text();
    QByteArrayView utf8(); // a text field's bytes, as kept, without unpacking them
    QByteArray bytes();
    qint64 number();
    // A number of items that follow, each at least a byte long.
    qint64 count();
    bool flag() { return take(1) && *m_at++ != 0; }
    QDateTime time();
    QStringList texts();

    bool failed() const { return m_failed; }
    // Whether every byte up to the end was read, and no more.
    bool atEnd() const { return !m_failed && m_at == m_end; }

private:
    quint64 varint();
    // Whether `size` more bytes are there; marks the read failed when not.
    bool take(qint64 size)
    {
        if (!m_end)
            return true;
        if (!m_failed && size >= 0 && size <= m_end - m_at)
            return true;
        m_failed = true;
        m_at = m_end;
        return false;
    }
    const char* m_at;
    const char* m_end;
    bool m_failed = false;
};

template <class T>
struct RowCodec; // write(const T&, RowWriter&) and T read(RowReader&)

// Version of every RowCodec's layout: raised when one changes, so that rows packed by another
// version (kept in a local store) are not read as this one's.
inline constexpr int RowCodecVersion = 1;

template <class T>
QByteArray packRow(const T& record)
{
    std::vector<char> bytes;
    RowWriter writer(bytes);
    RowCodec<T>::write(record, writer);
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

// A record from bytes that were out of this process's hands: nothing when they are not one
// whole record.
template <class T>
std::optional<T> unpackRow(QByteArrayView bytes)
{
    RowReader reader(bytes.data(), bytes.data() + bytes.size());
    T record = RowCodec<T>::read(reader);
    if (!reader.atEnd())
        return std::nullopt;
    return record;
}

// The packed rows of one table, in order. Replacing a row appends its new bytes; the old ones
// are reclaimed when more than half of what is kept is garbage. A copy shares the chunks, so
// that handing the rows to another thread costs the UI thread little.
template <class T>
class RowStore
{
public:
    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }

    T at(int row) const
    {
        RowReader reader(m_chunks[m_rows[size_t(row)].chunk]->data() + m_rows[size_t(row)].offset);
        return RowCodec<T>::read(reader);
    }

    // The first field of a row, which every codec makes the id.
    QString firstText(int row) const
    {
        RowReader reader(m_chunks[m_rows[size_t(row)].chunk]->data() + m_rows[size_t(row)].offset);
        return reader.text();
    }

    // What the rows take: their chunks and their places.
    qsizetype bytesUsed() const
    {
        size_t bytes = m_rows.capacity() * sizeof(Place);
        for (const Chunk& chunk : m_chunks)
            bytes += chunk->capacity();
        return qsizetype(bytes);
    }

    // Gives back the room the last chunk and the places have left (a load is done). Rows
    // name their chunk by number, so the last one may move (unless a copy reads it).
    void squeeze()
    {
        if (!m_chunks.empty() && sole(m_chunks.back()))
            shrinkIfRoomy(*m_chunks.back());
        shrinkIfRoomy(m_rows);
    }

    QByteArrayView firstUtf8(int row) const
    {
        RowReader reader(m_chunks[m_rows[size_t(row)].chunk]->data() + m_rows[size_t(row)].offset);
        return reader.utf8();
    }

    // Whether the row holds exactly this record.
    bool holds(int row, const T& record)
    {
        m_scratch.clear();
        RowWriter writer(m_scratch);
        RowCodec<T>::write(record, writer);
        const Place& place = m_rows[size_t(row)];
        return place.size == m_scratch.size() &&
               std::memcmp(m_chunks[place.chunk]->data() + place.offset, m_scratch.data(),
                           place.size) == 0;
    }

    void append(const T& record) { m_rows.push_back(write(record)); }
    // Bytes packed by RowCodec<T> (read back from a local store, checked by unpackRow()).
    void appendPacked(QByteArrayView bytes) { m_rows.push_back(place(bytes.data(), bytes.size())); }

    // A row's bytes as RowCodec<T> packed them.
    QByteArrayView packed(int row) const
    {
        const Place& at = m_rows[size_t(row)];
        return QByteArrayView(m_chunks[at.chunk]->data() + at.offset, qsizetype(at.size));
    }

    void replace(int row, const T& record)
    {
        m_garbage += m_rows[size_t(row)].size;
        m_rows[size_t(row)] = write(record);
        compactIfWasteful();
    }

    void remove(int first, int count)
    {
        for (int row = first; row < first + count; ++row)
            m_garbage += m_rows[size_t(row)].size;
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + first + count);
        compactIfWasteful();
    }

    void clear()
    {
        m_chunks.clear();
        m_rows.clear();
        m_garbage = 0;
    }

private:
    struct Place
    {
        quint32 chunk;
        quint32 offset;
        quint32 size;
    };
    // Chunks grow from small to ChunkSize: a table of a few rows does not hold a megabyte.
    static constexpr size_t FirstChunkSize = 16 << 10;
    static constexpr size_t ChunkSize = 1 << 20;
    // Shared with copies (a copy is a few pointers and the places, made on the UI thread for
    // a worker): filled chunks are never written again, so a copy may be read on any thread.
    using Chunk = std::shared_ptr<std::vector<char>>;
    // Whether no copy shares the chunk any more. use_count() is a relaxed read: the fence
    // orders what follows after the other thread's last read of the chunk.
    static bool sole(const Chunk& chunk)
    {
        if (chunk.use_count() != 1)
            return false;
        std::atomic_thread_fence(std::memory_order_acquire);
        return true;
    }

    Place write(const T& record)
    {
        m_scratch.clear();
        RowWriter writer(m_scratch);
        RowCodec<T>::write(record, writer);
        return place(m_scratch.data(), qsizetype(m_scratch.size()));
    }

    Place place(const char* bytes, qsizetype size)
    {
        // A chunk that a copy shares (another thread may read it) is never written again.
        if (m_chunks.empty() || !sole(m_chunks.back()) ||
            m_chunks.back()->size() + size_t(size) > m_chunks.back()->capacity()) {
            const size_t grown = m_chunks.empty() ? FirstChunkSize
                                                  : std::clamp(m_chunks.back()->capacity() * 2,
                                                               FirstChunkSize, ChunkSize);
            m_chunks.push_back(std::make_shared<std::vector<char>>());
            m_chunks.back()->reserve(std::max(grown, size_t(size)));
        }
        std::vector<char>& chunk = *m_chunks.back();
        const Place at{quint32(m_chunks.size() - 1), quint32(chunk.size()), quint32(size)};
        chunk.insert(chunk.end(), bytes, bytes + size);
        return at;
    }

    void compactIfWasteful()
    {
        size_t kept = 0;
        for (const Chunk& chunk : m_chunks)
            kept += chunk->size();
        if (m_garbage < qsizetype(ChunkSize) || size_t(m_garbage) * 2 < kept)
            return;
        std::vector<Chunk> chunks;
        std::vector<Place> rows;
        rows.reserve(m_rows.size());
        for (const Place& place : m_rows) {
            if (chunks.empty() || chunks.back()->size() + place.size > ChunkSize) {
                chunks.push_back(std::make_shared<std::vector<char>>());
                chunks.back()->reserve(std::max<size_t>(ChunkSize, place.size));
            }
            const char* from = m_chunks[place.chunk]->data() + place.offset;
            rows.push_back(
                {quint32(chunks.size() - 1), quint32(chunks.back()->size()), place.size});
            chunks.back()->insert(chunks.back()->end(), from, from + place.size);
        }
        m_chunks = std::move(chunks);
        m_rows = std::move(rows);
        m_garbage = 0;
    }

    std::vector<Chunk> m_chunks;
    std::vector<Place> m_rows;
    std::vector<char> m_scratch;
    qsizetype m_garbage = 0;
};

} // namespace balie::models
