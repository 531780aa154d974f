// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "DeskSearch.h"

#include "Format.h"
#include "OrganisationSession.h"
#include "RecordFilterProxy.h"
#include "ResourceModels.h"
#include "SearchIndex.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace balie::models {

namespace {

RecordFilterProxy* makeFinder(QObject* parent)
{
    auto* finder = new RecordFilterProxy(parent);
    // Nothing is looked at until something is typed; then only the first few are taken.
    finder->setEmptyWhenUnfiltered(true);
    return finder;
}

} // namespace

DeskSearch::DeskSearch(QObject* parent)
    : QAbstractListModel(parent)
    , m_customers(makeFinder(this))
    , m_bookings(makeFinder(this))
    , m_products(makeFinder(this))
{}

DeskSearch::~DeskSearch() = default;

void DeskSearch::setSession(OrganisationSession* session)
{
    m_session = session;
    m_customers->setSourceModel(session ? session->customers() : nullptr);
    m_bookings->setSourceModel(session ? session->bookings() : nullptr);
    m_products->setSourceModel(session ? session->products() : nullptr);
    if (session) {
        // Names first: "sophie" finds Sophie before the addresses at sophie.example.
        m_customers->setPreferredColumn(0);
        m_products->setPreferredColumn(0);
    }
    rebuild();
}

std::optional<QDate> DeskSearch::dayOf(const QString& word) const
{
    const QString w = word.toLower();
    const auto is = [&w](std::initializer_list<QString> names) {
        for (const QString& name : names) {
            if (w == name.toLower())
                return true;
        }
        return false;
    };
    if (is({u"today"_s, u"vandaag"_s, tr("today")}))
        return today();
    if (is({u"tomorrow"_s, u"morgen"_s, tr("tomorrow")}))
        return today().addDays(1);
    if (is({u"yesterday"_s, u"gisteren"_s, tr("yesterday")}))
        return today().addDays(-1);
    return std::nullopt;
}

void DeskSearch::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    rebuild();
}

void DeskSearch::rebuild()
{
    // A day word narrows the bookings to that day; the other words search as typed.
    std::optional<QDate> day;
    QStringList rest;
    for (const QString& word : m_text.split(u' ', Qt::SkipEmptyParts)) {
        if (const std::optional<QDate> named = dayOf(word); named && !day)
            day = named;
        else
            rest << word;
    }
    const QString words = rest.join(u' ');
    m_customers->setFilterText(day ? QString() : words);
    m_products->setFilterText(day ? QString() : words);
    m_bookings->setFilterText(day ? QString() : words);

    beginResetModel();
    m_hits.clear();
    if (m_session && !m_text.trimmed().isEmpty()) {
        if (!day)
            addGroup(tr("Customers"), customers());
        addGroup(tr("Bookings"), bookings(day, words));
        if (!day)
            addGroup(tr("Products"), products());
    }
    endResetModel();
}

void DeskSearch::addGroup(const QString& heading, const QList<Hit>& hits)
{
    if (hits.isEmpty())
        return;
    m_hits.append({Kind::Heading, heading, {}});
    m_hits.append(hits);
}

QList<DeskSearch::Hit> DeskSearch::customers() const
{
    QList<Hit> hits;
    const CustomerTableModel* table = m_session->customers();
    for (int match = 0; match < m_customers->matchCount() && hits.size() < PerGroup; ++match) {
        const int row = m_customers->sourceRowOfMatch(match);
        const api::Customer c = table->record(row);
        QStringList parts{c.name};
        for (const QString& detail : {c.email, c.phone}) {
            if (!detail.isEmpty())
                parts << detail;
        }
        hits.append({Kind::Customer, parts.join(u"  ·  "_s), c.id});
    }
    return hits;
}

QList<DeskSearch::Hit> DeskSearch::bookings(const std::optional<QDate>& day,
                                            const QString& words) const
{
    QList<Hit> hits;
    const BookingTableModel* table = m_session->bookings();
    const auto hitOf = [](const api::Booking& b) {
        const QDateTime start = b.scheduledAt.toLocalTime();
        const QString when = QLocale().toString(start.date(), QLocale::ShortFormat) + u' ' +
                             Format::clockTime(start.time());
        return Hit{Kind::Booking,
                   u"%1  ·  %2  ·  %3  ·  %4"_s.arg(when, b.customerName, b.serviceName,
                                                    api::BookingStatuses::displayName(b.status)),
                   b.id};
    };
    if (!day) {
        for (int match = 0; match < m_bookings->matchCount() && hits.size() < PerGroup; ++match) {
            const int row = m_bookings->sourceRowOfMatch(match);
            hits.append(hitOf(table->record(row)));
        }
        return hits;
    }
    // That day's bookings in time order, those with the other words.
    const QList<QByteArray> wanted = SearchIndex::words(words);
    QList<api::Booking> found;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QDateTime start =
            table->index(row, 0).data(BookingTableModel::StartRole).toDateTime();
        if (start.toLocalTime().date() != *day)
            continue;
        if (!wanted.isEmpty() && !table->searchIndex().matches(row, wanted))
            continue;
        found.append(table->record(row));
    }
    std::sort(found.begin(), found.end(),
              [](const auto& a, const auto& b) { return a.scheduledAt < b.scheduledAt; });
    for (const api::Booking& booking : std::as_const(found)) {
        if (hits.size() == PerGroup * 2) // a day's list may be longer
            break;
        hits.append(hitOf(booking));
    }
    return hits;
}

QList<DeskSearch::Hit> DeskSearch::products() const
{
    QList<Hit> hits;
    const ProductTableModel* table = m_session->products();
    for (int match = 0; match < m_products->matchCount() && hits.size() < PerGroup; ++match) {
        const int row = m_products->sourceRowOfMatch(match);
        const api::Product p = table->record(row);
        QString text = p.name;
        if (!p.eanUpc.isEmpty())
            text += u"  ·  "_s + p.eanUpc;
        if (p.stockOnHand)
            text += u"  ·  "_s + tr("%1 in stock").arg(QLocale().toString(*p.stockOnHand));
        hits.append({Kind::Product, text, p.id});
    }
    return hits;
}

int DeskSearch::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

Qt::ItemFlags DeskSearch::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Headings are not chosen.
    return m_hits.at(index.row()).kind == Kind::Heading ? Qt::ItemIsEnabled
                                                        : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant DeskSearch::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const Hit& hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return hit.text;
    case Qt::FontRole:
        if (hit.kind == Kind::Heading) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case KindRole:
        return int(hit.kind);
    case IdRole:
        return hit.id;
    default:
        return {};
    }
}

} // namespace balie::models
