// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace Threadkeeper::Cli {

// The headless commands speak the reader's language in --help and on stderr; what they print
// on stdout (JSON, and the one-line confirmations a script may read) stays English.

// One line on stderr, the way every headless command reports a failure; returns the
// exit code to pass on.
inline int fail(QTextStream &err, const QString &message, int code = 1)
{
    err << "threadkeeper: " << message << Qt::endl;
    return code;
}

// Parses a command's arguments (after its name), with --help. Returns -1 to go on, else
// the exit code: 0 once the help is printed, 2 after a usage error.
inline int parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
    QTextStream &out, QTextStream &err)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("Cli", "Displays this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList {command} + arguments))
        return fail(err, parser.errorText(), 2);
    if (!parser.isSet(help))
        return -1;
    QString text = parser.helpText();
    // The usage line names the command, not the executable's path ("[options]" may be translated).
    if (const QStringList args = QCoreApplication::arguments(); !args.isEmpty())
        text.replace(args.constFirst() + QLatin1Char(' '), command + QLatin1Char(' '));
    out << text;
    out.flush();
    return 0;
}

} // namespace Threadkeeper::Cli
