// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

class QWidget;

namespace balie::ui {

// Shows a popup over the top of its parent's window, centred, as wide as the window allows
// between `minWidth` and `maxWidth` (`share` of the window's width), and gives it the focus.
void showAtWindowTop(QWidget* popup, double share, int minWidth, int maxWidth, int height);

} // namespace balie::ui
