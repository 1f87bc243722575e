// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Smoke test of the real binary's headless command: `threadkeeper export`.
#include "servers/fixtureserver.h"
#include "servers/xenforofixture.h"
#include "testutil.h"

#include "cli/jsontext.h"
#include "services/demo.h"
#include "services/replytree.h"
#include "store/cachedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportsSeedThread();
    void offlineFromCache();
    void refreshesLikeF5();
    void refreshCommand();
    void rulesCommandRoundTrip();
    void rulesScoreExport();
    void rulesErrors_data();
    void rulesErrors();
    void errors_data();
    void errors();
    void withoutDisplay_data();
    void withoutDisplay();
    void jsonTextAsQtWritesIt_data();
    void jsonTextAsQtWritesIt();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args);
    Run runExport(const QStringList &args) { return run(QStringList {QStringLiteral("export")} + args); }
    Run runRules(const QString &cache, const QStringList &args)
    {
        return run(QStringList {QStringLiteral("rules"), QStringLiteral("--cache"), cache} + args);
    }

    QTemporaryDir m_dir;
    FixtureServer m_server;
    FixtureThread m_seed;
};

void TestExport::initTestCase()
{
    QVERIFY(m_server.start());
    m_seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    for (int page = 1; page <= m_seed.pageCount(); ++page)
        m_server.setPage(m_seed.pagePath(page), xenforoPage(m_seed, page));
    FixtureServer::Route missing;
    missing.status = 404;
    m_server.setRoute(QStringLiteral("/threads/gone.9/"), missing);
}

TestExport::Run TestExport::run(const QStringList &args)
{
    QProcess process;
    // Headless means headless: no display, no platform plugin asked for.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(THREADKEEPER_BINARY), args);
    // The fixture server lives in this event loop: wait with it running.
    if (!finished.wait(20000)) {
        process.kill();
        process.waitForFinished();
    }
    return Run {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestExport::exportsSeedThread()
{
    const QString cache = m_dir.filePath(QStringLiteral("export.sqlite"));
    const Run r = runExport({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--cache"),
        cache, m_server.url(m_seed.pagePath(2)).toString()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    // Written by hand for speed, byte for byte what QJsonDocument writes.
    QCOMPARE(r.out, QJsonDocument(root).toJson(QJsonDocument::Indented));
    const QJsonObject thread = root.value(QLatin1String("thread")).toObject();
    QCOMPARE(thread.value(QLatin1String("url")).toString(), m_server.url(m_seed.path).toString());
    QCOMPARE(thread.value(QLatin1String("engine")).toString(), QStringLiteral("xenforo"));
    QCOMPARE(thread.value(QLatin1String("pages")).toInt(), 3);
    QCOMPARE(thread.value(QLatin1String("title")).toString(), m_seed.title);

    const QJsonArray posts = root.value(QLatin1String("posts")).toArray();
    QCOMPARE(posts.size(), 25);
    QHash<int, QJsonObject> byNumber;
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const QJsonObject p = posts[i].toObject();
        // Page order, the article first.
        QCOMPARE(p.value(QLatin1String("id")).toString(), m_seed.posts[i].id);
        QVERIFY(p.value(QLatin1String("date")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(p.value(QLatin1String("read")).toBool(), false);
        byNumber.insert(p.value(QLatin1String("number")).toInt(), p);
    }
    QCOMPARE(byNumber[0].value(QLatin1String("parent")), QJsonValue(QJsonValue::Null));
    QCOMPARE(byNumber[9].value(QLatin1String("parent")).toString(), seedPostId(8));
    QCOMPARE(byNumber[8].value(QLatin1String("parent")).toString(), seedPostId(1));
    QCOMPARE(byNumber[22].value(QLatin1String("parent")).toString(), seedPostId(21));
    const QJsonArray quotes8 = byNumber[8].value(QLatin1String("quotes")).toArray();
    QCOMPARE(quotes8.size(), 1);
    QCOMPARE(quotes8[0].toObject().value(QLatin1String("author")).toString(), QStringLiteral("Daven"));
    QCOMPARE(quotes8[0].toObject().value(QLatin1String("source")).toString(), seedPostId(1));
    QCOMPARE(byNumber[8].value(QLatin1String("date")).toString(), QStringLiteral("2025-01-26T11:16:00Z"));
    const QString text4 = byNumber[4].value(QLatin1String("text")).toString();
    QVERIFY(text4.startsWith(QLatin1String("Every one of those statements")));
    QVERIFY(!text4.contains(QLatin1String("It remains to be seen")));
    QVERIFY(byNumber[10].value(QLatin1String("quotes")).toArray().isEmpty());

    // Each quote's words, so it can be checked against the post it came from.
    QHash<QString, QString> textById;
    for (const QJsonObject &p : std::as_const(byNumber))
        textById.insert(p.value(QLatin1String("id")).toString(), p.value(QLatin1String("text")).toString());
    const auto words = [](const QString &text) { return text.simplified(); };
    int checked = 0;
    for (const QJsonObject &p : std::as_const(byNumber)) {
        for (const QJsonValue &v : p.value(QLatin1String("quotes")).toArray()) {
            const QJsonObject q = v.toObject();
            const QString quoted = words(q.value(QLatin1String("text")).toString());
            QVERIFY(!quoted.isEmpty());
            if (q.value(QLatin1String("source")).isNull())
                continue;
            // Readers trim and retype what they quote: most of its words, not all, are there.
            const QString source = q.value(QLatin1String("source")).toString();
            QVERIFY2(ReplyTree::matchScore(quoted, textById.value(source)) >= 0.6,
                qPrintable(
                    quoted + QLatin1String(" | ") + source + QLatin1String(": ") + textById.value(source)));
            ++checked;
        }
    }
    QVERIFY(checked >= 10);
}

void TestExport::offlineFromCache()
{
    const QString cache = m_dir.filePath(QStringLiteral("offline.sqlite"));
    const QString url = m_server.url(m_seed.path).toString();
    QCOMPARE(runExport({QStringLiteral("--cache"), cache, url}).exitCode, 0);
    m_server.resetCounters();
    const Run r = runExport({QStringLiteral("--cache"), cache, QStringLiteral("--offline"), url});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(m_server.requests().size(), 0);
    const QJsonArray posts = QJsonDocument::fromJson(r.out).object().value(QLatin1String("posts")).toArray();
    QCOMPARE(posts.size(), 25);
    QCOMPARE(posts[10].toObject().value(QLatin1String("parent")).toString(), seedPostId(3)); // #11 under #3
}

void TestExport::refreshesLikeF5()
{
    // A thread of two pages, then of three: a script exporting it again asks only what can
    // have changed, as F5 does in the window.
    FixtureThread thread = m_seed;
    thread.path = QStringLiteral("/threads/refresh-me.77/");
    FixtureThread earlier = thread;
    earlier.posts = thread.posts.mid(0, 20);
    QCOMPARE(earlier.pageCount(), 2);
    for (int page = 1; page <= earlier.pageCount(); ++page)
        m_server.setPage(earlier.pagePath(page), xenforoPage(earlier, page));
    m_server.setValidators(true);
    const QString cache = m_dir.filePath(QStringLiteral("refresh.sqlite"));
    const QString url = m_server.url(thread.path).toString();
    const auto postsOf = [](const Run &r) {
        return QJsonDocument::fromJson(r.out).object().value(QLatin1String("posts")).toArray().size();
    };

    // Not cached: every page.
    m_server.resetCounters();
    Run r = runExport({QStringLiteral("--cache"), cache, url});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(postsOf(r), 20);
    QCOMPARE(m_server.requests().size(), 2);
    QVERIFY(m_server.conditionalRequests().isEmpty());

    // Unchanged: the last page, asked conditionally, answered 304; nothing else.
    m_server.resetCounters();
    r = runExport({QStringLiteral("--cache"), cache, url});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(postsOf(r), 20);
    QCOMPARE(m_server.requests(), QStringList {earlier.pagePath(2)});
    QCOMPARE(m_server.notModified(), QStringList {earlier.pagePath(2)});

    // A page more: the last known page (changed: it links to the new one), then the new one.
    for (int page = 1; page <= thread.pageCount(); ++page)
        m_server.setPage(thread.pagePath(page), xenforoPage(thread, page));
    m_server.resetCounters();
    r = runExport({QStringLiteral("--cache"), cache, url});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(postsOf(r), 25);
    QCOMPARE(m_server.requests(), (QStringList {thread.pagePath(2), thread.pagePath(3)}));

    // --reload: every page again, whatever the cache holds.
    m_server.resetCounters();
    r = runExport({QStringLiteral("--cache"), cache, QStringLiteral("--reload"), url});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(postsOf(r), 25);
    QCOMPARE(m_server.requests().size(), 3);
    QVERIFY(m_server.conditionalRequests().isEmpty());

    // The forum gone: the cached copy is printed, and the exit code says it is not fresh.
    m_server.setRoute(thread.pagePath(3), FixtureServer::Route {503, "down"});
    r = runExport({QStringLiteral("--cache"), cache, QStringLiteral("--timeout"), QStringLiteral("2"), url});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(postsOf(r), 25);
    QVERIFY2(r.err.contains("incomplete"), r.err.constData());
    m_server.setValidators(false);
}

void TestExport::refreshCommand()
{
    const QString cache = m_dir.filePath(QStringLiteral("refresh-command.sqlite"));
    const QString url = m_server.url(m_seed.path).toString();
    QCOMPARE(runExport({QStringLiteral("--cache"), cache, url}).exitCode, 0);
    m_server.setValidators(true);
    const auto lines = [](const Run &r) {
        QList<QJsonObject> objects;
        for (const QByteArray &line : r.out.split('\n'))
            if (!line.isEmpty())
                objects.append(QJsonDocument::fromJson(line).object());
        return objects;
    };

    // Nothing watched yet: nothing to do.
    Run r = run({QStringLiteral("refresh"), QStringLiteral("--cache"), cache, QStringLiteral("--watched")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());

    // Watched: refreshed; its first answer (no validators kept yet) is a whole page, then 304s.
    {
        CacheDatabase db;
        QString error;
        QVERIFY2(db.open(cache, &error), qPrintable(error));
        QVERIFY2(db.setWatched(url, true, &error), qPrintable(error));
    }
    m_server.resetCounters();
    r = run({QStringLiteral("refresh"), QStringLiteral("--cache"), cache, QStringLiteral("--watched")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QList<QJsonObject> out = lines(r);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].value(QLatin1String("url")).toString(), url);
    QCOMPARE(out[0].value(QLatin1String("new")).toInt(), 0);
    QCOMPARE(out[0].value(QLatin1String("error")), QJsonValue(QJsonValue::Null));
    QCOMPARE(m_server.requests(), QStringList {m_seed.pagePath(3)});

    // By address (a page of it names the thread), and one the cache does not hold.
    m_server.resetCounters();
    const QString unknown = m_server.url(QStringLiteral("/threads/never-read.5/")).toString();
    r = run({QStringLiteral("refresh"), QStringLiteral("--cache"), cache,
        m_server.url(m_seed.pagePath(2)).toString(), unknown});
    QCOMPARE(r.exitCode, 3);
    out = lines(r);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0].value(QLatin1String("url")).toString(), url);
    QCOMPARE(out[0].value(QLatin1String("notModified")).toInt(), 1);
    QCOMPARE(out[0].value(QLatin1String("requests")).toInt(), 1);
    QCOMPARE(out[1].value(QLatin1String("url")).toString(), unknown);
    QVERIFY(!out[1].value(QLatin1String("error")).toString().isEmpty());
    QCOMPARE(m_server.notModified(), QStringList {m_seed.pagePath(3)});
    QCOMPARE(m_server.requests().size(), 1); // nothing asked of the thread not cached

    // Neither addresses nor --watched: a usage error.
    QCOMPARE(run({QStringLiteral("refresh"), QStringLiteral("--cache"), cache}).exitCode, 2);
    m_server.setValidators(false);
}

void TestExport::rulesCommandRoundTrip()
{
    const QString cache = m_dir.filePath(QStringLiteral("rules.sqlite"));
    const QString file = m_dir.filePath(QStringLiteral("rules.json"));
    Run r = runRules(cache,
        {QStringLiteral("add"), QStringLiteral("--poster"), QStringLiteral("Bomby569"),
            QStringLiteral("--site"), QStringLiteral("www.techpowerup.com"), QStringLiteral("--hide"),
            QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--note"),
            QStringLiteral("Zoë says: too loud")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("added 1\t-100\twww.techpowerup.com\tHide Bomby569 (site)\tuntil "));
    r = runRules(cache,
        {QStringLiteral("add"), QStringLiteral("--keyword"), QStringLiteral("tariffs"),
            QStringLiteral("--thread"), QStringLiteral("https://www.techpowerup.com/forums/threads/a.1/"),
            QStringLiteral("--score"), QStringLiteral("-20")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Run listed = runRules(cache, {QStringLiteral("list")});
    QCOMPARE(listed.out.count('\n'), 2);
    QVERIFY(listed.out.contains(
        "keyword 'tariffs' -20 (thread)\thttps://www.techpowerup.com/forums/threads/a.1/"));
    QCOMPARE(runRules(cache, {QStringLiteral("export"), file}).exitCode, 0);

    // Export, then import on a fresh cache: the same rules.
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    r = runRules(fresh, {QStringLiteral("import"), file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("imported 2 rules"));
    QCOMPARE(runRules(fresh, {QStringLiteral("list")}).out, listed.out);
    QCOMPARE(
        runRules(fresh, {QStringLiteral("export")}).out, runRules(cache, {QStringLiteral("export")}).out);

    QCOMPARE(runRules(cache, {QStringLiteral("remove"), QStringLiteral("1")}).exitCode, 0);
    QCOMPARE(runRules(cache, {QStringLiteral("list")}).out.count('\n'), 1);
}

void TestExport::rulesScoreExport()
{
    const QString cache = m_dir.filePath(QStringLiteral("scored.sqlite"));
    QCOMPARE(runRules(cache,
                 {QStringLiteral("add"), QStringLiteral("--poster"), QStringLiteral("Daven"),
                     QStringLiteral("--site"), QStringLiteral("127.0.0.1"), QStringLiteral("--hide")})
                 .exitCode,
        0);
    QCOMPARE(runRules(cache,
                 {QStringLiteral("add"), QStringLiteral("--keyword"), QStringLiteral("nuclear"),
                     QStringLiteral("--site"), QStringLiteral("127.0.0.1"), QStringLiteral("--score"),
                     QStringLiteral("-5")})
                 .exitCode,
        0);
    const Run r = runExport({QStringLiteral("--cache"), cache, m_server.url(m_seed.path).toString()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray posts = QJsonDocument::fromJson(r.out).object().value(QLatin1String("posts")).toArray();
    QCOMPARE(posts.size(), 25);
    for (const QJsonValue &v : posts) {
        const QJsonObject p = v.toObject();
        const bool daven = p.value(QLatin1String("author")).toString() == QLatin1String("Daven");
        const bool nuclear = p.value(QLatin1String("text"))
                                 .toString()
                                 .contains(QLatin1String("nuclear"), Qt::CaseInsensitive);
        QCOMPARE(p.value(QLatin1String("hidden")).toBool(), daven);
        QCOMPARE(p.value(QLatin1String("score")).toInt(), (daven ? -100 : 0) + (nuclear ? -5 : 0));
    }
}

void TestExport::rulesErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList {} << "usage";
    QTest::newRow("both kinds") << QStringList {QStringLiteral("add"), QStringLiteral("--poster"),
        QStringLiteral("a"), QStringLiteral("--keyword"), QStringLiteral("b"), QStringLiteral("--site"),
        QStringLiteral("x"), QStringLiteral("--hide")}
                                << "exactly one of --poster";
    QTest::newRow("no site") << QStringList {QStringLiteral("add"), QStringLiteral("--poster"),
        QStringLiteral("a"), QStringLiteral("--hide")}
                             << "--site";
    QTest::newRow("bad score") << QStringList {QStringLiteral("add"), QStringLiteral("--poster"),
        QStringLiteral("a"), QStringLiteral("--site"), QStringLiteral("x"), QStringLiteral("--score"),
        QStringLiteral("lots")} << "whole number";
    QTest::newRow("remove unknown") << QStringList {QStringLiteral("remove"), QStringLiteral("99")}
                                    << "no rule 99";
    QTest::newRow("import missing") << QStringList {QStringLiteral("import"),
        QStringLiteral("/nonexistent/rules.json")}
                                    << "cannot read";
}

void TestExport::rulesErrors()
{
    QFETCH(QStringList, args);
    const Run r = runRules(m_dir.filePath(QStringLiteral("rule-errors.sqlite")), args);
    QVERIFY(r.exitCode > 0);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QFETCH(QString, message);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
}

void TestExport::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a forum address")
        << QStringList {QStringLiteral("mailto:someone@forum.example")}
        << "not a forum thread Threadkeeper can read (Discourse, XenForo, FluxBB, phpBB, ";
    QTest::newRow("failed load") << QStringList {QStringLiteral("%1/threads/gone.9/")} << "HTTP 404";
    QTest::newRow("offline, not cached")
        << QStringList {QStringLiteral("--offline"), QStringLiteral("%1/threads/never.8/")}
        << "not in the cache";
    QTest::newRow("unknown format") << QStringList {QStringLiteral("--format"), QStringLiteral("xml"),
        QStringLiteral("%1/threads/a.1/")}
                                    << "unknown format";
    QTest::newRow("no URL") << QStringList {} << "exactly one thread URL";
}

void TestExport::errors()
{
    QFETCH(QStringList, args);
    for (QString &a : args)
        a.replace(QLatin1String("%1"), m_server.url(QString()).toString());
    args.prepend(m_dir.filePath(QStringLiteral("errors.sqlite")));
    args.prepend(QStringLiteral("--cache"));
    const Run r = runExport(args);
    QVERIFY(r.exitCode > 0);
    QVERIFY(r.out.isEmpty());
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QFETCH(QString, message);
    QVERIFY2(lines.first().contains(message.toUtf8()), r.err.constData());
}

void TestExport::withoutDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output"); // in stdout
    QTest::newRow("--help lists the headless commands")
        << QStringList {QStringLiteral("--help")} << 0 << "Commands that need no display";
    QTest::newRow("-h") << QStringList {QStringLiteral("-h")} << 0 << "threadkeeper search QUERY";
    QTest::newRow("--version") << QStringList {QStringLiteral("--version")} << 0
                               << QStringLiteral("threadkeeper " THREADKEEPER_VERSION);
    QTest::newRow("search --help") << QStringList {QStringLiteral("search"), QStringLiteral("--help")} << 0
                                   << "--limit";
    QTest::newRow("export --help") << QStringList {QStringLiteral("export"), QStringLiteral("--help")} << 0
                                   << "threadkeeper export [options] url";
    QTest::newRow("rules --help") << QStringList {QStringLiteral("rules"), QStringLiteral("-h")} << 0
                                  << "--poster";
    QTest::newRow("annotations --help")
        << QStringList {QStringLiteral("annotations"), QStringLiteral("--help")} << 0 << "--format";
    QTest::newRow("the bundled demo, offline, on an empty cache")
        << QStringList {QStringLiteral("export"), QStringLiteral("--offline"), demoThreadUrl().toString()}
        << 0 << "Kestrel Labs";
    QTest::newRow("rules list") << QStringList {QStringLiteral("rules"), QStringLiteral("list")} << 0 << "";
}

void TestExport::withoutDisplay()
{
    // With no display and no platform plugin asked for (see run()), the command line still answers.
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    const Run r = run(args);
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    QVERIFY2(r.out.contains(output.toUtf8()), r.out.constData());
    QVERIFY2(!r.err.contains("platform plugin"), r.err.constData());
}

void TestExport::jsonTextAsQtWritesIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain") << QStringLiteral("Intel's 14th gen, 5.0 GHz");
    QTest::newRow("quotes and backslashes") << QStringLiteral("say \"C:\\dir\\\" \\\\");
    QTest::newRow("named escapes") << QStringLiteral("a\bb\fc\nd\re\tf");
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    controls += QChar(0x7f);
    QTest::newRow("every control character") << controls;
    QTest::newRow("beyond ASCII") << QStringLiteral("Zürich — 東京 \u2028\u2029 \U0001F600 </script>");
    QTest::newRow("lone high surrogate") << (QStringLiteral("a") + QChar(0xd83d) + QStringLiteral("b"));
    QTest::newRow("lone low surrogate at the end") << (QStringLiteral("a") + QChar(0xde00));
}

void TestExport::jsonTextAsQtWritesIt()
{
    // The export writes its JSON by hand for speed; it must stay what QJsonDocument writes.
    QFETCH(QString, text);
    QString ours;
    JsonText::appendString(ours, text);
    const QByteArray qt = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    QCOMPARE(ours.toUtf8(), qt.sliced(1, qt.size() - 2));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
