// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ShortcutText.h"

#include <QCoreApplication>

namespace balie::ui {

QString withShortcut(const QString& text, const QKeySequence& key)
{
    if (key.isEmpty())
        return text;
    return QCoreApplication::translate("balie::ui::ShortcutText", "%1 (%2)",
                                       "what a control does, then its shortcut")
        .arg(text, key.toString(QKeySequence::NativeText));
}

} // namespace balie::ui
