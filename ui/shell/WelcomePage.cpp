// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "WelcomePage.h"

#include "PlainText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balie::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_icon(plainLabel(this))
    , m_title(plainLabel(this))
    , m_text(plainLabel(this))
    , m_demo(new QPushButton(this))
    , m_add(new QPushButton(this))
{
    setObjectName(u"welcomePage"_s);
    m_icon->setPixmap(QIcon(u":/icons/balie.svg"_s).pixmap(96, 96));
    m_icon->setAlignment(Qt::AlignCenter);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setFixedWidth(520); // a wrapped label needs a width to compute its height
    m_demo->setObjectName(u"tryDemo"_s);
    m_demo->setDefault(true);
    m_add->setObjectName(u"addConnection"_s);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_demo);
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(3);
    setTabOrder(m_demo, m_add);
    setFocusProxy(m_demo);

    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_add, &QPushButton::clicked, this, &WelcomePage::addConnectionRequested);
    retranslateUi();
}

void WelcomePage::keyPressEvent(QKeyEvent* event)
{
    // Enter does what the page offers first: a push button outside a dialog does not take it.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        (m_add->hasFocus() ? m_add : m_demo)->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WelcomePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_demo->setFocus(Qt::OtherFocusReason);
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    m_title->setText(tr("Welcome to Balie"));
    m_text->setText(tr("No connection is set up yet. Try the demo to see the console at work "
                       "with sample data and no account, or add a connection to your own "
                       "server."));
    m_text->setMinimumHeight(m_text->heightForWidth(m_text->width()));
    m_demo->setText(tr("Try the demo"));
    m_demo->setAccessibleName(tr("Try the demo"));
    m_add->setText(tr("Add a connection…"));
    m_add->setAccessibleName(tr("Add a connection"));
}

} // namespace balie::ui
