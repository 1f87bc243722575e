// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Simple Machines Forum engine (2.0 and 2.1): addresses (topic=N.OFFSET, the query-less
// index.php/topic,N.M.html, msg links), pages we write as SMF 2.1's default theme and 2.0's
// Curve show them (dates absolute and "Today at", quotes with and without their source,
// quotes of quotes, a deleted post, names beyond ASCII), the seed thread loaded over
// loopback HTTP as SMF pages giving the XenForo tree, then offline, then refreshed with
// conditional requests.
#include "enginechecks.h"
#include "loadharness.h"
#include "refreshrig.h"
#include "seedtree.h"
#include "servers/fixtureserver.h"
#include "servers/smffixture.h"
#include "testutil.h"

#include "engines/postbody.h"
#include "engines/smf/smfengine.h"
#include "html/htmlcharset.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Threadkeeper::Testing::SmfVersion)

namespace {
constexpr int SeedTopic = 7;
// geekhack.org (SMF 2.0.15, its Nostalgia theme, ISO-8859-1), a guest's view of topic
// 92066's first page of 13, saved by Gobluebro/Geekhack-scraper (tests/REAL-PAGES-ADDED.md).
const QString RealPage = QStringLiteral("smf/geekhack-noxary-92066-p1of13.html");
const QUrl RealPageUrl(QStringLiteral("https://geekhack.org/index.php?topic=92066.0"));
// forums.contribs.org (SMF 2.0 RC3, the core theme, UTF-8, query-less addresses), topic
// 38573's first page of 2, saved by pythontech/ptforum as test data.
const QString RcPage = QStringLiteral("smf/ptforum-contribs-38573-p1of2.html");
const QUrl RcPageUrl(QStringLiteral("http://forums.contribs.org/index.php?topic=38573.0"));

// Parsed once per file: the tests below read the same page row after row.
ParsedPage parseReal(const QByteArray &raw, const QString &file = RealPage)
{
    static QHash<QString, ParsedPage> parsed;
    if (!parsed.contains(file))
        parsed.insert(file,
            SmfEngine().parsePage(htmlAsUtf8(raw, QByteArray()), file == RcPage ? RcPageUrl : RealPageUrl));
    return parsed.value(file);
}

FixturePost made(const QString &id, const QString &author, const QDateTime &date, const QString &bbcode)
{
    FixturePost p;
    p.id = id;
    p.author = author;
    p.date = date;
    p.bbcode = bbcode;
    return p;
}

// Names beyond ASCII, a deleted post (5002: gone from the pages, still quoted), a quote of
// a quote, a quote typed by hand, code; the last post written today.
FixtureThread smallThread(const QDateTime &now)
{
    const QDateTime t0(QDate(2021, 11, 3), QTime(21, 7, 45), QTimeZone::UTC);
    FixtureThread t;
    t.title = u"Pustułki nad Krakowem"_s;
    t.perPage = 3;
    t.posts = {
        made(u"5000"_s, u"Zoë Ørsted"_s, t0, u"Two kestrels on the Mariacki tower this morning."_s),
        made(u"5001"_s, u"Jürgen Weiß"_s, t0.addSecs(3600),
            u"[QUOTE=\"Zoë Ørsted, post: 5000\"]Two kestrels on the Mariacki tower[/QUOTE]Seen them too, "
            "from the square."_s),
        made(u"5003"_s, u"Łukasz"_s, t0.addDays(2).addSecs(125 * 60),
            u"[QUOTE=\"Jürgen Weiß, post: 5001\"][QUOTE=\"Zoë Ørsted, post: 5000\"]Two kestrels[/QUOTE]Seen "
            "them too[/QUOTE][QUOTE=\"Mika, post: 5002\"]the nest box[/QUOTE]Which tower?"_s),
        made(u"5004"_s, u"Zoë Ørsted"_s, QDateTime(now.toUTC().date(), QTime(0, 4, 9), QTimeZone::UTC),
            u"[QUOTE=\"Łukasz\"]Which tower?[/QUOTE]The taller one.[CODE]ring 4471[/CODE]"_s),
    };
    return t;
}
} // namespace

class TestSmfEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void urls_data();
    void urls();
    void pageAndPostUrls();
    void writtenPages_data();
    void writtenPages();
    void datesAsPrinted_data();
    void datesAsPrinted();
    void quoteHeaders_data();
    void quoteHeaders();
    void quotesDeletedAndNonAscii_data();
    void quotesDeletedAndNonAscii();
    void realPage();
    void realPagePosts_data();
    void realPagePosts();
    void realPageQuotes_data();
    void realPageQuotes();
    void recognizedByPage();
    void incompletePages();
    void hostileMarkup();
    void seedOverHttpThenOffline();
    void refreshAsksConditionally();

private:
    SmfEngine m_engine;
    FixtureThread m_seed;
    QTemporaryDir m_dir;
};

void TestSmfEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    QCOMPARE(m_seed.pageCount(), 3);
}

void TestSmfEngine::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("postId");
    const QString key = u"https://forum.example/index.php?topic=12.0"_s;
    QTest::newRow("topic=N.0") << key << "smf" << key << "";
    QTest::newRow("topic=N, no offset")
        << u"https://forum.example/index.php?topic=12"_s << "smf" << key << "";
    QTest::newRow("an offset") << u"https://forum.example/index.php?topic=12.30"_s << "smf" << key << "";
    QTest::newRow("a post") << u"https://forum.example/index.php?topic=12.msg345#msg345"_s << "smf" << key
                            << "345";
    QTest::newRow("new") << u"https://forum.example/index.php?topic=12.new#new"_s << "smf" << key << "";
    QTest::newRow("session first") << u"https://forum.example/index.php?PHPSESSID=abc123&topic=12.15"_s
                                   << "smf" << key << "";
    QTest::newRow("; separators") << u"https://forum.example/index.php?topic=12.0;wap2"_s << "smf" << key
                                  << "";
    QTest::newRow("query-less") << u"https://forum.example/index.php/topic,12.30.html"_s << "smf" << key
                                << "";
    QTest::newRow("query-less post") << u"https://forum.example/index.php/topic,12.msg345.html#msg345"_s
                                     << "smf" << key << "345";
    QTest::newRow("in a folder") << u"http://example.org/smf/index.php?topic=5.45"_s << "smf"
                                 << u"http://example.org/smf/index.php?topic=5.0"_s << "";
    QTest::newRow("msg= alone: by its page") << u"https://forum.example/index.php?msg=345"_s << ""
                                             << ""
                                             << "";
    QTest::newRow("board") << u"https://forum.example/index.php?board=2.0"_s << ""
                           << ""
                           << "";
    QTest::newRow("not a number") << u"https://forum.example/index.php?topic=abc"_s << ""
                                  << ""
                                  << "";
    QTest::newRow("XenForo without friendly URLs")
        << u"https://forum.example/index.php?threads/a.1/"_s << "xenforo"
        << u"https://forum.example/index.php?threads/a.1/"_s << "";
}

void TestSmfEngine::urls()
{
    QFETCH(QString, url);
    QFETCH(QString, engine);
    ThreadRef ref;
    const ForumEngine *found = engineForUrl(QUrl(url), &ref);
    QCOMPARE(found ? found->name() : QString(), engine);
    if (found) {
        QTEST(ref.canonical.toString(), "canonical");
        QTEST(ref.postId, "postId");
    }
}

void TestSmfEngine::pageAndPostUrls()
{
    const QUrl topic(u"https://forum.example/forum/index.php?topic=12.0"_s);
    QCOMPARE(m_engine.pageUrl(topic, 1), topic);
    ParsedPage first;
    first.pageSize = 50;
    QCOMPARE(m_engine.pageUrlAfter(topic, 3, first).toString(),
        u"https://forum.example/forum/index.php?topic=12.100"_s);
    QCOMPARE(m_engine.pageUrl(topic, 3).toString(), u"https://forum.example/forum/index.php?topic=12.30"_s);
    const QUrl post = m_engine.postUrl(topic, u"345"_s);
    QCOMPARE(post.toString(), u"https://forum.example/forum/index.php?topic=12.msg345#msg345"_s);
    QString postId;
    QCOMPARE(engineForPostLink(QUrl(u"https://forum.example/forum/index.php?msg=345"_s), &postId),
        engineByName(u"smf"_s));
    QCOMPARE(postId, u"345"_s);
    QVERIFY(m_engine.postLinkId(topic).isEmpty());
}

void TestSmfEngine::writtenPages_data()
{
    QTest::addColumn<SmfVersion>("version");
    QTest::newRow("2.1") << SmfVersion::V21;
    QTest::newRow("2.0 Curve") << SmfVersion::V20;
}

void TestSmfEngine::writtenPages()
{
    QFETCH(SmfVersion, version);
    const QUrl base(u"http://forum.example"_s);
    const ParsedPage page = m_engine.parsePage(
        smfPage(m_seed, SeedTopic, 2, version), base.resolved(QUrl(smfPagePath(m_seed, SeedTopic, 2))));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.title, m_seed.title);
    QCOMPARE(page.page, 2);
    QCOMPARE(page.pageCount, 3);
    QCOMPARE(page.pageSize, 10);
    QCOMPARE(page.canonical.toString(), u"https://forum.example/forum/index.php?topic=7.0"_s);
    QCOMPARE(page.posts.size(), 10);
    for (int i = 0; i < 10; ++i) {
        const FixturePost &expected = m_seed.posts[10 + i];
        QCOMPARE(page.posts[i].id, expected.id);
        QCOMPARE(page.posts[i].author, expected.author);
        QCOMPARE(page.posts[i].date, expected.date.toUTC());
        QCOMPARE(page.posts[i].number, 11 + i);
        QVERIFY(!page.posts[i].text.contains(u"Quote from"_s));
    }
    const ParsedPage last = m_engine.parsePage(
        smfPage(m_seed, SeedTopic, 3, version), base.resolved(QUrl(smfPagePath(m_seed, SeedTopic, 3))));
    QCOMPARE(last.page, 3);
    const Post *reply = findPost(last, seedPostId(21));
    QVERIFY(reply);
    QCOMPARE(reply->quotes.size(), 1);
    QCOMPARE(reply->quotes.first().source, seedPostId(20));
    QVERIFY(!reply->quotes.first().text.contains(u"2020"_s));
    const Post *typed = findPost(last, seedPostId(22));
    QVERIFY(typed);
    QVERIFY(typed->quotes.first().source.isEmpty());
    QCOMPARE(typed->quotes.first().author, reply->author);
    // The first page: the opening post numbered 1 (it shows no "Reply #").
    const ParsedPage opening = m_engine.parsePage(
        smfPage(m_seed, SeedTopic, 1, version), base.resolved(QUrl(smfPagePath(m_seed, SeedTopic, 1))));
    QCOMPARE(opening.page, 1);
    QCOMPARE(opening.pageSize, 10);
    QCOMPARE(opening.posts.first().number, 1);
    QCOMPARE(opening.posts.last().number, 10);
}

void TestSmfEngine::datesAsPrinted_data()
{
    // .keyinfo's date as SMF prints it, and the minute it means (worked out by hand).
    QTest::addColumn<QString>("keyinfo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("2.0, first post")
        << "<div class=\"smalltext\">&#171; <strong> on:</strong> January 05, 2014, "
           "09:12:33 pm &#187;</div>"
        << "2014-01-05T21:12:33Z";
    QTest::newRow("2.0, a reply")
        << "<div class=\"smalltext\">&#171; <strong>Reply #3 on:</strong> March 01, "
           "2026, 08:00:00 am &#187;</div>"
        << "2026-03-01T08:00:00Z";
    QTest::newRow("geekhack's format")
        << "<div class=\"smalltext\">&#171; <strong>Reply #1 on:</strong> Sun, 09 "
           "January 2022, 10:44:39 &#187;</div>"
        << "2022-01-09T10:44:39Z";
    QTest::newRow("2.1")
        << "<div class=\"postinfo\"><a href=\"#\" title=\"Reply #2 - Re: x\" class=\"smalltext\">"
           "June 20, 2021, 10:15:30 AM</a><span class=\"smalltext modified\" id=\"modified_3\">"
           "<em>Last Edit:</em> June 21, 2021, 11:00:00 PM</span></div>"
        << "2021-06-20T10:15:30Z";
    QTest::newRow("German 2.0")
        << "<div class=\"smalltext\">&#171; <strong>Antwort #3 am:</strong> 05. Januar 2014, "
           "21:12:33 &#187;</div>"
        << "2014-01-05T21:12:33Z";
    QTest::newRow("Portuguese")
        << "<div class=\"smalltext\">&#171; <strong>Responder #2 em:</strong> 03 de Janeiro, "
           "2018, 06:45:48 &#187;</div>"
        << "2018-01-03T06:45:48Z";
}

void TestSmfEngine::datesAsPrinted()
{
    QFETCH(QString, keyinfo);
    const QByteArray html
        = "<html><body><div class=\"post_wrapper\"><div class=\"poster\"><h4><a href=\"#\">A</a>"
          "</h4></div><div class=\"postarea\"><div class=\"keyinfo\">"
        + keyinfo.toUtf8()
        + "</div><div class=\"post\"><div class=\"inner\" id=\"msg_5\">words</div></div></div>"
          "</div></body></html>";
    const ParsedPage page = m_engine.parsePage(html, QUrl(u"https://f.example/index.php?topic=1.0"_s));
    QCOMPARE(page.posts.size(), 1);
    QTEST(page.posts.first().date.toString(Qt::ISODate), "expected");
}

void TestSmfEngine::quoteHeaders_data()
{
    // A quote's header as SMF's language packs print it: the name alone must remain.
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("name");
    QTest::newRow("English, dated") << "Quote from: Keeblet_257 on Sun, 09 January 2022, 10:44:39"
                                    << "Keeblet_257";
    QTest::newRow("English, typed") << "Quote from: Old Timer"
                                    << "Old Timer";
    QTest::newRow("no name") << "Quote"
                             << "";
    QTest::newRow("German") << "Zitat von: Müller am 05. Januar 2014, 21:12:33"
                            << "Müller";
    QTest::newRow("French") << "Citation de : Jean Dupont le 5 janvier 2014 à 21:12:33"
                            << "Jean Dupont";
    QTest::newRow("Russian") << "Цитата: Ваня от 10 Август 2016, 08:41:52"
                             << "Ваня";
    QTest::newRow("a name with on in it") << "Quote from: Don on Mars on June 20, 2021, 10:15:30 AM"
                                          << "Don on Mars";
}

void TestSmfEngine::quoteHeaders()
{
    QFETCH(QString, header);
    const QByteArray html = "<html><body><div class=\"post_wrapper\"><div class=\"poster\"><h4>A</h4></div>"
                            "<div class=\"post\"><div class=\"inner\" id=\"msg_5\"><blockquote "
                            "class=\"bbc_standard_quote\"><cite>"
        + header.toHtmlEscaped().toUtf8() + "</cite>quoted</blockquote>own</div></div></div></body></html>";
    const ParsedPage page = m_engine.parsePage(html, QUrl(u"https://f.example/index.php?topic=1.0"_s));
    QCOMPARE(page.posts.size(), 1);
    QCOMPARE(page.posts.first().quotes.size(), 1);
    QTEST(page.posts.first().quotes.first().author, "name");
    QCOMPARE(page.posts.first().text, u"own"_s);
}

void TestSmfEngine::quotesDeletedAndNonAscii_data()
{
    QTest::addColumn<SmfVersion>("version");
    QTest::newRow("2.1") << SmfVersion::V21;
    QTest::newRow("2.0 Curve") << SmfVersion::V20;
}

void TestSmfEngine::quotesDeletedAndNonAscii()
{
    QFETCH(SmfVersion, version);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const FixtureThread thread = smallThread(now);
    const ParsedPage first = m_engine.parsePage(
        smfPage(thread, 31, 1, version, now), QUrl(u"https://forum.example/forum/index.php?topic=31.0"_s));
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(first.title, u"Pustułki nad Krakowem"_s);
    QCOMPARE(first.pageCount, 2);
    QCOMPARE(first.pageSize, 3);
    QCOMPARE(first.posts.size(), 3);
    QCOMPARE(first.posts[0].author, u"Zoë Ørsted"_s);
    QCOMPARE(first.posts[1].author, u"Jürgen Weiß"_s);
    QCOMPARE(first.posts[2].author, u"Łukasz"_s);
    QCOMPARE(first.posts[0].date.toString(Qt::ISODate), u"2021-11-03T21:07:45Z"_s);
    QCOMPARE(first.posts[2].date.toString(Qt::ISODate), u"2021-11-05T23:12:45Z"_s);
    QCOMPARE(first.posts[1].quotes.size(), 1);
    QCOMPARE(first.posts[1].quotes.first().author, u"Zoë Ørsted"_s);
    QCOMPARE(first.posts[1].quotes.first().source, u"5000"_s);
    QVERIFY2(first.posts[1].text.startsWith(u"Seen them too"_s), qPrintable(first.posts[1].text));
    const Post &nested = first.posts[2];
    QCOMPARE(nested.quotes.size(), 2);
    QCOMPARE(nested.quotes[0].author, u"Jürgen Weiß"_s);
    QCOMPARE(nested.quotes[0].source, u"5001"_s);
    QCOMPARE(nested.quotes[1].author, u"Mika"_s);
    QCOMPARE(nested.quotes[1].source, u"5002"_s);
    QVERIFY2(nested.text.startsWith(u"Which tower?"_s), qPrintable(nested.text));
    const Block *outer = firstQuote(nested.body);
    QVERIFY(outer);
    const Block *inner = firstQuote(outer->children);
    QVERIFY(inner);
    QCOMPARE(inner->quoteAuthor, u"Zoë Ørsted"_s);
    QCOMPARE(inner->quoteSource, u"5000"_s);
    QVERIFY(!outer->children.isEmpty());

    const ParsedPage second = m_engine.parsePage(
        smfPage(thread, 31, 2, version, now), QUrl(u"https://forum.example/forum/index.php?topic=31.3"_s));
    QCOMPARE(second.page, 2);
    QCOMPARE(second.posts.size(), 1);
    const Post &typed = second.posts[0];
    QCOMPARE(typed.number, 4);
    // "Today at 12:04:09 AM": today's date.
    QCOMPARE(typed.date, QDateTime(QDate::currentDate(), QTime(0, 4, 9), QTimeZone::UTC));
    QCOMPARE(typed.quotes.first().author, u"Łukasz"_s);
    QVERIFY(typed.quotes.first().source.isEmpty());
    bool code = false;
    for (const Block &b : typed.body)
        code = code || (b.kind == Block::Kind::Code && b.text.trimmed() == u"ring 4471"_s);
    QVERIFY(code);
    QVERIFY2(!typed.text.contains(u"Select"_s), qPrintable(typed.text));
}

void TestSmfEngine::realPage()
{
    TK_REAL_PAGE_OR_SKIP(raw, RealPage);
    const ParsedPage page = parseReal(raw);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    // Read off the page: its title, "Pages: [1] 2 3 4 5 6 ... 13", links topic=92066.50 for 2.
    QCOMPARE(page.title, u"[GB] Noxary 268 (100% Shipped)"_s);
    QCOMPARE(page.page, 1);
    QCOMPARE(page.pageCount, 13);
    QCOMPARE(page.pageSize, 50);
    QCOMPARE(page.canonical.toString(), u"https://geekhack.org/index.php?topic=92066.0"_s);
    QCOMPARE(page.posts.size(), 50);
    int quotes = 0;
    for (const Post &p : page.posts)
        quotes += int(p.quotes.size());
    QCOMPARE(quotes, 20); // 23 quote headers, 3 of them inside another quote
    // Recognised by its page under another address, and the next page's address.
    ThreadRef ref;
    QVERIFY(m_engine.recognizePage(
        htmlAsUtf8(raw, QByteArray()), QUrl(u"https://geekhack.org/gb/noxary-268/"_s), &ref));
    QCOMPARE(ref.canonical, RealPageUrl);
    QCOMPARE(m_engine.pageUrlAfter(ref.canonical, 2, page).toString(),
        u"https://geekhack.org/index.php?topic=92066.50"_s);
    QVERIFY(m_engine.incompletePage(raw).isEmpty());

    // 2.0 RC3: "Pages: [1] 2" in a plain div, links index.php/topic,38573.15.html; 15 posts,
    // 13 quote headers, none inside another.
    TK_REAL_PAGE_OR_SKIP(rc, RcPage);
    const ParsedPage rc3 = parseReal(rc, RcPage);
    QVERIFY2(rc3.error.isEmpty(), qPrintable(rc3.error));
    QCOMPARE(rc3.title, u"FAQ: Should I trust/follow the advice I get in this forum?"_s);
    QCOMPARE(rc3.page, 1);
    QCOMPARE(rc3.pageCount, 2);
    QCOMPARE(rc3.pageSize, 15);
    QCOMPARE(rc3.canonical, RcPageUrl);
    QCOMPARE(rc3.posts.size(), 15);
    quotes = 0;
    for (const Post &p : rc3.posts)
        quotes += int(p.quotes.size());
    QCOMPARE(quotes, 13);
    QVERIFY(m_engine.recognizePage(
        rc, QUrl(u"http://forums.contribs.org/index.php/topic,38573.msg174925.html#msg174925"_s), &ref));
    QCOMPARE(ref.canonical, RcPageUrl);
    QCOMPARE(ref.postId, u"174925"_s);
}

void TestSmfEngine::realPagePosts_data()
{
    // Every post of the page, worked out from its markup: msg_N, the profile link's name,
    // "« Reply #N on: Sat, 14 October 2017, 10:28:23 »" (the forum's time, taken as UTC),
    // and the first words outside quotes.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("textStart");
    QTest::newRow("geekhack 2505856") << RealPage << "2505856"
                                      << "xondat"
                                      << "2017-10-13T21:52:42Z" << 1 << u"More Group"_s;
    QTest::newRow("geekhack 2505858") << RealPage << "2505858"
                                      << "xondat"
                                      << "2017-10-13T21:58:50Z" << 2 << u"~"_s;
    QTest::newRow("geekhack 2505877") << RealPage << "2505877"
                                      << "hayt"
                                      << "2017-10-13T23:23:18Z" << 3 << u"Dope."_s;
    QTest::newRow("geekhack 2505879") << RealPage << "2505879"
                                      << "iamtootallforthis"
                                      << "2017-10-13T23:33:29Z" << 4 << u"Gimme"_s;
    QTest::newRow("geekhack 2505880") << RealPage << "2505880"
                                      << "Puddsy"
                                      << "2017-10-13T23:37:56Z" << 5 << u"confirmed dank"_s;
    QTest::newRow("geekhack 2505884") << RealPage << "2505884"
                                      << "ihalatch"
                                      << "2017-10-13T23:54:44Z" << 6 << u"Sunday 6.30am"_s;
    QTest::newRow("geekhack 2505885") << RealPage << "2505885"
                                      << "Doluded"
                                      << "2017-10-13T23:54:53Z" << 7 << u"Let's goooooo"_s;
    QTest::newRow("geekhack 2505888") << RealPage << "2505888"
                                      << "wanewang"
                                      << "2017-10-14T00:02:01Z" << 8 << u"This is"_s;
    QTest::newRow("geekhack 2505890") << RealPage << "2505890"
                                      << "ihalatch"
                                      << "2017-10-14T00:05:14Z" << 9 << u"I don't"_s;
    QTest::newRow("geekhack 2505895") << RealPage << "2505895"
                                      << "MythicalWagyu"
                                      << "2017-10-14T00:43:11Z" << 10 << u"So pretty!"_s;
    QTest::newRow("geekhack 2505904") << RealPage << "2505904"
                                      << "FilthyMike720"
                                      << "2017-10-14T02:09:19Z" << 11 << u"Looks really"_s;
    QTest::newRow("geekhack 2505930") << RealPage << "2505930"
                                      << "BunnyLake"
                                      << "2017-10-14T05:35:29Z" << 12 << u"looks amazing"_s;
    QTest::newRow("geekhack 2505931")
        << RealPage << "2505931"
        << "avid"
        << "2017-10-14T05:41:13Z" << 13 << u"Perfect :thumb: This"_s; // the smiley's alt
    QTest::newRow("geekhack 2505941") << RealPage << "2505941"
                                      << "shuangmu"
                                      << "2017-10-14T06:45:03Z" << 14 << u"It looks"_s;
    QTest::newRow("geekhack 2505959") << RealPage << "2505959"
                                      << "xondat"
                                      << "2017-10-14T08:50:09Z" << 15 << u"Thanks for"_s;
    QTest::newRow("geekhack 2505974") << RealPage << "2505974"
                                      << "zacssen"
                                      << "2017-10-14T09:39:38Z" << 16 << u"There are"_s;
    QTest::newRow("geekhack 2505977") << RealPage << "2505977"
                                      << "xondat"
                                      << "2017-10-14T09:44:10Z" << 17 << u"The PCB"_s;
    QTest::newRow("geekhack 2505990") << RealPage << "2505990"
                                      << "techfresh"
                                      << "2017-10-14T10:11:21Z" << 18 << u"Can’t wait."_s;
    QTest::newRow("geekhack 2505996") << RealPage << "2505996"
                                      << "dallman5"
                                      << "2017-10-14T10:28:23Z" << 19 << u"Will the"_s;
    QTest::newRow("geekhack 2506001") << RealPage << "2506001"
                                      << "xondat"
                                      << "2017-10-14T10:36:59Z" << 20 << u"I'll put"_s;
    QTest::newRow("geekhack 2506006") << RealPage << "2506006"
                                      << "clasicks"
                                      << "2017-10-14T10:53:44Z" << 21 << u"Looking forward"_s;
    QTest::newRow("geekhack 2506007") << RealPage << "2506007"
                                      << "xondat"
                                      << "2017-10-14T11:00:09Z" << 22 << u"I won't"_s;
    QTest::newRow("geekhack 2506011") << RealPage << "2506011"
                                      << "kwyryn"
                                      << "2017-10-14T11:11:03Z" << 23 << u"Form where"_s;
    QTest::newRow("geekhack 2506025") << RealPage << "2506025"
                                      << "xondat"
                                      << "2017-10-14T11:30:08Z" << 24 << u"United Kingdom"_s;
    QTest::newRow("geekhack 2506043") << RealPage << "2506043"
                                      << "Nenija"
                                      << "2017-10-14T12:48:09Z" << 25 << u"So do"_s;
    QTest::newRow("geekhack 2506048") << RealPage << "2506048"
                                      << "poolside"
                                      << "2017-10-14T13:02:58Z" << 26 << u"Got anymore"_s;
    QTest::newRow("geekhack 2506049") << RealPage << "2506049"
                                      << "Puddsy"
                                      << "2017-10-14T13:04:16Z" << 27 << u"I suspect"_s;
    QTest::newRow("geekhack 2506051") << RealPage << "2506051"
                                      << "friglesnart"
                                      << "2017-10-14T13:14:57Z" << 28 << u"I guess"_s;
    QTest::newRow("geekhack 2506053") << RealPage << "2506053"
                                      << "connor4312"
                                      << "2017-10-14T13:16:08Z" << 29 << u"Hey quick"_s;
    QTest::newRow("geekhack 2506054") << RealPage << "2506054"
                                      << "xondat"
                                      << "2017-10-14T13:17:27Z" << 30 << u"You'll be"_s;
    QTest::newRow("geekhack 2506062") << RealPage << "2506062"
                                      << "poolside"
                                      << "2017-10-14T13:41:36Z" << 31 << u"Thanks, I"_s;
    QTest::newRow("geekhack 2506065") << RealPage << "2506065"
                                      << "xondat"
                                      << "2017-10-14T13:56:51Z" << 32 << u"Sorry for"_s;
    QTest::newRow("geekhack 2506070") << RealPage << "2506070"
                                      << "euphxenos"
                                      << "2017-10-14T14:16:33Z" << 33 << u"Have the"_s;
    QTest::newRow("geekhack 2506072") << RealPage << "2506072"
                                      << "sangoan"
                                      << "2017-10-14T14:22:04Z" << 34 << u"IM SORRY,"_s;
    QTest::newRow("geekhack 2506074") << RealPage << "2506074"
                                      << "xondat"
                                      << "2017-10-14T14:24:01Z" << 35 << u"Nothing for"_s;
    QTest::newRow("geekhack 2506078") << RealPage << "2506078"
                                      << "theillumedpanda"
                                      << "2017-10-14T14:42:30Z" << 36 << u"What are"_s;
    QTest::newRow("geekhack 2506079") << RealPage << "2506079"
                                      << "poolside"
                                      << "2017-10-14T14:47:43Z" << 37 << u"Thanks for"_s;
    QTest::newRow("geekhack 2506081") << RealPage << "2506081"
                                      << "xondat"
                                      << "2017-10-14T14:54:06Z" << 38 << u"Yes, I'm"_s;
    QTest::newRow("geekhack 2506082") << RealPage << "2506082"
                                      << "theillumedpanda"
                                      << "2017-10-14T14:58:14Z" << 39 << u"That looks"_s;
    QTest::newRow("geekhack 2506085") << RealPage << "2506085"
                                      << "frostbyte-gaming"
                                      << "2017-10-14T15:02:14Z" << 40 << u"Love how"_s;
    QTest::newRow("geekhack 2506086") << RealPage << "2506086"
                                      << "skidude9678"
                                      << "2017-10-14T15:02:27Z" << 41 << u"Submitted, hope"_s;
    QTest::newRow("geekhack 2506087") << RealPage << "2506087"
                                      << "ihalatch"
                                      << "2017-10-14T15:03:06Z" << 42 << u"Submitted."_s;
    QTest::newRow("geekhack 2506089") << RealPage << "2506089"
                                      << "techfresh"
                                      << "2017-10-14T15:03:26Z" << 43 << u"Good luck"_s;
    QTest::newRow("geekhack 2506090") << RealPage << "2506090"
                                      << "finalarcadia"
                                      << "2017-10-14T15:03:36Z" << 44 << u"Will we"_s;
    QTest::newRow("geekhack 2506092") << RealPage << "2506092"
                                      << "wanewang"
                                      << "2017-10-14T15:04:38Z" << 45 << u"submit! will"_s;
    QTest::newRow("geekhack 2506094") << RealPage << "2506094"
                                      << "Trente"
                                      << "2017-10-14T15:07:05Z" << 46 << u"Submitted, hope"_s;
    QTest::newRow("geekhack 2506096") << RealPage << "2506096"
                                      << "m1kehonch0"
                                      << "2017-10-14T15:07:46Z" << 47 << u"Hope I"_s;
    QTest::newRow("geekhack 2506097") << RealPage << "2506097"
                                      << "Marutks"
                                      << "2017-10-14T15:08:30Z" << 48 << u"submitted"_s;
    QTest::newRow("geekhack 2506098") << RealPage << "2506098"
                                      << "iamtootallforthis"
                                      << "2017-10-14T15:09:05Z" << 49 << u"I'm a"_s;
    QTest::newRow("geekhack 2506099") << RealPage << "2506099"
                                      << "klove4252"
                                      << "2017-10-14T15:09:34Z" << 50 << u"Good luck"_s;

    // contribs.org, SMF 2.0 RC3's core theme (no post_wrapper), its first page of 2.
    QTest::newRow("RC3 174916") << RcPage << "174916"
                                << "gregswallow"
                                << "2007-09-19T13:08:14Z" << 1 << u"The developers"_s;
    QTest::newRow("RC3 174924") << RcPage << "174924"
                                << "imcintyre"
                                << "2007-09-19T14:16:51Z" << 2 << u"Good to know,"_s;
    QTest::newRow("RC3 174925") << RcPage << "174925"
                                << "mmccarn"
                                << "2007-09-19T14:37:35Z" << 3 << u"As someone"_s;
    QTest::newRow("RC3 174927") << RcPage << "174927"
                                << "gregswallow"
                                << "2007-09-19T14:57:03Z" << 4 << u"1 - I would say"_s;
    QTest::newRow("RC3 174983") << RcPage << "174983"
                                << "mmccarn"
                                << "2007-09-20T09:46:50Z" << 5 << u"I went back"_s;
    QTest::newRow("RC3 175024") << RcPage << "175024"
                                << "slords"
                                << "2007-09-20T21:22:02Z" << 6 << u"Raising bugs"_s;
    QTest::newRow("RC3 176020") << RcPage << "176020"
                                << "Normando"
                                << "2007-10-06T19:09:23Z" << 7 << u"Which is the place"_s;
    QTest::newRow("RC3 176031") << RcPage << "176031"
                                << "cactus"
                                << "2007-10-07T00:30:38Z" << 8 << u"As per bug 3389"_s;
    QTest::newRow("RC3 176040") << RcPage << "176040"
                                << "byte"
                                << "2007-10-07T04:35:38Z" << 9 << u"There is a way"_s;
    QTest::newRow("RC3 176166") << RcPage << "176166"
                                << "cactus"
                                << "2007-10-08T09:55:36Z" << 10 << u"Is this new"_s;
    QTest::newRow("RC3 176168") << RcPage << "176168"
                                << "Normando"
                                << "2007-10-08T10:28:43Z" << 11 << u"My member status"_s;
    QTest::newRow("RC3 176172") << RcPage << "176172"
                                << "byte"
                                << "2007-10-08T10:57:27Z" << 12 << u"It's newly"_s;
    QTest::newRow("RC3 176173") << RcPage << "176173"
                                << "byte"
                                << "2007-10-08T11:01:59Z" << 13 << u"We all should"_s;
    QTest::newRow("RC3 176175") << RcPage << "176175"
                                << "cactus"
                                << "2007-10-08T11:11:01Z" << 14 << u"Kudos!"_s;
    QTest::newRow("RC3 176181") << RcPage << "176181"
                                << "Normando"
                                << "2007-10-08T12:00:16Z" << 15 << u"Yes Byte,"_s;
}

void TestSmfEngine::realPagePosts()
{
    QFETCH(QString, file);
    TK_REAL_PAGE_OR_SKIP(raw, file);
    const ParsedPage page = parseReal(raw, file);
    QFETCH(QString, id);
    const Post *post = findPost(page, id);
    QVERIFY(post);
    QTEST(post->author, "author");
    QTEST(post->date.toString(Qt::ISODate), "date");
    QTEST(post->number, "number");
    QFETCH(QString, textStart);
    QVERIFY2(post->text.simplified().startsWith(textStart), qPrintable(post->text.left(80)));
}

void TestSmfEngine::realPageQuotes_data()
{
    // Each post's own quotes, in order, as "NAME|msg id" from their headers (an unnamed
    // "Quote" is "|"), and the quotes inside its first.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("quotes");
    QTest::addColumn<QStringList>("nested");
    QTest::newRow("four") << RealPage << u"2505959"_s
                          << QStringList {u"ihalatch|2505884"_s, u"wanewang|2505888"_s, u"ihalatch|2505890"_s,
                                 u"avid|2505931"_s}
                          << QStringList {};
    QTest::newRow("a renamed poster")
        << RealPage << u"2506001"_s << QStringList {u"UberDrk|2505996"_s} << QStringList {};
    QTest::newRow("three") << RealPage << u"2506054"_s
                           << QStringList {u"Nenija|2506043"_s, u"poolside|2506048"_s,
                                  u"connor4312|2506053"_s}
                           << QStringList {};
    QTest::newRow("a quote of a quote") << RealPage << u"2506062"_s << QStringList {u"xondat|2506054"_s}
                                        << QStringList {u"poolside|2506048"_s};
    QTest::newRow("an unnamed quote")
        << RealPage << u"2506074"_s << QStringList {u"euphxenos|2506070"_s, u"sangoan|2506072"_s, u"|"_s}
        << QStringList {};
    QTest::newRow("two inside one") << RealPage << u"2506082"_s << QStringList {u"xondat|2506081"_s}
                                    << QStringList {u"poolside|2506079"_s, u"theillumedpanda|2506078"_s};
    QTest::newRow("none") << RealPage << u"2506099"_s << QStringList {} << QStringList {};
    QTest::newRow("RC3, typed twice")
        << RcPage << u"174983"_s << QStringList {u"gregswallow|"_s, u"gregswallow|"_s} << QStringList {};
    QTest::newRow("RC3, one post twice")
        << RcPage << u"175024"_s << QStringList {u"mmccarn|174983"_s, u"mmccarn|174983"_s} << QStringList {};
    QTest::newRow("RC3, query-less link")
        << RcPage << u"174927"_s << QStringList {u"mmccarn|174925"_s} << QStringList {};
}

void TestSmfEngine::realPageQuotes()
{
    QFETCH(QString, file);
    TK_REAL_PAGE_OR_SKIP(raw, file);
    const ParsedPage page = parseReal(raw, file);
    QFETCH(QString, id);
    const Post *post = findPost(page, id);
    QVERIFY(post);
    QStringList quotes;
    for (const Quote &q : post->quotes)
        quotes.append(q.author + u'|' + q.source);
    QTEST(quotes, "quotes");
    QStringList nested;
    if (const Block *first = firstQuote(post->body)) {
        for (const Block &b : first->children) {
            if (b.kind == Block::Kind::Quote)
                nested.append(b.quoteAuthor + u'|' + b.quoteSource);
        }
    }
    QTEST(nested, "nested");
    QVERIFY(!post->text.contains(u"Quote from"_s));
}

void TestSmfEngine::recognizedByPage()
{
    // An address no engine claims (a pretty-URLs mod): the page says SMF, and its topic.
    ThreadRef ref;
    const QByteArray html = smfPage(m_seed, SeedTopic, 1);
    const QUrl pretty(u"https://forum.example/forum/general/kestrels-at-dawn/"_s);
    QCOMPARE(engineForPage(html, pretty, &ref), engineByName(u"smf"_s));
    QCOMPARE(ref.canonical.toString(), u"https://forum.example/forum/index.php?topic=7.0"_s);
    QVERIFY(m_engine.recognizePage(html, QUrl(u"https://forum.example/forum/index.php?msg=345"_s), &ref));
    QCOMPARE(ref.postId, u"345"_s);
    QVERIFY(!m_engine.recognizePage(xenforoPage(m_seed, 1), QUrl(u"http://f.example/x"_s), &ref));
    QByteArray index = html;
    index.replace("id=\"msg_", "id=\"row_");
    QVERIFY(!m_engine.recognizePage(index, QUrl(u"https://forum.example/forum/index.php"_s), &ref));
}

void TestSmfEngine::incompletePages()
{
    const QByteArray html = smfPage(m_seed, SeedTopic, 1);
    QVERIFY(m_engine.incompletePage(html).isEmpty());
    QVERIFY(!m_engine.incompletePage(html.left(html.size() / 2)).isEmpty());
}

void TestSmfEngine::hostileMarkup()
{
    QByteArray quotes;
    for (int i = 0; i < 5000; ++i)
        quotes += "<div class=\"quoteheader\">Quote from: x</div><blockquote class=\"bbc_standard_quote\">";
    const QByteArray html = "<html><body><div class=\"pagelinks\"><a href=\"?topic=1.99999999999\">2</a>"
                            "<span class=\"current_page\">9999999</span></div><div class=\"post_wrapper\">"
                            "<div class=\"poster\"><h4>"
        + QByteArray(1 << 20, 'n') + "</h4></div><div class=\"post\"><div class=\"inner\" id=\"msg_1\">"
        + quotes + "deep</div></div></div></body></html>";
    const QUrl thread(u"http://b.example/index.php?topic=1.0"_s);
    const ParsedPage page = m_engine.parsePage(html, thread);
    QCOMPARE(page.posts.size(), 1);
    QVERIFY(page.posts.first().author.size() <= 200);
    QVERIFY(page.pageSize <= 1000);
    QVERIFY(nestedQuoteDepth(page.posts.first().body) <= PostBodyReader::MaxQuoteDepth + 1);
    const EngineAnswer answer
        = m_engine.readAnswer(EngineRequest {thread, EngineRequest::Format::Html, 1, "first"}, html,
            AnswerContext {thread, thread, true});
    QVERIFY(answer.error.isEmpty());
    QCOMPARE(answer.facts->unitCount, PagedHtmlEngine::MaxPages);
}

void TestSmfEngine::seedOverHttpThenOffline()
{
    FixtureServer server;
    QVERIFY(server.start());
    for (int page = 1; page <= m_seed.pageCount(); ++page)
        server.setPage(smfPagePath(m_seed, SeedTopic, page), smfPage(m_seed, SeedTopic, page));
    // Opened by a post's query-less address: one key with index.php?topic=7.0.
    const QString asked = u"/forum/index.php/topic,7.msg%1.html"_s.arg(seedPostId(4));
    server.setPage(asked, smfPage(m_seed, SeedTopic, 1));
    const QString cache = m_dir.filePath(u"seed.sqlite"_s);
    const QUrl key = server.url(smfPagePath(m_seed, SeedTopic, 1));
    {
        QObject owner;
        LoadHarness h(cache, &owner);
        const LoadOutcome outcome = h.load(server.url(asked));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.pagesLoaded, 3);
        QCOMPARE(h.loader->info().engine, u"smf"_s);
        QCOMPARE(h.loader->info().url, key.toString());
        QCOMPARE(h.loader->info().title, m_seed.title);
        QCOMPARE(h.model->postCount(), m_seed.posts.size());
        QCOMPARE(h.loader->targetPostId(), seedPostId(4));
        // Offsets of the page size the first page showed, each page once.
        QCOMPARE(server.requestCount(u"/forum/index.php?topic=7.10"_s), 1);
        QCOMPARE(server.requestCount(u"/forum/index.php?topic=7.20"_s), 1);
        const QMap<int, int> actual = seedParentsById(*h.model);
        QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
    }
    server.clearRoutes();
    reopenSeedOffline(cache, key, m_seed);
}

void TestSmfEngine::refreshAsksConditionally()
{
    FixtureServer server;
    QVERIFY(server.start());
    server.setValidators(true);
    FixtureThread thread = madeThread(0, 25);
    auto serve = [&] {
        for (int page = 1; page <= thread.pageCount(); ++page)
            server.setPage(smfPagePath(thread, SeedTopic, page), smfPage(thread, SeedTopic, page));
    };
    serve();
    QObject owner;
    RefreshRig rig(m_dir.filePath(u"refresh.sqlite"_s), &owner, false);
    QVERIFY(loadAndWatch(rig, server.url(smfPagePath(thread, SeedTopic, 1))));

    server.resetCounters();
    QList<RefreshOutcome> outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes.first().ok());
    QCOMPARE(server.conditionalRequests(), QStringList {smfPagePath(thread, SeedTopic, 3)});
    QCOMPARE(server.notModified(), QStringList {smfPagePath(thread, SeedTopic, 3)});
    QCOMPARE(outcomes.first().newPosts, 0);

    for (int i = 25; i < 35; ++i)
        thread.posts.append(madePost(0, i));
    serve();
    server.resetCounters();
    outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes.first().ok());
    QCOMPARE(server.requests(),
        (QStringList {smfPagePath(thread, SeedTopic, 3), smfPagePath(thread, SeedTopic, 4)}));
    QCOMPARE(server.conditionalRequests(), QStringList {smfPagePath(thread, SeedTopic, 3)});
    QVERIFY(server.notModified().isEmpty());
    QCOMPARE(outcomes.first().newPosts, 10);
}

QTEST_GUILESS_MAIN(TestSmfEngine)
#include "tst_smfengine.moc"
