// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QColor>
#include <QPalette>

class QLineEdit;
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
// A field that can be read and copied, not changed, and looks it: on the window's colour, as a
// disabled field is, rather than on the white of one that takes typing; in any theme.
void showAsReadOnly(QLineEdit* field);

} // namespace balie::ui::Colours
