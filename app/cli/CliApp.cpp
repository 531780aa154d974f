// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "CliApp.h"

#include "AuthCommands.h"
#include "BookingCommands.h"
#include "CliReference.h"
#include "CliSession.h"
#include "ConnectionCommands.h"
#include "CustomerCommands.h"
#include "DemoCommand.h"
#include "OrganisationCommands.h"
#include "ProductCommands.h"
#include "ServiceCommands.h"
#include "config/Flavour.h"
#include "domain/Booking.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::StringLiterals;

// The command and its outcome, for -v and QT_LOGGING_RULES="balie.cli.debug=true".
Q_LOGGING_CATEGORY(lcCli, "balie.cli", QtInfoMsg)

namespace balie::cli {

namespace {

constexpr qsizetype helpWidth = 100;
constexpr qsizetype helpIndent = 30;

// "  left   text that wraps under itself"
QString helpRow(const QString& left, const QString& text)
{
    QString out = u"  "_s + left;
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QString line;
    QStringList lines;
    for (const QString& word : std::as_const(words)) {
        if (!line.isEmpty() && helpIndent + line.size() + 1 + word.size() > helpWidth) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        lines << line;
    if (out.size() + 2 > helpIndent) {
        out += u'\n';
        out += QString(helpIndent, u' ');
    } else {
        out = out.leftJustified(helpIndent, u' ');
    }
    out += lines.join(u'\n' + QString(helpIndent, u' '));
    return out + u'\n';
}

// Text wrapped at the help's width, every line indented by `indent`.
QString wrapped(const QString& text, qsizetype indent)
{
    QStringList lines;
    QString line;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > helpWidth) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        lines << line;
    const QString pad(indent, u' ');
    return pad + lines.join(u'\n' + pad) + u'\n';
}

QList<QPair<int, QString>> exitCodes()
{
    return {
        {int(ExitCode::Ok), QCoreApplication::translate("balie::cli::CliApp", "done")},
        {int(ExitCode::Failure),
         QCoreApplication::translate("balie::cli::CliApp", "another error")},
        {int(ExitCode::Usage),
         QCoreApplication::translate("balie::cli::CliApp",
                                     "bad command line or bad input; nothing was sent")},
        {int(ExitCode::Auth),
         QCoreApplication::translate("balie::cli::CliApp", "credentials refused, or log in first")},
        {int(ExitCode::NotFound),
         QCoreApplication::translate("balie::cli::CliApp",
                                     "not found (an organisation, booking, service, connection)")},
        {int(ExitCode::Conflict),
         QCoreApplication::translate(
             "balie::cli::CliApp",
             "conflict: the time is taken (the next free slot is printed), or the booking's "
             "status does not allow it")},
        {int(ExitCode::RateLimited),
         QCoreApplication::translate(
             "balie::cli::CliApp",
             "rate limited: too many requests; says when the next one can go")},
        {int(ExitCode::Network),
         QCoreApplication::translate(
             "balie::cli::CliApp",
             "the server could not be reached, timed out, failed or sent nonsense (also TLS)")},
        {int(ExitCode::Keychain),
         QCoreApplication::translate("balie::cli::CliApp", "no usable keychain for the secrets")},
        {int(ExitCode::Unsupported),
         QCoreApplication::translate("balie::cli::CliApp",
                                     "this connection's kind of server does not offer it")},
        {int(ExitCode::OutcomeUnknown),
         QCoreApplication::translate(
             "balie::cli::CliApp",
             "a change was sent but its answer was lost: look it up before you repeat it, or "
             "repeat it with the same --idempotency-key")},
    };
}

} // namespace

CliApp::CliApp(QObject* parent)
    : QObject(parent)
{
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addOptions();
    addCommands();
}

CliApp::~CliApp()
{
    // The commands refer to the session: they go first.
    m_demo.reset();
    m_products.reset();
    m_bookings.reset();
    m_services.reset();
    m_customers.reset();
    m_organisations.reset();
    m_auth.reset();
    m_connections.reset();
    m_session.reset();
}

void CliApp::addOptions()
{
    auto option = [this](const QStringList& names, const QString& description,
                         const QString& valueName = {}, bool global = false,
                         const QStringList& choices = {}) {
        m_options.append(QCommandLineOption(names, description, valueName));
        m_parser.addOption(m_options.last());
        if (global)
            m_globalOptions << names.last();
        if (!choices.isEmpty())
            m_choices.insert(names.last(), choices);
    };
    QStringList flavours;
    QStringList schemes;
    for (const api::Flavour flavour : api::Flavours::all()) {
        const api::FlavourInfo info = api::Flavours::info(flavour);
        flavours << info.id;
        for (const api::AuthScheme scheme : info.authSchemes) {
            if (!schemes.contains(api::Flavours::authSchemeId(scheme)))
                schemes << api::Flavours::authSchemeId(scheme);
        }
    }
    QStringList statuses;
    for (const api::BookingStatus status :
         {api::BookingStatus::Created, api::BookingStatus::Confirmed,
          api::BookingStatus::Rescheduled, api::BookingStatus::Completed,
          api::BookingStatus::Cancelled})
        statuses << api::BookingStatuses::toString(status);
    // Global.
    option({u"connection"_s}, tr("The connection to use (default: the active one)."), u"NAME|ID"_s,
           true);
    option({u"org"_s}, tr("The organisation to work on (default: the connection's active one)."),
           u"ID"_s, true);
    option({u"json"_s}, tr("Print records as a JSON array of objects (times in ISO 8601 UTC)."), {},
           true);
    option({u"csv"_s},
           tr("Print records as CSV (RFC 4180; times in ISO 8601 UTC). A value a spreadsheet "
              "would run as a formula starts with an apostrophe; --json gives every value as "
              "it is."),
           {}, true);
    option({u"config"_s},
           tr("Keep the connections in this INI file instead of the user's settings "
              "(also: $BALIE_CONFIG)."),
           u"FILE"_s, true);
    option({u"limit"_s}, tr("Print at most N rows of a list."), u"N"_s, true);
    option({u"cached"_s},
           tr("List what the console keeps on this computer, without asking the server, and "
              "say how old it is."));
    option({u"v"_s, u"verbose"_s}, tr("Add technical details to error messages."), {}, true);
    option({u"h"_s, u"help"_s}, tr("Show this help, or the help of a command."), {}, true);
    option({u"version"_s}, tr("Show the version."), {}, true);
    option({u"man"_s}, tr("Print this help as a manual page (roff, for man -l)."), {}, true);
    option({u"completion"_s}, tr("Print a completion script for the shell: bash."), u"SHELL"_s,
           true, {u"bash"_s});
    // Per command.
    option({u"flavour"_s}, tr("Kind of server: balie, oas, otesse, booking, telesto, outseta."),
           u"FLAVOUR"_s, false, flavours);
    option({u"url"_s}, tr("Server address (base URL)."), u"URL"_s);
    option({u"auth"_s},
           tr("How to sign in: login, api-key, bearer-key, raw-key or key-secret (default: the "
              "flavour's first)."),
           u"SCHEME"_s, false, schemes);
    option({u"username"_s}, tr("User name, for --auth login."), u"USER"_s);
    option({u"email"_s}, tr("E-mail address (of the login user, or of a new customer)."),
           u"ADDRESS"_s);
    option({u"refresh-path"_s},
           tr("Token refresh route of a login server (default: /api/auth/refresh/; the common "
              "others are tried and the one that works is kept)."),
           u"PATH"_s);
    option({u"page-size"_s}, tr("Rows per page to ask the server for."), u"N"_s);
    option({u"offset-unit"_s},
           tr("What an Outseta server's offset counts: items (the default) or pages."), u"UNIT"_s,
           false, {u"items"_s, u"pages"_s});
    option({u"budget"_s},
           tr("Requests this connection may send in its server's window, where a plan differs "
              "from the documented limit: Outseta per second, Telesto per hour, Booking API "
              "creations per minute."),
           u"N"_s);
    option({u"name"_s}, tr("Name of the new organisation, customer or product."), u"NAME"_s);
    option({u"base-currency"_s}, tr("Base currency (ISO 4217), such as EUR."), u"CODE"_s);
    option({u"currencies"_s}, tr("Currencies, separated by commas: EUR,USD."), u"LIST"_s);
    option({u"image"_s}, tr("Address of the organisation's image."), u"URL"_s);
    option({u"updated-after"_s}, tr("Only customers changed after this time."), u"WHEN"_s);
    option({u"search"_s}, tr("Only customers whose name, e-mail or phone holds TEXT."), u"TEXT"_s);
    option({u"phone"_s}, tr("Phone number."), u"PHONE"_s);
    option({u"from"_s}, tr("Only bookings from this time."), u"WHEN"_s);
    option({u"to"_s}, tr("Only bookings up to this time."), u"WHEN"_s);
    option({u"status"_s},
           tr("Only bookings with this status: created, confirmed, rescheduled, completed, "
              "cancelled."),
           u"STATUS"_s, false, statuses);
    option({u"customer"_s}, tr("The customer's id."), u"ID"_s);
    option({u"customer-name"_s}, tr("A new customer's name (with --customer-email)."), u"NAME"_s);
    option({u"customer-email"_s}, tr("A new customer's e-mail address."), u"ADDRESS"_s);
    option({u"service"_s}, tr("The service's id."), u"ID"_s);
    option({u"at"_s},
           tr("Start time, such as \"2026-11-24 10:00\" (in --tz), or ISO 8601 with a zone."),
           u"WHEN"_s);
    option({u"tz"_s}, tr("Time zone of --at (default: the service's)."), u"ZONE"_s);
    option({u"duration"_s},
           tr("Length in minutes (a new booking: the service's by default; a move: the same "
              "length by default)."),
           u"MINUTES"_s);
    option({u"note"_s}, tr("A note on the booking."), u"TEXT"_s);
    option({u"ean"_s}, tr("EAN-8, UPC-A, EAN-13 or GTIN-14 code, with its check digit."),
           u"CODE"_s);
    option({u"stock"_s}, tr("Stock on hand."), u"N"_s);
    option({u"names"_s}, tr("Print only the names, one per line (for scripts and completion)."));
    option({u"idempotency-key"_s},
           tr("A key of your own for this create (such as a UUID): run the same command with the "
              "same key again and a server that honours keys (the platform, Otesse) answers with "
              "the first result instead of creating twice."),
           u"KEY"_s);
}

void CliApp::addCommands()
{
    auto add = [this](const QStringList& words, const QString& arguments, const QString& summary,
                      const QStringList& options, int minArgs, int maxArgs,
                      std::function<void(const Invocation&)> run) {
        m_commands.append({words, arguments, summary, options, minArgs, maxArgs, std::move(run)});
    };
    add({u"connections"_s, u"list"_s}, u"[--names]"_s, tr("List the connections."), {u"names"_s}, 0,
        0, [this](const Invocation& i) { m_connections->list(i); });
    add({u"connections"_s, u"add"_s},
        u"NAME --flavour FLAVOUR --url URL [--auth SCHEME] [--username USER --email ADDRESS] "
        "[--refresh-path PATH] [--page-size N] [--budget N] [--offset-unit items|pages]"_s,
        tr("Add a connection. Its API key (and, for Outseta, the secret key on the next line) "
           "is read from standard input or a prompt and kept in the keychain only."),
        {u"flavour"_s, u"url"_s, u"auth"_s, u"username"_s, u"email"_s, u"refresh-path"_s,
         u"page-size"_s, u"budget"_s, u"offset-unit"_s},
        1, 1, [this](const Invocation& i) { m_connections->add(i); });
    add({u"connections"_s, u"test"_s}, {}, tr("Check that the connection works."), {}, 0, 0,
        [this](const Invocation& i) { m_connections->test(i); });
    add({u"connections"_s, u"remove"_s}, u"NAME|ID"_s,
        tr("Remove a connection and its secrets from the keychain."), {}, 1, 1,
        [this](const Invocation& i) { m_connections->remove(i); });
    add({u"connections"_s, u"use"_s}, u"NAME|ID"_s, tr("Make a connection the active one."), {}, 1,
        1, [this](const Invocation& i) { m_connections->use(i); });
    add({u"login"_s}, {},
        tr("Log in; the password is read from standard input or a prompt, the session is kept "
           "in the keychain."),
        {}, 0, 0, [this](const Invocation& i) { m_auth->login(i); });
    add({u"logout"_s}, {}, tr("Log out and forget the session."), {}, 0, 0,
        [this](const Invocation& i) { m_auth->logout(i); });
    add({u"organisations"_s, u"list"_s}, u"[--cached]"_s, tr("List the organisations."),
        {u"cached"_s}, 0, 0, [this](const Invocation& i) { m_organisations->list(i); });
    add({u"organisations"_s, u"create"_s},
        u"--name NAME --base-currency CODE [--currencies LIST] [--image URL] [--idempotency-key KEY]"_s,
        tr("Create an organisation."),
        {u"name"_s, u"base-currency"_s, u"currencies"_s, u"image"_s, u"idempotency-key"_s}, 0, 0,
        [this](const Invocation& i) { m_organisations->create(i); });
    add({u"organisations"_s, u"activate"_s}, u"ID"_s,
        tr("Make an organisation the active one, on the server and for this connection."), {}, 1, 1,
        [this](const Invocation& i) { m_organisations->activate(i); });
    add({u"customers"_s, u"list"_s}, u"[--updated-after WHEN] [--search TEXT] [--cached]"_s,
        tr("List the customers."), {u"updated-after"_s, u"search"_s, u"cached"_s}, 0, 0,
        [this](const Invocation& i) { m_customers->list(i); });
    add({u"customers"_s, u"create"_s},
        u"--name NAME --email ADDRESS [--phone PHONE] [--idempotency-key KEY]"_s,
        tr("Add a customer."), {u"name"_s, u"email"_s, u"phone"_s, u"idempotency-key"_s}, 0, 0,
        [this](const Invocation& i) { m_customers->create(i); });
    add({u"accounts"_s, u"list"_s}, u"[--cached]"_s,
        tr("List the accounts: the companies or households customers belong to (Outseta)."),
        {u"cached"_s}, 0, 0, [this](const Invocation& i) { m_customers->listAccounts(i); });
    add({u"services"_s, u"list"_s}, u"[--cached]"_s, tr("List the services."), {u"cached"_s}, 0, 0,
        [this](const Invocation& i) { m_services->list(i); });
    add({u"bookings"_s, u"list"_s},
        u"[--from WHEN] [--to WHEN] [--status STATUS] [--customer ID] [--cached]"_s,
        tr("List the bookings."), {u"from"_s, u"to"_s, u"status"_s, u"customer"_s, u"cached"_s}, 0,
        0, [this](const Invocation& i) { m_bookings->list(i); });
    add({u"bookings"_s, u"create"_s},
        u"--service ID (--customer ID | --customer-name NAME --customer-email ADDRESS) "
        "--at WHEN [--tz ZONE] [--duration MINUTES] [--note TEXT] [--idempotency-key KEY]"_s,
        tr("Book a service. Sent once only, however often the network makes it retry; on a "
           "conflict the next available time is printed."),
        {u"service"_s, u"customer"_s, u"customer-name"_s, u"customer-email"_s, u"at"_s, u"tz"_s,
         u"duration"_s, u"note"_s, u"idempotency-key"_s},
        0, 0, [this](const Invocation& i) { m_bookings->create(i); });
    add({u"bookings"_s, u"confirm"_s}, u"ID"_s, tr("Confirm a booking."), {}, 1, 1,
        [this](const Invocation& i) { m_bookings->act(api::BookingAction::Confirm, i); });
    add({u"bookings"_s, u"reschedule"_s}, u"ID --at WHEN [--tz ZONE] [--duration MINUTES]"_s,
        tr("Move a booking to another time; --duration gives it a new length where the server "
           "can (the Balie platform)."),
        {u"at"_s, u"tz"_s, u"duration"_s}, 1, 1,
        [this](const Invocation& i) { m_bookings->reschedule(i); });
    add({u"bookings"_s, u"complete"_s}, u"ID"_s, tr("Mark a booking as completed."), {}, 1, 1,
        [this](const Invocation& i) { m_bookings->act(api::BookingAction::Complete, i); });
    add({u"bookings"_s, u"cancel"_s}, u"ID"_s, tr("Cancel a booking."), {}, 1, 1,
        [this](const Invocation& i) { m_bookings->act(api::BookingAction::Cancel, i); });
    add({u"products"_s, u"list"_s}, u"[--cached]"_s, tr("List the products."), {u"cached"_s}, 0, 0,
        [this](const Invocation& i) { m_products->list(i); });
    add({u"products"_s, u"create"_s},
        u"--name NAME --ean CODE [--stock N] [--idempotency-key KEY]"_s, tr("Add a product."),
        {u"name"_s, u"ean"_s, u"stock"_s, u"idempotency-key"_s}, 0, 0,
        [this](const Invocation& i) { m_products->create(i); });
    add({u"demo"_s}, u"--url URL"_s,
        tr("Walk through the sandbox at URL with its demo account, in a temporary "
           "configuration."),
        {u"url"_s}, 0, 0, [this](const Invocation& i) { m_demo->run(i); });
    add({u"help"_s}, u"[COMMAND]"_s, tr("Show the help of balie-cli or of one command."), {}, 0, 2,
        {});
}

const CommandSpec* CliApp::match(const QStringList& positional) const
{
    const CommandSpec* best = nullptr;
    for (const CommandSpec& spec : m_commands) {
        if (positional.size() < spec.words.size())
            continue;
        if (positional.mid(0, spec.words.size()) != spec.words)
            continue;
        if (!best || spec.words.size() > best->words.size())
            best = &spec;
    }
    return best;
}

QString CliApp::description()
{
    return tr("Balie's front desk for scripts and admins: connections, organisations, customers, "
              "services, bookings and products on any server that speaks one of the documented "
              "APIs.");
}

QStringList CliApp::notes()
{
    return {tr("Every command takes the options shown in its help: balie-cli help "
               "COMMAND, or balie-cli COMMAND --help."),
            tr("Secrets (API keys, passwords) are never taken as arguments: they are "
               "read from standard input, one per line, or typed at a prompt. They are "
               "kept only in the system keychain.")};
}

CliReference CliApp::reference() const
{
    return {m_commands, m_options, m_globalOptions, m_choices, exitCodes(), description(), notes()};
}

QString CliApp::helpText() const
{
    QString text;
    text += tr("Usage: %1 [global options] COMMAND [arguments] [options]").arg(u"balie-cli"_s) +
            u"\n\n"_s;
    text += description() + u"\n\n"_s;
    text += tr("Commands:") + u'\n';
    for (const CommandSpec& spec : m_commands) {
        text += wrapped(spec.name() + u' ' + spec.arguments, 2);
        text += wrapped(spec.summary, 8);
    }
    text += u'\n' + tr("Global options:") + u'\n';
    for (const QCommandLineOption& option : m_options) {
        const QString name = option.names().last();
        if (!m_globalOptions.contains(name))
            continue;
        QStringList forms;
        for (const QString& n : option.names())
            forms << (n.size() == 1 ? u"-"_s : u"--"_s) + n;
        QString left = forms.join(u", "_s);
        if (!option.valueName().isEmpty())
            left += u' ' + option.valueName();
        text += helpRow(left, option.description());
    }
    for (const QString& note : notes())
        text += u'\n' + note + u'\n';
    text += u'\n' + tr("Exit codes:") + u'\n';
    for (const auto& [code, meaning] : exitCodes())
        text += helpRow(QString::number(code), meaning);
    return text;
}

QString CliApp::commandHelp(const CommandSpec& spec) const
{
    QString text = tr("Usage: %1")
                       .arg(u"balie-cli "_s + spec.name() +
                            (spec.arguments.isEmpty() ? QString() : u' ' + spec.arguments)) +
                   u"\n\n"_s + spec.summary + u'\n';
    if (!spec.options.isEmpty()) {
        text += u'\n' + tr("Options:") + u'\n';
        for (const QString& name : spec.options) {
            for (const QCommandLineOption& option : m_options) {
                if (option.names().last() != name)
                    continue;
                QString left = u"--"_s + name;
                if (!option.valueName().isEmpty())
                    left += u' ' + option.valueName();
                text += helpRow(left, option.description());
            }
        }
    }
    text += u'\n' + tr("Global options and exit codes: balie-cli --help") + u'\n';
    return text;
}

int CliApp::usageError(const QString& message) const
{
    QTextStream err(stderr);
    err << u"balie-cli: "_s << message << u'\n' << u"  "_s << tr("See: balie-cli --help") << u'\n';
    return int(ExitCode::Usage);
}

int CliApp::start(const QStringList& arguments)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (const std::optional<int> done = answerAboutItself())
        return *done;
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("Say what to do: a command such as \"customers list\"."));
    // `help COMMAND...`, `COMMAND --help`
    if (positional.first() == u"help"_s || m_parser.isSet(u"help"_s))
        return showHelp(positional.first() == u"help"_s ? positional.mid(1) : positional);

    QStringList words = positional;
    QString problem;
    const CommandSpec* spec = findCommand(&words, &problem);
    if (!spec)
        return usageError(problem);
    const QStringList args = words.mid(spec->words.size());
    if (args.size() < spec->minArgs || args.size() > spec->maxArgs) {
        return usageError(
            tr("Wrong number of arguments for \"%1\".").arg(spec->name()) + u"\n  "_s +
            tr("Usage: %1")
                .arg(u"balie-cli "_s + spec->name() +
                     (spec->arguments.isEmpty() ? QString() : u' ' + spec->arguments)));
    }
    if (const QString misplaced = optionNotFor(*spec); !misplaced.isEmpty()) {
        return usageError(
            tr("The option --%1 does not apply to \"%2\".").arg(misplaced, spec->name()));
    }
    const std::optional<CliOptions> options = globalOptions(&problem);
    if (!options)
        return usageError(problem);
    makeCommands(*options);

    Invocation invocation;
    invocation.args = args;
    invocation.parser = &m_parser;
    qCDebug(lcCli).noquote() << "command" << spec->name() << "connection"
                             << (options->connection.isEmpty() ? u"(active)"_s
                                                               : options->connection)
                             << "organisation"
                             << (options->organisation.isEmpty() ? u"(active)"_s
                                                                 : options->organisation);
    spec->run(invocation);
    return -1;
}

std::optional<int> CliApp::answerAboutItself() const
{
    QTextStream out(stdout);
    if (m_parser.isSet(u"version"_s)) {
        out << u"balie-cli "_s << QCoreApplication::applicationVersion() << u'\n';
        return int(ExitCode::Ok);
    }
    if (m_parser.isSet(u"man"_s)) {
        out << reference().manualPage(QCoreApplication::applicationVersion());
        return int(ExitCode::Ok);
    }
    if (m_parser.isSet(u"completion"_s)) {
        if (m_parser.value(u"completion"_s) != u"bash"_s)
            return usageError(tr("Completion is written for bash only."));
        out << reference().bashCompletion();
        return int(ExitCode::Ok);
    }
    if (m_parser.isSet(u"help"_s) && m_parser.positionalArguments().isEmpty()) {
        out << helpText();
        return int(ExitCode::Ok);
    }
    return std::nullopt;
}

int CliApp::showHelp(const QStringList& words) const
{
    QTextStream out(stdout);
    if (words.isEmpty()) {
        out << helpText();
        return int(ExitCode::Ok);
    }
    int shown = 0;
    for (const CommandSpec& spec : m_commands) {
        if (spec.words.mid(0, words.size()) == words ||
            words.mid(0, spec.words.size()) == spec.words) {
            out << commandHelp(spec) << u'\n';
            ++shown;
        }
    }
    if (shown == 0)
        return usageError(tr("There is no command \"%1\".").arg(words.join(u' ')));
    return int(ExitCode::Ok);
}

const CommandSpec* CliApp::findCommand(QStringList* words, QString* problem) const
{
    if (const CommandSpec* spec = match(*words))
        return spec;
    // A group alone lists: "balie-cli customers" is "balie-cli customers list".
    if (words->size() == 1) {
        if (const CommandSpec* spec = match({words->first(), u"list"_s})) {
            words->append(u"list"_s);
            return spec;
        }
    }
    QStringList known;
    for (const CommandSpec& s : m_commands) {
        if (s.words.first() == words->first())
            known << s.name();
    }
    *problem = known.isEmpty() ? tr("Unknown command \"%1\".").arg(words->first())
                               : tr("Unknown command \"%1\". %2 offers: %3.")
                                     .arg(words->join(u' '), words->first(), known.join(u", "_s));
    return nullptr;
}

QString CliApp::optionNotFor(const CommandSpec& spec) const
{
    // Options that mean nothing to this command are a mistake worth telling.
    const QStringList given = m_parser.optionNames();
    for (const QString& name : given) {
        QString canonical = name;
        for (const QCommandLineOption& option : std::as_const(m_options)) {
            if (option.names().contains(name))
                canonical = option.names().last();
        }
        if (!m_globalOptions.contains(canonical) && !spec.options.contains(canonical))
            return canonical;
    }
    return {};
}

std::optional<CliOptions> CliApp::globalOptions(QString* problem) const
{
    CliOptions options;
    options.connection = m_parser.value(u"connection"_s).trimmed();
    options.organisation = m_parser.value(u"org"_s).trimmed();
    options.configFile = m_parser.value(u"config"_s);
    if (options.configFile.isEmpty())
        options.configFile = qEnvironmentVariable("BALIE_CONFIG");
    const QString service = qEnvironmentVariable("BALIE_KEYCHAIN_SERVICE");
    if (!service.isEmpty())
        options.keychainService = service;
    options.verbose = m_parser.isSet(u"verbose"_s);
    options.cached = m_parser.isSet(u"cached"_s);
    if (m_parser.isSet(u"limit"_s)) {
        bool ok = false;
        options.limit = m_parser.value(u"limit"_s).toInt(&ok);
        if (!ok || options.limit < 0) {
            *problem = tr("--limit needs a whole number of 0 or more.");
            return std::nullopt;
        }
    }
    if (m_parser.isSet(u"json"_s) && m_parser.isSet(u"csv"_s)) {
        *problem = tr("Choose one of --json and --csv.");
        return std::nullopt;
    }
    return options;
}

void CliApp::makeCommands(const CliOptions& options)
{
    m_session = std::make_unique<CliSession>(options);
    if (m_parser.isSet(u"json"_s))
        m_session->out().setFormat(CliOutput::Format::Json);
    else if (m_parser.isSet(u"csv"_s))
        m_session->out().setFormat(CliOutput::Format::Csv);

    CliSession* session = m_session.get();
    m_connections = std::make_unique<ConnectionCommands>(session);
    m_auth = std::make_unique<AuthCommands>(session);
    m_organisations = std::make_unique<OrganisationCommands>(session);
    m_customers = std::make_unique<CustomerCommands>(session);
    m_services = std::make_unique<ServiceCommands>(session);
    m_bookings = std::make_unique<BookingCommands>(session, m_services.get());
    m_products = std::make_unique<ProductCommands>(session);
    m_demo = std::make_unique<DemoCommand>(
        session, DemoCommand::Parts{m_organisations.get(), m_customers.get(), m_services.get(),
                                    m_bookings.get(), m_products.get()});
}

} // namespace balie::cli
