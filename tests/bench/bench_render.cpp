// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: rendering the posts of the seed thread into laid-out QTextDocuments, our
// renderer (our block tree through QTextCursor, code coloured by KF6) against what a
// reader gets by handing the site's own post HTML to QTextDocument::setHtml, side by
// side in the same run on the same posts. Prints posts/s and the ratio. Label "bench".
#include "benchreport.h"
#include "servers/xenforofixture.h"
#include "testutil.h"

#include "engines/xenforo/xenforoengine.h"
#include "render/codehighlighter.h"
#include "render/postrenderer.h"

#include <KSyntaxHighlighting/Repository>

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QTest>
#include <QTextDocument>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class BenchRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void renderAgainstSetHtml();
};

void BenchRender::renderAgainstSetHtml()
{
    FixtureThread seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    // Code in a few posts, as tech threads have: the renderer colours it, setHtml cannot.
    for (int i = 5; i < seed.posts.size(); i += 9)
        seed.posts[i].bbcode
            += QStringLiteral("\n[CODE=cpp]#include <vector>\nint main() {\n    std::vector<int> v {1, 2, "
                              "3};\n    return v.size(); // 3\n}[/CODE]");
    QList<Post> posts;
    QStringList html; // what the site serves inside each post's bbWrapper
    for (int page = 1; page <= seed.pageCount(); ++page)
        posts += XenForoEngine().parsePage(xenforoPage(seed, page), QUrl()).posts;
    for (const FixturePost &p : std::as_const(seed.posts))
        html.append(bbcodeToHtml(p.bbcode));
    QCOMPARE(posts.size(), html.size());

    const KSyntaxHighlighting::Repository repository;
    const CodeHighlighter highlighter(&repository);
    PostRenderer::Context context;
    context.highlighter = &highlighter;
    context.theme = repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
    const int rounds = 20;
    auto layOut = [](QTextDocument &document) {
        document.setTextWidth(600);
        return document.documentLayout()->documentSize().height();
    };

    QElapsedTimer timer;
    timer.start();
    qreal height = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const Post &post : std::as_const(posts)) {
            QTextDocument document;
            PostRenderer::renderPost(&document, post, context);
            height += layOut(document);
        }
    }
    const double ours = double(posts.size()) * rounds / (double(timer.nsecsElapsed()) / 1e9);

    timer.restart();
    qreal peerHeight = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const QString &body : std::as_const(html)) {
            QTextDocument document;
            document.setHtml(body);
            peerHeight += layOut(document);
        }
    }
    const double theirs = double(html.size()) * rounds / (double(timer.nsecsElapsed()) / 1e9);
    QVERIFY(height > 0 && peerHeight > 0);
    qInfo("posts: %d per round, %d rounds", int(posts.size()), rounds);
    qInfo("OURS PostRenderer (block tree, QTextCursor, KF6 colours): %.0f posts/s", ours);
    qInfo("PEER QTextDocument::setHtml of the site's post HTML: %.0f posts/s; ours takes %.2fx its time",
        theirs, theirs / ours);
    BenchReport report(QStringLiteral("bench_render"));
    report.add(BenchFigure {
        QStringLiteral("8. Render %1 posts: PostRenderer vs QTextDocument::setHtml (1 run of %2 rounds)")
            .arg(posts.size())
            .arg(rounds),
        ours, theirs, theirs / ours, QStringLiteral("kept"), QStringLiteral("posts/s"), std::nullopt,
        QStringLiteral("ratio: our time over setHtml's for the same posts laid out at 600 px (ours colours "
                       "code, setHtml cannot)")});
}

QTEST_MAIN(BenchRender)
#include "bench_render.moc"
