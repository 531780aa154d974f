#include "SearchIndex.h"

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

void SearchIndex::append(QByteArrayView folded)
{
    m_spans.push_back({quint32(m_text.size()), quint32(folded.size())});
    m_text.insert(m_text.end(), folded.begin(), folded.end());
}

void SearchIndex::replace(int row, QByteArrayView folded)
{
    Span& span = m_spans.at(size_t(row));
    if (qsizetype(span.length) >= folded.size()) {
        std::memcpy(m_text.data() + span.offset, folded.data(), size_t(folded.size()));
        m_garbage += span.length - folded.size();
        span.length = quint32(folded.size());
        return;
    }
    m_garbage += span.length;
    span = {quint32(m_text.size()), quint32(folded.size())};
    m_text.insert(m_text.end(), folded.begin(), folded.end());
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
    m_text = {};
    m_spans = {};
    m_garbage = 0;
    ++m_generation;
}

void SearchIndex::reserve(int rows, qsizetype bytes)
{
    m_spans.reserve(size_t(rows));
    m_text.reserve(size_t(bytes));
}

QByteArrayView SearchIndex::text(int row) const
{
    const Span& span = m_spans.at(size_t(row));
    return QByteArrayView(m_text.data() + span.offset, span.length);
}

SearchIndex::Piece SearchIndex::segment(int row, int k) const
{
    const Span& span = m_spans[size_t(row)];
    std::string_view text(m_text.data() + span.offset, span.length);
    for (; k > 0; --k) {
        const size_t end = text.find('\n');
        if (end == std::string_view::npos)
            return {};
        text.remove_prefix(end + 1);
    }
    const size_t length = std::min(text.size(), text.find('\n'));
    return {quint32(text.data() - m_text.data()), quint32(length)};
}

bool SearchIndex::matches(int row, const QList<QByteArray>& words) const
{
    const Span& span = m_spans[size_t(row)];
    const std::string_view haystack(m_text.data() + span.offset, span.length);
    for (const QByteArray& word : words) {
        if (haystack.find(std::string_view(word.constData(), size_t(word.size()))) ==
            std::string_view::npos)
            return false;
    }
    return true;
}

qsizetype SearchIndex::bytesUsed() const
{
    return qsizetype(m_text.capacity() + m_spans.capacity() * sizeof(Span));
}

void SearchIndex::compactIfWasteful()
{
    if (m_garbage < 4096 || m_garbage * 2 < qsizetype(m_text.size()))
        return;
    std::vector<char> compact;
    compact.reserve(m_text.size() - size_t(m_garbage));
    for (Span& span : m_spans) {
        const quint32 offset = quint32(compact.size());
        compact.insert(compact.end(), m_text.begin() + span.offset,
                       m_text.begin() + span.offset + span.length);
        span.offset = offset;
    }
    m_text = std::move(compact);
    m_garbage = 0;
    ++m_generation;
}

} // namespace balie::models
