// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "TodayPage.h"

#include "DayAgenda.h"
#include "Format.h"
#include "OrganisationSession.h"
#include "ResourceModels.h"
#include "bookings/BookingPresentation.h"
#include "shell/ShortcutText.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balie::ui {

namespace {

// Marks the appointment that comes next: a soft band, and a line above it where now is.
class NowLineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    // The status in the colours of the list and the calendar.
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != models::DayAgenda::StatusColumn ||
            (option->state & QStyle::State_Selected))
            return;
        const auto status = api::BookingStatus(index.data(models::DayAgenda::StatusRole).toInt());
        option->backgroundBrush = BookingPresentation::statusBackground(status);
        option->palette.setColor(QPalette::Text, BookingPresentation::statusForeground(status));
    }

public:
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        const bool next = index.data(models::DayAgenda::IsNextRole).toBool();
        if (next && !(option.state & QStyle::State_Selected)) {
            QColor band = option.palette.color(QPalette::Highlight);
            band.setAlpha(40);
            painter->fillRect(option.rect, band);
        }
        QStyledItemDelegate::paint(painter, option, index);
        if (next) {
            painter->save();
            painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
            painter->drawLine(option.rect.topLeft() + QPoint(0, 1),
                              option.rect.topRight() + QPoint(0, 1));
            painter->restore();
        }
    }
};

} // namespace

TodayPage::TodayPage(QWidget* parent)
    : QWidget(parent)
    , m_today(new models::DayAgenda(this))
    , m_tomorrow(new models::DayAgenda(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_nowLabel(new QLabel(this))
    , m_narrowed(new QLabel(this))
    , m_agenda(new QTreeView(this))
    , m_tomorrowTitle(new QLabel(this))
    , m_tomorrowList(new QLabel(this))
    , m_confirmButton(new QPushButton(this))
    , m_moveButton(new QPushButton(this))
    , m_completeButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(u"todayPage"_s);
    m_agenda->setObjectName(u"todayAgenda"_s);
    m_summary->setObjectName(u"todaySummary"_s);
    m_nowLabel->setObjectName(u"todayNow"_s);
    m_tomorrowList->setObjectName(u"tomorrowList"_s);
    // Server text is shown as it is, never as markup.
    for (QLabel* label :
         {m_title, m_summary, m_nowLabel, m_narrowed, m_tomorrowTitle, m_tomorrowList})
        label->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    QFont bold = m_tomorrowTitle->font();
    bold.setBold(true);
    m_tomorrowTitle->setFont(bold);
    m_narrowed->setWordWrap(true);
    m_narrowed->hide();
    m_tomorrowList->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tomorrow->setDate(QDate::currentDate().addDays(1));
    // Until shown, the days do not follow the bookings table.
    m_today->setActive(false);
    m_tomorrow->setActive(false);
    m_agenda->setModel(m_today);
    m_agenda->setRootIsDecorated(false);
    m_agenda->setUniformRowHeights(true);
    m_agenda->setAllColumnsShowFocus(true);
    m_agenda->setItemDelegate(new NowLineDelegate(m_agenda));
    m_agenda->header()->setStretchLastSection(false);
    m_agenda->header()->setSectionResizeMode(models::DayAgenda::CustomerColumn,
                                             QHeaderView::Stretch);
    m_agenda->installEventFilter(this);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_confirmButton, m_moveButton, m_completeButton, m_cancelButton})
        buttons->addWidget(b);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_narrowed);
    layout->addWidget(m_nowLabel);
    layout->addWidget(m_agenda, 1);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_tomorrowTitle);
    layout->addWidget(m_tomorrowList);

    createActions();
    connect(m_today, &models::DayAgenda::changed, this, &TodayPage::present);
    connect(m_tomorrow, &models::DayAgenda::changed, this, &TodayPage::present);
    // The chosen booking stays chosen as the day changes; until one is, the next one is.
    connect(m_today, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptId = currentId(); });
    connect(m_today, &QAbstractItemModel::modelReset, this, &TodayPage::restoreCurrent);
    connect(m_agenda, &QTreeView::activated, this, [this] { request(std::nullopt); });
    connect(m_agenda->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TodayPage::updateActions);
    m_clock.setInterval(30'000);
    connect(&m_clock, &QTimer::timeout, this, &TodayPage::tick);
    m_clock.start();
    retranslateUi();
    present();
}

void TodayPage::createActions()
{
    auto make = [this](const char* name, const QKeySequence& key,
                       std::optional<api::BookingAction> action, QPushButton* button) {
        auto* a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, [this, action] { request(action); });
        connect(button, &QPushButton::clicked, a, &QAction::trigger);
        connect(a, &QAction::changed, button, [a, button] { button->setEnabled(a->isEnabled()); });
        return a;
    };
    m_confirm = make("todayConfirmAction", QKeySequence(Qt::CTRL | Qt::Key_Return),
                     api::BookingAction::Confirm, m_confirmButton);
    m_move = make("todayMoveAction", QKeySequence(Qt::CTRL | Qt::Key_M),
                  api::BookingAction::Reschedule, m_moveButton);
    m_complete = make("todayCompleteAction", QKeySequence(Qt::CTRL | Qt::Key_D),
                      api::BookingAction::Complete, m_completeButton);
    m_cancel =
        make("todayCancelAction", QKeySequence::Delete, api::BookingAction::Cancel, m_cancelButton);
}

void TodayPage::setSession(models::OrganisationSession* session)
{
    m_session = session;
    models::BookingTableModel* bookings = session ? session->bookings() : nullptr;
    m_today->setSource(bookings);
    m_tomorrow->setSource(bookings);
    if (bookings)
        connect(bookings, &models::BookingTableModel::loadingChanged, this, &TodayPage::present,
                Qt::UniqueConnection);
    if (isVisible())
        Q_EMIT daysWanted(m_today->date(), m_tomorrow->date());
    present();
}

void TodayPage::setNow(const QDateTime& now)
{
    m_clockSet = true;
    m_today->setNow(now);
    m_tomorrow->setNow(now);
    present();
}

void TodayPage::tick()
{
    if (m_clockSet)
        return;
    const QDate today = QDate::currentDate();
    if (today != m_today->date()) {
        // After midnight: a new day.
        m_today->setDate(today);
        m_tomorrow->setDate(today.addDays(1));
        if (isVisible())
            Q_EMIT daysWanted(today, today.addDays(1));
    }
    m_today->setNow(QDateTime::currentDateTime());
    present();
}

void TodayPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_today->setActive(true);
    m_tomorrow->setActive(true);
    tick();
    Q_EMIT daysWanted(m_today->date(), m_tomorrow->date());
    restoreCurrent();
}

void TodayPage::restoreCurrent()
{
    int row = m_today->rowOf(m_keptId);
    if (row < 0 && m_agenda->currentIndex().isValid())
        row = m_agenda->currentIndex().row();
    if (row < 0 && m_today->rowCount() > 0)
        row = m_today->nextRow() >= 0 ? m_today->nextRow() : 0;
    if (row >= 0)
        m_agenda->setCurrentIndex(m_today->index(row, 0));
    updateActions();
}

void TodayPage::hideEvent(QHideEvent* event)
{
    // Hidden, the days do not read the bookings table at every change.
    m_today->setActive(false);
    m_tomorrow->setActive(false);
    if (!event->spontaneous()) // another tab, not a minimised window
        Q_EMIT daysNoLongerWanted();
    QWidget::hideEvent(event);
}

QString TodayPage::currentId() const
{
    const QModelIndex current = m_agenda->currentIndex();
    return current.isValid() ? current.data(models::DayAgenda::IdRole).toString() : QString();
}

void TodayPage::request(std::optional<api::BookingAction> action)
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    Q_EMIT actionRequested(id, action);
}

bool TodayPage::eventFilter(QObject* watched, QEvent* event)
{
    // Enter opens the booking, whatever the style makes of it.
    if (watched == m_agenda && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            request(std::nullopt);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TodayPage::updateActions()
{
    const int row = m_agenda->currentIndex().row();
    const bool valid = row >= 0 && row < m_today->rowCount();
    const bool actions = m_session && m_session->can(api::Capability::BookingActions);
    auto allows = [&](api::BookingAction action) {
        return valid && actions &&
               api::BookingStatuses::allows(m_today->booking(row).status, action);
    };
    m_confirm->setEnabled(allows(api::BookingAction::Confirm));
    m_move->setEnabled(allows(api::BookingAction::Reschedule));
    // Completing an appointment that has not begun is a slip of the hand.
    m_complete->setEnabled(allows(api::BookingAction::Complete) &&
                           m_today->booking(row).scheduledAt <= m_today->now());
    m_cancel->setEnabled(allows(api::BookingAction::Cancel));
}

void TodayPage::present()
{
    const QLocale locale;
    m_title->setText(tr("Today, %1").arg(locale.toString(m_today->date(), QLocale::LongFormat)));
    m_summary->setText(m_today->summary());
    const QString now = models::Format::clockTime(m_today->now().toLocalTime().time());
    const int next = m_today->nextRow();
    if (next >= 0) {
        const api::Booking& b = m_today->booking(next);
        m_nowLabel->setText(tr("Now %1 · next: %2 %3 (%4)")
                                .arg(now,
                                     models::Format::clockTime(b.scheduledAt.toLocalTime().time()),
                                     b.customerName, b.serviceName));
    } else {
        m_nowLabel->setText(tr("Now %1 · no more appointments today").arg(now));
    }
    // Today is what the bookings table holds: said when it holds only some of them.
    const models::BookingTableModel* bookings = m_session ? m_session->bookings() : nullptr;
    const bool narrowed =
        bookings && (bookings->query().status || !bookings->query().customerId.isEmpty());
    m_narrowed->setVisible(narrowed);
    m_narrowed->setText(tr("Only the bookings the Bookings tab's filters let through are shown: "
                           "clear its status and customer filters to see the whole day."));

    QStringList first;
    for (int row = 0; row < m_tomorrow->rowCount() && first.size() < 5; ++row) {
        const api::Booking& b = m_tomorrow->booking(row);
        if (b.status == api::BookingStatus::Cancelled)
            continue;
        first << tr("%1  %2 · %3")
                     .arg(models::Format::clockTime(b.scheduledAt.toLocalTime().time()),
                          b.customerName, b.serviceName);
    }
    m_tomorrowList->setText(first.isEmpty() ? tr("No appointments") : first.join(u'\n'));
    for (int column = 0; column < models::DayAgenda::ColumnCount; ++column) {
        if (column != models::DayAgenda::CustomerColumn)
            m_agenda->resizeColumnToContents(column);
    }
    updateActions();
}

void TodayPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TodayPage::retranslateUi()
{
    m_tomorrowTitle->setText(tr("Tomorrow"));
    m_confirm->setText(tr("Confirm"));
    m_move->setText(tr("Move…"));
    m_complete->setText(tr("Complete"));
    m_cancel->setText(tr("Cancel Booking…"));
    m_confirmButton->setText(m_confirm->text());
    m_moveButton->setText(m_move->text());
    m_completeButton->setText(m_complete->text());
    m_cancelButton->setText(m_cancel->text());
    for (auto [button, action] : {std::pair{m_confirmButton, m_confirm},
                                  {m_moveButton, m_move},
                                  {m_completeButton, m_complete},
                                  {m_cancelButton, m_cancel}})
        button->setToolTip(withShortcut(action->text(), action->shortcut()));
    m_agenda->setAccessibleName(tr("Today's bookings"));
    present();
}

} // namespace balie::ui
