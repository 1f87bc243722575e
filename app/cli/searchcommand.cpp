// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommand.h"

#include "cli/cliutil.h"
#include "domain/search.h"
#include "services/preferences.h"
#include "store/cachedatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Threadkeeper {

using Cli::fail;

namespace {
// The command's words, under one translation context (lupdate reads the qualified calls).
struct SearchCommand
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)
};
} // namespace

int runSearchCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption cache(
        QStringLiteral("cache"), SearchCommand::tr("The cache file."), SearchCommand::tr("file"));
    const QCommandLineOption limit(
        QStringLiteral("limit"), SearchCommand::tr("At most this many posts (100)."), SearchCommand::tr("n"));
    parser.addOptions({cache, limit});
    if (const int code = Cli::parse(parser, QStringLiteral("threadkeeper search"), arguments, out, err);
        code >= 0)
        return code;
    const QString text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return fail(err,
            SearchCommand::tr(
                "search needs a query: words, \"a phrase\", prefix*, author:NAME, thread:WORDS, site:HOST, "
                "is:unread, is:followed, has:note, before:YYYY-MM-DD, after:YYYY-MM-DD"),
            2);
    bool ok = true;
    const int n = parser.isSet(limit) ? parser.value(limit).toInt(&ok) : 100;
    if (!ok || n <= 0)
        return fail(err, SearchCommand::tr("--limit needs a positive whole number"), 2);
    SearchQuery query = SearchQuery::parse(text);
    if (!query.error.isEmpty())
        return fail(err, query.error, 2);
    // The window's follow threshold, so is:followed finds here what it finds there.
    query.thresholds.follow = ReadingPreferences::load().thresholds.follow;

    CacheDatabase db;
    QString error;
    if (!db.open(parser.isSet(cache) ? parser.value(cache) : CacheDatabase::defaultPath(), &error))
        return fail(err, error);
    const QList<SearchHit> hits = db.search(query, n, &error);
    if (!error.isEmpty())
        return fail(err, error);
    for (const SearchHit &hit : hits) {
        const QJsonObject line {{QStringLiteral("thread"), hit.threadUrl},
            {QStringLiteral("title"), hit.threadTitle}, {QStringLiteral("post"), hit.postId},
            {QStringLiteral("number"), hit.number}, {QStringLiteral("author"), hit.author},
            {QStringLiteral("date"),
                hit.date.isValid() ? QJsonValue(hit.date.toString(Qt::ISODate))
                                   : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("snippet"), hit.markedSnippet(QStringLiteral("["), QStringLiteral("]"))}};
        out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    }
    out.flush();
    return 0;
}

} // namespace Threadkeeper
