// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace balie::cli {

// One command as the user typed it: the arguments after the command's words, and the options.
struct Invocation
{
    QStringList args;
    const QCommandLineParser* parser = nullptr;

    QString arg(qsizetype i) const { return args.value(i); }
    bool isSet(const QString& option) const { return parser && parser->isSet(option); }
    QString value(const QString& option) const
    {
        return parser ? parser->value(option).trimmed() : QString();
    }
};

} // namespace balie::cli
