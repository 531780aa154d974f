// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace balie::ui::Colours {

// Colours with a meaning (an error, a message's level), made from the palette so that they read
// in a light and in a dark theme alike.
bool isDark(const QPalette& palette);
// Red text that stands out from the palette's window: dark red on light, light red on dark.
QColor errorText(const QPalette& palette);
// `hue` laid thinly over the palette's window, as the background of a message.
QColor tint(const QPalette& palette, const QColor& hue);
// The widget's text in errorText(), now and whenever the application's palette changes.
void showAsError(QWidget* widget);

} // namespace balie::ui::Colours
