// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLoggingCategory>

// What the window shows and does, for a bug report: errors with their technical details, the
// organisation shown, exports, the language. On by default from info up; the details with
// QT_LOGGING_RULES="balie.ui.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcUi)
