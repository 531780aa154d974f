// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "PlainText.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMessageBox>
#include <QTextDocument>

namespace balie::ui {

QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void makePlain(QMessageBox* box)
{
    box->setTextFormat(Qt::PlainText);
    // The labels say what each button does; the style's yes/no icons (a green tick, a red
    // cross) would contradict labels such as "Cancel booking" and "Keep booking".
    const QList<QAbstractButton*> buttons = box->buttons();
    for (QAbstractButton* button : buttons)
        button->setIcon(QIcon());
}

QString plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return text; // no tooltip
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace balie::ui
