// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace balie {

class Translations::Private
{
public:
    QTranslator balie;
    QTranslator qt;
};

Translations::Translations(QObject* parent)
    : QObject(parent)
    , d(new Private)
{}

Translations::~Translations()
{
    QCoreApplication::removeTranslator(&d->balie);
    QCoreApplication::removeTranslator(&d->qt);
    delete d;
}

bool Translations::install(const QLocale& locale)
{
    QCoreApplication::removeTranslator(&d->balie);
    QCoreApplication::removeTranslator(&d->qt);
    m_locale = locale;
    const bool found = d->balie.load(locale, u"balie"_s, u"_"_s, u":/i18n"_s);
    // Otherwise English: its catalogue holds the plural forms ("1 minute", "2 minutes").
    if (found || d->balie.load(u"balie_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&d->balie);
    if (d->qt.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&d->qt);
    return found;
}

} // namespace balie
