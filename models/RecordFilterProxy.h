#pragma once

#include <QSortFilterProxyModel>

namespace balie::models {

// Sorts by the source's SortRole and filters as you type: a row stays when every word of the
// filter text appears (case- and accent-insensitively) in one of its columns.
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordFilterProxy(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_words.join(u' '); }

    static QString fold(const QString& text); // lower case, accents removed

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace balie::models
