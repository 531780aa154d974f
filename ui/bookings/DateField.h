// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDateEdit>

namespace balie::ui {

// A date edit whose Tab goes to the next field, like every other field's, instead of to the
// next part of the date: a time typed after Tab must not end up in the month. Within the date,
// typing a separator or the arrow keys move between day, month and year.
class DateField : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace balie::ui
