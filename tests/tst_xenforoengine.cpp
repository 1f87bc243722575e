// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servers/xenforofixture.h"
#include "testutil.h"

#include "engines/postbody.h"
#include "engines/xenforo/xenforoengine.h"

#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;
using namespace Qt::StringLiterals;

class TestXenForoEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeOrCutShort_data();
    void wholeOrCutShort();
    void realPages_data();
    void realPages();
    void quotes_data();
    void quotes();
    void ownTextExcludesQuotes();
    void xenForo1Blocks();
    void seedPages_data();
    void seedPages();
    void parseUrl_data();
    void parseUrl();
    void pageUrl();
    void hostileMarkup_data();
    void hostileMarkup();

private:
    const XenForoEngine m_engine;
};

void TestXenForoEngine::realPages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("pageCount");
    QTest::addColumn<int>("posts");
    QTest::addColumn<int>("quotes");
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<QString>("firstAuthor");
    QTest::addColumn<int>("firstNumber");
    QTest::addColumn<QString>("firstDate");

    QTest::newRow("xf2.1 macrumors, 1 of 5") << "xenforo2/macrumors-se-or-11-2231616.html"
                                             << "SE or 11" << 1 << 5 << 25 << 13 << "28380293"
                                             << "reacher" << 1 << "2020-04-19T06:31:12Z";
    QTest::newRow("xf2.1 xenforo.com, no pagination") << "xenforo2/xf-community-dark-theme-8276.html"
                                                      << "a dark theme option" << 1 << 1 << 8 << 0 << "114210"
                                                      << "dieketzer" << 1 << "2010-11-21T10:51:58Z";
    QTest::newRow("xf2.3 voz fragment, Vietnamese")
        << "xenforo2/fragments/voz-xf23-post-22004151-quote-FRAGMENT.html"
        << "" << 1 << 1 << 1 << 1 << "22004151"
        << "kaitoubg" << 7 << "2022-12-05T02:07:14Z";
    QTest::newRow("xf1 sufficientvelocity, 54 of 347")
        << "xenforo1/sv-renascence-xf1.html"
        << "Renascence: A Homura Quest" << 54 << 347 << 25 << 20 << "2146286"
        << "TheBleachDoctor" << 1326 << "2014-10-30T22:48:00Z";
}

void TestXenForoEngine::realPages()
{
    QFETCH(QString, file);
    const QByteArray html = readFile(sharedPath(QStringLiteral("real-pages/") + file));
    QVERIFY2(!html.isEmpty(), qPrintable(file));
    const ParsedPage page = m_engine.parsePage(html, QUrl(QStringLiteral("https://forum.example/")));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QTEST(page.title, "title");
    QTEST(page.page, "page");
    QTEST(page.pageCount, "pageCount");
    QTEST(int(page.posts.size()), "posts");
    int quotes = 0;
    QStringList ids;
    for (const Post &p : page.posts) {
        quotes += int(p.quotes.size());
        ids.append(p.id);
        QVERIFY2(!p.author.isEmpty(), qPrintable(p.id));
        QVERIFY2(p.date.isValid(), qPrintable(p.id));
        QVERIFY2(p.number > 0, qPrintable(p.id));
    }
    ids.removeDuplicates();
    QCOMPARE(ids.size(), page.posts.size());
    QTEST(quotes, "quotes");
    QTEST(page.posts.first().id, "firstId");
    QTEST(page.posts.first().author, "firstAuthor");
    QTEST(page.posts.first().number, "firstNumber");
    QTEST(page.posts.first().date.toString(Qt::ISODate), "firstDate");
}

void TestXenForoEngine::quotes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("postId");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("textStart");

    // XenForo 2.1: the source only in the goto link; the name only in "X said:".
    QTest::newRow("xf2.1 goto link") << "xenforo2/macrumors-se-or-11-2231616.html"
                                     << "28380659" << 0 << "rui no onna"
                                     << "28380549"
                                     << "So just dying, not dead?";
    QTest::newRow("xf2.1 second quote") << "xenforo2/macrumors-se-or-11-2231616.html"
                                        << "28380869" << 1 << "supertiffany"
                                        << "28380847"
                                        << "f you can wait for the 12";
    // XenForo 2.3: data-quote and data-source, the title in Vietnamese ("đã nói:").
    QTest::newRow("xf2.3 data-source") << "xenforo2/fragments/voz-xf23-post-22004151-quote-FRAGMENT.html"
                                       << "22004151" << 0 << "Fire Of Heart"
                                       << "22001851"
                                       << "Xin review Kyber";
    QTest::newRow("xf1 data-author") << "xenforo1/sv-renascence-xf1.html"
                                     << "2146297" << 0 << "Higure"
                                     << "2146285"
                                     << "Okay, I need rolls";
}

void TestXenForoEngine::quotes()
{
    QFETCH(QString, file);
    QFETCH(QString, postId);
    QFETCH(int, index);
    const ParsedPage page
        = m_engine.parsePage(readFile(sharedPath(QStringLiteral("real-pages/") + file)), QUrl());
    const auto it
        = std::find_if(page.posts.begin(), page.posts.end(), [&](const Post &p) { return p.id == postId; });
    QVERIFY(it != page.posts.end());
    QVERIFY(it->quotes.size() > index);
    const Quote &q = it->quotes[index];
    QTEST(q.author, "author");
    QTEST(q.source, "source");
    QFETCH(QString, textStart);
    QVERIFY2(q.text.startsWith(textStart), qPrintable(q.text));
}

void TestXenForoEngine::ownTextExcludesQuotes()
{
    const ParsedPage page = m_engine.parsePage(
        readFile(sharedPath(QStringLiteral("real-pages/xenforo2/macrumors-se-or-11-2231616.html"))), QUrl());
    const Post &p = *std::find_if(page.posts.begin(), page.posts.end(),
        [](const Post &p) { return p.id == QLatin1String("28380659"); });
    QVERIFY(p.text.startsWith(QLatin1String("Since Friday it went really weird.")));
    QVERIFY(!p.text.contains(QLatin1String("So just dying")));
    QVERIFY(!p.text.contains(QLatin1String("Click to expand")));
    // <br /><br /> separates paragraphs.
    QCOMPARE(p.body.size(), 3);
    QCOMPARE(p.body[0].kind, Block::Kind::Quote);
    QVERIFY(p.body[2].text.startsWith(QLatin1String("I can gat SE")));
}

void TestXenForoEngine::xenForo1Blocks()
{
    // XenForo 1's code box, spoiler and picture, as its bb_code templates print them: their
    // labels ("Code:", "Spoiler:", the picture's "[&#x200B;IMG]") are the forum's words.
    const QByteArray html = R"(<html><body><ol class="messageList">
<li id="post-7" class="message" data-author="Zoë">
<div class="messageInfo primaryContent"><div class="messageContent"><article>
<blockquote class="messageText SelectQuoteContainer ugc baseHtml">Before the code.
<div class="bbCodeBlock bbCodeCode"><div class="type">Code:</div><pre>int main() { return 0; }</pre></div>
<div class="bbCodeBlock bbCodePHP"><div class="type">PHP:</div><div class="code"><code>echo 1;</code></div></div>
<div class="ToggleTriggerAnchor bbCodeSpoilerContainer"><button type="button" class="button bbCodeSpoilerButton ToggleTrigger Tooltip JsOnly"><span>Spoiler: <span class="SpoilerTitle">Chapter three</span></span></button><div class="SpoilerTarget bbCodeSpoilerText">She wins.</div></div>
<div class="ToggleTriggerAnchor bbCodeSpoilerContainer"><button type="button" class="button bbCodeSpoilerButton"><span>Spoiler</span></button><div class="SpoilerTarget bbCodeSpoilerText">Untitled secret.</div></div>
<img src="https://img.example/a.png" class="bbCodeImage LbImage" alt="[&#x200B;IMG]" data-url="https://img.example/a.png" />
After all.</blockquote><div class="messageTextEndMarker">&nbsp;</div></article></div></div></li>
</ol></body></html>)";
    const ParsedPage page = m_engine.parsePage(html, QUrl(u"https://forum.example/threads/x.1/"_s));
    QCOMPARE(page.posts.size(), 1);
    const Post &post = page.posts.first();
    QCOMPARE(post.author, u"Zoë"_s);
    QStringList code, spoilers, images;
    for (const Block &b : post.body) {
        if (b.kind == Block::Kind::Code)
            code.append(b.text.trimmed());
        else if (b.kind == Block::Kind::Spoiler)
            spoilers.append(
                b.text + u" / "_s + (b.children.isEmpty() ? QString() : b.children.first().text.trimmed()));
        else if (b.kind == Block::Kind::Image)
            images.append(b.text + u" "_s + b.url);
    }
    QCOMPARE(code, (QStringList {u"int main() { return 0; }"_s, u"echo 1;"_s}));
    QCOMPARE(spoilers, (QStringList {u"Chapter three / She wins."_s, u" / Untitled secret."_s}));
    QCOMPARE(images, QStringList {u" https://img.example/a.png"_s});
    for (const char *label : {"Code:", "PHP:", "Spoiler", "IMG"})
        QVERIFY2(!post.text.contains(QLatin1String(label)), qPrintable(post.text));
    QVERIFY2(post.text.startsWith(u"Before the code."_s), qPrintable(post.text));
    QVERIFY2(post.text.trimmed().endsWith(u"After all."_s), qPrintable(post.text));
}

void TestXenForoEngine::seedPages_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("posts");
    QTest::newRow("1") << 1 << 10;
    QTest::newRow("2") << 2 << 10;
    QTest::newRow("3") << 3 << 5;
}

void TestXenForoEngine::seedPages()
{
    QFETCH(int, page);
    const FixtureThread thread = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    QCOMPARE(thread.posts.size(), 25); // the article and 24 comments
    const ParsedPage parsed = m_engine.parsePage(xenforoPage(thread, page), QUrl());
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.page, page);
    QCOMPARE(parsed.pageCount, 3);
    QTEST(int(parsed.posts.size()), "posts");
    QVERIFY(parsed.title.startsWith(QLatin1String("The Empire Strikes Back")));
    for (const Post &p : parsed.posts) {
        const FixturePost &expected = *std::find_if(
            thread.posts.begin(), thread.posts.end(), [&](const FixturePost &f) { return f.id == p.id; });
        QCOMPARE(p.author, expected.author);
        QCOMPARE(p.number, expected.number);
        QCOMPARE(p.date, expected.date);
    }
    if (page == 1) {
        const Post &article = parsed.posts[0];
        QCOMPARE(article.number, 0);
        QVERIFY(article.text.startsWith(QLatin1String("A few days ago")));
        // #4 quotes #3 with a list inside the quote, typed by hand (no source).
        const Post &p4 = parsed.posts[3];
        QCOMPARE(p4.number, 4);
        QCOMPARE(p4.quotes.size(), 1);
        QCOMPARE(p4.quotes[0].author, QStringLiteral("ncrs"));
        QVERIFY(p4.quotes[0].source.isEmpty());
        QVERIFY(p4.quotes[0].text.contains(
            QLatin1String("Unleashing Alaska's Extraordinary Resource Potential")));
        QVERIFY(p4.text.startsWith(QLatin1String("Every one of those statements")));
        QVERIFY(!p4.text.contains(QLatin1String("It remains to be seen")));
        // #6 quotes #4 twice, made with Reply (source set).
        const Post &p6 = parsed.posts[5];
        QCOMPARE(p6.quotes.size(), 2);
        QCOMPARE(p6.quotes[0].source, seedPostId(4));
        QCOMPARE(p6.quotes[1].source, seedPostId(4));
    }
}

void TestXenForoEngine::parseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("postId");
    const QString c
        = QStringLiteral("https://www.techpowerup.com/forums/threads/the-empire-strikes-back.331822/");
    QTest::newRow("first page") << c << true << c << 1 << "";
    QTest::newRow("no trailing slash") << c.chopped(1) << true << c << 1 << "";
    QTest::newRow("page-4") << c + QStringLiteral("page-4") << true << c << 4 << "";
    QTest::newRow("post permalink") << c + QStringLiteral("post-5432101") << true << c << 1 << "5432101";
    QTest::newRow("fragment") << c + QStringLiteral("page-2#post-77") << true << c << 2 << "77";
    QTest::newRow("query dropped") << c + QStringLiteral("?prdxsrc=1") << true << c << 1 << "";
    QTest::newRow("/t/ prefix") << "https://voz.vn/t/review-cong-ty.677450/page-3" << true
                                << "https://voz.vn/t/review-cong-ty.677450/" << 3 << "";
    QTest::newRow("bare id") << "https://forum.example/threads/123/" << true
                             << "https://forum.example/threads/123/" << 1 << "";
    QTest::newRow("index.php?threads/, no friendly URLs")
        << "https://forum.example/community/index.php?threads/kestrel.7/page-3#post-70" << true
        << "https://forum.example/community/index.php?threads/kestrel.7/" << 3 << "70";
    QTest::newRow("index.php?threads/ post permalink")
        << "https://forum.example/index.php?threads/kestrel.7/post-71&utm=x" << true
        << "https://forum.example/index.php?threads/kestrel.7/" << 1 << "71";
    QTest::newRow("index.php?forums/")
        << "https://forum.example/index.php?forums/news.5/" << false << "" << 0 << "";
    QTest::newRow("forum index") << "https://forum.example/forums/news.5/" << false << "" << 0 << "";
    QTest::newRow("no id") << "https://forum.example/threads/hello/" << false << "" << 0 << "";
    QTest::newRow("ftp") << "ftp://forum.example/threads/a.1/" << false << "" << 0 << "";
}

void TestXenForoEngine::parseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    ThreadRef ref;
    QCOMPARE(m_engine.parseUrl(QUrl(url), &ref), valid);
    if (!valid)
        return;
    QTEST(ref.canonical.toString(), "canonical");
    QTEST(ref.page, "page");
    QTEST(ref.postId, "postId");
}

void TestXenForoEngine::pageUrl()
{
    const QUrl c(QStringLiteral("https://forum.example/threads/a.1/"));
    QCOMPARE(m_engine.pageUrl(c, 1), c);
    QCOMPARE(m_engine.pageUrl(c, 7).toString(), QStringLiteral("https://forum.example/threads/a.1/page-7"));
    const QUrl q(QStringLiteral("https://forum.example/index.php?threads/a.1/"));
    QCOMPARE(m_engine.pageUrl(q, 1), q);
    QCOMPARE(m_engine.pageUrl(q, 7).toString(),
        QStringLiteral("https://forum.example/index.php?threads/a.1/page-7"));
    QCOMPARE(m_engine.postUrl(q, QStringLiteral("9")).toString(),
        QStringLiteral("https://forum.example/index.php?threads/a.1/post-9"));
}

void TestXenForoEngine::hostileMarkup_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedText");

    const QByteArray post
        = "<article class=\"message message--post\" data-author=\"x\" data-content=\"post-1\">"
          "<div class=\"bbWrapper\">%1</div></article>";
    auto wrap = [&](const QByteArray &inner) { return QByteArray(post).replace("%1", inner); };
    QTest::newRow("script and style dropped")
        << wrap("Hello<script>alert(1)</script><style>p{}</style> <b onclick=\"x()\">world</b>")
        << "Hello world";
    QTest::newRow("iframe object dropped")
        << wrap("a<iframe src=\"https://t.example/\">b</iframe><object>c</object>d") << "ad";
    QTest::newRow("entities") << wrap("Tom &amp; Jerry &lt;3 &eacute;t&eacute; &#x1F600;")
                              << QString::fromUtf8("Tom & Jerry <3 été 😀");
    QByteArray deep;
    for (int i = 0; i < 20000; ++i)
        deep += "<div>";
    deep += "deep";
    QTest::newRow("20000 nested divs") << wrap(deep) << "deep";
    // Every structure the reader keeps, nested past any sense: words kept, depth bounded.
    for (const auto &[name, open] : {std::pair {"20000 nested bold", "<b>"},
             std::pair {"20000 nested links", "<a href=\"https://x.example/\">"},
             std::pair {"5000 nested spoilers", "<details><summary>s</summary>"},
             std::pair {"5000 nested tables", "<table><tr><td>"}, std::pair {"5000 nested lists", "<ul><li>"},
             std::pair {"5000 nested headings", "<h2>"}}) {
        QByteArray nested;
        const int count = QByteArrayView(name).startsWith("20000") ? 20000 : 5000;
        for (int i = 0; i < count; ++i)
            nested += open;
        QTest::newRow(name) << wrap(nested + "deep")
                            << (QByteArrayView(name).contains("spoilers") ? "" : "deep");
    }
    QByteArray quotes;
    for (int i = 0; i < 500; ++i)
        quotes += "<blockquote class=\"bbCodeBlock bbCodeBlock--quote\" data-quote=\"q\">";
    quotes += "inner";
    QTest::newRow("500 nested quotes") << wrap(quotes + "</blockquote>after") << "";
}

void TestXenForoEngine::hostileMarkup()
{
    QFETCH(QByteArray, body);
    const ParsedPage page = m_engine.parsePage(body, QUrl());
    QCOMPARE(page.posts.size(), 1);
    QFETCH(QString, expectedText);
    if (!expectedText.isEmpty())
        QCOMPARE(page.posts[0].text, expectedText);
    // Quote nesting is bounded whatever the input.
    int depth = 0;
    const QList<Block> *blocks = &page.posts[0].body;
    while (!blocks->isEmpty() && blocks->first().kind == Block::Kind::Quote) {
        blocks = &blocks->first().children;
        ++depth;
    }
    QVERIFY(depth <= PostBodyReader::MaxQuoteDepth);
    // Nor does any other structure nest past the reader's bound.
    std::function<int(const QList<Block> &)> deepest = [&](const QList<Block> &list) {
        int d = 0;
        for (const Block &b : list)
            d = std::max(d, 1 + deepest(b.children));
        return d;
    };
    QVERIFY(deepest(page.posts[0].body) <= PostBodyReader::MaxDepth);
}

void TestXenForoEngine::wholeOrCutShort_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f :
        {"real-pages/xenforo1/sv-renascence-xf1.html", "real-pages/xenforo2/macrumors-se-or-11-2231616.html",
            "real-pages/xenforo2/xf-community-dark-theme-8276.html"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestXenForoEngine::wholeOrCutShort()
{
    QFETCH(QString, file);
    const XenForoEngine engine;
    const QByteArray page = readFile(sharedPath(file));
    QVERIFY(!page.isEmpty());
    QCOMPARE(engine.incompletePage(page), QString());
    QCOMPARE(engine.incompletePage(page + "\n\n"), QString()); // trailing blank lines are whole
    QCOMPARE(engine.incompletePage(page + "<!-- served by cache-7 in 12 ms -->\n"), QString());
    // Cut anywhere before its end, a page is not whole, though it may still parse.
    for (const double share : {0.1, 0.5, 0.9, 0.99}) {
        const QByteArray cut = page.left(qsizetype(page.size() * share));
        QVERIFY2(!engine.incompletePage(cut).isEmpty(), qPrintable(QString::number(share)));
    }
    QVERIFY(!engine.incompletePage(QByteArray()).isEmpty());
}

QTEST_GUILESS_MAIN(TestXenForoEngine)
#include "tst_xenforoengine.moc"
