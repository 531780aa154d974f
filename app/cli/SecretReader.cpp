// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "SecretReader.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <termios.h>
#include <unistd.h>

namespace balie::cli {

namespace {

// The terminal's state while echo is off, to restore it when Ctrl+C ends the prompt.
struct termios g_saved;
volatile sig_atomic_t g_echoOff = 0;

extern "C" void restoreTerminalAndExit(int signal)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

QByteArray chomp(QByteArray line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

SecretReader::SecretReader() = default;

SecretReader::~SecretReader() = default;

bool SecretReader::inputIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

QByteArray SecretReader::read(const QString& prompt)
{
    return inputIsTerminal() ? readHidden(prompt) : readLine();
}

QByteArray SecretReader::readLine()
{
    char* buffer = nullptr;
    size_t capacity = 0;
    const ssize_t length = getline(&buffer, &capacity, stdin);
    QByteArray line;
    if (length > 0)
        line = chomp(QByteArray(buffer, qsizetype(length)));
    if (buffer) {
        // Leave no copy of the secret behind in freed memory.
        for (size_t i = 0; i < capacity; ++i)
            static_cast<volatile char*>(buffer)[i] = 0;
        std::free(buffer);
    }
    return line;
}

QByteArray SecretReader::readHidden(const QString& prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);

    struct termios saved;
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    auto previousInt = SIG_DFL;
    auto previousTerm = SIG_DFL;
    if (haveTerminal) {
        g_saved = saved;
        struct termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        hidden.c_lflag |= ECHONL;
        g_echoOff = 1;
        previousInt = std::signal(SIGINT, restoreTerminalAndExit);
        previousTerm = std::signal(SIGTERM, restoreTerminalAndExit);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    const QByteArray line = readLine();
    if (haveTerminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        g_echoOff = 0;
        std::signal(SIGINT, previousInt);
        std::signal(SIGTERM, previousTerm);
    }
    return line;
}

} // namespace balie::cli
