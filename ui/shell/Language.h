// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLocale>
#include <QString>

class QSettings;

namespace balie {
class Translations;
}

namespace balie::ui::Language {

// The language choice as kept in the settings: "" follows the system, "nl", "en".
QString saved(const QSettings* settings);
void save(QSettings* settings, const QString& code);
QLocale localeFor(const QString& code);
// Makes `code` the language of the running application: the locale for numbers, dates and
// money, and the catalogues; every widget then gets a LanguageChange event.
void apply(Translations* translations, const QString& code);

} // namespace balie::ui::Language
