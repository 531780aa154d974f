// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// balie-cli: Balie's front desk for scripts and admins (docs/cli.md).

#include "CliApp.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Balie"_s);
    QCoreApplication::setApplicationName(u"balie"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BALIE_VERSION));

    // The library's log lines are for -v; the messages people need come from the commands.
    // (QT_LOGGING_RULES still wins, for debugging.)
    if (!QCoreApplication::arguments().contains(u"-v"_s) &&
        !QCoreApplication::arguments().contains(u"--verbose"_s)) {
        QLoggingCategory::setFilterRules(u"balie.*.debug=false\nbalie.*.info=false\n"
                                         "balie.*.warning=false"_s);
    } else {
        // -v: the library's info and warnings, and which command ran on what.
        QLoggingCategory::setFilterRules(u"balie.cli.debug=true"_s);
    }

    balie::Translations translations;
    translations.install();

    balie::cli::CliApp cli;
    const int code = cli.start(QCoreApplication::arguments());
    if (code >= 0)
        return code;
    return QCoreApplication::exec();
}
