// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutil.h"

#include "engines/discourse/discourseengine.h"
#include "engines/forumengine.h"

#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

// Discourse among the engines: its pages known by their generator tag, its URLs and
// post links chosen over the others'.
class TestDiscourseDetection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recognizePage_data();
    void recognizePage();
    void registered();

private:
    const DiscourseEngine m_engine;
};

void TestDiscourseDetection::recognizePage_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("generator and canonical")
        << QByteArray("<!DOCTYPE html><html><head><meta name=\"generator\" content=\"Discourse 3.2.0 - "
                      "https://github.com/discourse/discourse version abc\"><link rel=\"canonical\" "
                      "href=\"https://forum.example/t/a-topic/77\"></head><body></body></html>")
        << "https://go.example/abc" << true << "https://forum.example/t/77";
    QTest::newRow("generator, content first, relative canonical")
        << QByteArray("<html><head><meta content=\"Discourse 2.9\" name=\"generator\"><link href=\"/t/x/9\" "
                      "rel=\"canonical\"></head></html>")
        << "https://forum.example/some/alias" << true << "https://forum.example/t/9";
    QTest::newRow("Discourse, not a topic")
        << QByteArray("<html><head><meta name=\"generator\" content=\"Discourse "
                      "3.2\"></head></html>")
        << "https://forum.example/latest" << false << "";
    QTest::newRow("another generator")
        << QByteArray("<html><head><meta name=\"generator\" content=\"WordPress "
                      "6.4\"><link rel=\"canonical\" href=\"https://blog.example/t/x/1\">"
                      "</head></html>")
        << "https://blog.example/t/x/1" << false << "";
    QTest::newRow("a XenForo page") << readFile(
        sharedPath(QStringLiteral("real-pages/xenforo2/xf-community-dark-theme-8276.html")))
                                    << "https://xenforo.com/community/threads/8276/" << false << "";
}

void TestDiscourseDetection::recognizePage()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, url);
    ThreadRef ref;
    QTEST(m_engine.recognizePage(html, QUrl(url), &ref), "ok");
    if (ref.isValid())
        QTEST(ref.canonical.toString(), "canonical");
}

void TestDiscourseDetection::registered()
{
    const ForumEngine *engine = engineByName(QStringLiteral("discourse"));
    QVERIFY(engine);
    QCOMPARE(engine->displayName(), QStringLiteral("Discourse"));
    QVERIFY(knownEngineNames().contains(QStringLiteral("Discourse")));
    ThreadRef ref;
    QCOMPARE(engineForUrl(QUrl(QStringLiteral("https://meta.discourse.org/t/welcome/1/3")), &ref), engine);
    // XenForo keeps its own /t/ threads.
    QCOMPARE(engineForUrl(QUrl(QStringLiteral("https://voz.vn/t/review-cong-ty.677450/")), &ref),
        engineByName(QStringLiteral("xenforo")));
    QString postId;
    QCOMPARE(engineForPostLink(QUrl(QStringLiteral("https://meta.discourse.org/p/99881")), &postId), engine);
    QCOMPARE(postId, QStringLiteral("99881"));
    QCOMPARE(engine->postUrl(QUrl(QStringLiteral("https://example.org/forum/t/a/77")), QStringLiteral("5")),
        QUrl(QStringLiteral("https://example.org/forum/p/5")));
    const auto caps = engine->capabilities();
    QVERIFY(caps.testFlag(ForumEngine::Capability::ExplicitParents));
    QVERIFY(caps.testFlag(ForumEngine::Capability::QuoteSources));
    QVERIFY(caps.testFlag(ForumEngine::Capability::Avatars));
    QVERIFY(!caps.testFlag(ForumEngine::Capability::Pages));
}

QTEST_GUILESS_MAIN(TestDiscourseDetection)
#include "tst_discoursedetection.moc"
