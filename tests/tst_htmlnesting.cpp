// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The nesting guard every page goes through before the HTML parser (issue 22): small cases
// written out, real pages that come through unchanged, and the shapes that made the parser
// build nodes without end (deep nesting; formatting elements left open, which HTML5 rebuilds
// around every later text).
#include "servers/xenforofixture.h"
#include "testutil.h"

#include "html/htmldocument.h"
#include "html/htmlnesting.h"

#include <QDirIterator>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {
int nodesOf(const QByteArray &html)
{
    const HtmlDocument document(html);
    int nodes = 0;
    document.document().walk([&nodes](HtmlNode) {
        ++nodes;
        return HtmlNode::Walk::Descend;
    });
    return nodes;
}
} // namespace

class TestHtmlNesting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cases_data();
    void cases();
    void realPagesUnchanged_data();
    void realPagesUnchanged();
    void nodesGrowWithTheInput_data();
    void nodesGrowWithTheInput();
};

void TestHtmlNesting::cases_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("depth");
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("well formed") << QByteArray("<div><b>x</b><i>y</i></div>") << 256
                                 << QByteArray("<div><b>x</b><i>y</i></div>");
    QTest::newRow("formatting left open ends with its block") << QByteArray(
        "<div><b class=\"a\">x</div>y") << 256 << QByteArray("<div><b class=\"a\">x</b></div>y");
    QTest::newRow("every element left open ends with the one closed")
        << QByteArray("<section><div><span>x</section>") << 256
        << QByteArray("<section><div><span>x</span></div></section>");
    QTest::newRow("misnested formatting is the parser's")
        << QByteArray("<b><div>x</b>y</div>") << 256 << QByteArray("<b><div>x</b>y</div>");
    QTest::newRow("a stray end tag stays")
        << QByteArray("<div>x</span></div>") << 256 << QByteArray("<div>x</span></div>");
    QTest::newRow("void and optional ends do not count")
        << QByteArray("<ul><li>a<li>b<br></ul><p>c") << 256 << QByteArray("<ul><li>a<li>b<br></ul><p>c");
    QTest::newRow("cut at the depth")
        << QByteArray("<div><div><div>x</div></div></div>") << 2 << QByteArray("<div><div>x</div></div>");
    QTest::newRow("at most 8 formatting open")
        << QByteArray("<i><i><i><i><i><i><i><i><i>x</i></i></i></i></i></i></i></i></i>") << 256
        << QByteArray("<i><i><i><i><i><i><i><i>x</i></i></i></i></i></i></i></i>");
    QTest::newRow("formatting left open in a paragraph ends with it")
        << QByteArray("<p><b>x<p>y<p><a href=\"/\"><p>z</a>") << 256
        << QByteArray("<p><b>x</b><p>y<p><a href=\"/\"></a><p>z</a>");
    // Seen on Vanilla's MoneySavingExpert and College Confidential pages: a paragraph in a
    // link in a list item does not end the item, so the link stays.
    QTest::newRow("a link around a paragraph in a list item stays")
        << QByteArray("<li><a href=\"/\"><h4>x</h4><p>y</p></a></li><li><b>z</li>") << 256
        << QByteArray("<li><a href=\"/\"><h4>x</h4><p>y</p></a></li><li><b>z</b></li>");
    QTest::newRow("a list item ends the one before, and its formatting")
        << QByteArray("<ul><li><b>x<li>y<li><ul><li><i>z</ul></ul>") << 256
        << QByteArray("<ul><li><b>x</b><li>y<li><ul><li><i>z</i></ul></ul>");
    QTest::newRow("a cell ends the cell before")
        << QByteArray("<table><tr><td><b>x<td>y<tr><td><i>z</table>") << 256
        << QByteArray("<table><tr><td><b>x</b><td>y<tr><td><i>z</i></table>");
    QTest::newRow("a link around a paragraph stays")
        << QByteArray("<a href=\"/\"><p>x</p></a>") << 256 << QByteArray("<a href=\"/\"><p>x</p></a>");
    // Found by fuzz_nesting: a lone '<' and the text after a tag left out made a new tag.
    QTest::newRow("a tag left out never joins a lone '<' to what follows")
        << QByteArray("<div><<span>x") << 1 << QByteArray("<div>&lt;x");
    // Found by fuzz_nesting: "</" before a dropped tag and "div>" after it made "</div>".
    QTest::newRow("a tag left out never joins '</' to what follows")
        << QByteArray("<div></<span>div>") << 1 << QByteArray("<div>&lt;/div>");
    QTest::newRow("a '<' before a digit or a space is text")
        << QByteArray("<p>I <3 it, a < b</p>") << 4 << QByteArray("<p>I &lt;3 it, a &lt; b</p>");
    // Found by fuzz_nesting against the ASan MyHTML: "</" then a tag left out, an end tag.
    QTest::newRow("a tag left out never joins a lone '</' to what follows")
        << QByteArray("<d><i><i></<i>d") << 3 << QByteArray("<d><i><i>&lt;/d");
    // MoneySavingExpert's and College Confidential's menus: a paragraph in a link in a list
    // item ends neither (HTML5 ends a paragraph with a paragraph, an item with an item).
    QTest::newRow("a paragraph inside an item's link")
        << QByteArray("<ul><li><a href=x><h4>t</h4><p>b</p></a></li></ul>") << 256
        << QByteArray("<ul><li><a href=x><h4>t</h4><p>b</p></a></li></ul>");
    QTest::newRow("an item still ends the item's formatting")
        << QByteArray("<ul><li><b>x<li>y</ul>") << 256 << QByteArray("<ul><li><b>x</b><li>y</ul>");
    QTest::newRow("upper case") << QByteArray("<DIV><B>x</DIV>") << 256 << QByteArray("<DIV><B>x</b></DIV>");
    QTest::newRow("raw text unread") << QByteArray("<script>if (a<b) x='</div>';</script><div>") << 256
                                     << QByteArray("<script>if (a<b) x='</div>';</script><div>");
}

void TestHtmlNesting::cases()
{
    QFETCH(QByteArray, input);
    QFETCH(int, depth);
    QFETCH(QByteArray, output);
    const QByteArray once = limitNesting(input, depth);
    QCOMPARE(once, output);
    QCOMPARE(limitNesting(once, depth), once); // idempotent
}

void TestHtmlNesting::realPagesUnchanged_data()
{
    QTest::addColumn<QString>("file");
    QDirIterator pages(sharedPath(QStringLiteral("real-pages")), {QStringLiteral("*.html")}, QDir::Files,
        QDirIterator::Subdirectories);
    while (pages.hasNext()) {
        const QString file = pages.next();
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }
}

void TestHtmlNesting::realPagesUnchanged()
{
    QFETCH(QString, file);
    const QByteArray page = readFile(file);
    QVERIFY(!page.isEmpty());
    const QByteArray limited = limitNesting(page);
    if (limited != page) {
        // Where the first difference is, to tell a sloppy page from a fault.
        qsizetype at = 0;
        while (at < page.size() && at < limited.size() && page[at] == limited[at])
            ++at;
        QFAIL(qPrintable(QStringLiteral("changed at byte %1: …%2… became …%3…")
                             .arg(at)
                             .arg(QString::fromUtf8(page.mid(std::max<qsizetype>(0, at - 80), 160)),
                                 QString::fromUtf8(limited.mid(std::max<qsizetype>(0, at - 80), 160)))));
    }
}

void TestHtmlNesting::nodesGrowWithTheInput_data()
{
    QTest::addColumn<QByteArray>("page");
    QByteArray open;
    for (int i = 0; i < 128; ++i)
        open += "<div><b class=c" + QByteArray::number(i) + ">x</div>";
    QTest::newRow("formatting left open, then 20,000 blocks")
        << open + QByteArray("<div>y</div>").repeated(20000);
    QByteArray unclosedParagraphs;
    for (int i = 0; i < 2000; ++i)
        unclosedParagraphs += "<p><i class=c" + QByteArray::number(i) + ">y";
    QTest::newRow("formatting left open in paragraphs") << unclosedParagraphs;
    QTest::newRow("200,000 deep") << QByteArray("<div><span>").repeated(100000) + "deep"
            + QByteArray("</span></div>").repeated(100000);
    QTest::newRow("the seed thread's page")
        << xenforoPage(seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt"))), 1);
}

void TestHtmlNesting::nodesGrowWithTheInput()
{
    // Each node answers a tag or a run of text of the input, or a few the parser adds.
    QFETCH(QByteArray, page);
    const int tags = int(page.count('<'));
    const int nodes = nodesOf(page);
    QVERIFY2(
        nodes <= 3 * tags + 16, qPrintable(QStringLiteral("%1 nodes from %2 tags").arg(nodes).arg(tags)));
}

QTEST_GUILESS_MAIN(TestHtmlNesting)
#include "tst_htmlnesting.moc"
