// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "SearchPopup.h"

#include "OrganisationSession.h"
#include "PlainText.h"
#include "PopupPlacement.h"

#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balie::ui {

using models::DeskSearch;

SearchPopup::SearchPopup(QWidget* parent)
    : QFrame(parent, Qt::Popup)
    , m_results(new DeskSearch(this))
    , m_title(plainLabel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_empty(plainLabel(this))
{
    setObjectName(u"searchPopup"_s);
    setFrameShape(QFrame::StyledPanel);
    m_search->setObjectName(u"deskSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"deskSearchResults"_s);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // keys stay in the search field
    m_list->setModel(m_results);
    m_empty->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_search);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);

    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &SearchPopup::search);
    connect(m_search, &QLineEdit::returnPressed, this, &SearchPopup::openCurrent);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& index) {
        if (index.flags() & Qt::ItemIsSelectable) {
            m_list->setCurrentIndex(index);
            openCurrent();
        }
    });
    retranslateUi();
}

void SearchPopup::popup(models::OrganisationSession* session)
{
    m_results->setSession(session);
    m_search->clear();
    showAtWindowTop(this, 2.0 / 3.0, 420, 760, 420);
    m_search->setFocus(Qt::PopupFocusReason);
}

void SearchPopup::search(const QString& text)
{
    m_results->setText(text);
    m_list->setCurrentIndex({});
    step(+1); // the first result, under its heading
    const bool nothing = !text.trimmed().isEmpty() && m_results->rowCount() == 0;
    m_empty->setVisible(nothing);
}

void SearchPopup::step(int direction)
{
    const int rows = m_results->rowCount();
    int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row()
                                               : (direction > 0 ? -1 : rows);
    for (row += direction; row >= 0 && row < rows; row += direction) {
        const QModelIndex index = m_results->index(row, 0);
        if (index.flags() & Qt::ItemIsSelectable) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            return;
        }
    }
}

void SearchPopup::openCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !(current.flags() & Qt::ItemIsSelectable))
        return;
    const auto kind = DeskSearch::Kind(current.data(DeskSearch::KindRole).toInt());
    const QString id = current.data(DeskSearch::IdRole).toString();
    hide();
    Q_EMIT chosen(kind, id);
}

bool SearchPopup::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Up:
            step(-1);
            return true;
        case Qt::Key_Down:
            step(+1);
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void SearchPopup::hideEvent(QHideEvent* event)
{
    // Nothing is searched while the popup is away: the tables load without it.
    m_search->clear();
    m_results->setSession(nullptr);
    QFrame::hideEvent(event);
}

void SearchPopup::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void SearchPopup::retranslateUi()
{
    m_title->setText(tr("Search customers, bookings and products"));
    m_search->setPlaceholderText(tr("Name, e-mail, phone, service, \"today\", EAN…"));
    m_search->setAccessibleName(tr("Search"));
    m_list->setAccessibleName(tr("Results"));
    m_empty->setText(tr("Nothing found."));
}

} // namespace balie::ui
