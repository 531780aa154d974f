// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Colours.h"

#include <QEvent>
#include <QGuiApplication>
#include <QWidget>

namespace balie::ui::Colours {

namespace {

// Colours the widget it watches again when the theme changes (a dark theme chosen at run time).
class ErrorColour : public QObject
{
public:
    explicit ErrorColour(QWidget* widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
        apply(widget);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // The palette the widget inherits changed; its own setPalette() below sends one too.
        if ((event->type() == QEvent::PaletteChange ||
             event->type() == QEvent::ApplicationPaletteChange) &&
            !m_applying) {
            m_applying = true;
            apply(static_cast<QWidget*>(watched));
            m_applying = false;
        }
        return false;
    }

private:
    bool m_applying = false;

    static void apply(QWidget* widget)
    {
        QPalette palette = widget->palette();
        const QColor red = errorText(QGuiApplication::palette());
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
            palette.setColor(group, QPalette::WindowText, red);
        widget->setPalette(palette);
    }
};

} // namespace

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorText(const QPalette& palette)
{
    // Both have a contrast of 4.5:1 or more with the usual window colours of their kind.
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor tint(const QPalette& palette, const QColor& hue)
{
    const QColor window = palette.color(QPalette::Window);
    const double amount = isDark(palette) ? 0.28 : 0.14;
    auto mix = [amount](int from, int to) {
        return int(from + (to - from) * amount);
    };
    return QColor(mix(window.red(), hue.red()), mix(window.green(), hue.green()),
                  mix(window.blue(), hue.blue()));
}

void showAsError(QWidget* widget)
{
    new ErrorColour(widget);
}

} // namespace balie::ui::Colours
