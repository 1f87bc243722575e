// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reddit over real HTTP: the comment page, every "more" stub through /api/morechildren and
// every "continue this thread" page, answered by a fixture in Reddit's shape and by real
// recorded answers (PRAW's cassettes, replayed); the tree checked post by post, then
// offline; a refresh asks only for what the cache lacks; refusals read clearly.
#include "enginechecks.h"
#include "loadharness.h"
#include "loopbacktest.h"
#include "refreshrig.h"
#include "seedtree.h"
#include "servers/fixtureserver.h"
#include "servers/redditfixture.h"
#include "testutil.h"

#include "accounts/siteaccounts.h"
#include "engines/reddit/redditengine.h"
#include "memorysecretstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

QUrl threadUrl(const RedditFixture &f)
{
    return QUrl(QStringLiteral("https://www.reddit.com/r/threadkeeper/comments/%1/a_slug/").arg(f.linkId));
}

// The ids every morechildren request asked for, request by request.
QList<QStringList> moreRequests(const FixtureServer &server)
{
    QList<QStringList> out;
    for (const QString &target : server.targets()) {
        if (target.startsWith(QLatin1String("/api/api/morechildren?")))
            out.append(QUrlQuery(QUrl(target).query())
                           .queryItemValue(QStringLiteral("children"))
                           .split(QLatin1Char(','), Qt::SkipEmptyParts));
    }
    return out;
}

// A cassette (vcrpy's JSON) replayed: the comment page and continue pages by path, and
// /api/morechildren by the ids asked. The recorded requests asked stub by stub; ours ask a
// hundred ids at a time from any stubs, so each asked id is answered with the subtree the
// recording returned under it (Reddit's answer is that flat subtree, id by id).
struct Cassette
{
    QHash<QString, QByteArray> pages; // path → body
    QHash<QString, QJsonArray> subtreeOf; // asked id → its things, in answer order
    QMap<QString, QString> parents; // every t1 recorded: id → parent post id
    QSet<QString> deleted, removed;

    // The answer of interaction i, as recorded.
    static QByteArray body(const QByteArray &json, int i)
    {
        return QJsonDocument::fromJson(json)
            .object()
            .value(QLatin1StringView("interactions"))
            .toArray()
            .at(i)
            .toObject()
            .value(QLatin1StringView("response"))
            .toObject()
            .value(QLatin1StringView("body"))
            .toObject()
            .value(QLatin1StringView("string"))
            .toString()
            .toUtf8();
    }

    static QString parentOf(const QString &fullname)
    {
        return fullname.startsWith(QLatin1String("t1_")) ? fullname.mid(3) : fullname;
    }

    void note(const QJsonObject &data)
    {
        const QString id = data.value(QLatin1StringView("id")).toString();
        parents.insert(id, parentOf(data.value(QLatin1StringView("parent_id")).toString()));
        if (data.value(QLatin1StringView("body")).toString() == QLatin1String("[removed]"))
            removed.insert(id);
        else if (data.value(QLatin1StringView("body")).toString() == QLatin1String("[deleted]")
            && data.value(QLatin1StringView("author")).toString() == QLatin1String("[deleted]"))
            deleted.insert(id);
    }

    void noteTree(const QJsonArray &things)
    {
        for (const QJsonValue &v : things) {
            const QJsonObject data = v.toObject().value(QLatin1StringView("data")).toObject();
            if (v.toObject().value(QLatin1StringView("kind")).toString() != QLatin1String("t1"))
                continue;
            note(data);
            noteTree(data.value(QLatin1StringView("replies"))
                         .toObject()
                         .value(QLatin1StringView("data"))
                         .toObject()
                         .value(QLatin1StringView("children"))
                         .toArray());
        }
    }

    explicit Cassette(const QByteArray &json)
    {
        const QJsonArray interactions
            = QJsonDocument::fromJson(json).object().value(QLatin1StringView("interactions")).toArray();
        for (const QJsonValue &v : interactions) {
            const QJsonObject request = v.toObject().value(QLatin1StringView("request")).toObject();
            const QByteArray body = v.toObject()
                                        .value(QLatin1StringView("response"))
                                        .toObject()
                                        .value(QLatin1StringView("body"))
                                        .toObject()
                                        .value(QLatin1StringView("string"))
                                        .toString()
                                        .toUtf8();
            const QUrl uri(request.value(QLatin1StringView("uri")).toString());
            if (uri.host() != QLatin1String("oauth.reddit.com"))
                continue;
            QString path = uri.path();
            if (path.endsWith(QLatin1Char('/')))
                path.chop(1);
            if (path.startsWith(QLatin1String("/comments/"))) {
                pages.insert(path, body);
                noteTree(QJsonDocument::fromJson(body)
                             .array()
                             .at(1)
                             .toObject()
                             .value(QLatin1StringView("data"))
                             .toObject()
                             .value(QLatin1StringView("children"))
                             .toArray());
                continue;
            }
            if (path != QLatin1String("/api/morechildren"))
                continue;
            const QJsonValue form = request.value(QLatin1StringView("body"));
            const QString query
                = (form.isObject() ? form.toObject().value(QLatin1StringView("string")) : form).toString();
            const QStringList asked = QUrlQuery(query)
                                          .queryItemValue(QStringLiteral("children"), QUrl::FullyDecoded)
                                          .split(QLatin1Char(','));
            const QJsonArray things = QJsonDocument::fromJson(body)
                                          .object()
                                          .value(QLatin1StringView("json"))
                                          .toObject()
                                          .value(QLatin1StringView("data"))
                                          .toObject()
                                          .value(QLatin1StringView("things"))
                                          .toArray();
            // Each thing under the asked id it descends from (by parent_id, in this answer).
            QHash<QString, QString> rootOf;
            for (const QString &id : asked)
                rootOf.insert(id, id);
            for (const QJsonValue &t : things) {
                const QJsonObject data = t.toObject().value(QLatin1StringView("data")).toObject();
                const QString id = data.value(QLatin1StringView("id")).toString();
                const QString parent = parentOf(data.value(QLatin1StringView("parent_id")).toString());
                const bool isComment
                    = t.toObject().value(QLatin1StringView("kind")).toString() == QLatin1String("t1");
                if (isComment)
                    note(data);
                QString root = isComment && asked.contains(id) ? id : rootOf.value(parent);
                if (root.isEmpty())
                    continue; // a stub of asked ids deferred: answered where they were returned
                if (isComment)
                    rootOf.insert(id, root);
                subtreeOf[root].append(t);
            }
        }
    }

    void serve(FixtureServer *server) const
    {
        for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
            FixtureServer::Route r;
            r.contentType = "application/json; charset=UTF-8";
            r.body = it.value();
            r.authorization = RedditFixture::authorization();
            server->setRoute(QStringLiteral("/api") + it.key(), r);
        }
        FixtureServer::Route more;
        more.contentType = "application/json; charset=UTF-8";
        more.authorization = RedditFixture::authorization();
        const QHash<QString, QJsonArray> subtrees = subtreeOf;
        more.bodyForQuery = [subtrees](const QString &query) {
            QJsonArray things;
            for (const QString &id :
                QUrlQuery(query).queryItemValue(QStringLiteral("children")).split(QLatin1Char(',')))
                for (const QJsonValue &t : subtrees.value(id))
                    things.append(t);
            return QJsonDocument(
                QJsonObject {{QStringLiteral("json"),
                    QJsonObject {{QStringLiteral("errors"), QJsonArray()},
                        {QStringLiteral("data"), QJsonObject {{QStringLiteral("things"), things}}}}}})
                .toJson(QJsonDocument::Compact);
        };
        server->setRoute(QStringLiteral("/api/api/morechildren"), more);
    }
};

} // namespace

class TestRedditEngine : public LoopbackTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void withoutAnApp();
    void privateSubredditOverHttp();
    void addresses_data();
    void addresses();
    void recognizePage_data();
    void recognizePage();
    void loadOverHttp_data();
    void loadOverHttp();
    void placeholdersAndText();
    void refreshAsksOnlyWhatIsNew();
    void realCassette_data();
    void realCassette();
    void realPages_data();
    void realPages();
    void refusals_data();
    void refusals();
    void hostileAnswers_data();
    void hostileAnswers();

private:
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    void signIn(QNetworkAccessManager *network);
    RedditEngine m_engine;
};

void TestRedditEngine::initTestCase()
{
    readSeed();
}

void TestRedditEngine::init()
{
    startLoopback();
    qputenv("THREADKEEPER_REDDIT_API", m_server->url(QStringLiteral("/api")).toEncoded());
    qputenv("THREADKEEPER_REDDIT_TOKEN_URL", m_server->url(QStringLiteral("/token")).toEncoded());
    // The real budget (100 a minute) would hold the cassettes' 236 requests for minutes;
    // tst_hostbudgets holds fetchers to budgets.
    qputenv("THREADKEEPER_REDDIT_BUDGET", "100000/60");
    RedditFixture::serveToken(m_server.get());
}

void TestRedditEngine::withoutAnApp()
{
    // No client id: nothing is asked of Reddit, and the error says what to do.
    RedditFixture f {treeFromSeed(m_seed, expectedSeedParents())};
    f.serve(m_server.get());
    LoadHarness h(cachePath(), m_owner.get());
    new SiteAccounts(h.nam, new MemorySecretStore(h.nam), settingsPath());
    const LoadOutcome outcome = h.load(threadUrl(f));
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error.contains(QLatin1String("https://www.reddit.com/prefs/apps"))
            && outcome.error.contains(QStringLiteral("Settings › Accounts")),
        qPrintable(outcome.error));
    QVERIFY(m_server->requests().isEmpty());
    // A client id Reddit refuses: said so, and where to fix it.
    LoadHarness signedIn(cachePath(), m_owner.get());
    signIn(signedIn.nam);
    FixtureServer::Route refused;
    refused.status = 401;
    refused.contentType = "application/json";
    refused.body = R"({"message": "Unauthorized", "error": 401})";
    m_server->setRoute(QStringLiteral("/token"), refused);
    const LoadOutcome again = signedIn.load(threadUrl(f));
    QVERIFY2(again.error.contains(QLatin1String("refused the client id")), qPrintable(again.error));
    QCOMPARE(m_server->requests(), QStringList {QStringLiteral("/token")});
}

void TestRedditEngine::privateSubredditOverHttp()
{
    // Reddit's own reason for a 403 reaches the reader, not the bare status.
    RedditFixture f {treeFromSeed(m_seed, expectedSeedParents())};
    FixtureServer::Route refused;
    refused.status = 403;
    refused.contentType = "application/json; charset=UTF-8";
    refused.body = R"({"reason": "private", "message": "Forbidden", "error": 403})";
    m_server->setRoute(QStringLiteral("/api/comments/") + f.linkId, refused);
    LoadHarness h(cachePath(), m_owner.get());
    signIn(h.nam);
    const LoadOutcome outcome = h.load(threadUrl(f));
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error.contains(QLatin1String("this subreddit is private")), qPrintable(outcome.error));
}

void TestRedditEngine::signIn(QNetworkAccessManager *network)
{
    // The reader's registered app, as Settings › Accounts keeps it: the list in the
    // settings, the client id in the secret store.
    QSettings(settingsPath(), QSettings::IniFormat)
        .setValue(QStringLiteral("accounts/list"), QStringList {QStringLiteral("reddit.com app")});
    auto *secrets = new MemorySecretStore(network);
    secrets->entries.insert(QStringLiteral("reddit.com/app"), QString::fromLatin1(RedditFixture::ClientId));
    new SiteAccounts(network, secrets, settingsPath());
}

void TestRedditEngine::cleanup()
{
    stopLoopback();
}

void TestRedditEngine::addresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("taken");
    QTest::newRow("a subreddit") << "https://www.reddit.com/r/cpp/" << false;
    QTest::newRow("a user") << "https://www.reddit.com/user/spez/" << false;
    QTest::newRow("another host's /comments/") << "https://example.org/r/cpp/comments/abc12/x/" << false;
    QTest::newRow("a look-alike host") << "https://notreddit.com/r/cpp/comments/abc12/x/" << false;
    QTest::newRow("redd.it with a path") << "https://redd.it/abc12/more" << false;
    QTest::newRow("an id with a dot") << "https://www.reddit.com/comments/ab.c/" << false;
    QTest::newRow("ftp") << "ftp://www.reddit.com/comments/abc12/" << false;
    QTest::newRow("a thread") << "https://www.reddit.com/r/cpp/comments/abc12/x/" << true;
}

void TestRedditEngine::addresses()
{
    QFETCH(QString, url);
    QFETCH(bool, taken);
    QCOMPARE(m_engine.parseUrl(QUrl(url), nullptr), taken);
    ThreadRef ref;
    if (taken) {
        QVERIFY(m_engine.parseUrl(QUrl(url), &ref));
        QCOMPARE(m_engine.postUrl(ref.canonical, QStringLiteral("c1x")),
            QUrl(QStringLiteral("https://www.reddit.com/comments/abc12/_/c1x/")));
        QCOMPARE(m_engine.postUrl(ref.canonical, QStringLiteral("t3_abc12")), ref.canonical);
    }
}

void TestRedditEngine::recognizePage_data()
{
    QTest::addColumn<QString>("finalUrl");
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("canonical"); // empty: not recognised
    const QString rd = QStringLiteral("https://www.reddit.com/comments/1h4kq2z/");
    QTest::newRow("a share link redirected to its thread")
        << "https://www.reddit.com/r/cpp/comments/1h4kq2z/why/" << QByteArray("<html></html>") << rd;
    QTest::newRow("a share page naming its thread")
        << "https://www.reddit.com/r/cpp/s/Xy7KpQ2"
        << QByteArray(
               R"(<html><head><link rel="canonical" href="https://www.reddit.com/r/cpp/comments/1h4kq2z/why/"></head></html>)")
        << rd;
    QTest::newRow("another site's page naming a Reddit thread")
        << "https://blog.example/post"
        << QByteArray(R"(<link rel="canonical" href="https://www.reddit.com/r/cpp/comments/1h4kq2z/why/">)")
        << "";
    QTest::newRow("a subreddit") << "https://www.reddit.com/r/cpp/"
                                 << QByteArray(
                                        R"(<link rel="canonical" href="https://www.reddit.com/r/cpp/">)")
                                 << "";
}

void TestRedditEngine::recognizePage()
{
    QFETCH(QString, finalUrl);
    QFETCH(QByteArray, html);
    QFETCH(QString, canonical);
    ThreadRef ref;
    QCOMPARE(m_engine.recognizePage(html, QUrl(finalUrl), &ref), !canonical.isEmpty());
    if (!canonical.isEmpty())
        QCOMPARE(ref.canonical.toString(), canonical);
}

void TestRedditEngine::loadOverHttp_data()
{
    QTest::addColumn<bool>("generated"); // a made-up thread of 300 comments, else the seed
    QTest::addColumn<int>("listedTopLevel");
    QTest::addColumn<int>("repliesShown");
    QTest::addColumn<int>("continueDepth");
    QTest::addColumn<int>("moreAnswerLimit");
    QTest::addColumn<int>("minMoreRequests");
    QTest::newRow("seed, whole on its page") << false << 1000 << 1000 << 10 << 100 << 0;
    QTest::newRow("seed, stubs at every level, continued below 2") << false << 3 << 1 << 2 << 3 << 3;
    QTest::newRow("300 comments, stubs several levels deep, deferred ids") << true << 5 << 2 << 4 << 30 << 5;
}

void TestRedditEngine::loadOverHttp()
{
    QFETCH(bool, generated);
    QFETCH(int, listedTopLevel);
    QFETCH(int, repliesShown);
    QFETCH(int, continueDepth);
    QFETCH(int, moreAnswerLimit);
    QFETCH(int, minMoreRequests);
    RedditFixture f {generated ? generatedTree(300, 11) : treeFromSeed(m_seed, expectedSeedParents())};
    f.listedTopLevel = listedTopLevel;
    f.repliesShown = repliesShown;
    f.continueDepth = continueDepth;
    f.moreAnswerLimit = moreAnswerLimit;
    if (generated) {
        f.thread.deleted = {7, 40};
        f.removed = {12, 41};
    }
    f.serve(m_server.get());
    const QUrl url = threadUrl(f);
    QStringList onlineOrder;
    {
        LoadHarness h(cachePath(), m_owner.get());
        signIn(h.nam);
        const LoadOutcome outcome = h.load(url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY2(outcome.failedPages.isEmpty(),
            qPrintable(outcome.failedPages.values().join(QLatin1String("; "))));
        QCOMPARE(h.loader->info().engine, QStringLiteral("reddit"));
        QCOMPARE(h.loader->info().url, QStringLiteral("https://www.reddit.com/comments/%1/").arg(f.linkId));
        QCOMPARE(h.loader->info().title, f.thread.title);
        QVERIFY(h.session->tree().first());
        QCOMPARE(h.session->tree().first()->id, f.postIdOf(0));
        // Post by post: every comment under its parent, the link's replies under the article,
        // siblings oldest first, wherever each came from.
        const QMap<QString, QString> actual = parentIdsInModel(*h.model);
        const QMap<QString, QString> expected = f.expectedParents();
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(actual.value(it.key(), QStringLiteral("(absent)")) == it.value(),
                qPrintable(
                    QStringLiteral("%1 under %2, not %3")
                        .arg(it.key(), actual.value(it.key(), QStringLiteral("(absent)")), it.value())));
        QCOMPARE(actual.size(), expected.size());
        onlineOrder = idsInModelOrder(*h.model);
        QCOMPARE(onlineOrder, f.expectedOrder());
        if (!generated) {
            const QMap<int, int> seedTree = [&] {
                QMap<int, int> out;
                QHash<QString, int> numberOf;
                for (int i = 0; i < f.thread.posts.size(); ++i)
                    numberOf.insert(f.postIdOf(i), f.thread.posts[i].number);
                for (auto it = actual.cbegin(); it != actual.cend(); ++it)
                    if (numberOf.value(it.key()) > 0)
                        out.insert(numberOf.value(it.key()), numberOf.value(it.value()));
                return out;
            }();
            QVERIFY2(seedTree == expectedSeedParents(),
                qPrintable(treeDifference(expectedSeedParents(), seedTree)));
        }
        // Stubs a hundred ids a request at most, no request made twice; an id is asked
        // again only when an answer deferred it (had no room), so the ids asked stay
        // within a few times the comments.
        const QList<QStringList> asked = moreRequests(*m_server);
        QVERIFY(asked.size() >= minMoreRequests);
        QSet<QString> once;
        qsizetype idsAsked = 0;
        for (const QStringList &ids : asked) {
            QVERIFY(ids.size() <= RedditEngine::MoreBatch);
            QVERIFY(!once.contains(ids.join(u',')));
            once.insert(ids.join(u','));
            idsAsked += ids.size();
        }
        QVERIFY(idsAsked <= 3 * f.thread.posts.size());
        QVERIFY(m_server->maxConcurrent() <= 4);
        // One token for the whole load, sent with every API request.
        QCOMPARE(m_server->requestCount(QStringLiteral("/token")), 1);
        for (qsizetype i = 0; i < m_server->requests().size(); ++i)
            if (m_server->requests()[i] != QLatin1String("/token"))
                QCOMPARE(m_server->authorizations()[i], RedditFixture::authorization());
    }
    // Neither the token nor the client id is written to the settings file or the cache.
    for (const QString &file : {settingsPath(), cachePath(), cachePath() + QLatin1String("-wal")}) {
        QFile f(file);
        const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        QVERIFY2(!bytes.contains(RedditFixture::authorization().mid(7)), qPrintable(file));
        QVERIFY2(!bytes.contains(RedditFixture::ClientId), qPrintable(file));
    }
    // Offline, from the cache alone: the same tree in the same order.
    m_server->resetCounters();
    LoadHarness offline(cachePath(), m_owner.get());
    signIn(offline.nam);
    const LoadOutcome outcome = offline.load(url, true);
    QVERIFY(outcome.fromCache);
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(parentIdsInModel(*offline.model), f.expectedParents());
    QCOMPARE(idsInModelOrder(*offline.model), onlineOrder);
}

void TestRedditEngine::placeholdersAndText()
{
    // A hand-made thread: non-ASCII names and words, a quote of a quote, a deleted comment
    // and a removed one whose replies keep their place, a reply in the same second as its
    // parent (a bot's).
    TreeThread t;
    t.title = QStringLiteral("Überfälle auf Vogelhäuser — どうする?");
    const QDateTime start(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::UTC);
    auto post = [&](const QString &author, const QString &bbcode, int secs, int parent) {
        t.posts.append(FixturePost {QString(), 0, author, start.addSecs(secs), bbcode, QString()});
        t.parents.append(parent);
    };
    post(QStringLiteral("Ærøskøbing"), QStringLiteral("Kestrels at the feeder again."), 0, -1);
    post(QStringLiteral("Zoë"), QStringLiteral("Same here, twice a day."), 60, 0); // 1
    post(QStringLiteral("AutoModerator"), QStringLiteral("Please keep it civil."), 60, 1); // 2, same second
    post(QStringLiteral("Jürgen"), QStringLiteral("Gone."), 120, 1); // 3 deleted
    post(QStringLiteral("Mallory"), QStringLiteral("Spam."), 130, 0); // 4 removed
    post(QStringLiteral("Ólafur"),
        QStringLiteral("[QUOTE=Zoë]Same here, twice a day.[/QUOTE]\n[QUOTE]Kestrels at the feeder "
                       "again.[/QUOTE]\nÅh nej."),
        180, 3); // 5
    post(QStringLiteral("李雷"), QStringLiteral("Reply to the removed one: 好的。"), 240, 4); // 6
    post(QStringLiteral("Ólafur"), QStringLiteral("[QUOTE]the removed one[/QUOTE]\nÅh nej."), 300, 6); // 7
    post(QStringLiteral("Zoë"),
        QStringLiteral(
            "<div class=\"md\"><blockquote>\n<blockquote>\n<p>Reply to the removed one: 好的。</p>\n"
            "</blockquote>\n<p>Åh nej.</p>\n</blockquote>\n<p>Why not?</p>\n</div>"),
        360, 7); // 8: a quote of a quote
    RedditFixture f {t};
    f.thread.deleted = {3};
    f.removed = {4};
    f.repliesShown = 1; // 3 and its reply come through morechildren
    f.serve(m_server.get());
    LoadHarness h(cachePath(), m_owner.get());
    signIn(h.nam);
    const LoadOutcome outcome = h.load(threadUrl(f));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(parentIdsInModel(*h.model), f.expectedParents());
    QCOMPARE(idsInModelOrder(*h.model), f.expectedOrder());
    QCOMPARE(h.loader->info().title, t.title);
    const Post deleted = h.session->post(f.commentId(3));
    QCOMPARE(deleted.author, QString());
    QCOMPARE(deleted.text, QStringLiteral("[deleted]"));
    const Post removed = h.session->post(f.commentId(4));
    QCOMPARE(removed.author, QString());
    QCOMPARE(removed.text, QStringLiteral("[removed]"));
    const Post quoting = h.session->post(f.commentId(5));
    QCOMPARE(quoting.author, QStringLiteral("Ólafur"));
    QCOMPARE(quoting.text, QStringLiteral("Åh nej."));
    QCOMPARE(quoting.quotes.size(), 2);
    QCOMPARE(quoting.quotes[0].text, QStringLiteral("Same here, twice a day."));
    QCOMPARE(quoting.quotes[0].source, QString()); // its parent is deleted: no words to match
    // Quotes by their words: the parent's, and within, the grandparent's.
    const Post quotesParent = h.session->post(f.commentId(7));
    QCOMPARE(quotesParent.quotes.size(), 1);
    QCOMPARE(quotesParent.quotes[0].source, f.commentId(6));
    QCOMPARE(quotesParent.quotes[0].author, QStringLiteral("李雷"));
    const Post quotesQuote = h.session->post(f.commentId(8));
    QCOMPARE(quotesQuote.text, QStringLiteral("Why not?"));
    QCOMPARE(quotesQuote.quotes.size(), 1);
    QCOMPARE(quotesQuote.quotes[0].source, f.commentId(7));
    QCOMPARE(quotesQuote.quotes[0].author, QStringLiteral("Ólafur"));
    QCOMPARE(quotesQuote.quotes[0].text, QStringLiteral("Åh nej."));
    const Block *outer = firstQuote(quotesQuote.body);
    QVERIFY(outer);
    const Block *inner = firstQuote(outer->children);
    QVERIFY(inner);
    QCOMPARE(inner->quoteSource, f.commentId(6));
    QCOMPARE(inner->quoteAuthor, QStringLiteral("李雷"));
    QCOMPARE(h.session->post(f.commentId(6)).author, QStringLiteral("李雷"));
    QCOMPARE(h.session->post(f.commentId(6)).text, QStringLiteral("Reply to the removed one: 好的。"));
    const Post article = h.session->post(f.postIdOf(0));
    QCOMPARE(article.author, QStringLiteral("Ærøskøbing"));
    QCOMPARE(article.text, QStringLiteral("Kestrels at the feeder again."));
}

void TestRedditEngine::refreshAsksOnlyWhatIsNew()
{
    RedditFixture f {generatedTree(120, 5)};
    f.listedTopLevel = 4;
    f.repliesShown = 2;
    f.continueDepth = 5;
    // At first the thread has its first 100 comments; then twenty new ones, at the top
    // level and under comments of the comment page (1 and 6 are listed, their later
    // replies in stubs that hold cached ids too).
    TreeThread whole = f.thread;
    for (int i = 101; i <= 120; ++i)
        whole.parents[i] = QList<int> {0, 1, 6}[i % 3];
    f.thread.posts = whole.posts.mid(0, 101);
    f.thread.parents = whole.parents.mid(0, 101);
    f.serve(m_server.get());
    RefreshRig rig(cachePath(), m_owner.get(), true);
    signIn(rig.h->nam);
    QVERIFY(loadAndWatch(rig, threadUrl(f)));
    QCOMPARE(rig.h->model->postCount(), 101);
    QSet<QString> cachedIds;
    for (int i = 1; i <= 100; ++i)
        cachedIds.insert(f.commentId(i));
    // Twenty new comments; the refresh asks morechildren for none it has.
    f.thread = whole;
    m_server->clearRoutes();
    f.serve(m_server.get());
    RedditFixture::serveToken(m_server.get());
    m_server->resetCounters();
    QSignalSpy finished(rig.refresher, &ThreadRefresher::finished);
    QString error;
    QVERIFY2(rig.refresher->refresh(rig.h->loader->info().url, &error), qPrintable(error));
    QVERIFY(finished.wait(10000));
    const RefreshOutcome outcome = finished.first().first().value<RefreshOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.newPosts, 20);
    for (const QStringList &ids : moreRequests(*m_server)) {
        for (const QString &id : ids)
            QVERIFY2(!cachedIds.contains(id), qPrintable(id));
    }
    QCOMPARE(parentIdsInModel(*rig.h->model), f.expectedParents());
    QCOMPARE(idsInModelOrder(*rig.h->model), f.expectedOrder());
}

void TestRedditEngine::realCassette_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("linkId");
    QTest::addColumn<int>("comments"); // t1 recorded (counted in the file by hand/python)
    QTest::addColumn<int>("deleted"); // author and body [deleted]
    QTest::addColumn<int>("continuePages");
    // Counted in the files (every t1 of every answer, by id), not by our code.
    QTest::newRow("3hahrw: 12 morechildren, 6 continue pages")
        << "reddit/praw-TestCommentForest.test_replace__all.json"
        << "3hahrw" << 541 << 6 << 6;
    QTest::newRow("n49rw: 176 stubs several levels deep, 232 morechildren")
        << "reddit/praw-TestCommentForest.test_replace__all_large.json"
        << "n49rw" << 1428 << 25 << 3;
}

void TestRedditEngine::realCassette()
{
    QFETCH(QString, file);
    QFETCH(QString, linkId);
    QFETCH(int, comments);
    QFETCH(int, deleted);
    QFETCH(int, continuePages);
    TK_REAL_PAGE_OR_SKIP(json, file);
    const Cassette cassette(json);
    QCOMPARE(cassette.parents.size(), comments);
    QCOMPARE(cassette.deleted.size(), deleted);
    cassette.serve(m_server.get());
    QMap<QString, QString> expected = cassette.parents;
    expected.insert(QStringLiteral("t3_") + linkId, QString());
    LoadHarness h(cachePath(), m_owner.get());
    h.timeoutMs = 20000; // 1,428 comments: the model tester holds the event loop a while
    signIn(h.nam);
    const LoadOutcome outcome
        = h.load(QUrl(QStringLiteral("https://www.reddit.com/comments/%1/").arg(linkId)));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QVERIFY2(
        outcome.failedPages.isEmpty(), qPrintable(outcome.failedPages.values().join(QLatin1String("; "))));
    const QMap<QString, QString> actual = parentIdsInModel(*h.model);
    int wrong = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (actual.value(it.key(), QStringLiteral("(absent)")) != it.value() && ++wrong < 10)
            qWarning() << it.key() << "under" << actual.value(it.key(), QStringLiteral("(absent)")) << "not"
                       << it.value();
    }
    QCOMPARE(wrong, 0);
    QCOMPARE(actual.size(), expected.size());
    for (const QString &id : cassette.deleted)
        QCOMPARE(h.session->post(id).text, QStringLiteral("[deleted]"));
    for (const QString &id : cassette.removed)
        QCOMPARE(h.session->post(id).text, QStringLiteral("[removed]"));
    QCOMPARE(h.session->tree().size(), comments + 1);
    // Every continue page asked, once; stubs a hundred ids a request at most.
    int continued = 0;
    for (const QString &path : m_server->requests())
        continued += path.contains(QLatin1String("/_/")) ? 1 : 0;
    QCOMPARE(continued, continuePages);
    for (const QStringList &ids : moreRequests(*m_server))
        QVERIFY(ids.size() <= RedditEngine::MoreBatch);
}

void TestRedditEngine::realPages_data()
{
    QTest::addColumn<QString>("file");
    // Where the answer is in the file: "" the file is it, "N" a cassette's interaction N,
    // "Name" a Go test file's var Name = `…`.
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("linkId");
    QTest::addColumn<bool>("listing"); // a comment page, else a morechildren answer
    QTest::addColumn<int>("posts"); // the article (on a page) and every t1
    QTest::addColumn<int>("requests"); // ids of the stubs a hundred a request, and continue pages
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("deleted");
    // Counted in the files by hand (Python over the JSON), not by our code.
    QTest::newRow("graw thread 1cebxh (2016): 199 t1, 125 stubs of 1,082 ids, 3 continue")
        << "reddit/graw-testdata-thread-2016.json"
        << ""
        << "1cebxh" << true << 200 << 11 + 3 << 1 << 4;
    QTest::newRow("graw morechildren hbo4a7 (2020): 50 t1, 11 stubs of 579 ids")
        << "reddit/graw-testdata-morechildren-2020.json"
        << ""
        << "hbo4a7" << false << 50 << 6 << 0 << 0;
    // The big thread's shape (2020): a top-level stub of 4,682 ids (of 8,620 comments), and
    // a morechildren answer of 100 comments with 96 stubs, one of them the asked ids deferred.
    const QString big
        = QStringLiteral("reddit/praw-TestCommentForest.test_comment_forest_refresh_error.json");
    QTest::newRow("ablzuq page (2020, limit=1): 1 t1, 2 stubs of 4,699 ids")
        << big << "2"
        << "ablzuq" << true << 2 << 47 << 0 << 0;
    QTest::newRow("ablzuq morechildren (2020): 100 t1, 96 stubs of 6,263 ids, 1 continue")
        << big << "3"
        << "ablzuq" << false << 100 << 63 + 1 << 0 << 1;
    // Recent answers (2022–2023), from a Go test file.
    const QString go = QStringLiteral("reddit/graw-redded_fixtures_test-2023.go");
    QTest::newRow("13opkyi gallery (2023): 39 t1, one [removed] of a deleted account")
        << go << "ThreadImageGallery"
        << "13opkyi" << true << 40 << 0 << 1 << 0;
    QTest::newRow("151unk5 post removed by moderators (2023): 23 t1")
        << go << "ThreadRemovedByCategoryModerator"
        << "151unk5" << true << 24 << 0 << 0 << 0;
}

void TestRedditEngine::realPages()
{
    QFETCH(QString, file);
    QFETCH(QString, part);
    QFETCH(QString, linkId);
    QFETCH(bool, listing);
    QFETCH(int, posts);
    QFETCH(int, requests);
    QFETCH(int, removed);
    QFETCH(int, deleted);
    TK_REAL_PAGE_OR_SKIP(saved, file);
    QByteArray body = saved;
    if (bool number = false; part.toInt(&number), number) {
        body = Cassette::body(saved, part.toInt());
    } else if (!part.isEmpty()) {
        const QByteArray opening = "var " + part.toLatin1() + " = `";
        const qsizetype start = saved.indexOf(opening) + opening.size();
        QVERIFY(start >= opening.size());
        body = saved.mid(start, saved.indexOf('`', start) - start);
    }
    const QUrl thread(QStringLiteral("https://www.reddit.com/comments/%1/").arg(linkId));
    ThreadRef ref;
    QVERIFY(m_engine.parseUrl(thread, &ref));
    const EngineRequest request = listing ? m_engine.firstRequests(ref, thread).first()
                                          : RedditEngine::moreRequest(linkId, {QStringLiteral("x")}, 0, 2);
    QCOMPARE(m_engine.incompleteReason(request, body), QString());
    const EngineAnswer answer
        = m_engine.readAnswer(request, body, AnswerContext {thread, request.url, listing});
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.posts.size(), posts);
    QCOMPARE(answer.next.size(), requests);
    QCOMPARE(answer.facts.has_value(), listing);
    int removedSeen = 0;
    int deletedSeen = 0;
    QSet<QString> ids;
    for (const Post &p : answer.posts) {
        removedSeen += p.text == QLatin1String("[removed]") ? 1 : 0;
        deletedSeen += p.text == QLatin1String("[deleted]") ? 1 : 0;
        QVERIFY2(!p.text.isEmpty() || !p.quotes.isEmpty() || p.id == QLatin1String("t3_ablzuq"),
            qPrintable(p.id)); // a placeholder's too; an account deleted leaves its words (ablzuq asks in its
                               // title alone)
        QVERIFY(!p.date.isValid() || p.date.date().year() >= 2005);
        QVERIFY(!p.parentId.isEmpty() || p.id.startsWith(QLatin1String("t3_")));
        ids.insert(p.id);
    }
    QCOMPARE(removedSeen, removed);
    QCOMPARE(deletedSeen, deleted);
    QCOMPARE(ids.size(), answer.posts.size());
    for (const EngineRequest &next : answer.next) {
        if (next.url.path().endsWith(QLatin1String("/api/morechildren")))
            QVERIFY(QUrlQuery(next.url).queryItemValue(QStringLiteral("children")).split(u',').size() <= 100);
    }
    if (listing)
        QVERIFY(answer.facts->unitCount >= 1 + answer.next.size());
    if (linkId == QLatin1String("ablzuq") && listing) // num_comments 8,125, one on the page
        QCOMPARE(answer.facts->unitCount, 1 + 82);
    if (linkId == QLatin1String("1cebxh")) {
        // The removed comment of the 2016 thread (c9fsi2e, under c9fs6hy) keeps its place.
        const auto it = std::find_if(answer.posts.cbegin(), answer.posts.cend(),
            [](const Post &p) { return p.id == QLatin1String("c9fsi2e"); });
        QVERIFY(it != answer.posts.cend());
        QCOMPARE(it->parentId, QStringLiteral("c9fs6hy"));
        QCOMPARE(answer.facts->title.left(30), QStringLiteral("my wife passed away eight mont"));
    }
}

void TestRedditEngine::refusals_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("403, no token") << 403 << QByteArray(R"({"message": "Forbidden", "error": 403})")
                                   << "Reddit refused the request (HTTP 403)";
    QTest::newRow("401, token refused") << 401 << QByteArray(R"({"message": "Unauthorized", "error": 401})")
                                        << "Reddit refused the request (HTTP 401)";
    QTest::newRow("private") << 403
                             << QByteArray(R"({"reason": "private", "message": "Forbidden", "error": 403})")
                             << "this subreddit is private: Reddit shows it only to its approved members";
    QTest::newRow("quarantined")
        << 403 << QByteArray(R"({"reason": "quarantined", "quarantine_message": "…", "error": 403})")
        << "this subreddit is quarantined: Reddit shows it only to accounts that opted in on its site";
    QTest::newRow("banned") << 404
                            << QByteArray(R"({"reason": "banned", "message": "Not Found", "error": 404})")
                            << "this subreddit is banned on Reddit";
    QTest::newRow("500") << 500 << QByteArray("<html>") << "";
}

void TestRedditEngine::refusals()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(RedditEngine::refusal(status, body), expected);
    // The same object where a comment page should be (a proxy that answers 200) says so too.
    if (!expected.isEmpty()) {
        ThreadRef ref;
        QVERIFY(m_engine.parseUrl(QUrl(QStringLiteral("https://redd.it/abc12")), &ref));
        const EngineRequest first = m_engine.firstRequests(ref, ref.canonical).first();
        QCOMPARE(
            m_engine.readAnswer(first, body, AnswerContext {ref.canonical, first.url, true}).error, expected);
    }
}

void TestRedditEngine::hostileAnswers_data()
{
    QTest::addColumn<bool>("listing");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<int>("posts");
    QTest::addColumn<int>("requests");
    const QByteArray link
        = R"({"kind":"Listing","data":{"children":[{"kind":"t3","data":{"id":"abc12","title":"T","created_utc":1000}}]}})";
    auto page = [&](const QByteArray &comments) {
        return "[" + link + R"(,{"kind":"Listing","data":{"children":)" + comments + "}}]";
    };
    QTest::newRow("not JSON") << true << QByteArray("<html>") << true << 0 << 0;
    QTest::newRow("another thread") << true << page("[]").replace("abc12", "zzz99") << true << 0 << 0;
    QTest::newRow("one listing only") << true << "[" + link + "]" << true << 0 << 0;
    QTest::newRow("wrong types")
        << true
        << page(
               R"([{"kind":"t1","data":{"id":5,"body_html":7}},{"kind":"t1","data":{"id":"ok1","parent_id":"t3_abc12","replies":5,"author":["x"],"created_utc":"soon"}},{"kind":"more","data":{"children":"a,b"}},"x",null])")
        << false << 2 << 0;
    // 300 levels of replies (1,200 of JSON): past Qt's nesting limit, refused whole.
    QByteArray deep = R"({"kind":"t1","data":{"id":"d0","parent_id":"t3_abc12"}})";
    for (int i = 1; i < 300; ++i)
        deep = QByteArray(R"({"kind":"t1","data":{"id":"d)") + QByteArray::number(i)
            + R"(","parent_id":"t3_abc12","replies":{"kind":"Listing","data":{"children":[)" + deep + "]}}}}";
    QTest::newRow("nested 300 deep") << true << page("[" + deep + "]") << true << 0 << 0;
    QByteArray many = R"({"kind":"more","data":{"id":"m","parent_id":"t3_abc12","children":[)";
    for (int i = 0; i < 250000; ++i)
        many += (i ? ",\"" : "\"") + QByteArray::number(i, 36) + "\"";
    many += "]}}";
    QTest::newRow("a stub of 250,000 ids: 100,000 read, 1,000 requests")
        << true << page("[" + many + "]") << false << 1 << 1000;
    QTest::newRow("morechildren: every id asked deferred, none given: not asked again")
        << false
        << QByteArray(
               R"({"json":{"errors":[],"data":{"things":[{"kind":"more","data":{"id":"q2","parent_id":"t3_abc12","depth":0,"children":["q2","q3"]}}]}}})")
        << false << 0 << 1;
    QTest::newRow("morechildren: errors")
        << false << QByteArray(R"({"json":{"errors":[["TOO_MUCH","too many","children"]]}})") << true << 0
        << 0;
    QTest::newRow("morechildren: things not a list")
        << false << QByteArray(R"({"json":{"errors":[],"data":{"things":{}}}})") << true << 0 << 0;
    QTest::newRow("morechildren: another link's comment, a thing without data")
        << false
        << QByteArray(
               R"({"json":{"errors":[],"data":{"things":[{"kind":"t1","data":{"id":"q1","link_id":"t3_other","parent_id":"t3_other"}},{"kind":"t1"},{"kind":"t1","data":{"id":"q2","link_id":"t3_abc12","parent_id":"t1_q0","depth":"x"}}]}}})")
        << false << 1 << 0;
}

void TestRedditEngine::hostileAnswers()
{
    QFETCH(bool, listing);
    QFETCH(QByteArray, body);
    QFETCH(bool, refused);
    QFETCH(int, posts);
    QFETCH(int, requests);
    const QUrl thread(QStringLiteral("https://www.reddit.com/comments/abc12/"));
    ThreadRef ref;
    QVERIFY(m_engine.parseUrl(thread, &ref));
    const EngineRequest request = listing
        ? m_engine.firstRequests(ref, thread).first()
        : RedditEngine::moreRequest(QStringLiteral("abc12"), {QStringLiteral("q2")}, 0, 2);
    const EngineAnswer answer
        = m_engine.readAnswer(request, body, AnswerContext {thread, request.url, listing});
    QCOMPARE(!answer.error.isEmpty(), refused);
    QCOMPARE(answer.posts.size(), posts);
    QCOMPARE(answer.next.size(), requests);
}

QTEST_GUILESS_MAIN(TestRedditEngine)
#include "tst_redditengine.moc"
