// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace balie::cli {

// Reads secrets the only ways balie-cli accepts them: from standard input when it is not a
// terminal (one secret per line, for scripts: `printf '%s\n' "$KEY" | balie-cli ...`), else
// typed at a prompt on the terminal with echo off. Never from the command line, where other
// users see it in the process list and the shell keeps it in its history.
class SecretReader
{
    Q_DECLARE_TR_FUNCTIONS(balie::cli::SecretReader)

public:
    SecretReader();
    ~SecretReader();
    SecretReader(const SecretReader&) = delete;
    SecretReader& operator=(const SecretReader&) = delete;

    // The next secret, without its line end; empty at the end of the input or when nothing was
    // typed. `prompt` is shown on a terminal only.
    QByteArray read(const QString& prompt);

    static bool inputIsTerminal();

private:
    static QByteArray readLine();
    static QByteArray readHidden(const QString& prompt);
};

} // namespace balie::cli
