// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Search across the cache: a post's own words find it, the quotes of it in other posts do
// not; filters; the index in step with refreshes; the headless command.
#include "servers/xenforofixture.h"
#include "testutil.h"

#include "domain/search.h"
#include "engines/xenforo/xenforoengine.h"
#include "store/cachedatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void queries_data();
    void queries();
    void ownWordsNotQuotes();
    void indexFollowsRefresh();
    void badQueries_data();
    void badQueries();
    void headlessCommand();

private:
    QStringList ids(const QString &query, QString *error = nullptr);
    static ThreadInfo info(const FixtureThread &thread)
    {
        return ThreadInfo {QStringLiteral("https://forum.example") + thread.path, QStringLiteral("xenforo"),
            thread.title, thread.pageCount()};
    }
    QList<Post> page(int n) const;
    // The seed post whose own words hold the phrase (read from the pages, not the index).
    Post sayer(const QString &phrase) const;
    static inline const QString Phrase = QStringLiteral("one could argue the goals");

    QTemporaryDir m_dir;
    QString m_file;
    FixtureThread m_seed;
    QString m_followedSeedPoster; // followed by thread rules in the seed thread
    CacheDatabase m_db;
};

QList<Post> TestSearch::page(int n) const
{
    const ParsedPage parsed = XenForoEngine().parsePage(xenforoPage(m_seed, n), QUrl());
    QList<Post> posts = parsed.posts;
    for (qsizetype i = 0; i < posts.size(); ++i) {
        posts[i].page = n;
        posts[i].position = n * 1000 + int(i);
    }
    return posts;
}

Post TestSearch::sayer(const QString &phrase) const
{
    for (int n = 1; n <= m_seed.pageCount(); ++n) {
        for (const Post &p : page(n)) {
            if (p.text.simplified().contains(phrase))
                return p;
        }
    }
    return {};
}

void TestSearch::initTestCase()
{
    m_seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    m_file = m_dir.filePath(QStringLiteral("cache.sqlite"));
    QString error;
    QVERIFY2(m_db.open(m_file, &error), qPrintable(error));
    for (int n = 1; n <= m_seed.pageCount(); ++n)
        QVERIFY2(m_db.savePage(info(m_seed), n, page(n), QDateTime::currentDateTimeUtc(), &error),
            qPrintable(error));
    // A second thread on another site, so filters have something to leave out.
    FixtureThread other;
    other.title = QStringLiteral("Другая тема: café tariffs");
    other.path = QStringLiteral("/threads/other.77/");
    other.posts.append(FixturePost {QStringLiteral("9001"), 1, QStringLiteral("Zoë"),
        QDateTime(QDate(2024, 5, 1), QTime(9, 0), QTimeZone::UTC),
        QStringLiteral("Tariffs again, and the café owner says vague things about the ocean."), {}});
    ThreadInfo otherInfo = info(other);
    otherInfo.url = QStringLiteral("https://other.example") + other.path;
    const ParsedPage parsed = XenForoEngine().parsePage(xenforoPage(other, 1), QUrl());
    QVERIFY(m_db.savePage(otherInfo, 1, parsed.posts, QDateTime::currentDateTimeUtc(), &error));

    // Followed: Zoë on her site; the seed's second poster in the seed thread only, by two
    // rules that reach the threshold together; the first poster by one that falls short.
    const auto rule = [](const QString &site, const QString &name, int score, const QString &thread) {
        Rule r = posterRule(site, name, score, thread);
        r.created = QDateTime::currentDateTimeUtc();
        return r;
    };
    const QString seedUrl = info(m_seed).url;
    m_followedSeedPoster = m_seed.posts[1].author;
    QList<Rule> rules {rule(QStringLiteral("other.example"), QStringLiteral("zoë"), 100, {}),
        rule(QStringLiteral("forum.example"), m_followedSeedPoster, 60, seedUrl),
        rule(QStringLiteral("forum.example"), m_followedSeedPoster, 40, seedUrl),
        rule(QStringLiteral("forum.example"), m_seed.posts[0].author, 99, {})};
    QVERIFY2(m_db.addRules(&rules, &error), qPrintable(error));
}

QStringList TestSearch::ids(const QString &query, QString *error)
{
    QString e;
    const QList<SearchHit> hits = m_db.search(SearchQuery::parse(query), 100, &e);
    if (error)
        *error = e;
    QStringList list;
    for (const SearchHit &h : hits)
        list.append(h.postId);
    return list;
}

void TestSearch::queries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // in any order, exactly these
    QTest::newRow("a word, either thread, diacritics folded")
        << "cafe" << QStringList {QStringLiteral("9001")};
    QTest::newRow("prefix") << "tarif* author:Zoë" << QStringList {QStringLiteral("9001")};
    QTest::newRow("site") << "vague site:other.example" << QStringList {QStringLiteral("9001")};
    QTest::newRow("thread title") << "vague thread:Другая" << QStringList {QStringLiteral("9001")};
    QTest::newRow("author, any case") << "author:zoë" << QStringList {QStringLiteral("9001")};
    QTest::newRow("before") << "vague before:2024-06-01" << QStringList {QStringLiteral("9001")};
    QTest::newRow("after leaves out") << "cafe after:2024-05-01" << QStringList {};
    QTest::newRow("no such word") << "xylophonequartz" << QStringList {};
    QStringList followedInSeed;
    for (const FixturePost &p : m_seed.posts) {
        if (p.author == m_followedSeedPoster)
            followedInSeed.append(p.id);
    }
    QVERIFY(!followedInSeed.isEmpty());
    QTest::newRow("followed: site and thread rules, not one short of the threshold")
        << "is:followed" << (followedInSeed + QStringList {QStringLiteral("9001")});
    QTest::newRow("followed, on one site")
        << "is:followed site:other.example" << QStringList {QStringLiteral("9001")};
    QTest::newRow("followed, with a word") << "cafe is:followed" << QStringList {QStringLiteral("9001")};
}

void TestSearch::queries()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QString error;
    QStringList found = ids(query, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

void TestSearch::ownWordsNotQuotes()
{
    // #1's words, quoted by later posts: the search finds #1, not the posts quoting it.
    const QString phrase = Phrase;
    const Post said = sayer(phrase);
    QVERIFY(!said.id.isEmpty());
    QStringList quoting;
    for (int n = 1; n <= m_seed.pageCount(); ++n) {
        for (const Post &p : page(n)) {
            for (const Quote &q : p.quotes) {
                if (q.text.contains(phrase))
                    quoting.append(p.id);
            }
        }
    }
    QVERIFY2(!quoting.isEmpty(), "the seed quotes the phrase somewhere");
    const QStringList found = ids(QLatin1Char('"') + phrase + QLatin1Char('"'));
    QCOMPARE(found, QStringList {said.id});
    for (const QString &id : quoting)
        QVERIFY(!found.contains(id));
    // The hit's words around it, the hit marked; the post's place in its thread.
    const QList<SearchHit> hits = [&] {
        QString e;
        return m_db.search(SearchQuery::parse(QStringLiteral("vague author:") + said.author), 10, &e);
    }();
    QVERIFY(!hits.isEmpty());
    const QString marked = hits.first().markedSnippet(QStringLiteral("<"), QStringLiteral(">"));
    QVERIFY2(marked.contains(QLatin1String("<vague>")), qPrintable(marked));
    QCOMPARE(hits.first().threadTitle, m_seed.title);
    QVERIFY(hits.first().threadUrl.endsWith(m_seed.path));
    QVERIFY(hits.first().date.isValid());

    // is:unread: read posts drop out.
    QString error;
    QVERIFY(ids(QStringLiteral("vague is:unread")).contains(said.id));
    QVERIFY(m_db.markRead(info(m_seed).url, {said.id}, QDateTime::currentDateTimeUtc(), &error));
    QVERIFY(!ids(QStringLiteral("vague is:unread")).contains(said.id));
}

void TestSearch::indexFollowsRefresh()
{
    // The forum edits #1: its old words no longer find it, its new ones do; the same
    // words written again (a refresh) leave the index as it was.
    const Post said = sayer(Phrase);
    QList<Post> posts = page(said.page);
    const int i = int(std::find_if(posts.cbegin(), posts.cend(), [&](const Post &p) {
        return p.id == said.id;
    }) - posts.cbegin());
    QVERIFY(i < posts.size());
    QString error;
    QVERIFY(m_db.savePage(info(m_seed), said.page, posts, QDateTime::currentDateTimeUtc(), &error));
    QCOMPARE(ids(QStringLiteral("\"could argue\"")), QStringList {said.id});
    posts[i].text = QStringLiteral("Edited: nothing remains but zanzibarian marmalade.");
    QVERIFY2(m_db.savePage(info(m_seed), said.page, posts, QDateTime::currentDateTimeUtc(), &error),
        qPrintable(error));
    QVERIFY(ids(QStringLiteral("\"could argue\"")).isEmpty());
    QCOMPARE(ids(QStringLiteral("zanzibarian")), QStringList {said.id});
    QCOMPARE(m_db.integrityCheck(), QStringLiteral("ok"));
    // Put it back for the other tests.
    QVERIFY(m_db.savePage(info(m_seed), said.page, page(said.page), QDateTime::currentDateTimeUtc(), &error));
}

void TestSearch::badQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("why");
    QTest::newRow("bad date") << "after:yesterday"
                              << "not a date";
    QTest::newRow("FTS syntax is words here") << "AND OR NOT ( ) NEAR"
                                              << "";
    QTest::newRow("a lone quote") << "\""
                                  << "";
    QTest::newRow("column filter syntax") << "text:foo {text} ^x"
                                          << "";
}

void TestSearch::badQueries()
{
    // Never an SQL or FTS error: what is typed is words, or a clear message.
    QFETCH(QString, query);
    QFETCH(QString, why);
    QString error;
    ids(query, &error);
    if (why.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(why), qPrintable(error));
}

void TestSearch::headlessCommand()
{
    QProcess p;
    p.start(QStringLiteral(THREADKEEPER_BINARY),
        {QStringLiteral("search"), QStringLiteral("--cache"), m_file, QStringLiteral("\"could argue\"")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject hit = QJsonDocument::fromJson(lines.first()).object();
    const Post said = sayer(Phrase);
    QCOMPARE(hit.value(QLatin1String("post")).toString(), said.id);
    QCOMPARE(hit.value(QLatin1String("number")).toInt(), said.number);
    QCOMPARE(hit.value(QLatin1String("author")).toString(), said.author);
    QCOMPARE(hit.value(QLatin1String("title")).toString(), m_seed.title);
    QVERIFY(hit.value(QLatin1String("thread")).toString().endsWith(m_seed.path));
    QVERIFY(!hit.value(QLatin1String("author")).toString().isEmpty());
    QVERIFY(hit.value(QLatin1String("date")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY2(hit.value(QLatin1String("snippet")).toString().contains(QLatin1String("[could argue]")),
        qPrintable(hit.value(QLatin1String("snippet")).toString())); // a phrase marked as one

    // No query: a one-line error and exit code 2.
    p.start(
        QStringLiteral(THREADKEEPER_BINARY), {QStringLiteral("search"), QStringLiteral("--cache"), m_file});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().startsWith("threadkeeper: search needs a query"));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
