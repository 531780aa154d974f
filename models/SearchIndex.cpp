// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "SearchIndex.h"

#include "Format.h"
#include "VectorRoom.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace balie::models {

namespace {

// The compatibility decomposition of one character without its combining marks, case-folded,
// appended as UTF-8: what NFKD, dropping Mn and case folding do to the whole text, done where
// the text is not ASCII only.
void appendFolded(char32_t c, QByteArray& out)
{
    const QString decomposed = QChar::decomposition(c);
    if (decomposed.isEmpty()) {
        if (QChar::category(c) == QChar::Mark_NonSpacing)
            return;
        const char32_t folded = QChar::toCaseFolded(c);
        const QString one = QString::fromUcs4(&folded, 1);
        out += one.toUtf8();
        return;
    }
    // Decompositions may decompose further ("ǖ": "ü" and a macron).
    for (const char32_t d : decomposed.toUcs4())
        appendFolded(d, out);
}

} // namespace

QByteArray SearchIndex::fold(QStringView text)
{
    // Most text is ASCII: lower-cased byte by byte; other characters one by one.
    QByteArray folded;
    folded.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x80) {
            folded += char(u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u);
            continue;
        }
        // "Çelik" and "celik", "Müller" and "muller" match.
        char32_t c = u;
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(u, text[++i].unicode());
        appendFolded(c, folded);
    }
    return folded;
}

QString SearchIndex::phoneText(QStringView phone)
{
    const QString digits = Format::dialNumber(phone);
    if (digits.size() < 4)
        return phone.toString(); // not a number to dial
    // +31 6… or 0031 6…: at home 06… (a two-digit country code; one-digit +1 numbers are
    // dialled at home without it, which the digits hold as they are).
    QStringView national;
    if (digits.startsWith(u'+'))
        national = QStringView(digits).mid(3);
    else if (digits.startsWith(u"00"))
        national = QStringView(digits).mid(4);
    if (national.isEmpty() || national.startsWith(u'0'))
        return digits;
    return digits + QStringLiteral(" 0") + national.toString();
}

QList<QByteArray> SearchIndex::words(QStringView filter)
{
    QList<QByteArray> result;
    const QByteArray folded = fold(filter);
    for (const QByteArray& word : folded.split(' ')) {
        const QByteArray trimmed = word.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result.append(trimmed);
    }
    return result;
}

SearchIndex::Span SearchIndex::place(QByteArrayView folded)
{
    const quint32 length = quint32(std::min<qsizetype>(folded.size(), ChunkSize));
    // A chunk is never quite full: an offset at its end would name the next chunk.
    if (m_chunks.empty() || m_chunks.back().size() + length >= ChunkSize)
        m_chunks.emplace_back();
    std::vector<char>& chunk = m_chunks.back();
    if (chunk.size() + length > chunk.capacity()) {
        // Grown by doubling up to a chunk's size: a small table holds little.
        chunk.reserve(std::clamp<size_t>(std::max(chunk.capacity() * 2, chunk.size() + length),
                                         FirstChunkSize, ChunkSize));
    }
    const Span span{quint32((m_chunks.size() - 1) << ChunkBits) | quint32(chunk.size()), length};
    chunk.insert(chunk.end(), folded.data(), folded.data() + length);
    m_bytes += length;
    return span;
}

void SearchIndex::append(QByteArrayView folded)
{
    m_spans.push_back(place(folded));
}

void SearchIndex::replace(int row, QByteArrayView folded)
{
    Span& span = m_spans.at(size_t(row));
    if (qsizetype(span.length) >= folded.size()) {
        std::memcpy(at(span.offset), folded.data(), size_t(folded.size()));
        m_garbage += span.length - folded.size();
        span.length = quint32(folded.size());
        return;
    }
    m_garbage += span.length;
    span = place(folded);
    compactIfWasteful();
}

void SearchIndex::remove(int first, int count)
{
    for (int row = first; row < first + count; ++row)
        m_garbage += m_spans.at(size_t(row)).length;
    m_spans.erase(m_spans.begin() + first, m_spans.begin() + first + count);
    compactIfWasteful();
}

void SearchIndex::clear()
{
    m_chunks = {};
    m_spans = {};
    m_bytes = 0;
    m_garbage = 0;
    ++m_generation;
}

void SearchIndex::reserve(int rows)
{
    m_spans.reserve(size_t(rows));
}

void SearchIndex::squeeze()
{
    if (!m_chunks.empty())
        shrinkIfRoomy(m_chunks.back());
    shrinkIfRoomy(m_spans);
}

QByteArrayView SearchIndex::text(int row) const
{
    const Span& span = m_spans.at(size_t(row));
    return QByteArrayView(at(span.offset), span.length);
}

SearchIndex::Piece SearchIndex::segment(int row, int k) const
{
    const Span& span = m_spans[size_t(row)];
    std::string_view text(at(span.offset), span.length);
    quint32 skipped = 0;
    for (; k > 0; --k) {
        const size_t end = text.find('\n');
        if (end == std::string_view::npos)
            return {};
        text.remove_prefix(end + 1);
        skipped += quint32(end + 1);
    }
    const size_t length = std::min(text.size(), text.find('\n'));
    return {span.offset + skipped, quint32(length)};
}

bool SearchIndex::matches(int row, const QList<QByteArray>& words) const
{
    const Span& span = m_spans[size_t(row)];
    const std::string_view haystack(at(span.offset), span.length);
    for (const QByteArray& word : words) {
        if (haystack.find(std::string_view(word.constData(), size_t(word.size()))) ==
            std::string_view::npos)
            return false;
    }
    return true;
}

qsizetype SearchIndex::bytesUsed() const
{
    size_t bytes = m_spans.capacity() * sizeof(Span);
    for (const std::vector<char>& chunk : m_chunks)
        bytes += chunk.capacity();
    return qsizetype(bytes);
}

void SearchIndex::compactIfWasteful()
{
    if (m_garbage < 4096 || m_garbage * 2 < m_bytes)
        return;
    SearchIndex compact;
    compact.reserve(size());
    for (const Span& span : m_spans)
        compact.append(QByteArrayView(at(span.offset), span.length));
    compact.m_generation = m_generation + 1;
    *this = std::move(compact);
}

} // namespace balie::models
