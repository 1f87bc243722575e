// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The markdown reader (md4c underneath): CommonMark cases whose HTML is worked out by
// hand from the CommonMark and GFM specifications, Lemmy's spoilers, links and pictures
// kept or not by scheme, and hostile inputs: nesting bounded, time linear in the input.
#include "engines/markdown.h"
#include "engines/simplebodyreader.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace Threadkeeper;
using namespace Qt::StringLiterals;

using MakeText = std::function<QString(int)>;
Q_DECLARE_METATYPE(MakeText)

namespace {

// The deepest nesting of elements in html we wrote (text is escaped, so every '<' is a
// tag), counted for all elements and for the inline ones.
std::pair<int, int> nestingOf(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-z0-9]+)"));
    static const QStringList voids = {QStringLiteral("br"), QStringLiteral("hr"), QStringLiteral("img")};
    static const QStringList inlines = {QStringLiteral("i"), QStringLiteral("b"), QStringLiteral("s"),
        QStringLiteral("code"), QStringLiteral("a"), QStringLiteral("u")};
    int depth = 0, inlineDepth = 0, most = 0, mostInline = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (voids.contains(m.captured(2)))
            continue;
        const int step = m.captured(1).isEmpty() ? 1 : -1;
        depth += step;
        if (inlines.contains(m.captured(2)))
            inlineDepth += step;
        most = std::max(most, depth);
        mostInline = std::max(mostInline, inlineDepth);
    }
    return {most, mostInline};
}

// The least of some runs, in nanoseconds (one slow run on a busy machine is no signal),
// and what the last one wrote.
qint64 timeOf(const QString &text, int runs, QString *html = nullptr)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QString out = markdownToHtml(text);
        best = std::min(best, timer.nsecsElapsed());
        if (html)
            *html = out;
    }
    return best;
}

// What is wrong with html as our writer's output, or nothing: every '<' starts one of our
// tags with our attributes only, elements close in order, addresses have our schemes.
QString problemOf(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral(
        R"re(<(/?)(p|br|hr|blockquote|ul|ol|li|pre|code|h[1-6]|table|thead|tbody|tr|th|td|details|summary|i|b|s|a|img))re"
        R"re(((?: (?:href|src|alt|class)="[^"<>]*")*)>)re"));
    static const QRegularExpression address(QStringLiteral(R"re((?:href|src)="([^"]*)")re"));
    static const QStringList voids = {QStringLiteral("br"), QStringLiteral("hr"), QStringLiteral("img")};
    QStringList open;
    qsizetype at = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView between = QStringView(html).mid(at, m.capturedStart() - at);
        if (between.contains(u'<') || between.contains(u'>') || between.contains(u'"'))
            return u"markup in the text: "_s + between.toString();
        at = m.capturedEnd();
        for (auto a = address.globalMatch(m.captured(3)); a.hasNext();) {
            const QString url = a.next().captured(1).replace(u"&amp;"_s, u"&"_s);
            const qsizetype colon = url.indexOf(u':');
            const QString scheme = url.left(colon).toLower();
            if (colon >= 0 && !scheme.contains(u'/') && !scheme.contains(u'?') && !scheme.contains(u'#')
                && scheme != u"http"_s && scheme != u"https"_s && scheme != u"mailto"_s)
                return u"an address of another scheme: "_s + url;
        }
        if (voids.contains(m.captured(2)))
            continue;
        if (m.captured(1).isEmpty())
            open.append(m.captured(2));
        else if (open.isEmpty() || open.takeLast() != m.captured(2))
            return u"</%1> closes nothing open"_s.arg(m.captured(2));
    }
    const QStringView rest = QStringView(html).mid(at);
    if (rest.contains(u'<') || rest.contains(u'>') || rest.contains(u'"'))
        return u"markup in the text: "_s + rest.toString();
    return open.isEmpty() ? QString() : u"left open: "_s + open.join(u' ');
}

} // namespace

class TestMarkdown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void html_data();
    void html();
    void entitiesAsRead();
    void hostile_data();
    void hostile();
    void longTable();
    void randomTokens();
    void cutAtMaxInput();
};

void TestMarkdown::html_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");
    // Emphasis (CommonMark 6.2)
    QTest::newRow("emphasis nested") << u"*a **b** c*"_s << u"<p><i>a <b>b</b> c</i></p>"_s;
    QTest::newRow("emphasis: triple") << u"***both***"_s << u"<p><i><b>both</b></i></p>"_s;
    QTest::newRow("emphasis: one closer short") << u"**a*"_s << u"<p>*<i>a</i></p>"_s;
    QTest::newRow("emphasis: * inside a word") << u"*foo*bar"_s << u"<p><i>foo</i>bar</p>"_s;
    QTest::newRow("emphasis: _ inside a word")
        << u"_foo_bar snake_case_name"_s << u"<p>_foo_bar snake_case_name</p>"_s;
    QTest::newRow("emphasis: spaced stars") << u"2 * 3 * 4"_s << u"<p>2 * 3 * 4</p>"_s;
    QTest::newRow("strike-through") << u"~~gone~~ ~~not"_s << u"<p><s>gone</s> ~~not</p>"_s;
    QTest::newRow("one tilde is no strike-through (Lemmy's subscript)")
        << u"H~2~O ~a b~ ~~c~~"_s << u"<p>H~2~O ~a b~ <s>c</s></p>"_s;
    QTest::newRow("backslash escapes") << u"\\*not\\* \\<b\\>"_s << u"<p>*not* &lt;b&gt;</p>"_s;
    // Code spans (6.1): the longest run closes its own length only; one space trimmed.
    QTest::newRow("code span with a backtick") << u"`` a ` b ``"_s << u"<p><code>a ` b</code></p>"_s;
    QTest::newRow("code span, double") << u"``foo`bar``"_s << u"<p><code>foo`bar</code></p>"_s;
    QTest::newRow("code span keeps markup as text")
        << u"`<b>&amp;</b> *x*`"_s << u"<p><code>&lt;b&gt;&amp;amp;&lt;/b&gt; *x*</code></p>"_s;
    QTest::newRow("unclosed backticks") << u"`a ``b"_s << u"<p>`a ``b</p>"_s;
    // Blocks
    QTest::newRow("paragraphs and a soft break") << u"one\ntwo\n\nthree"_s << u"<p>one two</p><p>three</p>"_s;
    QTest::newRow("hard breaks") << u"one  \ntwo\\\nthree"_s << u"<p>one<br>two<br>three</p>"_s;
    QTest::newRow("heading") << u"## Title *i* ##"_s << u"<h2>Title <i>i</i></h2>"_s;
    QTest::newRow("rule") << u"a\n\n***\n\nb"_s << u"<p>a</p><hr><p>b</p>"_s;
    QTest::newRow("nested quotes")
        << u"> a\n>> b\n> > > c"_s
        << u"<blockquote><p>a</p><blockquote><p>b</p><blockquote><p>c</p></blockquote></blockquote></blockquote>"_s;
    QTest::newRow("quote, lazy line")
        << u"> > inner\n> outer"_s
        << u"<blockquote><blockquote><p>inner outer</p></blockquote></blockquote>"_s;
    QTest::newRow("list in a quote")
        << u"> - one\n> - two\n>\n> after"_s
        << u"<blockquote><ul><li>one</li><li>two</li></ul><p>after</p></blockquote>"_s;
    QTest::newRow("quote in a list") << u"- a\n  > q"_s
                                     << u"<ul><li>a<blockquote><p>q</p></blockquote></li></ul>"_s;
    QTest::newRow("loose list") << u"- a\n\n- b"_s << u"<ul><li><p>a</p></li><li><p>b</p></li></ul>"_s;
    QTest::newRow("list kinds") << u"- one\n- two\n  goes on\n\n3. first"_s
                                << u"<ul><li>one</li><li>two goes on</li></ul><ol><li>first</li></ol>"_s;
    QTest::newRow("fenced code")
        << u"```cpp\nint x = 1 < 2;\n\n  y();\n```\nafter"_s
        << u"<pre><code class=\"language-cpp\">int x = 1 &lt; 2;\n\n  y();</code></pre>"
           "<p>after</p>"_s;
    QTest::newRow("fenced code, info escaped")
        << u"~~~ a\"b\nx\n~~~"_s << u"<pre><code class=\"language-a&quot;b\">x</code></pre>"_s;
    QTest::newRow("indented code") << u"    a <b>\n    c\n"_s << u"<pre><code>a &lt;b&gt;\nc</code></pre>"_s;
    QTest::newRow("table")
        << u"| a | b |\n|---|:-:|\n| 1 | *2* |\n| 3 |"_s
        << u"<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody>"
           "<tr><td>1</td><td><i>2</i></td></tr><tr><td>3</td><td></td></tr></tbody></table>"_s;
    // HTML in markdown is text (MD_FLAG_NOHTML)
    QTest::newRow("html block") << u"<div onclick=\"x()\">hi</div>"_s
                                << u"<p>&lt;div onclick=&quot;x()&quot;&gt;hi&lt;/div&gt;</p>"_s;
    QTest::newRow("inline html") << u"a <img src=x onerror=alert(1)> & b"_s
                                 << u"<p>a &lt;img src=x onerror=alert(1)&gt; &amp; b</p>"_s;
    QTest::newRow("script") << u"<script>alert(1)</script>"_s
                            << u"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"_s;
    QTest::newRow("html comment") << u"a <!-- b --> c"_s << u"<p>a &lt;!-- b --&gt; c</p>"_s;
    // Links: http, https, mailto and relative addresses; any other scheme is text.
    QTest::newRow("link") << u"[site *x*](https://example.org/a?b=1&c=2 \"t\")"_s
                          << u"<p><a href=\"https://example.org/a?b=1&amp;c=2\">site <i>x</i></a></p>"_s;
    QTest::newRow("link, scheme in capitals")
        << u"[a](HTTP://example.org)"_s << u"<p><a href=\"HTTP://example.org\">a</a></p>"_s;
    QTest::newRow("mailto") << u"[me](mailto:me@example.org)"_s
                            << u"<p><a href=\"mailto:me@example.org\">me</a></p>"_s;
    QTest::newRow("relative") << u"[rust](/c/rust) [b](../x:y)"_s
                              << u"<p><a href=\"/c/rust\">rust</a> <a href=\"../x:y\">b</a></p>"_s;
    QTest::newRow("reference link") << u"[a][1]\n\n[1]: <https://x.example/a b>"_s
                                    << u"<p><a href=\"https://x.example/a b\">a</a></p>"_s;
    QTest::newRow("javascript:") << u"[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1))"_s << u"<p>x y</p>"_s;
    QTest::newRow("javascript: autolink") << u"<javascript:alert(1)>"_s << u"<p>javascript:alert(1)</p>"_s;
    QTest::newRow("javascript: behind entities")
        << u"[a](javascript&#58;alert(1)) [b](javascript&colon;alert(1)) [c](&#x6A;avascript:x)"_s
        << u"<p>a b c</p>"_s;
    QTest::newRow("data: and file:") << u"[a](data:text/html,hi) [b](file:///etc/passwd)"_s
                                     << u"<p>a b</p>"_s;
    QTest::newRow("autolinks")
        << u"<https://c.example> see https://a.example/b. or www.w.example, d@e.example"_s
        << u"<p><a href=\"https://c.example\">https://c.example</a> see "
           "<a href=\"https://a.example/b\">https://a.example/b</a>. or "
           "<a href=\"http://www.w.example\">www.w.example</a>, "
           "<a href=\"mailto:d@e.example\">d@e.example</a></p>"_s;
    // Pictures: an <img> with the description as text, or the description alone.
    QTest::newRow("image") << u"![a *cat*](https://img.example/c.png \"t\")"_s
                           << u"<p><img src=\"https://img.example/c.png\" alt=\"a cat\"></p>"_s;
    QTest::newRow("image in a link")
        << u"[![c](https://i.example/c.png)](https://e.example)"_s
        << u"<p><a href=\"https://e.example\"><img src=\"https://i.example/c.png\" "
           "alt=\"c\"></a></p>"_s;
    QTest::newRow("image in an image") << u"![a ![b](https://i.example/b.png)](https://i.example/a.png)"_s
                                       << u"<p><img src=\"https://i.example/a.png\" alt=\"a b\"></p>"_s;
    QTest::newRow("image, javascript:")
        << u"![x \"y\"](javascript:alert(1))"_s << u"<p>x &quot;y&quot;</p>"_s;
    // Lemmy's spoilers
    QTest::newRow("spoiler")
        << u"::: spoiler Ending\nthey **win**\n:::\nafter"_s
        << u"<details><summary>Ending</summary><p>they <b>win</b></p></details><p>after</p>"_s;
    QTest::newRow("spoiler interrupts a paragraph")
        << u"before\n::: spoiler s\nx\n:::"_s
        << u"<p>before</p><details><summary>s</summary><p>x</p></details>"_s;
    QTest::newRow("spoiler left open")
        << u"::: spoiler a\n> text"_s
        << u"<details><summary>a</summary><blockquote><p>text</p></blockquote></details>"_s;
    QTest::newRow("spoiler in a spoiler: the first ::: ends the outer")
        << u"::: spoiler a\n::: spoiler b\nx\n:::\ny\n:::"_s
        << u"<details><summary>a</summary><details><summary>b</summary><p>x</p></details></details><p>y :::</p>"_s;
    QTest::newRow("spoiler, longer fence")
        << u":::: spoiler a\nx\n:::\ny\n::::"_s << u"<details><summary>a</summary><p>x ::: y</p></details>"_s;
    QTest::newRow("spoiler in code stays code")
        << u"```\n::: spoiler x\n```\n:::"_s << u"<pre><code>::: spoiler x</code></pre><p>:::</p>"_s;
    QTest::newRow("code in a spoiler")
        << u"::: spoiler s\n```\n:::\n```\n:::"_s
        << u"<details><summary>s</summary><pre><code>:::</code></pre></details>"_s;
    QTest::newRow("spoiler without a title is text")
        << u"::: spoiler\n:::spoilers"_s << u"<p>::: spoiler :::spoilers</p>"_s;
    QTest::newRow("spoiler title escaped")
        << u"::: spoiler <b>&amp;</b>\nx\n:::"_s
        << u"<details><summary>&lt;b&gt;&amp;amp;&lt;/b&gt;</summary><p>x</p></details>"_s;
    // Text beyond ASCII; CR LF line ends
    QTest::newRow("non-ASCII") << u"Grüße *Köln* 東京 😀\r\nзвезда"_s
                               << u"<p>Grüße <i>Köln</i> 東京 😀 звезда</p>"_s;
    QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << u"<p>a\uFFFDb</p>"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestMarkdown::html()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QCOMPARE(markdownToHtml(markdown), html);
}

void TestMarkdown::entitiesAsRead()
{
    // Entities pass to the HTML reader, which decodes them; text that only looks like one
    // stays as written.
    const QList<Block> blocks = SimpleBodyReader::readFragment(
        markdownToHtml(u"&ouml; &AMP; &#x1F600; &#0; &amp;lt; &notanentity; &zzz; AT&T"_s),
        QUrl(u"https://l.example/post/1"_s));
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks.first().text, u"ö & 😀 \uFFFD &lt; &notanentity; &zzz; AT&T"_s);
}

void TestMarkdown::hostile_data()
{
    QTest::addColumn<MakeText>("make");
    auto repeat = [](QString unit, QString end = {}) {
        return MakeText([=](int n) { return unit.repeated(n) + end; });
    };
    QTest::newRow("quotes") << repeat(u">"_s, u" deep"_s);
    QTest::newRow("quote lines") << repeat(u"> > > > > > > > > > > > > > > x\n"_s);
    QTest::newRow("lists") << repeat(u"- "_s, u"x"_s);
    QTest::newRow("ordered lists") << MakeText([](int n) { return u"1. "_s.repeated(n * 2 / 3) + u"x"_s; });
    QTest::newRow("brackets") << repeat(u"["_s, u"a"_s);
    QTest::newRow("brackets closed") << MakeText(
        [](int n) { return u"["_s.repeated(n) + u"a"_s + u"]"_s.repeated(n) + u"(b)"_s; });
    QTest::newRow("link openers") << repeat(u"[a]("_s);
    QTest::newRow("images") << repeat(u"![a](b "_s);
    QTest::newRow("stars") << repeat(u"*"_s, u" x"_s);
    QTest::newRow("emphasis nested") << MakeText(
        [](int n) { return u"*a **b "_s.repeated(n) + u"c"_s + u"** d*"_s.repeated(n); });
    QTest::newRow("emphasis unclosed mix") << repeat(u"*a _b ~~c `d [e **f "_s);
    QTest::newRow("backticks of every length") << MakeText([](int n) {
        QString s;
        for (int i = 1; s.size() < n; ++i)
            s += QString(i % 50 + 1, u'`') + u"a"_s;
        return s;
    });
    QTest::newRow("spoilers") << repeat(u"::: spoiler s\n"_s);
    QTest::newRow("lists in spoilers") << MakeText([](int n) {
        return u"::: spoiler s\n"_s.repeated(Markdown::MaxQuoteDepth) + u"- "_s.repeated(n) + u"*x*"_s;
    });
    QTest::newRow("spoilers closed") << repeat(u"::: spoiler s\nx\n:::\n"_s);
    QTest::newRow("entities") << repeat(u"&amp;&#1;"_s);
    QTest::newRow("autolinks") << repeat(u"http://a.b/ www.c.d e@f.g "_s);
    QTest::newRow("table cells") << MakeText([](int n) {
        return u"|a"_s.repeated(100) + u"\n"_s + u"|-"_s.repeated(100) + u"\n"_s + u"|b\n"_s.repeated(n);
    });
}

void TestMarkdown::hostile()
{
    QFETCH(MakeText, make);
    // 10 times the input may take at most 20 times as long (plus a little for timer noise;
    // under ASan, whose shadow memory makes a large input dearer a byte, 40 times): a
    // reader quadratic in it would take 100 times as long.
    const QString small = make(8000).left(Markdown::MaxInput / 10);
    const QString large = make(80000).left(Markdown::MaxInput);
    QString html;
    const qint64 smallTime = timeOf(small, 3);
    const qint64 largeTime = timeOf(large, 2, &html);
#if defined(__SANITIZE_ADDRESS__)
    constexpr int growth = 40;
#else
    constexpr int growth = 20;
#endif
    QVERIFY2(largeTime < growth * smallTime + 20'000'000,
        qPrintable(u"%1 ms for %2 characters, %3 ms for %4"_s.arg(smallTime / 1e6)
                       .arg(small.size())
                       .arg(largeTime / 1e6)
                       .arg(large.size())));
    const auto [depth, inlineDepth] = nestingOf(html);
    QVERIFY2(
        depth <= Markdown::MaxBlockDepth + Markdown::MaxInlineDepth + 3, qPrintable(QString::number(depth)));
    QVERIFY2(inlineDepth <= Markdown::MaxInlineDepth, qPrintable(QString::number(inlineDepth)));
    QVERIFY2(html.count(u"<blockquote>"_s) <= Markdown::MaxQuoteDepth || !large.startsWith(u'>'),
        qPrintable(QString::number(html.count(u"<blockquote>"_s))));
    QVERIFY2(html.size() < 16 * large.size(), qPrintable(QString::number(html.size())));
    // What our body reader makes of it, within its own bounds.
    QVERIFY(!SimpleBodyReader::readFragment(html, QUrl(u"https://l.example/post/1"_s)).isEmpty());
}

void TestMarkdown::longTable()
{
    // Rows past the 500 our reader keeps, and cells past its 40 a row, are left out.
    const QString table
        = u"|h"_s.repeated(50) + u"\n"_s + u"|-"_s.repeated(50) + u"\n"_s + u"|c\n"_s.repeated(600);
    const QString html = markdownToHtml(table);
    QCOMPARE(html.count(u"<tr>"_s), 500);
    QCOMPARE(html.count(u"<th>"_s), 40);
    QCOMPARE(html.count(u"<td>"_s), 499 * 40);
    QVERIFY(html.endsWith(u"</tr></tbody></table>"_s));
}

void TestMarkdown::randomTokens()
{
    // Markdown's markup shuffled: whatever comes of it is our markup, closed, in bounds.
    const QStringList tokens = {u"*"_s, u"**"_s, u"_"_s, u"~~"_s, u"~"_s, u"`"_s, u"``"_s, u"["_s, u"]"_s,
        u"("_s, u")"_s, u"!["_s, u"<"_s, u">"_s, u"> "_s, u"- "_s, u"1. "_s, u"\n"_s, u"\n\n"_s, u"    "_s,
        u"|"_s, u"|-|\n"_s, u"::: spoiler t\n"_s, u":::\n"_s, u"```\n"_s, u"&amp;"_s, u"&#58;"_s,
        u"&colon;"_s, u"&ouml;"_s, u"javascript:"_s, u"data:"_s, u"http://a.b/"_s, u"www.c.d"_s, u"e@f.g"_s,
        u"<b>"_s, u"\""_s, u"a"_s, u"ü"_s, u"😀"_s, u"\\"_s, u"# "_s, u" "_s, u"\t"_s, u"\r\n"_s,
        u"[x]: /y\n"_s, u"[x]"_s, u"<http://q.r>"_s, QString(QChar(0))};
    // The check itself finds what it looks for.
    QVERIFY(problemOf(u"<p><a href=\"JavaScript:x\">y</a></p>"_s).contains(u"scheme"_s));
    QVERIFY(problemOf(u"<p><i>y</p></i>"_s).contains(u"closes"_s));
    QVERIFY(problemOf(u"<p><img src=x onerror=y></p>"_s).contains(u"markup"_s));
    QVERIFY(
        problemOf(u"<p><a href=\"https://a.example/x:y\">y</a><img src=\"/p:q\" alt=\"\"></p>"_s).isEmpty());
    QRandomGenerator random(24);
    for (int i = 0; i < 3000; ++i) {
        QString text;
        for (int n = int(random.bounded(1, 60)); n > 0; --n)
            text += tokens[random.bounded(int(tokens.size()))];
        const QString html = markdownToHtml(text);
        const QString problem = problemOf(html);
        QVERIFY2(problem.isEmpty(), qPrintable(u"%1\nin %2\nfrom %3"_s.arg(problem, html, text)));
    }
}

void TestMarkdown::cutAtMaxInput()
{
    QCOMPARE(markdownToHtml(QString(Markdown::MaxInput * 2, u'a')).size(), Markdown::MaxInput + 7);
    // A cut between the halves of a surrogate pair leaves neither.
    const QString emoji = QString(Markdown::MaxInput - 1, u'a') + u"😀"_s;
    QCOMPARE(markdownToHtml(emoji), u"<p>"_s + QString(Markdown::MaxInput - 1, u'a') + u"</p>"_s);
}

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
