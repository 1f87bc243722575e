// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulescommand.h"

#include "cli/cliutil.h"
#include "domain/rulejson.h"
#include "store/cachedatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QUrl>

namespace Threadkeeper {

namespace {

// The command's words, under one translation context (lupdate reads the qualified calls).
struct RulesCommand
{
    Q_DECLARE_TR_FUNCTIONS(RulesCommand)
};

using Cli::fail;

QString describeLine(const Rule &r)
{
    QString line = QStringLiteral("%1\t%2\t%3\t%4").arg(r.id).arg(r.score).arg(r.site, r.describe());
    if (r.scope == Rule::Scope::Thread)
        line += QStringLiteral("\t") + r.threadUrl;
    if (r.expires.isValid())
        line += QStringLiteral("\tuntil ") + r.expires.toUTC().toString(Qt::ISODate);
    if (!r.note.isEmpty())
        line += QStringLiteral("\t# ") + r.note;
    return line;
}

} // namespace

int runRulesCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RulesCommand::tr("Hide, follow and score posters and words."));
    const QCommandLineOption cache(
        QStringLiteral("cache"), RulesCommand::tr("The cache file."), RulesCommand::tr("file"));
    const QCommandLineOption poster(
        QStringLiteral("poster"), RulesCommand::tr("add: a rule on this poster."), RulesCommand::tr("name"));
    const QCommandLineOption keyword(QStringLiteral("keyword"),
        RulesCommand::tr("add: a rule on this word or phrase."), RulesCommand::tr("words"));
    const QCommandLineOption site(
        QStringLiteral("site"), RulesCommand::tr("add: the forum's host name."), RulesCommand::tr("host"));
    const QCommandLineOption thread(
        QStringLiteral("thread"), RulesCommand::tr("add: this thread only."), RulesCommand::tr("url"));
    const QCommandLineOption score(
        QStringLiteral("score"), RulesCommand::tr("add: the score to add."), RulesCommand::tr("n"));
    const QCommandLineOption hide(QStringLiteral("hide"), RulesCommand::tr("add: hide (score -100)."));
    const QCommandLineOption follow(QStringLiteral("follow"), RulesCommand::tr("add: follow (score +100)."));
    const QCommandLineOption days(
        QStringLiteral("days"), RulesCommand::tr("add: expire after this many days."), RulesCommand::tr("n"));
    const QCommandLineOption note(
        QStringLiteral("note"), RulesCommand::tr("add: why."), RulesCommand::tr("text"));
    parser.addOptions({cache, poster, keyword, site, thread, score, hide, follow, days, note});
    parser.addPositionalArgument(
        QStringLiteral("action"), RulesCommand::tr("list, add, remove ID, export [FILE], import FILE"));
    if (const int code = Cli::parse(parser, QStringLiteral("threadkeeper rules"), arguments, out, err);
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);

    CacheDatabase db;
    QString error;
    if (!db.open(parser.isSet(cache) ? parser.value(cache) : CacheDatabase::defaultPath(), &error))
        return fail(err, error);

    if (action == QLatin1String("list") && args.size() == 1) {
        for (const Rule &r : db.rules())
            out << describeLine(r) << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("add") && args.size() == 1) {
        Rule rule;
        if (parser.isSet(poster) == parser.isSet(keyword))
            return fail(
                err, RulesCommand::tr("add needs exactly one of --poster NAME or --keyword WORDS"), 2);
        rule.kind = parser.isSet(poster) ? Rule::Kind::Poster : Rule::Kind::Keyword;
        rule.pattern = (parser.isSet(poster) ? parser.value(poster) : parser.value(keyword)).trimmed();
        if (parser.isSet(thread)) {
            const QUrl url(parser.value(thread));
            if (!url.isValid() || url.host().isEmpty())
                return fail(err, RulesCommand::tr("--thread needs a thread URL"), 2);
            rule.scope = Rule::Scope::Thread;
            rule.threadUrl = url.toString();
            rule.site = siteOfThread(rule.threadUrl);
        }
        if (parser.isSet(site))
            rule.site = parser.value(site).trimmed();
        if (rule.site.isEmpty())
            return fail(err, RulesCommand::tr("add needs --site HOST (or --thread URL)"), 2);
        const int ways = int(parser.isSet(score)) + int(parser.isSet(hide)) + int(parser.isSet(follow));
        if (ways != 1)
            return fail(err, RulesCommand::tr("add needs exactly one of --hide, --follow or --score N"), 2);
        bool ok = true;
        rule.score = parser.isSet(hide) ? ScoreThresholds {}.hide
            : parser.isSet(follow)      ? ScoreThresholds {}.follow
                                        : parser.value(score).toInt(&ok);
        if (!ok)
            return fail(err, RulesCommand::tr("--score needs a whole number"), 2);
        if (parser.isSet(days)) {
            const int n = parser.value(days).toInt(&ok);
            if (!ok || n <= 0)
                return fail(err, RulesCommand::tr("--days needs a positive whole number"), 2);
            rule.expires = QDateTime::currentDateTimeUtc().addDays(n);
        }
        rule.note = parser.value(note);
        if (rule.pattern.isEmpty())
            return fail(err, RulesCommand::tr("the poster or keyword is empty"), 2);
        if (!db.saveRule(&rule, &error))
            return fail(err, error);
        out << "added " << describeLine(rule) << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("remove") && args.size() == 2) {
        bool ok = false;
        const qint64 id = args[1].toLongLong(&ok);
        if (!ok)
            return fail(err, RulesCommand::tr("remove needs a rule id (see 'rules list')"), 2);
        if (!db.removeRule(id, &error))
            return fail(err, error);
        out << "removed rule " << id << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("export") && args.size() <= 2) {
        const QByteArray json = rulesToJson(db.rules());
        if (args.size() == 1) {
            out << QString::fromUtf8(json);
            return 0;
        }
        QFile file(args[1]);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            return fail(err, RulesCommand::tr("cannot write %1: %2").arg(args[1], file.errorString()));
        return 0;
    }
    if (action == QLatin1String("import") && args.size() == 2) {
        QFile file(args[1]);
        if (!file.open(QIODevice::ReadOnly))
            return fail(err, RulesCommand::tr("cannot read %1: %2").arg(args[1], file.errorString()));
        QList<Rule> rules;
        if (!rulesFromJson(file.read(16 * 1024 * 1024), &rules, &error))
            return fail(err, RulesCommand::tr("%1: %2").arg(args[1], error));
        if (!db.addRules(&rules, &error))
            return fail(err, error);
        out << "imported " << rules.size() << " rules" << Qt::endl;
        return 0;
    }
    return fail(err,
        RulesCommand::tr(
            "usage: threadkeeper rules list|add|remove ID|export [FILE]|import FILE [--cache FILE]"),
        2);
}

} // namespace Threadkeeper
