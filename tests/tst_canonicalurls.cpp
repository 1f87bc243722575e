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
    const QString vb4 = QStringLiteral("https://v.example/threads/12-some-title");
    QTest::newRow("vB4 friendly") << vb4 << "vbulletin" << vb4 << 1 << "";
    QTest::newRow("vB4 friendly page3") << vb4 + QLatin1String("/page3") << "vbulletin" << vb4 << 3 << "";
    QTest::newRow("vB4 friendly, slash") << vb4 + QLatin1String("/") << "vbulletin" << vb4 << 1 << "";
    QTest::newRow("vB4 friendly ?p=#post")
        << vb4 + QLatin1String("?p=99#post99") << "vbulletin" << vb4 << 1 << "99";
    QTest::newRow("vB4 friendly s=") << vb4 + QLatin1String("?s=abc") << "vbulletin" << vb4 << 1 << "";
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
