// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CliOptions.h"
#include "CliReference.h"
#include "CommandSpec.h"
#include "ExitCode.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>
#include <memory>
#include <optional>

namespace balie::cli {

class AuthCommands;
class BookingCommands;
class CliSession;
class ConnectionCommands;
class CustomerCommands;
class DemoCommand;
class OrganisationCommands;
class ProductCommands;
class ServiceCommands;

// balie-cli: parses the command line, checks it, and starts the command. The command ends the
// event loop with its exit code (CliSession::finish()).
class CliApp : public QObject
{
    Q_OBJECT

public:
    explicit CliApp(QObject* parent = nullptr);
    ~CliApp() override;

    // Parses `arguments` (with the program name first) and starts the command. Returns an exit
    // code when the run ends without the event loop (help, version, bad usage); otherwise -1,
    // and the command calls QCoreApplication::exit() once done.
    int start(const QStringList& arguments);

    QString helpText() const;
    // Everything the help says, for the manual page and the shell completion.
    CliReference reference() const;
    QString commandHelp(const CommandSpec& spec) const;

private:
    static QString description();
    static QStringList notes();
    void addOptions();
    void addCommands();
    const CommandSpec* match(const QStringList& positional) const;
    int usageError(const QString& message) const;
    // The steps of start(). An exit code when the run ends at once (--version, --man, --help).
    std::optional<int> answerAboutItself() const;
    int showHelp(const QStringList& words) const;
    // The command `words` name (a group alone means its list, and gets "list" appended); null
    // with the problem said.
    const CommandSpec* findCommand(QStringList* words, QString* problem) const;
    // An option given that the command does not take, or empty.
    QString optionNotFor(const CommandSpec& spec) const;
    std::optional<CliOptions> globalOptions(QString* problem) const;
    void makeCommands(const CliOptions& options);

    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_options;
    QStringList m_globalOptions;
    QHash<QString, QStringList> m_choices;
    QList<CommandSpec> m_commands;

    std::unique_ptr<CliSession> m_session;
    std::unique_ptr<ConnectionCommands> m_connections;
    std::unique_ptr<AuthCommands> m_auth;
    std::unique_ptr<OrganisationCommands> m_organisations;
    std::unique_ptr<CustomerCommands> m_customers;
    std::unique_ptr<ServiceCommands> m_services;
    std::unique_ptr<BookingCommands> m_bookings;
    std::unique_ptr<ProductCommands> m_products;
    std::unique_ptr<DemoCommand> m_demo;
};

} // namespace balie::cli
