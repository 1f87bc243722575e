// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// threadkeeper-fixture-tool: the test fixtures from the command line.
//   demo SOURCE OUTDIR   write the demo thread's XenForo pages (resources/demo)
//   serve seed|demo [SECONDS]   serve a fixture thread on 127.0.0.1, print its URL
//   serve-tls seed|demo [SECONDS]   the same over HTTPS, with the self-signed test certificate
//   serve-generated POSTS SEED LATENCY_MS [SECONDS]   serve a generated thread (threadgenerator.h),
//                        each answer LATENCY_MS late; print its URL, then every page's URL
//                        one a line, then an empty line
//   dump FILE            parse a saved page and print what the XenForo engine sees
//   read URL FILE        read a saved page or API answer as the engine of URL does (as the
//                        first answer to URL) and print its posts as JSON, for
//                        tests/bench/fidelity.py
#include "servers/fixtureserver.h"
#include "servers/threadgenerator.h"
#include "servers/xenforofixture.h"
#include "testutil.h"

#include "engines/xenforo/xenforoengine.h"
#include "html/htmlcharset.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString cmd = args.value(0);
    if (cmd == QLatin1String("demo") && args.size() == 3) {
        const FixtureThread thread = parseDemoSource(QString::fromUtf8(readFile(args[1])));
        for (int page = 1; page <= thread.pageCount(); ++page) {
            const QString name
                = page == 1 ? QStringLiteral("index.html") : QStringLiteral("page-%1").arg(page);
            QDir().mkpath(args[2]);
            QFile f(args[2] + QLatin1Char('/') + name);
            if (!f.open(QIODevice::WriteOnly) || f.write(xenforoPage(thread, page)) < 0) {
                err << "cannot write " << f.fileName() << Qt::endl;
                return 1;
            }
        }
        out << thread.posts.size() << " posts on " << thread.pageCount() << " pages" << Qt::endl;
        return 0;
    }
    if ((cmd == QLatin1String("serve") || cmd == QLatin1String("serve-tls")) && args.size() >= 2) {
        const FixtureThread thread = args[1] == QLatin1String("seed")
            ? seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")))
            : parseDemoSource(
                QString::fromUtf8(readFile(sourcePath(QStringLiteral("resources/demo/demo-thread.bbcode")))));
        FixtureServer server;
        if (!(cmd == QLatin1String("serve") ? server.start() : server.startTls(QStringLiteral("site"))))
            return 1;
        for (int page = 1; page <= thread.pageCount(); ++page)
            server.setPage(thread.pagePath(page), xenforoPage(thread, page));
        out << server.url(thread.path).toString() << Qt::endl;
        QTimer::singleShot(
            args.value(2, QStringLiteral("600")).toInt() * 1000, &app, &QCoreApplication::quit);
        return app.exec();
    }
    if (cmd == QLatin1String("serve-generated") && args.size() >= 4) {
        const int posts = args[1].toInt();
        const int latency = args[3].toInt();
        if (posts < 1 || latency < 0) {
            err << "serve-generated: POSTS must be positive and LATENCY_MS not negative" << Qt::endl;
            return 2;
        }
        const FixtureThread thread = generateThread(posts, args[2].toUInt());
        FixtureServer server;
        if (!server.start())
            return 1;
        // Every page rendered up front: the server's own work must not add to the latency.
        for (int page = 1; page <= thread.pageCount(); ++page)
            server.setPage(thread.pagePath(page), xenforoPage(thread, page), latency);
        out << server.url(thread.path).toString() << '\n';
        for (int page = 1; page <= thread.pageCount(); ++page)
            out << server.url(thread.pagePath(page)).toString() << '\n';
        out << Qt::endl;
        QTimer::singleShot(
            args.value(4, QStringLiteral("1800")).toInt() * 1000, &app, &QCoreApplication::quit);
        return app.exec();
    }
    if (cmd == QLatin1String("dump") && args.size() == 2) {
        const XenForoEngine engine;
        const ParsedPage page = engine.parsePage(readFile(args[1]), QUrl::fromLocalFile(args[1]));
        out << "title: " << page.title << "\npage " << page.page << " of " << page.pageCount
            << "\nerror: " << page.error << "\nposts: " << page.posts.size() << Qt::endl;
        for (const Post &p : page.posts) {
            out << p.id << " #" << p.number << " " << p.author << " " << p.date.toString(Qt::ISODate) << " | "
                << p.text.left(70).replace(QLatin1Char('\n'), QLatin1String(" / ")) << Qt::endl;
            for (const Quote &q : p.quotes)
                out << "    quote " << q.author << " src=" << q.source << " | " << q.text.left(50)
                    << Qt::endl;
        }
        return 0;
    }
    if (cmd == QLatin1String("read") && args.size() == 3) {
        const QUrl url(args[1]);
        ThreadRef ref;
        const ForumEngine *engine = engineForUrl(url, &ref);
        if (!engine) {
            err << "no engine reads " << args[1] << Qt::endl;
            return 2;
        }
        const QList<EngineRequest> first = engine->firstRequests(ref, url);
        const EngineRequest request = first.value(0, EngineRequest {url});
        QByteArray body = readFile(args[2]);
        if (request.format == EngineRequest::Format::Html)
            body = htmlAsUtf8(body, QByteArray());
        const EngineAnswer answer
            = engine->readAnswer(request, body, AnswerContext {ref.canonical, url, true});
        QJsonArray posts;
        for (const Post &p : answer.posts) {
            QJsonArray quotes;
            for (const Quote &q : p.quotes)
                quotes.append(
                    QJsonObject {{u"author"_s, q.author}, {u"source"_s, q.source}, {u"text"_s, q.text}});
            posts.append(QJsonObject {{u"id"_s, p.id}, {u"number"_s, p.number}, {u"author"_s, p.author},
                {u"date"_s, p.date.isValid() ? p.date.toUTC().toString(Qt::ISODate) : QString()},
                {u"parent"_s, p.parentId}, {u"text"_s, p.text}, {u"quotes"_s, quotes}});
        }
        out << QJsonDocument(
            QJsonObject {{u"engine"_s, engine->name()}, {u"error"_s, answer.error}, {u"posts"_s, posts}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
        return answer.error.isEmpty() ? 0 : 1;
    }
    err << "usage: threadkeeper-fixture-tool demo SOURCE OUTDIR | serve[-tls] seed|demo [SECONDS]\n"
           "       | serve-generated POSTS SEED LATENCY_MS [SECONDS] | dump FILE | read URL FILE"
        << Qt::endl;
    return 2;
}
