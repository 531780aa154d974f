// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace balie::ui {

// The first-run state: no connection is configured yet. Offers the demo and a new connection.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    QPushButton* demoButton() const { return m_demo; }
    QPushButton* addButton() const { return m_add; }

Q_SIGNALS:
    void demoRequested();
    void addConnectionRequested();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_demo;
    QPushButton* m_add;
};

} // namespace balie::ui
