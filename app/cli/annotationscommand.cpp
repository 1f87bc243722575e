// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationscommand.h"

#include "cli/cliutil.h"
#include "domain/annotationexport.h"
#include "engines/forumengine.h"
#include "services/annotationbook.h"
#include "store/cachedatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace Threadkeeper {

namespace {

// The command's words, under one translation context (lupdate reads the qualified calls).
struct AnnotationsCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationsCommand)
};

using Cli::fail;

} // namespace

int runAnnotationsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption cache(
        QStringLiteral("cache"), AnnotationsCommand::tr("The cache file."), AnnotationsCommand::tr("file"));
    const QCommandLineOption format(QStringLiteral("format"), AnnotationsCommand::tr("export: md or json."),
        AnnotationsCommand::tr("format"), QStringLiteral("md"));
    const QCommandLineOption thread(QStringLiteral("thread"),
        AnnotationsCommand::tr("export: only this thread."), AnnotationsCommand::tr("url"));
    parser.addOptions({cache, format, thread});
    parser.addPositionalArgument(QStringLiteral("action"), AnnotationsCommand::tr("export, or import FILE"));
    if (const int code = Cli::parse(parser, QStringLiteral("threadkeeper annotations"), arguments, out, err);
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    CacheDatabase db;
    QString error;
    if (!db.open(parser.isSet(cache) ? parser.value(cache) : CacheDatabase::defaultPath(), &error))
        return fail(err, error);

    if (args.value(0) == QLatin1String("export") && args.size() == 1) {
        QString threadUrl;
        if (parser.isSet(thread)) {
            ThreadRef ref;
            const QUrl url = QUrl::fromUserInput(parser.value(thread));
            threadUrl = engineForUrl(url, &ref) ? ref.canonical.toString() : url.toString();
        }
        AnnotationListing listing = db.annotationListing(threadUrl);
        linkAnnotatedPosts(listing.annotations, &listing.posts);
        if (parser.value(format) == QLatin1String("json"))
            out << QString::fromUtf8(annotationsToJson(listing.annotations));
        else if (parser.value(format) == QLatin1String("md"))
            out << annotationsToMarkdown(listing.annotations, listing.posts);
        else
            return fail(err,
                AnnotationsCommand::tr("unknown format '%1' (known: md, json)").arg(parser.value(format)), 2);
        return 0;
    }
    if (args.value(0) == QLatin1String("import") && args.size() == 2) {
        QFile file(args[1]);
        if (!file.open(QIODevice::ReadOnly))
            return fail(err, AnnotationsCommand::tr("cannot read %1: %2").arg(args[1], file.errorString()));
        QList<Annotation> annotations;
        if (!annotationsFromJson(file.read(64 * 1024 * 1024), &annotations, &error))
            return fail(err, AnnotationsCommand::tr("%1: %2").arg(args[1], error));
        if (!db.addAnnotations(&annotations, &error))
            return fail(err, error);
        out << "imported " << annotations.size() << " annotations" << Qt::endl;
        return 0;
    }
    return fail(err,
        AnnotationsCommand::tr(
            "usage: threadkeeper annotations export [--format md|json] [--thread URL] | import FILE"),
        2);
}

} // namespace Threadkeeper
