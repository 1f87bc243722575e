// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A hostile post, served over loopback HTTP, read in the real window: everything in it
// stays inert text, and nothing is fetched that the reader did not ask for.
#include "readerwindow.h"
#include "renderutil.h"
#include "servers/fixtureserver.h"

#include "reader/postview.h"
#include "reader/selectioncontroller.h"
#include "window/mainwindow.h"

#include "models/threadtreemodel.h"
#include "services/readerservices.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostilePostIsInertAndSilent();
};

void TestHostile::hostilePostIsInertAndSilent()
{
    QStandardPaths::setTestModeEnabled(true);
    FixtureServer server;
    QVERIFY(server.start());
    const QByteArray tracker = server.url(QStringLiteral("/pixel.gif")).toString().toUtf8();
    const QByteArray css = server.url(QStringLiteral("/evil.css")).toString().toUtf8();
    const QByteArray body = "<style>body{background:url(" + css
        + ")}</style>"
          "<script>fetch('"
        + tracker
        + "?script')</script>"
          "Before <b onclick=\"alert(1)\">bold</b> <img src=\""
        + tracker
        + "\" alt=\"\" onerror=\"alert(2)\" width=1>"
          "<iframe src=\""
        + tracker + "?iframe\"></iframe><object data=\"" + tracker
        + "?object\"></object>"
          "<a href=\"javascript:alert(3)\">js link</a> <a "
          "href=\"data:text/html,<script>alert(4)</script>\">data link</a> "
          "<a href=\"file:///etc/passwd\">file link</a> <link rel=\"stylesheet\" href=\""
        + css
        + "\">"
          "<svg onload=\"alert(5)\"><image href=\""
        + tracker
        + "?svg\"/></svg>"
          "<div style=\"background-image:url("
        + tracker + "?style)\">After</div>";
    const QByteArray page = "<!DOCTYPE html><html><head><title>Hostile | Forum</title>"
                            "<link rel=\"stylesheet\" href=\""
        + css
        + "\"></head><body>"
          "<h1 class=\"p-title-value\">Hostile</h1>"
          // The first post is the article, read in its own pane; the hostile one replies.
          "<article class=\"message message--post\" data-author=\"Alice\" data-content=\"post-65\">"
          "<ul class=\"message-attribution-opposite\"><li><a href=\"#\">#1</a></li></ul>"
          "<div class=\"bbWrapper\">Hello.</div></article>"
          "<article class=\"message message--post\" data-author=\"Mallory\" data-content=\"post-66\">"
          "<ul class=\"message-attribution-opposite\"><li><a href=\"#\">#2</a></li></ul>"
          "<div class=\"bbWrapper\">"
        + body + "</div></article></body></html>";
    server.setPage(QStringLiteral("/threads/hostile.66/"), page);

    ReaderWindow reader;
    QVERIFY(reader.open(server.url(QStringLiteral("/threads/hostile.66/"))));
    reader.window->selection()->selectPost(QStringLiteral("66"));
    PostView *post = reader.window->postView();
    QCOMPARE(post->postId(), QStringLiteral("66"));
    QTest::qWait(300); // room for any late fetch to show up at the server

    // Only the thread page was asked for: no image, stylesheet, frame, object or script.
    QCOMPARE(server.requests(), QStringList {QStringLiteral("/threads/hostile.66/")});
    const QString text = post->toPlainText();
    QVERIFY2(text.contains(QLatin1String("Before bold")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("After")));
    for (const char *gone : {"alert", "fetch(", "background", "<script", "onerror", "javascript:", "file:"})
        QVERIFY2(!text.contains(QLatin1String(gone)), gone);
    // Nothing in the shown document is an image; the tracking picture is a placeholder
    // that asks first.
    const QString html = post->document()->toHtml();
    QVERIFY(!html.contains(QLatin1String("<img")));
    QVERIFY2(text.contains(QStringLiteral("Image (127.0.0.1)")), qPrintable(text));
    // The javascript:, data: and file: links are no links at all: struck-through words
    // that say where they pointed, which nothing can activate.
    const QStringList anchors = links(*post->document());
    for (const QString &href : anchors)
        QVERIFY2(href.startsWith(QLatin1String("tk-")), qPrintable(href));
    QVERIFY(anchors.contains(QStringLiteral("tk-images:127.0.0.1")));
    int blocked = 0;
    forEachFragment(*post->document(), [&](const QTextFragment &f) {
        if (f.text().endsWith(QLatin1String(" link"))) {
            QVERIFY(!f.charFormat().isAnchor());
            QVERIFY(f.charFormat().fontStrikeOut());
            QVERIFY(f.charFormat().toolTip().startsWith(QLatin1String("Blocked link: ")));
            ++blocked;
        }
    });
    QCOMPARE(blocked, 3);
}

QTEST_MAIN(TestHostile)
#include "tst_hostile.moc"
