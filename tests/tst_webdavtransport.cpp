// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The WebDAV transport of sync: against a real WebDAV server (rclone, serving a folder the
// test then reads), against servers that break off an upload or never answer, and against
// hostile listings; plain http refused off this machine; every call answered once, later,
// and not at all by a transport that is gone.
#include "servers/fixtureserver.h"

#include "net/networkfactory.h"
#include "rcloneserver.h"
#include "sync/webdavlisting.h"
#include "sync/webdavtransport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

Q_DECLARE_METATYPE(Threadkeeper::Testing::FixtureServer::Route)

namespace {

const QString User = Threadkeeper::Testing::RcloneServer::User;
const QString Password = Threadkeeper::Testing::RcloneServer::Password;

// What one call answered, and how often.
struct Result
{
    int calls = 0;
    QList<SyncFileInfo> files;
    QByteArray bytes;
    QString error;
};
using ResultPtr = std::shared_ptr<Result>;

ResultPtr listOf(SyncTransport &transport)
{
    auto result = std::make_shared<Result>();
    transport.list([result](const QList<SyncFileInfo> &files, const QString &error) {
        ++result->calls;
        result->files = files;
        result->error = error;
    });
    return result;
}

ResultPtr readOf(SyncTransport &transport, const QString &name, qint64 from)
{
    auto result = std::make_shared<Result>();
    transport.read(name, from, [result](const QByteArray &bytes, const QString &error) {
        ++result->calls;
        result->bytes = bytes;
        result->error = error;
    });
    return result;
}

ResultPtr writeOf(SyncTransport &transport, const QString &name, const QByteArray &bytes)
{
    auto result = std::make_shared<Result>();
    transport.write(name, bytes, [result](const QString &error) {
        ++result->calls;
        result->error = error;
    });
    return result;
}

ResultPtr removeOf(SyncTransport &transport, const QString &name)
{
    auto result = std::make_shared<Result>();
    transport.remove(name, [result](const QString &error) {
        ++result->calls;
        result->error = error;
    });
    return result;
}

bool answered(const ResultPtr &result, int ms = 20000)
{
    return QTest::qWaitFor([&] { return result->calls > 0; }, ms);
}

// A second answer would come soon after the first, from the same event loop: give it the
// chance before checking there was none.
void letLateAnswersCome()
{
    QTest::qWait(200);
}

QString fileLine(const SyncFileInfo &file)
{
    return file.name + QLatin1Char('|') + QString::number(file.size) + QLatin1Char('|') + file.tag;
}

QStringList fileLines(const QList<SyncFileInfo> &files)
{
    QStringList lines;
    for (const SyncFileInfo &file : files)
        lines.append(fileLine(file));
    lines.sort();
    return lines;
}

const SyncFileInfo *fileNamed(const QList<SyncFileInfo> &files, const QString &name)
{
    for (const SyncFileInfo &file : files)
        if (file.name == name)
            return &file;
    return nullptr;
}

// A <D:response> as servers write it: the properties found, then the ones not found.
QByteArray response(const QByteArray &href, qint64 size = -1, const QByteArray &etag = {},
    const QByteArray &modified = "Mon, 07 Dec 2026 21:00:00 GMT", bool collection = false)
{
    QByteArray found = collection ? "<D:resourcetype><D:collection/></D:resourcetype>" : "<D:resourcetype/>";
    QByteArray missing;
    if (size >= 0)
        found += "<D:getcontentlength>" + QByteArray::number(size) + "</D:getcontentlength>";
    (etag.isEmpty() ? missing : found) += "<D:getetag>" + etag + "</D:getetag>";
    if (!modified.isEmpty())
        found += "<D:getlastmodified>" + modified + "</D:getlastmodified>";
    QByteArray out = "<D:response><D:href>" + href + "</D:href><D:propstat><D:prop>" + found
        + "</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>";
    if (!missing.isEmpty())
        out += "<D:propstat><D:prop>" + missing
            + "</D:prop><D:status>HTTP/1.1 404 Not Found</D:status></D:propstat>";
    return out + "</D:response>\n";
}

QByteArray multistatus(const QByteArray &responses)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<D:multistatus xmlns:D=\"DAV:\">\n" + responses
        + "</D:multistatus>\n";
}

FixtureServer::Route davRoute(int status, const QByteArray &body)
{
    FixtureServer::Route route;
    route.status = status;
    route.body = body;
    route.contentType = "application/xml; charset=utf-8";
    return route;
}

// Takes a request's head and the first `keep` bytes of its body, then closes the
// connection, or answers 500 first. Counts the requests it saw begin.
class BreakingServer : public QObject
{
public:
    enum class Mode
    {
        Close,
        Answer500
    };
    BreakingServer(Mode mode, qsizetype keep)
        : m_mode(mode)
        , m_keep(keep)
    { }

    bool start()
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this,
                    [this, socket, buffer] { onReadyRead(socket, *buffer); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    int requests() const { return m_requests; }
    qsizetype largestBodySeen() const { return m_largest; }

private:
    void onReadyRead(QTcpSocket *socket, QByteArray &buffer)
    {
        const bool hadHead = buffer.contains("\r\n\r\n");
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        if (!hadHead)
            ++m_requests;
        const qsizetype body = buffer.size() - end - 4;
        m_largest = std::max(m_largest, body);
        if (body < m_keep || socket->property("broken").toBool())
            return;
        socket->setProperty("broken", true);
        if (m_mode == Mode::Answer500)
            socket->write(
                "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    Mode m_mode;
    qsizetype m_keep;
    int m_requests = 0;
    qsizetype m_largest = 0;
};

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

} // namespace

class TestWebDavTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listingRead_data();
    void listingRead();
    void listingEntryBound();

    void againstRclone();
    void rcloneRefusesWrongPassword();
    void rcloneMissingParent();

    void credentialsByHeaderOnly();
    void refusedAddresses_data();
    void refusedAddresses();
    void hostileListings_data();
    void hostileListings();
    void readRanges_data();
    void readRanges();
    void removeMissingIsDone();
    void uploadBrokenOff_data();
    void uploadBrokenOff();
    void silentServer();
    void redirectElsewhereNotFollowed();
    void destroyedTransportAnswersNothing();

private:
    std::unique_ptr<WebDavTransport> transportTo(const QUrl &collection, const QString &password = Password);

    std::unique_ptr<QObject> m_owner;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<FixtureServer> m_server;
};

void TestWebDavTransport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWebDavTransport::init()
{
    m_owner = std::make_unique<QObject>();
    m_network = createNetworkManager(m_owner.get());
    m_server = std::make_unique<FixtureServer>();
    QVERIFY(m_server->start());
}

void TestWebDavTransport::cleanup()
{
    m_server.reset();
    m_owner.reset();
}

std::unique_ptr<WebDavTransport> TestWebDavTransport::transportTo(
    const QUrl &collection, const QString &password)
{
    return std::make_unique<WebDavTransport>(m_network, collection, User, password);
}

void TestWebDavTransport::listingRead_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QStringList>("files"); // name|size|tag, sorted
    QTest::addColumn<bool>("error");

    const QByteArray date = "Mon, 07 Dec 2026 21:00:00 GMT";
    QTest::newRow("files only: not the collection, folders or hidden files")
        << multistatus(response("/dav/sync/", -1, {}, date, true) + response("/dav/sync/a.ops", 120, "\"e1\"")
               + response("/dav/sync/inner/", -1, "\"d\"", date, true)
               + response("/dav/sync/.hidden", 4, "\"h\"")
               + response("/dav/sync/folder-without-slash", 0, "\"f\"", date, true))
        << QStringList {QStringLiteral("a.ops|120|\"e1\"")} << false;
    QTest::newRow("names percent-decoded")
        << multistatus(response("/dav/sync/a%20b.ops", 1, "\"1\"")
               + response("/dav/sync/ger%c3%a4t%20%C3%BC.ops", 2, "\"2\"")
               + response("/dav/sync/100%25.ops", 3, "\"3\"") + response("/dav/sync/x%2Fy", 4, "\"4\"")
               + response("/dav/sync/not%20ascii%20%E2%9C%93", 5, "\"5\""))
        << QStringList {QStringLiteral("100%.ops|3|\"3\""), QStringLiteral("a b.ops|1|\"1\""),
               QString::fromUtf8("gerät ü.ops|2|\"2\""), QString::fromUtf8("not ascii ✓|5|\"5\"")}
        << false;
    QTest::newRow("hrefs outside the collection ignored") << multistatus(
        response("/dav/other/x.ops", 1, "\"x\"") + response("/dav/syncother/y.ops", 1, "\"y\"")
        + response("/dav/sync/../evil.ops", 1, "\"e\"") + response("/dav/sync/%2E%2E/evil2.ops", 1, "\"e\"")
        + response("https://elsewhere.example/dav/sync/z.ops", 1, "\"z\"")
        + response("/dav/sync/sub/deep.ops", 1, "\"d\"") + response("/", 1, "\"r\"")
        + response("relative.ops", 2, "\"r\"") + response("https://dav.example/dav/sync/full.ops", 3, "\"f\"")
        + response("http://DAV.example:8080/dav/sync/proxied.ops", 4, "\"p\""))
                                                          << QStringList {QStringLiteral("full.ops|3|\"f\""),
                                                                 QStringLiteral("proxied.ops|4|\"p\""),
                                                                 QStringLiteral("relative.ops|2|\"r\"")}
                                                          << false;
    QTest::newRow("no ETag: size and date")
        << multistatus(response("/dav/sync/a.ops", 7, {}, date))
        << QStringList {QStringLiteral("a.ops|7|7 Mon, 07 Dec 2026 21:00:00 GMT")} << false;
    QTest::newRow("properties of a propstat not found are not taken") << multistatus(
        "<D:response><D:href>/dav/sync/a.ops</D:href>"
        "<D:propstat><D:prop><D:getcontentlength>9</D:getcontentlength></D:prop>"
        "<D:status>HTTP/1.1 200 OK</D:status></D:propstat>"
        "<D:propstat><D:prop><D:getetag>\"ghost\"</D:getetag><D:resourcetype><D:collection/>"
        "</D:resourcetype></D:prop><D:status>HTTP/1.1 404 Not Found</D:status></D:propstat>"
        "</D:response>") << QStringList {QStringLiteral("a.ops|9|9")} << false;
    QTest::newRow("any prefix, or the default namespace") << QByteArray(
        "<?xml version=\"1.0\"?><multistatus xmlns=\"DAV:\" xmlns:lp1=\"DAV:\"><response>"
        "<href>/dav/sync/a.ops</href><propstat><prop><lp1:getcontentlength>5</lp1:getcontentlength>"
        "<lp1:getetag>W/\"weak\"</lp1:getetag><resourcetype/></prop><status>HTTP/1.1 200 OK</status>"
        "</propstat></response></multistatus>") << QStringList {QStringLiteral("a.ops|5|W/\"weak\"")}
                                                          << false;
    QTest::newRow("elements of other namespaces are not DAV's")
        << QByteArray(
               "<D:multistatus xmlns:D=\"DAV:\" xmlns:x=\"urn:other\">"
               "<x:response><D:href>/dav/sync/x.ops</D:href></x:response>"
               "<D:response><x:href>/dav/sync/y.ops</x:href></D:response>"
               "<D:response><D:href>/dav/sync/z.ops</D:href><D:propstat><D:prop>"
               "<x:getcontentlength>99</x:getcontentlength><D:getcontentlength>3</D:getcontentlength>"
               "<x:getetag>\"no\"</x:getetag><D:getetag>\"yes\"</D:getetag>"
               "<x:resourcetype><D:collection/></x:resourcetype>"
               "</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response></D:multistatus>")
        << QStringList {QStringLiteral("z.ops|3|\"yes\"")} << false;
    QTest::newRow("a name listed twice, once")
        << multistatus(response("/dav/sync/a.ops", 1, "\"1\"") + response("/dav/sync/a%2eops", 2, "\"2\""))
        << QStringList {QStringLiteral("a.ops|1|\"1\"")} << false;
    QTest::newRow("unreadable sizes are 0") << multistatus(
        response("/dav/sync/neg", -1, "\"n\"")
            .replace("<D:resourcetype/>", "<D:resourcetype/><D:getcontentlength>-40</D:getcontentlength>")
        + response("/dav/sync/word", -1, "\"w\"")
              .replace("<D:resourcetype/>", "<D:resourcetype/><D:getcontentlength>lots</D:getcontentlength>"))
                                            << QStringList {QStringLiteral("neg|0|\"n\""),
                                                   QStringLiteral("word|0|\"w\"")}
                                            << false;
    QTest::newRow("an empty collection")
        << multistatus(response("/dav/sync/", -1, {}, date, true)) << QStringList {} << false;

    QTest::newRow("malformed") << QByteArray("<D:multistatus xmlns:D=\"DAV:\"><D:response><D:href>/dav/sync/a"
                                             "</D:href></D:multistatus>")
                               << QStringList {} << true;
    QTest::newRow("cut short") << multistatus(response("/dav/sync/a.ops", 1, "\"1\"")).chopped(30)
                               << QStringList {} << true;
    QTest::newRow("an HTML page") << QByteArray("<!DOCTYPE html><html><body>Log in</body></html>")
                                  << QStringList {} << true;
    QTest::newRow("empty") << QByteArray() << QStringList {} << true;
    QTest::newRow("not a multistatus")
        << QByteArray("<D:error xmlns:D=\"DAV:\"><D:lock-token-submitted/></D:error>") << QStringList {}
        << true;
    QTest::newRow("no DAV namespace")
        << QByteArray("<multistatus><response><href>/dav/sync/a.ops</href></response></multistatus>")
        << QStringList {} << true;
    QTest::newRow("more after the root")
        << multistatus(response("/dav/sync/a.ops", 1, "\"1\"")) + "<D:multistatus/>" << QStringList {}
        << true;
    QTest::newRow("entities multiplying") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">"
        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
        "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
        "<D:multistatus xmlns:D=\"DAV:\"><D:response><D:href>/dav/sync/&e;</D:href>"
        "</D:response></D:multistatus>") << QStringList {}
                                          << true;
}

void TestWebDavTransport::listingRead()
{
    QFETCH(QByteArray, xml);
    QFETCH(QStringList, files);
    QFETCH(bool, error);
    const WebDavListing listing
        = readWebDavListing(xml, QUrl(QStringLiteral("https://dav.example/dav/sync/")));
    QCOMPARE(fileLines(listing.files), files);
    QCOMPARE(!listing.error.isEmpty(), error);
    // The address without its closing '/' is the same collection.
    const WebDavListing again = readWebDavListing(xml, QUrl(QStringLiteral("https://dav.example/dav/sync")));
    QCOMPARE(fileLines(again.files), files);
}

void TestWebDavTransport::listingEntryBound()
{
    QByteArray responses;
    for (int i = 0; i < 5; ++i)
        responses += response("/s/f" + QByteArray::number(i), i, "\"" + QByteArray::number(i) + '"');
    const QUrl collection(QStringLiteral("https://dav.example/s/"));
    QCOMPARE(readWebDavListing(multistatus(responses), collection, 5).files.size(), 5);
    const WebDavListing over = readWebDavListing(multistatus(responses), collection, 4);
    QVERIFY(over.files.isEmpty());
    QVERIFY2(over.error.contains(QLatin1String("more than 4 entries")), qPrintable(over.error));
}

void TestWebDavTransport::againstRclone()
{
    const QString rclone = QStandardPaths::findExecutable(QStringLiteral("rclone"));
    if (rclone.isEmpty())
        QSKIP("rclone is not on PATH: the test against a real WebDAV server needs `rclone serve webdav`");
    RcloneServer server;
    const QString why = server.start(rclone);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const QString onDisk = server.root() + QLatin1String("/sync/");
    auto transport = transportTo(server.url(QStringLiteral("/sync/")));
    QCOMPARE(transport->describe(), server.url(QStringLiteral("/sync/")).toString());

    // A missing collection is made, and is empty.
    QVERIFY(!QFileInfo(onDisk).exists());
    ResultPtr listed = listOf(*transport);
    QCOMPARE(listed->calls, 0); // never from inside the call
    QVERIFY(answered(listed));
    QVERIFY2(listed->error.isEmpty(), qPrintable(listed->error));
    QVERIFY(listed->files.isEmpty());
    QVERIFY(QFileInfo(onDisk).isDir());

    // Files written are there on disk, byte for byte.
    const QString spaced = QStringLiteral("device a.ops");
    const QString foreign = QString::fromUtf8("gerät-ü 東京.ops");
    const QHash<QString, QByteArray> files {
        {QStringLiteral("plain.txt"), QByteArray("first version\n")},
        {spaced, QByteArray("{\"kind\":\"read\"}\n")},
        {foreign, QByteArray("ümlaut bytes \xe2\x9c\x93\n")},
        {QStringLiteral("big.bin"), randomBytes(5 * 1024 * 1024, 25)},
        {QStringLiteral(".hidden"), QByteArray("not listed")},
    };
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        ResultPtr written = writeOf(*transport, it.key(), it.value());
        QCOMPARE(written->calls, 0);
        QVERIFY(answered(written));
        QVERIFY2(written->error.isEmpty(), qPrintable(written->error));
        QCOMPARE(fileBytes(onDisk + it.key()), it.value());
    }
    // A folder inside is no file of ours.
    QNetworkRequest mkcol(server.url(QStringLiteral("/sync/inner/")));
    mkcol.setRawHeader("Authorization", "Basic " + (User + QLatin1Char(':') + Password).toUtf8().toBase64());
    QNetworkReply *made = m_network->sendCustomRequest(mkcol, "MKCOL");
    QSignalSpy madeSpy(made, &QNetworkReply::finished);
    QVERIFY(madeSpy.wait(10000));
    QCOMPARE(made->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    made->deleteLater();

    listed = listOf(*transport);
    QVERIFY(answered(listed));
    QVERIFY2(listed->error.isEmpty(), qPrintable(listed->error));
    QStringList names;
    for (const SyncFileInfo &file : listed->files) {
        names.append(file.name);
        QCOMPARE(file.size, files.value(file.name).size());
        QVERIFY(!file.tag.isEmpty());
    }
    names.sort();
    QCOMPARE(names, (QStringList {QStringLiteral("big.bin"), spaced, foreign, QStringLiteral("plain.txt")}));
    const QList<SyncFileInfo> before = listed->files;

    // A rewrite of the same size changes that file's tag, and no other.
    ResultPtr rewritten = writeOf(*transport, QStringLiteral("plain.txt"), QByteArray("other version\n"));
    QVERIFY(answered(rewritten));
    QVERIFY2(rewritten->error.isEmpty(), qPrintable(rewritten->error));
    listed = listOf(*transport);
    QVERIFY(answered(listed));
    QCOMPARE(listed->files.size(), before.size());
    for (const SyncFileInfo &file : listed->files) {
        const SyncFileInfo *old = fileNamed(before, file.name);
        QVERIFY(old);
        QCOMPARE(file.size, old->size);
        if (file.name == QLatin1String("plain.txt"))
            QVERIFY2(file.tag != old->tag, qPrintable(file.tag));
        else
            QCOMPARE(file.tag, old->tag);
    }

    // Reads: whole, from an offset (the server honours the range), at the end, past it.
    struct Case
    {
        QString name;
        qint64 from;
        QByteArray expected;
    };
    const QByteArray big = files.value(QStringLiteral("big.bin"));
    const QList<Case> reads {
        {QStringLiteral("plain.txt"), 0, QByteArray("other version\n")},
        {QStringLiteral("plain.txt"), 6, QByteArray("version\n")},
        {foreign, 0, files.value(foreign)},
        {spaced, 3, files.value(spaced).mid(3)},
        {QStringLiteral("big.bin"), 0, big},
        {QStringLiteral("big.bin"), 4'000'001, big.mid(4'000'001)},
        {QStringLiteral("big.bin"), big.size(), QByteArray()},
        {QStringLiteral("big.bin"), big.size() + 100, QByteArray()},
    };
    for (const Case &c : reads) {
        ResultPtr read = readOf(*transport, c.name, c.from);
        QCOMPARE(read->calls, 0);
        QVERIFY(answered(read));
        QVERIFY2(read->error.isEmpty(), qPrintable(c.name + QLatin1String(": ") + read->error));
        QVERIFY2(read->bytes == c.expected,
            qPrintable(QStringLiteral("%1 from %2: %3 bytes, expected %4")
                           .arg(c.name)
                           .arg(c.from)
                           .arg(read->bytes.size())
                           .arg(c.expected.size())));
    }
    ResultPtr missing = readOf(*transport, QStringLiteral("never written.ops"), 0);
    QVERIFY(answered(missing));
    QVERIFY2(missing->error.contains(QLatin1String("404")), qPrintable(missing->error));
    QVERIFY2(missing->error.contains(server.url(QStringLiteral("/sync/never written.ops")).toDisplayString()),
        qPrintable(missing->error));

    // Removed: gone from the listing and the disk; removing it again is no error.
    ResultPtr removed = removeOf(*transport, spaced);
    QCOMPARE(removed->calls, 0);
    QVERIFY(answered(removed));
    QVERIFY2(removed->error.isEmpty(), qPrintable(removed->error));
    QVERIFY(!QFileInfo::exists(onDisk + spaced));
    removed = removeOf(*transport, spaced);
    QVERIFY(answered(removed));
    QVERIFY2(removed->error.isEmpty(), qPrintable(removed->error));
    listed = listOf(*transport);
    QVERIFY(answered(listed));
    QVERIFY(!fileNamed(listed->files, spaced));
    QCOMPARE(listed->files.size(), 3);
    QVERIFY(QFileInfo(onDisk + QLatin1String("inner")).isDir()); // still there, still not listed
}

void TestWebDavTransport::rcloneRefusesWrongPassword()
{
    const QString rclone = QStandardPaths::findExecutable(QStringLiteral("rclone"));
    if (rclone.isEmpty())
        QSKIP("rclone is not on PATH: the test against a real WebDAV server needs `rclone serve webdav`");
    RcloneServer server;
    const QString why = server.start(rclone);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    // Nobody answers the manager's authentication question: the refusal is the answer.
    int asked = 0;
    connect(m_network, &QNetworkAccessManager::authenticationRequired, this, [&asked] { ++asked; });
    auto transport = transportTo(server.url(QStringLiteral("/sync/")), QStringLiteral("wrong"));
    const QList<ResultPtr> results {listOf(*transport), readOf(*transport, QStringLiteral("a"), 0),
        writeOf(*transport, QStringLiteral("a"), "x"), removeOf(*transport, QStringLiteral("a"))};
    for (const ResultPtr &result : results) {
        QVERIFY(answered(result));
        QVERIFY2(result->error.contains(QLatin1String("refused the user name or password")),
            qPrintable(result->error));
        QVERIFY2(result->error.contains(QLatin1String("401")), qPrintable(result->error));
        QVERIFY2(result->error.contains(QStringLiteral("127.0.0.1:%1").arg(server.url({}).port())),
            qPrintable(result->error));
        QVERIFY(!result->error.contains(QLatin1String("wrong")));
    }
    letLateAnswersCome();
    for (const ResultPtr &result : results)
        QCOMPARE(result->calls, 1);
    QVERIFY(asked <= results.size()); // asked once a request at most: no loop
    QVERIFY(!QFileInfo::exists(server.root() + QLatin1String("/sync")));
    QVERIFY(!QFileInfo::exists(server.root() + QLatin1String("/sync/a")));
}

void TestWebDavTransport::rcloneMissingParent()
{
    const QString rclone = QStandardPaths::findExecutable(QStringLiteral("rclone"));
    if (rclone.isEmpty())
        QSKIP("rclone is not on PATH: the test against a real WebDAV server needs `rclone serve webdav`");
    RcloneServer server;
    const QString why = server.start(rclone);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    // Only the collection itself is made, not folders above it.
    auto transport = transportTo(server.url(QStringLiteral("/not/there/")));
    ResultPtr listed = listOf(*transport);
    QVERIFY(answered(listed));
    QVERIFY2(listed->error.contains(QLatin1String("folder it is in is missing")), qPrintable(listed->error));
    QVERIFY2(listed->error.contains(transport->describe()), qPrintable(listed->error));
    QVERIFY(!QFileInfo::exists(server.root() + QLatin1String("/not")));
}

void TestWebDavTransport::credentialsByHeaderOnly()
{
    m_server->setRoute(
        QStringLiteral("/dav/"), davRoute(207, multistatus(response("/dav/a.ops", 1, "\"1\""))));
    // User information in the address is dropped: not shown, not sent.
    QUrl withUserInfo = m_server->url(QStringLiteral("/dav"));
    withUserInfo.setUserInfo(QStringLiteral("intruder:leaked"));
    WebDavTransport transport(m_network, withUserInfo, User, Password);
    QCOMPARE(transport.describe(), m_server->url(QStringLiteral("/dav/")).toString());
    ResultPtr listed = listOf(transport);
    QVERIFY(answered(listed));
    QVERIFY2(listed->error.isEmpty(), qPrintable(listed->error));
    QCOMPARE(fileLines(listed->files), QStringList {QStringLiteral("a.ops|1|\"1\"")});
    QCOMPARE(m_server->requests(), QStringList {QStringLiteral("/dav/")});
    QCOMPARE(m_server->authorizations(),
        QList<QByteArray> {"Basic " + QByteArray("reader:s3cret pass").toBase64()});
    // The PROPFIND asks for what a listing needs.
    const QByteArray asked = m_server->bodies().value(0);
    for (const char *property : {"getcontentlength", "getetag", "getlastmodified", "resourcetype"})
        QVERIFY2(asked.contains(property), asked.constData());
    QVERIFY(asked.contains("\"DAV:\""));
}

void TestWebDavTransport::refusedAddresses_data()
{
    QTest::addColumn<QUrl>("collection");
    QTest::addColumn<QString>("error");
    const QString plain = QStringLiteral("WebDAV over plain http is only allowed to this machine; use https");
    QTest::newRow("plain http to a server") << QUrl(QStringLiteral("http://dav.example.com/sync/")) << plain;
    QTest::newRow("plain http on the local network")
        << QUrl(QStringLiteral("http://192.168.1.20:8080/sync/")) << plain;
    QTest::newRow("plain http, localhost look-alike")
        << QUrl(QStringLiteral("http://localhost.example.com/sync/")) << plain;
    QTest::newRow("another scheme") << QUrl(QStringLiteral("ftp://127.0.0.1/sync/"))
                                    << QStringLiteral("not a WebDAV address");
    QTest::newRow("no host") << QUrl(QStringLiteral("sync/")) << QStringLiteral("not a WebDAV address");
    // Loopback is allowed: what fails there is the connection (nothing listens on port 1).
    QTest::newRow("localhost") << QUrl(QStringLiteral("http://localhost:1/sync/"))
                               << QStringLiteral("Could not reach");
    QTest::newRow("127.0.0.2") << QUrl(QStringLiteral("http://127.0.0.2:1/sync/"))
                               << QStringLiteral("Could not reach");
}

void TestWebDavTransport::refusedAddresses()
{
    QFETCH(QUrl, collection);
    QFETCH(QString, error);
    auto transport = transportTo(collection);
    const QList<ResultPtr> results {listOf(*transport), readOf(*transport, QStringLiteral("a"), 0),
        writeOf(*transport, QStringLiteral("a"), "x"), removeOf(*transport, QStringLiteral("a"))};
    for (const ResultPtr &result : results)
        QCOMPARE(result->calls, 0); // later, never from inside the call
    for (const ResultPtr &result : results) {
        QVERIFY(answered(result));
        QVERIFY2(result->error.contains(error), qPrintable(result->error));
    }
    letLateAnswersCome();
    for (const ResultPtr &result : results)
        QCOMPARE(result->calls, 1);
}

void TestWebDavTransport::hostileListings_data()
{
    QTest::addColumn<FixtureServer::Route>("route");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("error");

    QTest::newRow("outside hrefs and encoded names")
        << davRoute(207,
               multistatus(response("/dav/", -1, {}, {}, true) + response("/dav/a%20b%C3%A9.ops", 4, "\"1\"")
                   + response("/elsewhere/x.ops", 1, "\"x\"") + response("/dav/../y.ops", 1, "\"y\"")
                   + response("http://evil.example/dav/z.ops", 1, "\"z\"")))
        << QStringList {QString::fromUtf8("a bé.ops|4|\"1\"")} << QString();
    QTest::newRow("malformed XML") << davRoute(207, "<D:multistatus xmlns:D=\"DAV:\"><D:response></D:href>")
                                   << QStringList {} << QStringLiteral("not readable XML");
    QTest::newRow("an HTML page for a 207") << davRoute(207, "<html><body>hello</body></html>")
                                            << QStringList {} << QStringLiteral("not a WebDAV listing");
    // The real bounds: 16 MiB, 100,000 entries.
    QByteArray padding(17 * 1024 * 1024, ' ');
    QTest::newRow("larger than the bound")
        << davRoute(207, multistatus(padding + response("/dav/a.ops", 1, "\"1\""))) << QStringList {}
        << QStringLiteral("sent more than 16 MB");
    QByteArray many;
    many.reserve(6 * 1024 * 1024);
    for (int i = 0; i <= WebDavTransport::MaxEntries; ++i)
        many += "<D:response><D:href>/dav/f" + QByteArray::number(i) + "</D:href></D:response>";
    QTest::newRow("too many entries")
        << davRoute(207, multistatus(many)) << QStringList {} << QStringLiteral("more than 100,000 entries");
    QTest::newRow("200 instead of 207")
        << davRoute(200, "<html>a web page</html>") << QStringList {} << QStringLiteral("answered HTTP 200");
    QTest::newRow("forbidden") << davRoute(403, "no") << QStringList {}
                               << QStringLiteral("refused access: the user name or password was refused");
    QTest::newRow("server error") << davRoute(500, "oops") << QStringList {}
                                  << QStringLiteral("answered HTTP 500");
}

void TestWebDavTransport::hostileListings()
{
    QFETCH(FixtureServer::Route, route);
    QFETCH(QStringList, files);
    QFETCH(QString, error);
    m_server->setRoute(QStringLiteral("/dav/"), route);
    auto transport = transportTo(m_server->url(QStringLiteral("/dav/")));
    ResultPtr listed = listOf(*transport);
    QVERIFY(answered(listed));
    QVERIFY2(
        error.isEmpty() ? listed->error.isEmpty() : listed->error.contains(error), qPrintable(listed->error));
    if (!error.isEmpty()) // an error names the address
        QVERIFY2(listed->error.contains(transport->describe()), qPrintable(listed->error));
    QCOMPARE(fileLines(listed->files), files);
    letLateAnswersCome();
    QCOMPARE(listed->calls, 1);
}

void TestWebDavTransport::readRanges_data()
{
    QTest::addColumn<FixtureServer::Route>("route");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    const QByteArray digits = "0123456789";
    FixtureServer::Route whole;
    whole.body = digits;
    whole.contentType = "application/octet-stream";
    QTest::newRow("whole file") << whole << qint64(0) << qint64(0) << digits << QString();
    QTest::newRow("range ignored: the rest of the whole")
        << whole << qint64(3) << qint64(0) << QByteArray("3456789") << QString();
    FixtureServer::Route part = whole;
    part.status = 206;
    part.body = "3456789";
    part.headers = {{"Content-Range", "bytes 3-9/10"}};
    QTest::newRow("range honoured") << part << qint64(3) << qint64(0) << QByteArray("3456789") << QString();
    FixtureServer::Route otherPart = part;
    otherPart.body = digits;
    otherPart.headers = {{"Content-Range", "bytes 0-9/10"}};
    QTest::newRow("another range than asked")
        << otherPart << qint64(3) << qint64(0) << QByteArray() << QStringLiteral("another part of the file");
    FixtureServer::Route past;
    past.status = 416;
    past.body = "Requested Range Not Satisfiable";
    QTest::newRow("from the end: nothing") << past << qint64(10) << qint64(0) << QByteArray() << QString();
    FixtureServer::Route gone;
    gone.status = 404;
    QTest::newRow("missing") << gone << qint64(0) << qint64(0) << QByteArray()
                             << QStringLiteral("answered HTTP 404");
    FixtureServer::Route big = whole;
    big.body = QByteArray(2 * 1024 * 1024, 'x');
    QTest::newRow("larger than the bound")
        << big << qint64(0) << qint64(1024 * 1024) << QByteArray() << QStringLiteral("sent more than 1 MB");
    FixtureServer::Route noLength = big;
    noLength.withoutLength = true;
    QTest::newRow("larger than the bound, no length said")
        << noLength << qint64(0) << qint64(1024 * 1024) << QByteArray()
        << QStringLiteral("sent more than 1 MB");
    FixtureServer::Route cut = whole;
    cut.cutTimes = -1;
    cut.cutAt = 4;
    QTest::newRow("cut off") << cut << qint64(0) << qint64(0) << QByteArray() << QStringLiteral("broke off");
}

void TestWebDavTransport::readRanges()
{
    QFETCH(FixtureServer::Route, route);
    QFETCH(qint64, from);
    QFETCH(qint64, maxBytes);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    m_server->setRoute(QStringLiteral("/dav/f%201.bin"), route);
    auto transport = transportTo(m_server->url(QStringLiteral("/dav/")));
    if (maxBytes > 0)
        transport->setMaxReadBytes(maxBytes);
    ResultPtr read = readOf(*transport, QStringLiteral("f 1.bin"), from);
    QVERIFY(answered(read));
    QVERIFY2(error.isEmpty() ? read->error.isEmpty() : read->error.contains(error), qPrintable(read->error));
    if (!error.isEmpty())
        QVERIFY2(read->error.contains(m_server->url(QStringLiteral("/dav/f 1.bin")).toDisplayString()),
            qPrintable(read->error));
    QCOMPARE(read->bytes, bytes);
    letLateAnswersCome();
    QCOMPARE(read->calls, 1);
}

void TestWebDavTransport::removeMissingIsDone()
{
    // The fixture server answers 404 for what it does not have.
    auto transport = transportTo(m_server->url(QStringLiteral("/dav/")));
    ResultPtr removed = removeOf(*transport, QStringLiteral("gone.ops"));
    QVERIFY(answered(removed));
    QCOMPARE(removed->error, QString());
    QCOMPARE(m_server->requests(), QStringList {QStringLiteral("/dav/gone.ops")});
    // Names that would reach outside the collection are not sent at all.
    for (const QString &name :
        {QStringLiteral("../x"), QStringLiteral(".."), QStringLiteral(""), QStringLiteral("a/b")}) {
        ResultPtr refused = removeOf(*transport, name);
        QCOMPARE(refused->calls, 0);
        QVERIFY(answered(refused));
        QVERIFY2(refused->error.contains(QLatin1String("is not a file name")), qPrintable(refused->error));
    }
    QCOMPARE(m_server->requests().size(), 1);
}

void TestWebDavTransport::uploadBrokenOff_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("connection closed mid-upload") << int(BreakingServer::Mode::Close);
    QTest::newRow("500 mid-upload") << int(BreakingServer::Mode::Answer500);
}

void TestWebDavTransport::uploadBrokenOff()
{
    QFETCH(int, mode);
    BreakingServer server(BreakingServer::Mode(mode), 64 * 1024);
    QVERIFY(server.start());
    auto transport = transportTo(server.url(QStringLiteral("/dav/")));
    transport->setTimeoutMs(10000);
    const QByteArray bytes = randomBytes(8 * 1024 * 1024, 7);
    ResultPtr written = writeOf(*transport, QStringLiteral("ops 1.jsonl"), bytes);
    QCOMPARE(written->calls, 0);
    QVERIFY(answered(written));
    QVERIFY(!written->error.isEmpty());
    QVERIFY2(written->error.contains(server.url(QStringLiteral("/dav/ops 1.jsonl")).toDisplayString()),
        qPrintable(written->error));
    // Qt, still sending, may not read the early 500 at all: then the broken connection is
    // what it says.
    if (BreakingServer::Mode(mode) == BreakingServer::Mode::Answer500)
        QVERIFY2(written->error.contains(QLatin1String("HTTP 500"))
                || written->error.contains(QLatin1String("connection to")),
            qPrintable(written->error));
    else
        QVERIFY2(written->error.contains(QLatin1String("The connection to")), qPrintable(written->error));
    QVERIFY(server.requests() >= 1);
    QVERIFY(server.largestBodySeen() < bytes.size()); // it did break off
    letLateAnswersCome();
    QCOMPARE(written->calls, 1);
}

void TestWebDavTransport::silentServer()
{
    FixtureServer::Route silent;
    silent.hang = true;
    m_server->setRoute(QStringLiteral("/dav/"), silent);
    m_server->setRoute(QStringLiteral("/dav/a.ops"), silent);
    auto transport = transportTo(m_server->url(QStringLiteral("/dav/")));
    transport->setTimeoutMs(400);
    QElapsedTimer clock;
    clock.start();
    const QList<ResultPtr> results {listOf(*transport), readOf(*transport, QStringLiteral("a.ops"), 0),
        writeOf(*transport, QStringLiteral("a.ops"), "bytes"), removeOf(*transport, QStringLiteral("a.ops"))};
    for (const ResultPtr &result : results) {
        QVERIFY(answered(result, 10000));
        QVERIFY2(result->error.contains(QLatin1String("did not answer within 1 second")),
            qPrintable(result->error));
        QVERIFY2(result->error.contains(m_server->url(QStringLiteral("/dav/")).toString()),
            qPrintable(result->error));
    }
    QVERIFY2(clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
    letLateAnswersCome();
    for (const ResultPtr &result : results)
        QCOMPARE(result->calls, 1);
}

void TestWebDavTransport::redirectElsewhereNotFollowed()
{
    FixtureServer elsewhere;
    QVERIFY(elsewhere.start());
    elsewhere.setRoute(QStringLiteral("/dav/"), davRoute(207, multistatus({})));
    FixtureServer::Route moved;
    moved.status = 307;
    moved.location = elsewhere.url(QStringLiteral("/dav/")).toEncoded();
    m_server->setRoute(QStringLiteral("/dav/"), moved);
    auto transport = transportTo(m_server->url(QStringLiteral("/dav/")));
    ResultPtr listed = listOf(*transport);
    QVERIFY(answered(listed));
    QVERIFY2(listed->error.contains(QLatin1String("307")), qPrintable(listed->error));
    QVERIFY2(listed->error.contains(QLatin1String("only redirects within the same server are followed")),
        qPrintable(listed->error));
    QVERIFY2(
        listed->error.contains(elsewhere.url(QStringLiteral("/dav/")).toString()), qPrintable(listed->error));
    QVERIFY2(listed->error.contains(transport->describe()), qPrintable(listed->error));
    QCOMPARE(elsewhere.requests(), QStringList {}); // the password never went there
}

void TestWebDavTransport::destroyedTransportAnswersNothing()
{
    FixtureServer::Route silent;
    silent.hang = true;
    m_server->setRoute(QStringLiteral("/dav/"), silent);
    m_server->setRoute(QStringLiteral("/dav/a"), silent);
    FixtureServer::Route slow = davRoute(207, multistatus({}));
    slow.delayMs = 100;
    m_server->setRoute(QStringLiteral("/slow/"), slow);
    QList<ResultPtr> results;
    {
        auto transport = transportTo(m_server->url(QStringLiteral("/dav/")));
        transport->setTimeoutMs(1000);
        results << listOf(*transport) << writeOf(*transport, QStringLiteral("a"), "x");
        QTRY_COMPARE(m_server->requests().size(), 2);
        auto slowTransport = transportTo(m_server->url(QStringLiteral("/slow/")));
        results << listOf(*slowTransport);
        auto refused = transportTo(QUrl(QStringLiteral("http://dav.example.com/")));
        results << listOf(*refused) << readOf(*refused, QStringLiteral("a"), 0);
    }
    QTest::qWait(1200); // past the timeout and the slow answer
    for (qsizetype i = 0; i < results.size(); ++i)
        QVERIFY2(results.at(i)->calls == 0,
            qPrintable(QStringLiteral("call %1: %2").arg(i).arg(results.at(i)->error)));
}

QTEST_GUILESS_MAIN(TestWebDavTransport)
#include "tst_webdavtransport.moc"
