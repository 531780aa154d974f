// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDockWidget>
#include <QPointer>
#include <QTimer>

class QMessageBox;
class QPushButton;
class QLabel;
class QTableView;

namespace balie::models {
class OrganisationSession;
class Outbox;
class OutboxModel;
} // namespace balie::models

namespace balie::ui {

// "Wachtrij": the changes of the active connection that the server does not have yet, with
// their state and why they wait; a failed or waiting one can be sent again or dropped.
class OutboxPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit OutboxPanel(QWidget* parent = nullptr);

    void setOutbox(models::Outbox* outbox, const models::OrganisationSession* session);
    QTableView* table() const { return m_table; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* dropButton() const { return m_drop; }
    QPushButton* anotherTimeButton() const { return m_anotherTime; }
    QMessageBox* dropQuestion() const { return m_question; }

Q_SIGNALS:
    // The person wants the chosen booking made again at another time (its own was taken).
    void anotherTimeRequested(qint64 seq);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    void fitColumns();
    qint64 currentSeq() const;
    void retry();
    void askDrop();
    void chooseAnotherTime();

    models::OutboxModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QPushButton* m_retry;
    QPushButton* m_drop;
    QPushButton* m_anotherTime;
    QPointer<QMessageBox> m_question;
    QTimer m_fit; // the columns fit their texts at most a few times a second
};

} // namespace balie::ui
