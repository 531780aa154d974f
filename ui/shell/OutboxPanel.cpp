// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "OutboxPanel.h"

#include "Outbox.h"
#include "OutboxModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balie::ui {

OutboxPanel::OutboxPanel(QWidget* parent)
    : QDockWidget(parent)
    , m_model(new models::OutboxModel(this))
{
    setObjectName(u"outboxPanel"_s);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    auto* body = new QWidget(this);
    m_table = new QTableView(body);
    m_table->setObjectName(u"outboxTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Not ResizeToContents: that measures every row again at each change of the queue, and a
    // queue of a hundred changes being sent changes a hundred times.
    m_fit.setSingleShot(true);
    m_fit.setInterval(250);
    connect(&m_fit, &QTimer::timeout, this, &OutboxPanel::fitColumns);
    m_empty = new QLabel(body);
    m_empty->setObjectName(u"outboxEmpty"_s);
    m_empty->setTextFormat(Qt::PlainText);
    m_retry = new QPushButton(body);
    m_retry->setObjectName(u"outboxRetry"_s);
    m_drop = new QPushButton(body);
    m_drop->setObjectName(u"outboxDrop"_s);
    m_anotherTime = new QPushButton(body);
    m_anotherTime->setObjectName(u"outboxAnotherTime"_s);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_empty);
    buttons->addStretch(1);
    buttons->addWidget(m_anotherTime);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_drop);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_retry, &QPushButton::clicked, this, &OutboxPanel::retry);
    connect(m_drop, &QPushButton::clicked, this, &OutboxPanel::askDrop);
    connect(m_anotherTime, &QPushButton::clicked, this, &OutboxPanel::chooseAnotherTime);
    // Enter or a double click on a booking whose time was taken opens it.
    connect(m_table, &QAbstractItemView::activated, this, &OutboxPanel::chooseAnotherTime);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (isVisible() && !m_fit.isActive())
            m_fit.start();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OutboxPanel::updateButtons);
    retranslateUi();
    updateButtons();
}

void OutboxPanel::setOutbox(models::Outbox* outbox, const models::OrganisationSession* session)
{
    m_model->setOutbox(outbox, session);
}

qint64 OutboxPanel::currentSeq() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(models::OutboxModel::SeqRole).toLongLong() : 0;
}

void OutboxPanel::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    const QModelIndex row = m_table->currentIndex();
    m_retry->setEnabled(row.isValid() && row.data(models::OutboxModel::CanDropRole).toBool());
    m_drop->setEnabled(row.isValid() && row.data(models::OutboxModel::CanDropRole).toBool());
    const bool anotherTime =
        row.isValid() && row.data(models::OutboxModel::WantsAnotherTimeRole).toBool();
    m_anotherTime->setVisible(anotherTime);
    m_anotherTime->setDefault(anotherTime);
    m_empty->setVisible(m_model->rowCount() == 0);
}

void OutboxPanel::fitColumns()
{
    if (m_model->rowCount() == 0)
        return; // the headers keep their widths
    for (int column : {int(models::OutboxModel::MadeColumn), int(models::OutboxModel::ChangeColumn),
                       int(models::OutboxModel::StateColumn)})
        m_table->resizeColumnToContents(column);
}

void OutboxPanel::showEvent(QShowEvent* event)
{
    fitColumns();
    QDockWidget::showEvent(event);
}

void OutboxPanel::retry()
{
    if (models::Outbox* outbox = m_model->outbox())
        outbox->retry(currentSeq());
}

void OutboxPanel::chooseAnotherTime()
{
    const QModelIndex row = m_table->currentIndex();
    if (row.isValid() && row.data(models::OutboxModel::WantsAnotherTimeRole).toBool())
        Q_EMIT anotherTimeRequested(currentSeq());
}

void OutboxPanel::askDrop()
{
    const qint64 seq = currentSeq();
    models::Outbox* outbox = m_model->outbox();
    if (!seq || !outbox)
        return;
    const QString what = m_table->currentIndex()
                             .siblingAtColumn(models::OutboxModel::ChangeColumn)
                             .data()
                             .toString();
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Drop the change"),
                        tr("Drop \"%1\"? It is not sent, and cannot be brought back.").arg(what),
                        QMessageBox::NoButton, this);
    box->setTextFormat(Qt::PlainText);
    box->addButton(tr("&Drop"), QMessageBox::AcceptRole);
    QPushButton* keep = box->addButton(tr("&Keep"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_question = box;
    const QPointer<models::Outbox> guarded(outbox);
    connect(box, &QMessageBox::finished, this, [box, guarded, seq] {
        if (guarded && box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole)
            guarded->drop(seq);
    });
    box->open();
}

void OutboxPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void OutboxPanel::retranslateUi()
{
    setWindowTitle(tr("Queue"));
    m_empty->setText(tr("Every change has reached the server."));
    m_retry->setText(tr("Send &again"));
    m_retry->setToolTip(tr("Send the chosen change again now, with the same key"));
    m_drop->setText(tr("D&rop…"));
    m_anotherTime->setText(tr("Choose another &time…"));
    m_anotherTime->setToolTip(tr("Open the booking at the next free time and book it there"));
    m_drop->setToolTip(tr("Take the chosen change out without sending it"));
    m_table->setAccessibleName(tr("Changes waiting to be sent"));
}

} // namespace balie::ui
