// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CommandSpec.h"

#include <QCommandLineOption>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

namespace balie::cli {

// What balie-cli takes, in one place: its commands, its options and its exit codes. The help,
// the manual page and the shell completion are all written from it, so they cannot drift.
struct CliReference
{
    QList<CommandSpec> commands;
    QList<QCommandLineOption> options;
    QStringList globalOptions;            // by their long name
    QHash<QString, QStringList> choices;  // an option's fixed values, for completion
    QList<QPair<int, QString>> exitCodes; // code, meaning (translated)
    QString description;                  // translated
    QStringList notes;                    // paragraphs after the options (translated)

    const QCommandLineOption* option(const QString& longName) const;

    // roff for man(1): section 1, from the same words as --help.
    QString manualPage(const QString& version) const;
    // A bash completion script: commands, options, their fixed values and connection names.
    QString bashCompletion() const;
};

} // namespace balie::cli
