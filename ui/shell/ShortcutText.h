// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QKeySequence>
#include <QString>

namespace balie::ui {

// "Filter the current table (Ctrl+F)": a tooltip or placeholder with its key as the platform
// writes it (⌘F on a Mac, "Strg+F" with Qt's German), read from the key itself so that text
// and shortcut cannot disagree. Without a key, the text alone.
QString withShortcut(const QString& text, const QKeySequence& key);

} // namespace balie::ui
