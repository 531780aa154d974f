// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

class QLabel;
class QMessageBox;
class QWidget;

namespace balie::ui {

// What servers send is text, never markup: Qt shows label, message box and tooltip text as
// rich text when it merely looks like HTML (Qt::AutoText), so a name such as
// `<img src="/dev/zero">` would be rendered, and could exhaust memory. Every label is made
// here, plain; message boxes and tooltips that show such text go through these too.

// A label that shows its text as it is.
QLabel* plainLabel(QWidget* parent);
// Makes a message box show its texts as they are.
void makePlain(QMessageBox* box);
// Text for a tooltip that shows exactly this text (tooltips cannot be set to plain text).
QString plainToolTip(const QString& text);

} // namespace balie::ui
