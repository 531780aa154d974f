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
// "celik" match), UTF-8, the row's fields separated by newlines. All rows share one buffer:
// tens of bytes a row instead of a string object per field.
class SearchIndex
{
public:
    // The folded form of `text`, as rows and filter words are compared.
    static QByteArray fold(QStringView text);
    // The words of a filter text, folded; a row matches when it contains every one.
    static QList<QByteArray> words(QStringView filter);

    int size() const { return int(m_spans.size()); }
    qsizetype textBytes() const { return qsizetype(m_text.size()) - m_garbage; }
    void append(QByteArrayView folded);
    void replace(int row, QByteArrayView folded);
    void remove(int first, int count);
    void clear();
    void reserve(int rows, qsizetype bytes);

    QByteArrayView text(int row) const;

    // Where the k-th field of a row's text is (fields end in a newline): valid until the
    // generation changes (the buffer was compacted or cleared).
    struct Piece
    {
        quint32 offset = 0;
        quint32 length = 0;
    };
    Piece segment(int row, int k) const;
    std::string_view view(Piece piece) const
    {
        return std::string_view(m_text.data() + piece.offset, piece.length);
    }
    quint64 generation() const { return m_generation; }
    bool matches(int row, const QList<QByteArray>& words) const;
    qsizetype bytesUsed() const;

private:
    void compactIfWasteful();

    struct Span
    {
        quint32 offset;
        quint32 length;
    };
    std::vector<char> m_text;
    std::vector<Span> m_spans;
    qsizetype m_garbage = 0; // bytes of replaced or removed rows still in m_text
    quint64 m_generation = 0;
};

} // namespace balie::models
