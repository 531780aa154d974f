// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "PopupPlacement.h"

#include <QWidget>

namespace balie::ui {

void showAtWindowTop(QWidget* popup, double share, int minWidth, int maxWidth, int height)
{
    QWidget* window = popup->parentWidget() ? popup->parentWidget()->window() : nullptr;
    const int width = window ? qBound(minWidth, int(window->width() * share), maxWidth)
                             : (minWidth + maxWidth) / 2;
    popup->resize(width, height);
    if (window) {
        const QPoint topCentre = window->mapToGlobal(QPoint(window->width() / 2, 0));
        popup->move(topCentre.x() - width / 2, topCentre.y() + 60);
    }
    popup->show();
    popup->raise();
    popup->activateWindow();
}

} // namespace balie::ui
