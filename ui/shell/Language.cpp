// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Language.h"

#include "Translations.h"
#include "UiLogging.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace balie::ui::Language {

namespace {
const QString key = u"ui/language"_s;
}

QString saved(const QSettings* settings)
{
    const QString code = settings ? settings->value(key).toString() : QString();
    return code == u"nl"_s || code == u"en"_s ? code : QString();
}

void save(QSettings* settings, const QString& code)
{
    if (settings)
        settings->setValue(key, code);
}

QLocale localeFor(const QString& code)
{
    if (code == u"nl"_s)
        return QLocale(QLocale::Dutch, QLocale::Netherlands);
    if (code == u"en"_s)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale::system();
}

void apply(Translations* translations, const QString& code)
{
    const QLocale locale = localeFor(code);
    qCInfo(lcUi) << "language" << (code.isEmpty() ? QStringLiteral("system") : code) << "->"
                 << locale.name();
    QLocale::setDefault(locale);
    if (translations)
        translations->install(locale); // installing a translator sends LanguageChange
}

} // namespace balie::ui::Language
