// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDateEdit>
#include <QFocusEvent>
#include <QTimeEdit>

namespace balie::ui {

// A date or time edit that behaves as one field: Tab and Shift+Tab go to the next or previous
// field, like every other field's, instead of to the next part of the date (a time typed after
// Tab must not end up in the month); and typing starts at the first part (the day, the hour)
// however the field was reached, by Tab, Shift+Tab or its Alt shortcut, not at the part last
// used (a date typed into the year). Within the field, typing a separator or the arrow keys
// move between its parts.
template <class Edit>
class WholeField : public Edit
{
public:
    using Edit::Edit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
    void focusInEvent(QFocusEvent* event) override
    {
        Edit::focusInEvent(event);
        if (event->reason() != Qt::MouseFocusReason && event->reason() != Qt::PopupFocusReason)
            this->setSelectedSection(this->sectionAt(0));
    }
};

using DateField = WholeField<QDateEdit>;
using TimeField = WholeField<QTimeEdit>;

} // namespace balie::ui
