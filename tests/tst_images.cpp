// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerwindow.h"
#include "renderutil.h"
#include "servers/fixtureserver.h"
#include "servers/xenforofixture.h"
#include "widgetutil.h"

#include "reader/postview.h"
#include "reader/selectioncontroller.h"
#include "settings/appearance.h"
#include "window/mainwindow.h"

#include "services/imagecache.h"
#include "services/readerservices.h"
#include "store/cachedatabase.h"
#include "store/cachestore.h"

#include <QBuffer>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

QByteArray png(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffff;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320 & (0 - (crc & 1)));
    }
    return ~crc;
}

// A valid PNG header announcing a 30000×30000 picture (a decompression bomb's shape),
// without the pixels: the cache must refuse it from the header alone.
QByteArray hugePngHeader()
{
    QByteArray ihdr("IHDR");
    const quint32 side = qToBigEndian<quint32>(30000);
    ihdr.append(reinterpret_cast<const char *>(&side), 4).append(reinterpret_cast<const char *>(&side), 4);
    ihdr.append("\x08\x02\x00\x00\x00", 5);
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    auto chunk = [&png](const QByteArray &typeAndData) {
        const quint32 length = qToBigEndian<quint32>(quint32(typeAndData.size() - 4));
        const quint32 crc = qToBigEndian(crc32(typeAndData));
        png.append(reinterpret_cast<const char *>(&length), 4)
            .append(typeAndData)
            .append(reinterpret_cast<const char *>(&crc), 4);
    };
    chunk(ihdr);
    chunk(QByteArray("IDAT\x78\x9c", 6)); // the start of a zlib stream, and no more
    chunk(QByteArray("IEND"));
    return png;
}

FixtureServer::Route picture(const QByteArray &bytes)
{
    FixtureServer::Route route;
    route.body = bytes;
    route.contentType = "image/png";
    return route;
}

} // namespace

class TestImages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void deniedThenAllowedThenOffline();
    void showInTheWindow();
    void avatarsOnlyWhenTurnedOn();

private:
    FixtureServer m_server;
};

void TestImages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
    m_server.setRoute(QStringLiteral("/img/board.png"), picture(png(320, 200, Qt::darkCyan)));
    m_server.setRoute(QStringLiteral("/img/chart.png"), picture(png(800, 100, Qt::darkMagenta)));
    m_server.setRoute(QStringLiteral("/img/bomb.png"), picture(hugePngHeader()));
    m_server.setRoute(QStringLiteral("/data/avatars/m/0/7.png"), picture(png(96, 96, Qt::darkYellow)));
    m_server.setPage(QStringLiteral("/img/not-a-picture.png"), "<html>gotcha</html>");
}

void TestImages::deniedThenAllowedThenOffline()
{
    m_server.resetCounters();
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    const QString board = m_server.url(QStringLiteral("/img/board.png")).toString();
    const QString chart = m_server.url(QStringLiteral("/img/chart.png")).toString();
    const QString bomb = m_server.url(QStringLiteral("/img/bomb.png")).toString();
    const QString junk = m_server.url(QStringLiteral("/img/not-a-picture.png")).toString();
    const QString never = m_server.url(QStringLiteral("/img/never-fetched.png")).toString();
    {
        QObject root;
        const ReaderServices services = createReaderServices(cache, &root);
        ImageCache *images = services.images;
        QSignalSpy looked(services.store, &CacheStore::imageLoaded);
        QSignalSpy storeFailed(services.store, &CacheStore::failed);

        // Denied by default: the cache is asked, the network is not.
        images->prepare({board, chart});
        QTRY_COMPARE(looked.size(), 2);
        QCOMPARE(images->view(board).state, ImageView::State::Blocked);
        QCOMPARE(images->view(chart).state, ImageView::State::Blocked);
        QTest::qWait(100);
        QCOMPARE(m_server.requests(), QStringList());

        // Allowed for one picture: only that one is fetched.
        images->allowImage(chart);
        QTRY_COMPARE(images->view(chart).state, ImageView::State::Ready);
        QCOMPARE(images->view(chart).image.size(), QSize(800, 100));
        QCOMPARE(images->view(board).state, ImageView::State::Blocked);
        QCOMPARE(m_server.requests(), QStringList {QStringLiteral("/img/chart.png")});

        // Allowed for the site: the site's pictures already seen load, and later ones too.
        QSignalSpy changed(images, &ImageCache::imageChanged);
        images->allowSite(QStringLiteral("127.0.0.1"));
        QTRY_COMPARE(images->view(board).state, ImageView::State::Ready);
        QCOMPARE(images->view(board).image.pixelColor(5, 5), QColor(Qt::darkCyan));
        QVERIFY(changed.contains(QVariantList {board}));

        // Hostile pictures fail with a reason, and nothing is kept of them.
        images->prepare({bomb, junk});
        QTRY_COMPARE(images->view(bomb).state, ImageView::State::Failed);
        QTRY_COMPARE(images->view(junk).state, ImageView::State::Failed);
        QVERIFY2(images->view(bomb).error.contains(QStringLiteral("too large (30000×30000)")),
            qPrintable(images->view(bomb).error));
        QVERIFY(images->view(junk).error.startsWith(QLatin1String("not a picture")));
        QCOMPARE(m_server.requests().size(), 4);
        services.store->sync();
        QVERIFY(QSignalSpy(services.store, &CacheStore::synced).wait(5000));
        QVERIFY2(storeFailed.isEmpty(), qPrintable(storeFailed.value(0).value(0).toString()));
    }
    {
        // The cache file holds the two pictures, and nothing of the hostile ones.
        CacheDatabase db;
        QString error;
        QVERIFY2(db.open(cache, &error), qPrintable(error));
        QCOMPARE(db.image(board), png(320, 200, Qt::darkCyan));
        QVERIFY(!db.image(chart).isNull());
        QVERIFY(db.image(bomb).isNull());
        QVERIFY(db.image(junk).isNull());
        QCOMPARE(db.imageSites(), QStringList {QStringLiteral("127.0.0.1")});
    }
    m_server.resetCounters();
    {
        // Next session, offline: the kept pictures show from the cache, the site stays
        // allowed, and what was never fetched says why it is missing.
        QObject root;
        const ReaderServices services = createReaderServices(cache, &root);
        ImageCache *images = services.images;
        images->setOffline(true);
        QTRY_VERIFY(images->isSiteAllowed(QStringLiteral("127.0.0.1")));
        images->prepare({board, chart, never, bomb});
        QTRY_VERIFY2(
            images->view(board).state == ImageView::State::Ready, qPrintable(images->view(board).error));
        QTRY_COMPARE(images->view(chart).state, ImageView::State::Ready);
        QCOMPARE(images->view(chart).image.size(), QSize(800, 100));
        QTRY_COMPARE(images->view(never).state, ImageView::State::Failed);
        QCOMPARE(images->view(never).error, QStringLiteral("not in the cache, and the reader is offline"));
        QCOMPARE(images->view(bomb).state, ImageView::State::Failed); // never kept
        QCOMPARE(m_server.requests(), QStringList());

        // With room for one decoded picture, the other is read from the cache again.
        // Decoding runs on worker threads, so which was decoded last (and stays) varies.
        images->setMemoryLimit(1); // the one decoded first goes
        const bool boardKept = images->view(board).state == ImageView::State::Ready;
        const QString gone = boardKept ? chart : board, kept = boardKept ? board : chart;
        QVERIFY(images->view(gone).state != ImageView::State::Ready);
        QCOMPARE(images->view(kept).state, ImageView::State::Ready);
        images->prepare({gone});
        QTRY_COMPARE(images->view(gone).state, ImageView::State::Ready);
        QVERIFY(images->view(kept).state != ImageView::State::Ready); // now the other went
        images->prepare({kept});
        QTRY_COMPARE(images->view(kept).state, ImageView::State::Ready);
        QCOMPARE(m_server.requests(), QStringList());

        // Taking the site back is kept too.
        images->forbidSite(QStringLiteral("127.0.0.1"));
    }
    {
        QObject root;
        const ReaderServices services = createReaderServices(cache, &root);
        QSignalSpy sites(services.images, &ImageCache::sitesChanged);
        QVERIFY(sites.wait(5000));
        QVERIFY(!services.images->isSiteAllowed(QStringLiteral("127.0.0.1")));
        // A picture fetched once is still the reader's: it shows from the cache.
        services.images->prepare({board, never});
        QTRY_COMPARE(services.images->view(board).state, ImageView::State::Ready);
        QTest::qWait(50);
        QCOMPARE(services.images->view(never).state, ImageView::State::Blocked);
    }
    QCOMPARE(m_server.requests(), QStringList());
}

void TestImages::showInTheWindow()
{
    m_server.resetCounters();
    const QString board = m_server.url(QStringLiteral("/img/board.png")).toString();
    const QString chart = m_server.url(QStringLiteral("/img/chart.png")).toString();
    FixtureThread thread;
    thread.title = QStringLiteral("Boards");
    thread.path = QStringLiteral("/threads/boards.12/");
    // The first post is the article (its own pane); the pictures are in a reply.
    thread.posts
        = {FixturePost {QStringLiteral("1200"), 1, QStringLiteral("Ærin"),
               QDateTime(QDate(2026, 3, 14), QTime(8, 0), QTimeZone::UTC), QStringLiteral("Boards?")},
            FixturePost {QStringLiteral("1201"), 2, QStringLiteral("Zoë"),
                QDateTime(QDate(2026, 3, 14), QTime(9, 0), QTimeZone::UTC),
                QStringLiteral(
                    "Here it is:\n[IMG=\"The K7 board\"]%1[/IMG]\nNice, right? And the chart:\n[IMG]%2[/IMG]")
                    .arg(board, chart)}};
    m_server.setPage(thread.path, xenforoPage(thread, 1));

    ReaderWindow reader;
    MainWindow &window = *reader.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(reader.open(m_server.url(thread.path)));
    window.selection()->selectPost(QStringLiteral("1201"));
    PostView *post = window.postView();
    QTRY_VERIFY(post->toPlainText().contains(QStringLiteral("Image: The K7 board (127.0.0.1)")));
    QTest::qWait(100);
    QCOMPARE(m_server.requests(), QStringList {thread.path});

    // The reader clicks "Show": the post's pictures load, scaled into the view, and nothing else.
    QVERIFY(post->toPlainText().contains(QStringLiteral("Show this post's pictures")));
    QVERIFY(clickAnchor(post, PostRenderer::imageLinkScheme()));
    QTRY_VERIFY(hasImageFormat(*post->document()));
    QTRY_COMPARE(m_server.requests().size(), 3);
    const QStringList requested = m_server.requests();
    QCOMPARE(QSet<QString>(requested.begin(), requested.end()),
        (QSet<QString> {thread.path, QStringLiteral("/img/board.png"), QStringLiteral("/img/chart.png")}));
    QTRY_VERIFY(!post->toPlainText().contains(QStringLiteral("Image:")));
    int widest = 0;
    forEachFragment(*post->document(), [&](const QTextFragment &f) {
        if (f.charFormat().isImageFormat())
            widest = std::max(widest, int(f.charFormat().toImageFormat().width()));
    });
    QVERIFY2(
        widest < post->viewport()->width(), qPrintable(QString::number(widest))); // 800 px, scaled to fit
    QVERIFY(!post->toPlainText().contains(QStringLiteral("Image: The K7 board")));
    const QString shots = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(shots);
    QVERIFY(window.grab().save(shots + QStringLiteral("/picture-shown.png")));
}

void TestImages::avatarsOnlyWhenTurnedOn()
{
    m_server.resetCounters();
    FixtureThread thread;
    thread.title = QStringLiteral("Avatars");
    thread.path = QStringLiteral("/threads/avatars.13/");
    thread.posts = {FixturePost {QStringLiteral("1300"), 1, QStringLiteral("Ærin"),
                        QDateTime(QDate(2026, 3, 14), QTime(8, 0), QTimeZone::UTC), QStringLiteral("Hi.")},
        FixturePost {QStringLiteral("1301"), 2, QStringLiteral("Zoë"),
            QDateTime(QDate(2026, 3, 14), QTime(9, 0), QTimeZone::UTC), QStringLiteral("Hello."),
            QStringLiteral("/data/avatars/m/0/7.png")}};
    m_server.setPage(thread.path, xenforoPage(thread, 1));
    ReaderWindow reader;
    MainWindow &window = *reader.window;
    QVERIFY(reader.open(m_server.url(thread.path)));
    window.selection()->selectPost(QStringLiteral("1301"));
    PostView *post = window.postView();
    QCOMPARE(post->post().avatarUrl, m_server.url(QStringLiteral("/data/avatars/m/0/7.png")).toString());
    // Off by default: no picture, no request.
    QTest::qWait(150);
    QVERIFY(!hasImageFormat(*post->document()));
    QCOMPARE(m_server.requests(), QStringList {thread.path});
    // Turned on: the poster's picture loads into the header.
    window.appearance()->setShowAvatars(true);
    QTRY_VERIFY(hasImageFormat(*post->document()));
    QCOMPARE(m_server.requests(), (QStringList {thread.path, QStringLiteral("/data/avatars/m/0/7.png")}));
}

QTEST_MAIN(TestImages)
#include "tst_images.moc"
