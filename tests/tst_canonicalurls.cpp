// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every address of one thread is one cache key: pages, post permalinks and anchors,
// session ids and the parameters forums add lead to the thread's canonical address, so
// opening a thread by another link never caches it twice. (Discourse's forms, and over
// loopback: tst_discourseengine, tst_discourseload.)
#include "engines/forumengine.h"

#include <QTest>

using namespace Threadkeeper;

class TestCanonicalUrls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneKeyPerThread_data();
    void oneKeyPerThread();
};

void TestCanonicalUrls::oneKeyPerThread_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("postId");

    const QString xf = QStringLiteral("https://f.example/threads/some-title.123/");
    QTest::newRow("XenForo") << xf << "xenforo" << xf << 1 << "";
    QTest::newRow("XenForo page-2") << xf + QLatin1String("page-2") << "xenforo" << xf << 2 << "";
    QTest::newRow("XenForo #post-5") << xf + QLatin1String("#post-5") << "xenforo" << xf << 1 << "5";
    QTest::newRow("XenForo post-5") << xf + QLatin1String("post-5") << "xenforo" << xf << 1 << "5";
    QTest::newRow("XenForo page-2#post-9")
        << xf + QLatin1String("page-2#post-9") << "xenforo" << xf << 2 << "9";
    QTest::newRow("XenForo ?page=2") << xf + QLatin1String("?page=2") << "xenforo" << xf << 1 << "";
    QTest::newRow("XenForo unread") << xf + QLatin1String("unread") << "xenforo" << xf << 1 << "";
    QTest::newRow("XenForo latest") << xf + QLatin1String("latest") << "xenforo" << xf << 1 << "";
    QTest::newRow("XenForo no slash") << xf.chopped(1) << "xenforo" << xf << 1 << "";
    QTest::newRow("XenForo host in capitals") << "https://F.Example/threads/some-title.123/page-3"
                                              << "xenforo" << xf << 3 << "";

    const QString bb = QStringLiteral("https://b.example/viewtopic.php?t=9");
    QTest::newRow("phpBB") << bb << "phpbb" << bb << 1 << "";
    QTest::newRow("phpBB f=") << "https://b.example/viewtopic.php?f=4&t=9"
                              << "phpbb" << bb << 1 << "";
    QTest::newRow("phpBB start=20") << bb + QLatin1String("&start=20") << "phpbb" << bb << 1 << "";
    QTest::newRow("phpBB start=0") << bb + QLatin1String("&start=0") << "phpbb" << bb << 1 << "";
    QTest::newRow("phpBB sid= first") << "https://b.example/viewtopic.php?sid=0123456789abcdef&t=9"
                                      << "phpbb" << bb << 1 << "";
    QTest::newRow("phpBB f, t, start, sid")
        << "https://b.example/viewtopic.php?f=4&t=9&start=20&sid=0123456789abcdef0123456789abcdef"
        << "phpbb" << bb << 1 << "";
    QTest::newRow("phpBB #p456") << bb + QLatin1String("#p456") << "phpbb" << bb << 1 << "456";
    QTest::newRow("phpBB p= and #p") << bb + QLatin1String("&p=456#p456") << "phpbb" << bb << 1 << "456";
    QTest::newRow("phpBB view=unread")
        << bb + QLatin1String("&view=unread#unread") << "phpbb" << bb << 1 << "";
    QTest::newRow("phpBB hilit=") << bb + QLatin1String("&hilit=kestrel") << "phpbb" << bb << 1 << "";
    QTest::newRow("phpBB leading zero") << "https://b.example/viewtopic.php?t=009"
                                        << "phpbb" << bb << 1 << "";

    const QString flux = QStringLiteral("https://bbs.example/viewtopic.php?id=9");
    QTest::newRow("FluxBB") << flux << "fluxbb" << flux << 1 << "";
    QTest::newRow("FluxBB p=3") << flux + QLatin1String("&p=3") << "fluxbb" << flux << 3 << "";
    QTest::newRow("FluxBB p= first") << "https://bbs.example/viewtopic.php?p=3&id=9"
                                     << "fluxbb" << flux << 3 << "";
    QTest::newRow("FluxBB #p456") << flux + QLatin1String("&p=2#p456") << "fluxbb" << flux << 2 << "456";
    QTest::newRow("FluxBB action=new") << flux + QLatin1String("&action=new") << "fluxbb" << flux << 1 << "";
    QTest::newRow("FluxBB leading zero") << "https://bbs.example/viewtopic.php?id=009"
                                         << "fluxbb" << flux << 1 << "";
    QTest::newRow("phpBB id= and t=: phpBB's") << "https://b.example/viewtopic.php?id=4&t=9"
                                               << "phpbb" << bb << 1 << "";

    const QString van = QStringLiteral("https://forums.example/discussion/5567669");
    QTest::newRow("Vanilla") << van << "vanilla" << van << 1 << "";
    QTest::newRow("Vanilla slug") << van + QLatin1String("/some-title") << "vanilla" << van << 1 << "";
    QTest::newRow("Vanilla slug/p3") << van + QLatin1String("/some-title/p3") << "vanilla" << van << 3 << "";
    QTest::newRow("Vanilla x/p3") << van + QLatin1String("/x/p3") << "vanilla" << van << 3 << "";
    QTest::newRow("Vanilla #Comment_")
        << van + QLatin1String("/some-title/p2#Comment_71720084") << "vanilla" << van << 2 << "71720084";
    QTest::newRow("Vanilla slash") << van + QLatin1String("/some-title/") << "vanilla" << van << 1 << "";
    QTest::newRow("Vanilla leading zero") << "https://forums.example/discussion/05567669"
                                          << "vanilla" << van << 1 << "";

    const QString vb = QStringLiteral("https://v.example/showthread.php?t=12");
    QTest::newRow("vBulletin") << vb << "vbulletin" << vb << 1 << "";
    QTest::newRow("vBulletin leading zeros") << "https://v.example/showthread.php?t=0012&p=099"
                                             << "vbulletin" << vb << 1 << "99";
    QTest::newRow("vBulletin page=3") << vb + QLatin1String("&page=3") << "vbulletin" << vb << 3 << "";
    QTest::newRow("vBulletin s= first") << "https://v.example/showthread.php?s=abc&t=12"
                                        << "vbulletin" << vb << 1 << "";
    QTest::newRow("vBulletin threadid=") << "https://v.example/showthread.php?threadid=12"
                                         << "vbulletin" << vb << 1 << "";
    QTest::newRow("vBulletin p= and #post")
        << vb + QLatin1String("&p=99#post99") << "vbulletin" << vb << 1 << "99";
    // vB4's "basic" friendly form, the thread in the query: keyed as ?t=.
    QTest::newRow("vB4 showthread.php?ID-title") << "https://v.example/showthread.php?12-Some-Title"
                                                 << "vbulletin" << vb << 1 << "";
    QTest::newRow("vB4 showthread.php?ID-title/page4")
        << "https://v.example/showthread.php?12-Some-Title/page4"
        << "vbulletin" << vb << 4 << "";
    QTest::newRow("vB4 showthread.php?ID-title&p=#post")
        << "https://v.example/showthread.php?12-Some-Title&p=99#post99"
        << "vbulletin" << vb << 1 << "99";
    const QString vb4 = QStringLiteral("https://v.example/threads/12-some-title");
    QTest::newRow("vB4 friendly") << vb4 << "vbulletin" << vb4 << 1 << "";
    QTest::newRow("vB4 friendly page3") << vb4 + QLatin1String("/page3") << "vbulletin" << vb4 << 3 << "";
    QTest::newRow("vB4 friendly, slash") << vb4 + QLatin1String("/") << "vbulletin" << vb4 << 1 << "";
    QTest::newRow("vB4 friendly ?p=#post")
        << vb4 + QLatin1String("?p=99#post99") << "vbulletin" << vb4 << 1 << "99";
    QTest::newRow("vB4 friendly s=") << vb4 + QLatin1String("?s=abc") << "vbulletin" << vb4 << 1 << "";

    const QString ips = QStringLiteral("https://c.example/forums/topic/77-kestrel-nests/");
    QTest::newRow("Invision") << ips << "invision" << ips << 1 << "";
    QTest::newRow("Invision page/3/") << ips + QLatin1String("page/3/") << "invision" << ips << 3 << "";
    QTest::newRow("Invision no slash") << ips.chopped(1) << "invision" << ips << 1 << "";
    QTest::newRow("Invision findComment")
        << ips + QLatin1String("?do=findComment&comment=901") << "invision" << ips << 1 << "901";
    QTest::newRow("Invision #comment-")
        << ips + QLatin1String("page/2/#comment-901") << "invision" << ips << 2 << "901";
    QTest::newRow("Invision ?tab=") << ips + QLatin1String("?tab=comments#comments") << "invision" << ips << 1
                                    << "";
    const QString ipsq = QStringLiteral("https://c.example/index.php?/forums/topic/77-kestrel-nests/");
    QTest::newRow("Invision index.php?/") << ipsq << "invision" << ipsq << 1 << "";
    QTest::newRow("Invision index.php?/ page and post")
        << ipsq + QLatin1String("page/2/&do=findComment&comment=901") << "invision" << ipsq << 2 << "901";

    const QString wl = QStringLiteral("https://w.example/forum/thread/55-kraniche/");
    QTest::newRow("WoltLab") << wl << "woltlab" << wl << 1 << "";
    QTest::newRow("WoltLab pageNo=2") << wl + QLatin1String("?pageNo=2") << "woltlab" << wl << 2 << "";
    QTest::newRow("WoltLab no slash") << wl.chopped(1) << "woltlab" << wl << 1 << "";
    QTest::newRow("WoltLab postID and #post")
        << wl + QLatin1String("?postID=812#post812") << "woltlab" << wl << 1 << "812";
    QTest::newRow("WoltLab pageNo and #post")
        << wl + QLatin1String("?pageNo=3#post812") << "woltlab" << wl << 3 << "812";
    QTest::newRow("WoltLab s=") << wl + QLatin1String("?s=0123abcd") << "woltlab" << wl << 1 << "";
    const QString wlq = QStringLiteral("https://w.example/index.php?thread/55-kraniche/");
    QTest::newRow("WoltLab index.php?thread/") << wlq << "woltlab" << wlq << 1 << "";
    QTest::newRow("WoltLab index.php?thread/ page and post")
        << wlq + QLatin1String("&pageNo=2&postID=812#post812") << "woltlab" << wlq << 2 << "812";
    // MyBB: tid= and pid= (vBulletin's are t= and p=), and the SEO forms.
    const QString my = QStringLiteral("https://m.example/forum/showthread.php?tid=34");
    QTest::newRow("MyBB") << my << "mybb" << my << 1 << "";
    QTest::newRow("MyBB page=2") << my + QLatin1String("&page=2") << "mybb" << my << 2 << "";
    QTest::newRow("MyBB pid and #pid") << my + QLatin1String("&pid=567#pid567") << "mybb" << my << 1 << "567";
    QTest::newRow("MyBB action=lastpost")
        << my + QLatin1String("&action=lastpost") << "mybb" << my << 1 << "";
    QTest::newRow("MyBB highlight=") << "https://m.example/forum/showthread.php?tid=034&highlight=kestrel"
                                     << "mybb" << my << 1 << "";
    QTest::newRow("MyBB thread-N.html") << "https://m.example/forum/thread-34.html"
                                        << "mybb" << my << 1 << "";
    QTest::newRow("MyBB thread-N-page-M.html") << "https://m.example/forum/thread-34-page-3.html"
                                               << "mybb" << my << 3 << "";
    QTest::newRow("MyBB thread-N-post-K.html") << "https://m.example/forum/thread-34-post-567.html#pid567"
                                               << "mybb" << my << 1 << "567";
    QTest::newRow("MyBB thread-N-lastpost.html") << "https://m.example/forum/thread-34-lastpost.html"
                                                 << "mybb" << my << 1 << "";

    // SMF: topic=N.OFFSET (the page's first post), topic=N.msgK, the query-less form.
    const QString smf = QStringLiteral("https://s.example/index.php?topic=56.0");
    QTest::newRow("SMF") << smf << "smf" << smf << 1 << "";
    QTest::newRow("SMF offset") << "https://s.example/index.php?topic=56.45"
                                << "smf" << smf << 1 << "";
    QTest::newRow("SMF no offset") << "https://s.example/index.php?topic=56"
                                   << "smf" << smf << 1 << "";
    QTest::newRow("SMF msg and #msg") << "https://s.example/index.php?topic=56.msg789#msg789"
                                      << "smf" << smf << 1 << "789";
    QTest::newRow("SMF new") << "https://s.example/index.php?topic=56.new#new"
                             << "smf" << smf << 1 << "";
    QTest::newRow("SMF PHPSESSID") << "https://s.example/index.php?PHPSESSID=0123abcd&topic=56.15"
                                   << "smf" << smf << 1 << "";
    QTest::newRow("SMF ;all") << "https://s.example/index.php?topic=56.0;all"
                              << "smf" << smf << 1 << "";
    QTest::newRow("SMF query-less") << "https://s.example/index.php/topic,56.30.html"
                                    << "smf" << smf << 1 << "";
    QTest::newRow("SMF query-less msg") << "https://s.example/index.php/topic,56.msg789.html#msg789"
                                        << "smf" << smf << 1 << "789";

    const QString lob = QStringLiteral("https://lobste.rs/s/tdfoqh");
    QTest::newRow("Lobsters") << lob << "lobsters" << lob << 1 << "";
    QTest::newRow("Lobsters slug") << lob + QLatin1String("/ranking_comments_by_sum_replies_scores")
                                   << "lobsters" << lob << 1 << "";
    QTest::newRow("Lobsters slug#c_")
        << lob + QLatin1String("/ranking_comments#c_ncdsfc") << "lobsters" << lob << 1 << "ncdsfc";
    QTest::newRow("Lobsters www, query") << "https://www.lobste.rs/s/tdfoqh/x?utm_source=feed"
                                         << "lobsters" << lob << 1 << "";
    const QString fl = QStringLiteral("https://fl.example/d/5");
    QTest::newRow("Flarum") << fl << "flarum" << fl << 1 << "";
    QTest::newRow("Flarum slug") << fl + QLatin1String("-install-error") << "flarum" << fl << 1 << "";
    QTest::newRow("Flarum slug and post number")
        << fl + QLatin1String("-install-error/13") << "flarum" << fl << 1 << "";
    QTest::newRow("Flarum in a folder /forum") << "https://fl.example/forum/d/5-x/2?near=2#p"
                                               << "flarum"
                                               << "https://fl.example/forum/d/5" << 1 << "";
    const QString nb = QStringLiteral("https://nb.example/topic/17000");
    QTest::newRow("NodeBB") << nb << "nodebb" << nb << 1 << "";
    QTest::newRow("NodeBB slug") << nb + QLatin1String("/nodebb-4-0-0") << "nodebb" << nb << 1 << "";
    QTest::newRow("NodeBB slug and index")
        << nb + QLatin1String("/nodebb-4-0-0/12") << "nodebb" << nb << 1 << "";
    QTest::newRow("NodeBB ?page=2") << nb + QLatin1String("/nodebb-4-0-0?page=2") << "nodebb" << nb << 2
                                    << "";
    QTest::newRow("NodeBB relative path") << "https://nb.example/forum/topic/9/x/"
                                          << "nodebb"
                                          << "https://nb.example/forum/topic/9" << 1 << "";
    const QString rd = QStringLiteral("https://www.reddit.com/comments/1h4kq2z/");
    const QString rdThread = QStringLiteral("/r/cpp/comments/1h4kq2z/why_is_this_slow/");
    for (const char *host : {"www.", "old.", "new.", "np.", "m.", "i.", "amp.", ""}) {
        const QString url
            = QStringLiteral("https://") + QLatin1String(host) + QStringLiteral("reddit.com") + rdThread;
        QTest::newRow(qPrintable(QStringLiteral("Reddit %1reddit.com").arg(QLatin1String(host))))
            << url << "reddit" << rd << 1 << "";
    }
    QTest::newRow("Reddit no slug") << "https://www.reddit.com/r/cpp/comments/1h4kq2z"
                                    << "reddit" << rd << 1 << "";
    QTest::newRow("Reddit /comments/ID") << "https://reddit.com/comments/1h4kq2z"
                                         << "reddit" << rd << 1 << "";
    QTest::newRow("Reddit redd.it") << "https://redd.it/1h4kq2z"
                                    << "reddit" << rd << 1 << "";
    QTest::newRow("Reddit http, capitals") << "http://WWW.Reddit.com/r/cpp/comments/1H4KQ2Z/x/"
                                           << "reddit" << rd << 1 << "";
    QTest::newRow("Reddit ?utm_source") << QLatin1String("https://www.reddit.com") + rdThread
            + QLatin1String("?utm_source=share&utm_medium=web2x")
                                        << "reddit" << rd << 1 << "";
    QTest::newRow("Reddit a user's post") << "https://www.reddit.com/user/kestrel/comments/1h4kq2z/x/"
                                          << "reddit" << rd << 1 << "";
    QTest::newRow("Reddit comment permalink")
        << QLatin1String("https://www.reddit.com") + rdThread + QLatin1String("m2x9k1q/") << "reddit" << rd
        << 1 << "m2x9k1q";
    QTest::newRow("Reddit comment ?context=3")
        << QLatin1String("https://old.reddit.com") + rdThread + QLatin1String("m2x9k1q/?context=3")
        << "reddit" << rd << 1 << "m2x9k1q";
    QTest::newRow("Reddit comment, no sub") << "https://www.reddit.com/comments/1h4kq2z/_/m2x9k1q"
                                            << "reddit" << rd << 1 << "m2x9k1q";
    // Mastodon: every form of a status's address is one key; the status it names is the post.
    const QString toot = QStringLiteral("https://m.example/web/statuses/109294719267373593");
    for (const char *form :
        {"https://m.example/@alice/109294719267373593", "https://m.example/@alice/109294719267373593/",
            "https://m.example/@bob@remote.example/109294719267373593",
            "https://m.example/users/alice/statuses/109294719267373593",
            "https://m.example/web/@alice/109294719267373593",
            "https://M.Example/web/statuses/109294719267373593#x"})
        QTest::newRow(form) << QString::fromLatin1(form) << "mastodon" << toot << 1 << "109294719267373593";

    // Bluesky: the address as given (a handle and a DID are two keys until the engine's answer
    // names the DID; the loader keys by the address), any letter case of the handle one key.
    const QString sky = QStringLiteral("https://bsky.app/profile/jbgruber.bsky.social/post/3kbi55xm6u62v");
    QTest::newRow("Bluesky") << sky << "bluesky" << sky << 1 << "";
    QTest::newRow("Bluesky capitals, slash, query")
        << "https://BSKY.app/profile/JBGruber.bsky.social/post/3kbi55xm6u62v/?x=1"
        << "bluesky" << sky << 1 << "";
    QTest::newRow("Bluesky at:// handle") << "at://jbgruber.bsky.social/app.bsky.feed.post/3kbi55xm6u62v"
                                          << "bluesky" << sky << 1 << "";
    const QString skyDid
        = QStringLiteral("https://bsky.app/profile/did:plc:ntd53albt5ffa4rgervvgibd/post/3kbi55xm6u62v");
    QTest::newRow("Bluesky DID") << skyDid + QStringLiteral("#x") << "bluesky" << skyDid << 1
                                 << "at://did:plc:ntd53albt5ffa4rgervvgibd/app.bsky.feed.post/3kbi55xm6u62v";
}

void TestCanonicalUrls::oneKeyPerThread()
{
    QFETCH(QString, url);
    ThreadRef ref;
    const ForumEngine *engine = engineForUrl(QUrl(url), &ref);
    QVERIFY2(engine, qPrintable(url));
    QTEST(engine->name(), "engine");
    QTEST(ref.canonical.toString(), "canonical");
    QTEST(ref.page, "page");
    QTEST(ref.postId, "postId");
}

QTEST_GUILESS_MAIN(TestCanonicalUrls)
#include "tst_canonicalurls.moc"
