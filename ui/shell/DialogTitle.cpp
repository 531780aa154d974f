// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "DialogTitle.h"

#include "OrganisationSession.h"

#include <QCoreApplication>

namespace balie::ui {

QString dialogTitle(const QString& title, const models::OrganisationSession* session)
{
    if (!session)
        return title;
    return QCoreApplication::translate("balie::ui::DialogTitle", "%1 — %2",
                                       "dialog title — organisation")
        .arg(title, session->description());
}

} // namespace balie::ui
