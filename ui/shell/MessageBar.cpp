// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "MessageBar.h"

#include "ApiError.h"
#include "Colours.h"
#include "PlainText.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balie::ui {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(plainLabel(this))
    , m_text(plainLabel(this))
    , m_detailsToggle(new QToolButton(this))
    , m_details(plainLabel(this))
    , m_close(new QToolButton(this))
    , m_action(new QToolButton(this))
{
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(u"messageText"_s);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setObjectName(u"messageDetails"_s);
    m_details->setWordWrap(true);
    m_details->hide();
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setObjectName(u"messageDetailsToggle"_s);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setObjectName(u"messageClose"_s);
    m_action->setObjectName(u"messageAction"_s);
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_action->setFocusPolicy(Qt::StrongFocus);
    m_action->hide();

    m_top = new QHBoxLayout;
    m_top->addWidget(m_icon, 0, Qt::AlignTop);
    m_top->addWidget(m_text, 1);
    m_top->addWidget(m_action, 0, Qt::AlignTop);
    m_top->addWidget(m_detailsToggle, 0, Qt::AlignTop);
    m_top->addWidget(m_close, 0, Qt::AlignTop);
    m_below = new QHBoxLayout;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addLayout(m_top);
    layout->addLayout(m_below);
    layout->addWidget(m_details);

    connect(m_detailsToggle, &QToolButton::toggled, this, &MessageBar::setDetailsShown);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(m_action, &QToolButton::clicked, this, [this] {
        const auto triggered = std::exchange(m_triggered, nullptr);
        dismiss();
        if (triggered)
            triggered();
    });
    retranslateUi();
    hide();
}

void MessageBar::showMessage(const QString& text, Level level, const QString& details)
{
    m_error.reset();
    m_topic.clear();
    m_triggered = nullptr;
    m_action->hide();
    m_level = level;
    m_text->setText(text);
    m_details->setText(details);
    m_detailsToggle->setVisible(!details.isEmpty());
    setDetailsShown(false);
    applyLevel();
    show();
}

void MessageBar::showError(const api::ApiError& error, const QString& context)
{
    const QString message = context.isEmpty()
                                ? error.message()
                                : tr("%1: %2", "context: message").arg(context, error.message());
    showMessage(message, Level::Error, error.technicalDetails());
    m_error = error;
    m_context = context;
}

QString MessageBar::text() const
{
    return m_text->text();
}

QString MessageBar::details() const
{
    return m_details->text();
}

bool MessageBar::detailsShown() const
{
    return m_details->isVisibleTo(this);
}

void MessageBar::setAction(const QString& text, std::function<void()> triggered)
{
    m_action->setText(text);
    m_action->setAccessibleName(QString(text).remove(u'&'));
    m_triggered = std::move(triggered);
    m_action->setVisible(!text.isEmpty());
}

void MessageBar::setActionEnabled(bool enabled)
{
    m_action->setEnabled(enabled);
}

void MessageBar::setActionBelow(bool below)
{
    if (below == m_actionBelow)
        return;
    m_actionBelow = below;
    if (below) {
        m_top->removeWidget(m_action);
        // Under the text, not under the icon.
        m_below->addSpacing(style()->pixelMetric(QStyle::PM_SmallIconSize) + m_top->spacing());
        m_below->addWidget(m_action, 0, Qt::AlignLeft);
        m_below->addStretch(1);
    } else {
        while (QLayoutItem* item = m_below->takeAt(0))
            delete item; // the spacing and the stretch; the button is laid out again below
        m_top->insertWidget(2, m_action, 0, Qt::AlignTop);
    }
}

void MessageBar::dismiss()
{
    hide();
    m_topic.clear();
    m_triggered = nullptr;
    m_action->hide();
    m_error.reset();
    m_text->clear();
    m_details->clear();
}

void MessageBar::setDetailsShown(bool shown)
{
    shown = shown && !m_details->text().isEmpty();
    m_details->setVisible(shown);
    const QSignalBlocker block(m_detailsToggle);
    m_detailsToggle->setChecked(shown);
    m_detailsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
}

void MessageBar::applyLevel()
{
    // The level's hue over the theme's own window colour, in the theme's own text colour: as
    // readable in a dark theme as in a light one.
    QColor hue(0x1f, 0x77, 0xd0);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (m_level) {
    case Level::Info:
        break;
    case Level::Warning:
        hue = QColor(0xe0, 0xa0, 0x00);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Level::Error:
        hue = QColor(0xd0, 0x30, 0x30);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    const QPalette theme = QGuiApplication::palette();
    QPalette p = palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, Colours::tint(theme, hue));
        p.setColor(group, QPalette::WindowText, theme.color(group, QPalette::WindowText));
    }
    setPalette(p);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
}

void MessageBar::changeEvent(QEvent* event)
{
    // Another theme: the palette the bar inherits changed (its own colours set off another).
    if ((event->type() == QEvent::PaletteChange ||
         event->type() == QEvent::ApplicationPaletteChange) &&
        !m_applyingLevel) {
        m_applyingLevel = true;
        applyLevel();
        m_applyingLevel = false;
    }
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_error && isVisible()) {
            const bool shown = detailsShown();
            showError(*m_error, m_context);
            setDetailsShown(shown);
        }
    }
    QFrame::changeEvent(event);
}

void MessageBar::retranslateUi()
{
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setAccessibleName(tr("Show technical details"));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    setAccessibleName(tr("Message"));
}

} // namespace balie::ui
