// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <optional>

namespace balie::models {

class OrganisationSession;
class RecordFilterProxy;

// One search over the organisation the desk works on: customers (name, e-mail, phone typed
// with or without spaces), bookings (customer, service, and a day said as "today", "morgen"…)
// and products (name, EAN), a few of each, grouped under a heading. Each keystroke narrows
// what the previous one found where it can, as the tables' filters do.
class DeskSearch : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Heading,
        Customer,
        Booking,
        Product
    };
    Q_ENUM(Kind)
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        IdRole
    };
    static constexpr int PerGroup = 6;

    explicit DeskSearch(QObject* parent = nullptr);
    ~DeskSearch() override;

    void setSession(OrganisationSession* session);
    void setText(const QString& text);
    QString text() const { return m_text; }
    // What "today" is for the day words (tests set it; otherwise the clock's).
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const { return m_today.value_or(QDate::currentDate()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // The day a word names ("today", "vandaag", "tomorrow", "morgen", "yesterday",
    // "gisteren"), in English and in the user's language.
    std::optional<QDate> dayOf(const QString& word) const;

private:
    struct Hit
    {
        Kind kind;
        QString text;
        QString id;
    };
    void rebuild();
    void addGroup(const QString& heading, const QList<Hit>& hits);
    QList<Hit> customers() const;
    QList<Hit> bookings(const std::optional<QDate>& day, const QString& words) const;
    QList<Hit> products() const;

    QPointer<OrganisationSession> m_session;
    RecordFilterProxy* m_customers;
    RecordFilterProxy* m_bookings;
    RecordFilterProxy* m_products;
    QString m_text;
    std::optional<QDate> m_today;
    QList<Hit> m_hits;
};

} // namespace balie::models
