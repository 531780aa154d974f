// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QIcon>
#include <QStyle>

namespace balie::ui {

// The desktop theme's icon of this freedesktop name ("view-refresh"), or the style's own
// picture of the same thing where the theme has none (a bare desktop, a minimal install).
QIcon themedIcon(const QString& name, QStyle::StandardPixmap fallback);

} // namespace balie::ui
