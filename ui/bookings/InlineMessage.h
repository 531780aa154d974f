// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace balie::ui {

// A non-modal message inside a dialog: one sentence for the user, technical details behind a
// "Details" disclosure, and optionally one button that offers a way out (such as "Book at ...").
class InlineMessage : public QFrame
{
    Q_OBJECT

public:
    explicit InlineMessage(QWidget* parent = nullptr);

    void showMessage(const QString& text, const QString& details = {});
    // The offered way out; an empty text hides the button.
    void setAction(const QString& text);
    void setActionEnabled(bool enabled);
    void clear();

    QString text() const;
    QPushButton* actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_text;
    QToolButton* m_detailsToggle;
    QLabel* m_details;
    QPushButton* m_action;
};

} // namespace balie::ui
