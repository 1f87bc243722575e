// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Simple Machines Forum engine (2.0 and 2.1): addresses (topic=N.OFFSET, the query-less
// index.php/topic,N.M.html, msg links), pages we write as SMF 2.1's default theme and 2.0's
// Curve show them (dates absolute and "Today at", quotes with and without their source,
// quotes of quotes, a deleted post, names beyond ASCII), the seed thread loaded over
// loopback HTTP as SMF pages giving the XenForo tree, then offline, then refreshed with
// conditional requests.
#include "loadharness.h"
#include "refreshrig.h"
#include "seedtree.h"
#include "servers/fixtureserver.h"
#include "servers/smffixture.h"
#include "testutil.h"

#include "engines/postbody.h"
#include "engines/smf/smfengine.h"

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

QMap<int, int> seedParentsById(const ThreadTreeModel &model, const QModelIndex &parent = {})
{
    auto seedNumber = [](const QModelIndex &index) {
        return (index.data(ThreadTreeModel::PostIdRole).toString().toInt() - seedPostId(0).toInt()) / 37;
    };
    QMap<int, int> out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (const int n = seedNumber(index); n > 0)
            out.insert(n, parent.isValid() ? seedNumber(parent) : 0);
        out.insert(seedParentsById(model, index));
    }
    return out;
}

const Post *findPost(const ParsedPage &page, const QString &id)
{
    for (const Post &p : page.posts) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Block *firstQuote(const QList<Block> &blocks)
{
    for (const Block &b : blocks) {
        if (b.kind == Block::Kind::Quote)
            return &b;
    }
    return nullptr;
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
    index.replace("post_wrapper", "board_row");
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
    int depth = 0;
    for (const QList<Block> *level = &page.posts.first().body;
         !level->isEmpty() && level->first().kind == Block::Kind::Quote; level = &level->first().children)
        ++depth;
    QVERIFY(depth <= PostBodyReader::MaxQuoteDepth + 1);
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
    QObject owner;
    LoadHarness h(cache, &owner);
    const LoadOutcome outcome = h.load(key, true);
    QVERIFY(outcome.fromCache);
    QVERIFY(outcome.offline);
    QCOMPARE(h.model->postCount(), m_seed.posts.size());
    const QMap<int, int> actual = seedParentsById(*h.model);
    QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
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
