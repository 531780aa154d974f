// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "CliReference.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace balie::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("balie::cli::CliReference", text);
}

// Text as roff reads it: a backslash is an escape, a line that starts with a dot or an
// apostrophe is a request, and "-" is a hyphen unless it is written "\-".
QString roff(const QString& text)
{
    QString out = text;
    out.replace(u'\\', u"\\e"_s);
    out.replace(u'-', u"\\-"_s);
    QStringList lines = out.split(u'\n');
    for (QString& line : lines) {
        if (line.startsWith(u'.') || line.startsWith(u'\''))
            line.prepend(u"\\&"_s);
    }
    return lines.join(u'\n');
}

QString optionForms(const QCommandLineOption& option)
{
    QStringList forms;
    for (const QString& n : option.names())
        forms << u"\\fB"_s + roff((n.size() == 1 ? u"-"_s : u"--"_s) + n) + u"\\fR"_s;
    QString left = forms.join(u", "_s);
    if (!option.valueName().isEmpty())
        left += u" \\fI"_s + roff(option.valueName()) + u"\\fR"_s;
    return left;
}

// A word list as a bash string: the words of the specs are plain, but quote all the same.
QString shellWords(const QStringList& words)
{
    QString out = words.join(u' ');
    out.replace(u'\'', u"'\\''"_s);
    return u'\'' + out + u'\'';
}

} // namespace

const QCommandLineOption* CliReference::option(const QString& longName) const
{
    for (const QCommandLineOption& o : options) {
        if (o.names().last() == longName)
            return &o;
    }
    return nullptr;
}

QString CliReference::manualPage(const QString& version) const
{
    QString page;
    page += u".TH BALIE\\-CLI 1 \"\" \"balie\\-cli %1\" \"%2\"\n"_s.arg(roff(version),
                                                                        roff(tr("User Commands")));
    // Ragged right, unhyphenated: commands and options are read, and copied, word for word.
    page += u".nh\n.ad l\n"_s;
    page += u".SH "_s + roff(tr("NAME")) + u'\n';
    page += u"balie\\-cli \\- "_s + roff(tr("Balie's front desk for scripts and admins")) + u'\n';
    page += u".SH "_s + roff(tr("SYNOPSIS")) + u'\n';
    page += u".B balie\\-cli\n"_s;
    page += u"[\\fI"_s + roff(tr("global options")) + u"\\fR] \\fI"_s + roff(tr("COMMAND")) +
            u"\\fR [\\fI"_s + roff(tr("arguments")) + u"\\fR] [\\fI"_s + roff(tr("options")) +
            u"\\fR]\n"_s;
    page += u".SH "_s + roff(tr("DESCRIPTION")) + u'\n' + roff(description) + u'\n';

    page += u".SH "_s + roff(tr("COMMANDS")) + u'\n';
    for (const CommandSpec& spec : commands) {
        page += u".TP\n\\fBbalie\\-cli "_s + roff(spec.name()) + u"\\fR"_s;
        if (!spec.arguments.isEmpty())
            page += u" \\fI"_s + roff(spec.arguments) + u"\\fR"_s;
        page += u'\n' + roff(spec.summary) + u'\n';
        if (spec.options.isEmpty())
            continue;
        page += u".RS\n"_s;
        for (const QString& name : spec.options) {
            if (const QCommandLineOption* o = option(name))
                page += u".TP\n"_s + optionForms(*o) + u'\n' + roff(o->description()) + u'\n';
        }
        page += u".RE\n"_s;
    }

    page += u".SH "_s + roff(tr("GLOBAL OPTIONS")) + u'\n';
    for (const QString& name : globalOptions) {
        if (const QCommandLineOption* o = option(name))
            page += u".TP\n"_s + optionForms(*o) + u'\n' + roff(o->description()) + u'\n';
    }
    for (const QString& note : notes)
        page += u".PP\n"_s + roff(note) + u'\n';

    page += u".SH "_s + roff(tr("ENVIRONMENT")) + u'\n';
    page += u".TP\n.B BALIE_CONFIG\n"_s +
            roff(tr("The INI file of the connections, as --config gives it.")) + u'\n';
    page += u".TP\n.B QT_LOGGING_RULES\n"_s +
            roff(tr("Which log lines to print, such as \"balie.*.debug=true\"; --verbose "
                    "prints the library's warnings.")) +
            u'\n';

    page += u".SH "_s + roff(tr("EXIT STATUS")) + u'\n';
    for (const auto& [code, meaning] : exitCodes)
        page += u".TP\n.B %1\n"_s.arg(code) + roff(meaning) + u'\n';

    page += u".SH "_s + roff(tr("SEE ALSO")) + u"\n.BR balie (1)\n"_s;
    return page;
}

QString CliReference::bashCompletion() const
{
    QStringList groups;
    QHash<QString, QStringList> subcommands;
    QStringList commandOptions;
    for (const CommandSpec& spec : commands) {
        const QString group = spec.words.first();
        if (!groups.contains(group))
            groups << group;
        if (spec.words.size() > 1)
            subcommands[group] << spec.words.at(1);
        QStringList forms;
        for (const QString& name : spec.options)
            forms << u"--"_s + name;
        commandOptions << u"        %1) opts=%2 ;;\n"_s.arg(shellWords({spec.name()}),
                                                            shellWords(forms));
    }
    QStringList global;
    QStringList valued;
    for (const QCommandLineOption& o : options) {
        const QString name = o.names().last();
        if (globalOptions.contains(name)) {
            for (const QString& n : o.names())
                global << (n.size() == 1 ? u"-"_s : u"--"_s) + n;
        }
        if (!o.valueName().isEmpty())
            valued << u"--"_s + name;
    }

    QString script;
    script += u"# bash completion for balie-cli: commands, options, their values and the names of "
              "the connections.\n# Written by `balie-cli --completion bash` from the specs its "
              "--help comes from.\n\n"_s;
    // The names of the connections, from balie-cli itself (and the same settings file).
    script += u"_balie_cli_connections() {\n"_s
              u"    local IFS=$'\\n'\n"_s
              u"    COMPREPLY=($(compgen -W \"$(balie-cli \"${config[@]}\" connections list "
              "--names 2>/dev/null)\" -- \"$cur\"))\n"_s
              u"}\n\n"_s;
    script += u"_balie_cli() {\n"_s;
    script += u"    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\"\n"_s;
    script += u"    ((COMP_CWORD > 0)) && prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"_s;
    script += u"    local global=%1\n"_s.arg(shellWords(global));
    script += u"    local valued=%1\n"_s.arg(shellWords(valued));
    script += u"    local config=()\n"_s;
    // The value of an option: fixed choices, files, connection names or nothing to offer.
    script +=
        u"    local i\n"_s
        u"    for ((i = 1; i < COMP_CWORD; i++)); do\n"_s
        u"        [[ ${COMP_WORDS[i]} == --config ]] && config=(--config \"${COMP_WORDS[i+1]}\")\n"_s
        u"    done\n"_s;
    script += u"    case \"$prev\" in\n"_s;
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        script += u"        --%1) COMPREPLY=($(compgen -W %2 -- \"$cur\")); return ;;\n"_s.arg(
            it.key(), shellWords(it.value()));
    }
    script += u"        --config) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"_s;
    script += u"        --connection) _balie_cli_connections; return ;;\n"_s;
    script += u"    esac\n"_s;
    script += u"    [[ \" ${valued} \" == *\" $prev \"* ]] && return\n\n"_s;
    // The words typed so far that are not options nor their values: the command.
    script += u"    local words=() skip=0\n"_s
              u"    for ((i = 1; i < COMP_CWORD; i++)); do\n"_s
              u"        local w=\"${COMP_WORDS[i]}\"\n"_s
              u"        if ((skip)); then skip=0; continue; fi\n"_s
              u"        if [[ $w == -* ]]; then\n"_s
              u"            [[ \" ${valued} \" == *\" $w \"* ]] && skip=1\n"_s
              u"            continue\n"_s
              u"        fi\n"_s
              u"        words+=(\"$w\")\n"_s
              u"    done\n\n"_s;
    script += u"    if [[ $cur == -* ]]; then\n"_s
              u"        local opts=''\n"_s
              u"        case \"${words[*]:0:2}\" in\n"_s;
    script += commandOptions.join(QString());
    script += u"        esac\n"_s
              u"        COMPREPLY=($(compgen -W \"$global $opts\" -- \"$cur\"))\n"_s
              u"        return\n"_s
              u"    fi\n"_s;
    script += u"    case ${#words[@]} in\n"_s;
    script += u"    0) COMPREPLY=($(compgen -W %1 -- \"$cur\")) ;;\n"_s.arg(shellWords(groups));
    script += u"    1)\n        case \"${words[0]}\" in\n"_s;
    for (const QString& group : std::as_const(groups)) {
        if (subcommands.contains(group)) {
            script += u"        %1) COMPREPLY=($(compgen -W %2 -- \"$cur\")) ;;\n"_s.arg(
                group, shellWords(subcommands.value(group)));
        }
    }
    script +=
        u"        help) COMPREPLY=($(compgen -W %1 -- \"$cur\")) ;;\n"_s.arg(shellWords(groups));
    script += u"        esac ;;\n"_s;
    script += u"    2)\n        case \"${words[0]} ${words[1]}\" in\n"_s
              u"        'connections use' | 'connections remove') _balie_cli_connections ;;\n"_s
              u"        esac ;;\n"_s;
    script += u"    esac\n"_s;
    script += u"}\n"_s;
    script += u"complete -F _balie_cli balie-cli\n"_s;
    return script;
}

} // namespace balie::cli
