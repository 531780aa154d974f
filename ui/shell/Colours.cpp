// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Colours.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLineEdit>
#include <QWidget>
#include <functional>

namespace balie::ui::Colours {

namespace {

// Sets one colour role of the widget it watches from the application's palette, now and again
// whenever the theme changes (a dark theme chosen at run time).
class ThemeRole : public QObject
{
public:
    ThemeRole(QWidget* widget, QPalette::ColorRole role,
              std::function<QColor(const QPalette&)> colour)
        : QObject(widget)
        , m_role(role)
        , m_colour(std::move(colour))
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
    void apply(QWidget* widget) const
    {
        QPalette palette = widget->palette();
        QPalette theme = QGuiApplication::palette();
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            theme.setCurrentColorGroup(group);
            palette.setColor(group, m_role, m_colour(theme));
        }
        widget->setPalette(palette);
    }

    QPalette::ColorRole m_role;
    std::function<QColor(const QPalette&)> m_colour;
    bool m_applying = false;
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
    new ThemeRole(widget, QPalette::WindowText, errorText);
}

void showAsReadOnly(QLineEdit* field)
{
    field->setReadOnly(true);
    new ThemeRole(field, QPalette::Base,
                  [](const QPalette& theme) { return theme.color(QPalette::Window); });
}

} // namespace balie::ui::Colours
