// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLocale>
#include <QObject>

namespace balie {

// Loads Balie's catalogue for a language (the system's by default) and installs it, replacing
// any loaded before. QtKeychain ships no built catalogue of its own; Qt's are loaded too.
class Translations : public QObject
{
    Q_OBJECT

public:
    explicit Translations(QObject* parent = nullptr);
    ~Translations() override;

    // Returns false when no catalogue exists for the locale (English is then used, with its
    // plural forms).
    bool install(const QLocale& locale = QLocale());
    QLocale locale() const { return m_locale; }

private:
    class Private;
    Private* d;
    QLocale m_locale;
};

} // namespace balie
