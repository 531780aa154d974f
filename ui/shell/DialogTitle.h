// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace balie::models {
class OrganisationSession;
}

namespace balie::ui {

// "New customer — Kapsalon De Gouden Schaar — Balie platform": every dialog and question that
// acts on an organisation names it, because the desk works for several. Just `title` without a
// session.
QString dialogTitle(const QString& title, const models::OrganisationSession* session);

} // namespace balie::ui
