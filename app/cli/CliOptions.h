// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace balie::cli {

// The global options, as given on the command line (or the environment).
struct CliOptions
{
    QString connection;   // --connection NAME|ID; empty: the active connection
    QString organisation; // --org ID; empty: the connection's active organisation
    QString configFile;   // --config FILE or $BALIE_CONFIG; empty: the native settings
    QString keychainService = QStringLiteral("balie"); // $BALIE_KEYCHAIN_SERVICE
    bool verbose = false;
    int limit = -1;      // --limit N: at most N rows of a list; -1 for all
    bool cached = false; // --cached: lists come from the console's local store, not the server
};

} // namespace balie::cli
