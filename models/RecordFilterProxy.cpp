#include "RecordFilterProxy.h"

#include "RecordTableModel.h"

using namespace Qt::StringLiterals;

namespace balie::models {

RecordFilterProxy::RecordFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

QString RecordFilterProxy::fold(const QString& text)
{
    // "Çelik" and "celik", "Müller" and "muller" match: decompose, drop the combining marks.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toCaseFolded());
    }
    return folded;
}

void RecordFilterProxy::setFilterText(const QString& text)
{
    const QStringList words = fold(text).split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel* model = sourceModel();
    QString haystack;
    for (int c = 0; c < model->columnCount(sourceParent); ++c) {
        haystack += model->index(sourceRow, c, sourceParent).data(Qt::DisplayRole).toString();
        haystack += u'\n';
    }
    haystack = fold(haystack);
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace balie::models
