// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "InlineMessage.h"

#include "PlainText.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balie::ui {

InlineMessage::InlineMessage(QWidget* parent)
    : QFrame(parent)
    , m_text(plainLabel(this))
    , m_detailsToggle(new QToolButton(this))
    , m_details(plainLabel(this))
    , m_action(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(u"inlineMessage"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(u"messageText"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setVisible(false);
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setAutoRaise(true);
    m_action->setVisible(false);
    m_action->setObjectName(u"messageAction"_s);

    // The way out on a line of its own: its text (a date and two times) is long.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text);
    layout->addWidget(m_action, 0, Qt::AlignLeft);
    layout->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_details);

    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_details->setVisible(open);
        m_detailsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_action, &QPushButton::clicked, this, &InlineMessage::actionTriggered);
    retranslateUi();
    setVisible(false);
}

void InlineMessage::showMessage(const QString& text, const QString& details)
{
    m_text->setText(text);
    m_details->setText(details);
    m_detailsToggle->setVisible(!details.isEmpty());
    m_detailsToggle->setChecked(false);
    setAccessibleDescription(text);
    setVisible(true);
}

void InlineMessage::setAction(const QString& text)
{
    m_action->setText(text);
    m_action->setAccessibleName(text);
    m_action->setVisible(!text.isEmpty());
}

void InlineMessage::setActionEnabled(bool enabled)
{
    m_action->setEnabled(enabled);
}

void InlineMessage::clear()
{
    m_text->clear();
    m_details->clear();
    setAction({});
    setVisible(false);
}

QString InlineMessage::text() const
{
    return m_text->text();
}

void InlineMessage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void InlineMessage::retranslateUi()
{
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setAccessibleName(tr("Show technical details"));
    setAccessibleName(tr("Message"));
}

} // namespace balie::ui
