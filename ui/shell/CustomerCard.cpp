// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "CustomerCard.h"

#include "DialogTitle.h"
#include "Format.h"
#include "OrganisationSession.h"
#include "PlainText.h"
#include "ResourceModels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balie::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

// A link of our own making around server text, which stays text.
QString link(const QString& scheme, const QString& target, const QString& shown)
{
    const QString href = scheme + QString::fromLatin1(QUrl::toPercentEncoding(target, "+@"));
    return u"<a href=\"%1\">%2</a>"_s.arg(href.toHtmlEscaped(), shown.toHtmlEscaped());
}

QTreeWidget* bookingList(QWidget* parent, const QString& name)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setRootIsDecorated(false);
    list->setColumnCount(3);
    list->setUniformRowHeights(true);
    list->setAllColumnsShowFocus(true);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

CustomerCard::CustomerCard(models::OrganisationSession* session, const QString& customerId,
                           QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_customerId(customerId)
    , m_name(plainLabel(this))
    , m_contact(new QLabel(this))
    , m_upcomingTitle(plainLabel(this))
    , m_upcoming(bookingList(this, u"upcomingBookings"_s))
    , m_pastTitle(plainLabel(this))
    , m_past(bookingList(this, u"pastBookings"_s))
    , m_newBooking(new QPushButton(tr("&New booking"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
{
    setObjectName(u"customerCard"_s);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_name->setFont(big);
    m_contact->setObjectName(u"customerContact"_s);
    m_contact->setTextFormat(Qt::RichText);
    m_contact->setOpenExternalLinks(true);
    m_contact->setTextInteractionFlags(Qt::TextBrowserInteraction);
    for (QTreeWidget* list : {m_upcoming, m_past}) {
        list->setHeaderLabels({tr("When"), tr("Service"), tr("Status")});
        connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
            Q_EMIT bookingChosen(item->data(0, IdRole).toString());
        });
    }
    m_newBooking->setObjectName(u"cardNewBooking"_s);
    m_edit->setObjectName(u"cardEdit"_s);
    m_newBooking->setDefault(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_newBooking, QDialogButtonBox::ActionRole);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_newBooking, &QPushButton::clicked, this,
            [this] { Q_EMIT newBookingRequested(m_customerId); });
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_customerId); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_contact);
    layout->addSpacing(6);
    layout->addWidget(m_upcomingTitle);
    layout->addWidget(m_upcoming, 1);
    layout->addWidget(m_pastTitle);
    layout->addWidget(m_past, 1);
    layout->addWidget(buttons);
    resize(560, 520);

    // Changes that come together (pages of rows) are shown once.
    m_later.setSingleShot(true);
    m_later.setInterval(100);
    connect(&m_later, &QTimer::timeout, this, &CustomerCard::present);
    if (session) {
        for (QAbstractItemModel* table : {static_cast<QAbstractItemModel*>(session->customers()),
                                          static_cast<QAbstractItemModel*>(session->bookings())}) {
            const auto later = [this] {
                if (!m_later.isActive())
                    m_later.start();
            };
            connect(table, &QAbstractItemModel::dataChanged, this, later);
            connect(table, &QAbstractItemModel::rowsInserted, this, later);
            connect(table, &QAbstractItemModel::rowsRemoved, this, later);
            connect(table, &QAbstractItemModel::modelReset, this, later);
        }
    }
    present();
}

void CustomerCard::present()
{
    if (!m_session)
        return;
    const std::optional<api::Customer> customer = m_session->customers()->find(m_customerId);
    if (!customer)
        return;
    setWindowTitle(dialogTitle(customer->name, m_session));
    m_name->setText(customer->name);
    QStringList lines;
    if (!customer->phone.isEmpty())
        lines << tr("Phone: %1")
                     .arg(link(u"tel:"_s, models::Format::dialNumber(customer->phone),
                               customer->phone));
    if (!customer->email.isEmpty())
        lines << tr("E-mail: %1").arg(link(u"mailto:"_s, customer->email, customer->email));
    if (!customer->company.isEmpty())
        lines << tr("Company: %1").arg(customer->company.toHtmlEscaped());
    m_contact->setText(lines.isEmpty() ? tr("No contact details") : lines.join(u"<br>"_s));
    m_edit->setVisible(m_session->can(api::Capability::UpdateCustomer));
    m_newBooking->setVisible(m_session->can(api::Capability::CreateBooking));

    // Their bookings among those loaded: coming ones soonest first, past ones latest first.
    QList<api::Booking> coming;
    QList<api::Booking> gone;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const api::Booking& b : m_session->bookings()->records()) {
        if (b.customerId == m_customerId)
            (b.scheduledAt >= now ? coming : gone).append(b);
    }
    std::sort(coming.begin(), coming.end(),
              [](const auto& a, const auto& b) { return a.scheduledAt < b.scheduledAt; });
    std::sort(gone.begin(), gone.end(),
              [](const auto& a, const auto& b) { return a.scheduledAt > b.scheduledAt; });
    const auto fill = [](QTreeWidget* list, const QList<api::Booking>& bookings) {
        list->clear();
        for (const api::Booking& b : bookings) {
            auto* item =
                new QTreeWidgetItem(list, {models::Format::dateTime(b.scheduledAt), b.serviceName,
                                           api::BookingStatuses::displayName(b.status)});
            item->setData(0, IdRole, b.id);
        }
        list->resizeColumnToContents(0);
        list->resizeColumnToContents(1);
    };
    fill(m_upcoming, coming);
    fill(m_past, gone);
    m_upcomingTitle->setText(tr("Coming bookings (%1)").arg(QLocale().toString(coming.size())));
    m_pastTitle->setText(tr("Past bookings (%1), of the dates the Bookings tab has loaded")
                             .arg(QLocale().toString(gone.size())));
}

} // namespace balie::ui
