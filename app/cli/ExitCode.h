// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiError.h"

namespace balie::cli {

// balie-cli's exit status, for scripts. Documented in docs/cli.md and in `balie-cli --help`;
// the numbers are an interface: never renumber them.
enum class ExitCode : int
{
    Ok = 0,
    Failure = 1,         // anything not listed below (a server problem we cannot name, ...)
    Usage = 2,           // bad command line or bad input; nothing was sent
    Auth = 3,            // credentials refused, or a login is required
    NotFound = 4,        // the organisation, booking, service... does not exist
    Conflict = 5,        // the server's state does not allow it (booking conflict, transition)
    RateLimited = 6,     // too many requests; the message says when the next one can go
    Network = 7,         // unreachable, timeout, TLS, server error, not a valid answer
    Keychain = 8,        // no usable keychain to keep secrets in
    Unsupported = 9,     // this connection's kind of server does not offer the command
    OutcomeUnknown = 10, // a change was sent and its answer lost: look before repeating it
};

// The exit code for an API failure.
inline ExitCode exitCodeFor(api::ApiError::Kind kind)
{
    using K = api::ApiError::Kind;
    switch (kind) {
    case K::None:
        return ExitCode::Ok;
    case K::Validation:
    case K::Insecure:
        return ExitCode::Usage;
    case K::Auth:
    case K::LoginRequired:
    case K::Forbidden:
        return ExitCode::Auth;
    case K::NotFound:
        return ExitCode::NotFound;
    case K::Conflict:
        return ExitCode::Conflict;
    case K::RateLimited:
        return ExitCode::RateLimited;
    case K::OutcomeUnknown:
        return ExitCode::OutcomeUnknown;
    case K::Network:
    case K::Timeout:
    case K::Tls:
    case K::Server:
    case K::BadResponse:
        return ExitCode::Network;
    case K::Unsupported:
        return ExitCode::Unsupported;
    case K::Cancelled:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

} // namespace balie::cli
