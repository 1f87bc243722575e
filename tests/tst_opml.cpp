// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// OPML as other readers write it: NetNewsWire's own test files read in place, files in the
// shapes RSS Guard, QuiteRSS, Akregator and Thunderbird export, and our own output read back.
#include "domain/opml.h"
#include "testutil.h"

#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestOpml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void netNewsWireFiles_data();
    void netNewsWireFiles();
    void otherReadersShapes_data();
    void otherReadersShapes();
    void roundTrip();
    void malformed_data();
    void malformed();
};

void TestOpml::netNewsWireFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("titles") << QStringLiteral("opml/netnewswire-subs.opml");
    QTest::newRow("text only") << QStringLiteral("opml/netnewswire-subs-no-title-attributes.opml");
}

void TestOpml::netNewsWireFiles()
{
    // Counted by hand off the file: 69 feeds at the top, then the folders Programming (33),
    // Macintosh (5), Weblogs (97) and Writers (3).
    QFETCH(QString, file);
    TK_REAL_PAGE_OR_SKIP(data, file);
    QString error;
    const QList<OpmlEntry> entries = Opml::read(data, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, int> perFolder;
    for (const OpmlEntry &e : entries)
        ++perFolder[e.folder];
    QCOMPARE(perFolder.value(QString()), 69);
    QCOMPARE(perFolder.value(QStringLiteral("Programming")), 33);
    QCOMPARE(perFolder.value(QStringLiteral("Macintosh")), 5);
    QCOMPARE(perFolder.value(QStringLiteral("Weblogs")), 97);
    QCOMPARE(perFolder.value(QStringLiteral("Writers")), 3);
    QCOMPARE(entries.first().title, QStringLiteral("Daring Fireball"));
    QCOMPARE(entries.first().url, QUrl(QStringLiteral("http://daringfireball.net/feeds/main")));
    QCOMPARE(entries.first().site, QUrl(QStringLiteral("http://daringfireball.net/")));
    QCOMPARE(entries.last().title, QStringLiteral("Gerrold"));
    QCOMPARE(entries.last().folder, QStringLiteral("Writers"));
    // Entities and characters beyond ASCII in names.
    bool sawAmpersand = false;
    for (const OpmlEntry &e : entries)
        sawAmpersand |= e.title == QStringLiteral("chat & code");
    QVERIFY(sawAmpersand);
}

void TestOpml::otherReadersShapes_data()
{
    QTest::addColumn<QByteArray>("opml");
    QTest::addColumn<QStringList>("expected"); // "folder|title|url" each

    // RSS Guard: categories as outlines with text only, feeds with its own namespace.
    QTest::newRow("rss guard") << QByteArray(
        R"(<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0" xmlns:rssguard="https://github.com/martinrotter/rssguard">
<head><title>RSS Guard</title><dateCreated>Mon, 07 Dec 2026 09:00:00 GMT</dateCreated></head>
<body>
<outline text="Hardware">
<outline text="TechPowerUp" type="rss" version="RSS" xmlUrl="https://www.techpowerup.com/rss/news" htmlUrl="https://www.techpowerup.com" title="TechPowerUp" description="" rssguard:icon="iVBORw0KGgo="/>
</outline>
<outline text="Lobsters" type="rss" xmlUrl="https://lobste.rs/rss" rssguard:encoding="UTF-8"/>
</body></opml>)")
                               << QStringList {
                                      QStringLiteral(
                                          "Hardware|TechPowerUp|https://www.techpowerup.com/rss/news"),
                                      QStringLiteral("|Lobsters|https://lobste.rs/rss")};

    // QuiteRSS: nested folders two deep, a feed outline that holds nothing.
    QTest::newRow("quiterss nested") << QByteArray(
        R"(<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>QuiteRSS</title></head><body>
  <outline text="News" title="News">
    <outline text="Tech" title="Tech">
      <outline text="Phoronix" title="Phoronix" type="rss" xmlUrl="https://www.phoronix.com/rss.php" htmlUrl="https://www.phoronix.com"/>
    </outline>
    <outline text="BBC" title="BBC" type="rss" xmlUrl="http://feeds.bbci.co.uk/news/rss.xml"/>
  </outline>
</body></opml>)")
                                     << QStringList {
                                            QStringLiteral(
                                                "News/Tech|Phoronix|https://www.phoronix.com/rss.php"),
                                            QStringLiteral("News|BBC|http://feeds.bbci.co.uk/news/rss.xml")};

    // Akregator: OPML 1.0, its own attributes, an "isOpen" folder, no text on one feed.
    QTest::newRow("akregator") << QByteArray(
        R"(<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
 <head><text/></head>
 <body>
  <outline isOpen="true" id="1" text="KDE">
   <outline text="Planet KDE" title="Planet KDE" xmlUrl="https://planet.kde.org/global/atom.xml" htmlUrl="https://planet.kde.org/" id="2" type="rss" useCustomFetchInterval="false" fetchInterval="0" archiveMode="globalDefault" maxArticleAge="0" maxArticleNumber="0" markImmediatelyAsRead="false" useNotification="false" loadLinkedWebsite="false" version="RSS"/>
  </outline>
  <outline title="Only a title" xmlUrl="https://example.org/feed.xml" type="rss"/>
 </body>
</opml>)")
                               << QStringList {
                                      QStringLiteral("KDE|Planet KDE|https://planet.kde.org/global/atom.xml"),
                                      QStringLiteral("|Only a title|https://example.org/feed.xml")};

    // Thunderbird: an account outline holding the feeds, its fz: namespace.
    QTest::newRow("thunderbird") << QByteArray(
        R"(<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0" xmlns:fz="urn:forumzilla:">
  <head><title>Thunderbird OPML Export - Blogs &amp; News Feeds</title><dateCreated>Mon, 07 Dec 2026 09:00:00 GMT</dateCreated></head>
  <body>
    <outline title="Blogs &amp; News Feeds" text="Blogs &amp; News Feeds">
      <outline title="Hacker News" text="Hacker News" type="rss" version="RSS" fz:quickMode="false" fz:options="{}" xmlUrl="https://news.ycombinator.com/rss" htmlUrl="https://news.ycombinator.com/"/>
    </outline>
  </body>
</opml>)") << QStringList {QStringLiteral("Blogs & News Feeds|Hacker News|https://news.ycombinator.com/rss")};

    QTest::newRow("relative address skipped") << QByteArray(
        R"(<opml version="2.0"><body><outline text="x" xmlUrl="/feed"/><outline text="y" xmlUrl="https://y.example/feed"/></body></opml>)")
                                              << QStringList {QStringLiteral("|y|https://y.example/feed")};
}

void TestOpml::otherReadersShapes()
{
    QFETCH(QByteArray, opml);
    QFETCH(QStringList, expected);
    QString error;
    const QList<OpmlEntry> entries = Opml::read(opml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList got;
    for (const OpmlEntry &e : entries)
        got.append(e.folder + QLatin1Char('|') + e.title + QLatin1Char('|') + e.url.toString());
    QCOMPARE(got, expected);
}

void TestOpml::roundTrip()
{
    QList<Subscription> subs;
    auto add = [&subs](const QString &url, const QString &title, const QString &folder) {
        Subscription s;
        s.url = QUrl(url);
        s.title = title;
        s.folder = folder;
        subs.append(s);
    };
    add(QStringLiteral("https://www.techpowerup.com/rss/news"), QStringLiteral("TechPowerUp & co"),
        QStringLiteral("Hardware"));
    add(QStringLiteral("https://forum.example/forums/news.3/"), QStringLiteral("Forum news"),
        QStringLiteral("Forums/XenForo"));
    add(QStringLiteral("https://forum.example/latest"), QStringLiteral("Zoë’s latest"),
        QStringLiteral("Forums"));
    add(QStringLiteral("https://news.ycombinator.com/"), QStringLiteral("HN"), {});
    const QByteArray written = Opml::write(subs, QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::UTC));
    QVERIFY(written.contains("<dateCreated>Mon, 07 Dec 2026 09:00:00 GMT</dateCreated>"));
    QVERIFY(written.contains("version=\"2.0\""));
    QString error;
    const QList<OpmlEntry> back = Opml::read(written, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back.size(), subs.size());
    QSet<QString> wanted, got;
    for (const Subscription &s : subs)
        wanted.insert(s.folder + QLatin1Char('|') + s.title + QLatin1Char('|') + s.url.toString());
    for (const OpmlEntry &e : back)
        got.insert(e.folder + QLatin1Char('|') + e.title + QLatin1Char('|') + e.url.toString());
    QCOMPARE(got, wanted);
    // Every outline with an xmlUrl has text (OPML 2.0 requires it) and type rss.
    QXmlStreamReader xml(written);
    int outlines = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("outline")) {
            QVERIFY(!xml.attributes().value(QLatin1String("text")).isEmpty());
            if (xml.attributes().hasAttribute(QLatin1String("xmlUrl"))) {
                ++outlines;
                QCOMPARE(xml.attributes().value(QLatin1String("type")), QLatin1String("rss"));
            }
        }
    }
    QVERIFY(!xml.hasError());
    QCOMPARE(outlines, 4);
}

void TestOpml::malformed_data()
{
    QTest::addColumn<QByteArray>("opml");
    QTest::addColumn<QString>("error");
    QTest::newRow("cut short") << QByteArray(
        "<opml version=\"2.0\">\n<body>\n<outline text=\"a\" xmlUrl=\"https://a.example/\"/>\n<outline text=")
                               << QStringLiteral("line 4");
    QTest::newRow("not opml") << QByteArray("<rss version=\"2.0\"><channel/></rss>")
                              << QStringLiteral("not an OPML file");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QByteArray deep = "<opml version=\"2.0\"><body>";
    for (int i = 0; i < 100000; ++i)
        deep += "<outline text=\"f\">";
    QTest::newRow("nested 100,000 deep") << deep << QStringLiteral("nested deeper than 32");
}

void TestOpml::malformed()
{
    QFETCH(QByteArray, opml);
    QFETCH(QString, error);
    QString got;
    const QList<OpmlEntry> entries = Opml::read(opml, &got);
    QVERIFY(entries.isEmpty()); // nothing half-read
    QVERIFY2(got.contains(error), qPrintable(got));
}

QTEST_GUILESS_MAIN(TestOpml)
#include "tst_opml.moc"
