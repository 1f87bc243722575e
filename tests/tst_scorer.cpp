// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/rulejson.h"
#include "domain/scorer.h"

#include <QTest>
#include <QTimeZone>

using namespace Threadkeeper;

namespace {
const QString tpu = QStringLiteral("www.techpowerup.com");
const QString s_thread = QStringLiteral("https://www.techpowerup.com/forums/threads/the-empire.331822/");
const QString s_otherThread = QStringLiteral("https://www.techpowerup.com/forums/threads/other.1/");

Rule poster(
    const QString &name, int score, Rule::Scope scope = Rule::Scope::Site, const QDateTime &expires = {})
{
    Rule r;
    r.kind = Rule::Kind::Poster;
    r.site = tpu;
    r.pattern = name;
    r.score = score;
    r.scope = scope;
    r.threadUrl = scope == Rule::Scope::Thread ? s_thread : QString();
    r.expires = expires;
    return r;
}

Rule keyword(const QString &word, int score)
{
    Rule r = poster(word, score);
    r.kind = Rule::Kind::Keyword;
    return r;
}

Post post(const QString &author, const QString &text)
{
    Post p;
    p.id = QStringLiteral("1");
    p.author = author;
    p.text = text;
    return p;
}
} // namespace

class TestScorer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scores_data();
    void scores();
    void expiryUsesTheClock();
    void quotesOfAPosterUsePosterRulesOnly();
    void explanation();
    void jsonRoundTrip();
    void jsonRejects_data();
    void jsonRejects();
};

void TestScorer::scores_data()
{
    QTest::addColumn<QList<Rule>>("rules");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("score");
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<bool>("followed");

    const QString words = QStringLiteral("Removing barriers means tariffs, tariffs, tariffs");
    QTest::newRow("no rules") << QList<Rule> {} << "Daven" << words << s_thread << 0 << false << false;
    QTest::newRow("hide") << QList<Rule> {poster(QStringLiteral("Bomby569"), -100)} << "Bomby569" << words
                          << s_thread << -100 << true << false;
    QTest::newRow("name is case-insensitive") << QList<Rule> {poster(QStringLiteral("bomby569"), -100)}
                                              << "Bomby569" << words << s_thread << -100 << true << false;
    QTest::newRow("follow") << QList<Rule> {poster(QStringLiteral("ncrs"), 100)} << "ncrs" << words
                            << s_thread << 100 << false << true;
    QTest::newRow("rules add up") << QList<Rule> {poster(QStringLiteral("Daven"), -90),
        keyword(QStringLiteral("tariffs"), -20)}
                                  << "Daven" << words << s_thread << -110 << true << false;
    QTest::newRow("below threshold") << QList<Rule> {poster(QStringLiteral("Daven"), -90)} << "Daven" << words
                                     << s_thread << -90 << false << false;
    QTest::newRow("keyword is a whole word") << QList<Rule> {keyword(QStringLiteral("tariff"), -200)}
                                             << "Daven" << words << s_thread << 0 << false << false;
    QTest::newRow("keyword phrase, any case")
        << QList<Rule> {keyword(QStringLiteral("removing BARRIERS"), -200)} << "Daven" << words << s_thread
        << -200 << true << false;
    QTest::newRow("other poster") << QList<Rule> {poster(QStringLiteral("Bomby569"), -100)} << "Denver"
                                  << words << s_thread << 0 << false << false;
    QTest::newRow("s_thread scope, this s_thread")
        << QList<Rule> {poster(QStringLiteral("Daven"), -100, Rule::Scope::Thread)} << "Daven" << words
        << s_thread << -100 << true << false;
    QTest::newRow("s_thread scope, other s_thread")
        << QList<Rule> {poster(QStringLiteral("Daven"), -100, Rule::Scope::Thread)} << "Daven" << words
        << s_otherThread << 0 << false << false;
    QTest::newRow("other site") << QList<Rule> {poster(QStringLiteral("Daven"), -100)} << "Daven" << words
                                << "https://forums.macrumors.com/threads/a.1/" << 0 << false << false;
    QTest::newRow("hide wins over follow")
        << QList<Rule> {poster(QStringLiteral("Daven"), 150), keyword(QStringLiteral("tariffs"), -300)}
        << "Daven" << words << s_thread << -150 << true << false;
}

void TestScorer::scores()
{
    QFETCH(QList<Rule>, rules);
    QFETCH(QString, author);
    QFETCH(QString, text);
    QFETCH(QString, url);
    Scorer scorer;
    scorer.setRules(rules);
    const PostScore s = scorer.score(post(author, text), url);
    QTEST(s.score, "score");
    QTEST(s.hidden, "hidden");
    QTEST(s.followed, "followed");
}

void TestScorer::expiryUsesTheClock()
{
    QDateTime now(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::UTC);
    Scorer scorer;
    scorer.setClock([&now] { return now; });
    scorer.setRules({poster(QStringLiteral("Daven"), -100, Rule::Scope::Site, now.addDays(30))});
    QVERIFY(scorer.score(post(QStringLiteral("Daven"), {}), s_thread).hidden);
    now = now.addDays(29);
    QVERIFY(scorer.score(post(QStringLiteral("Daven"), {}), s_thread).hidden);
    now = now.addDays(1);
    QVERIFY(!scorer.score(post(QStringLiteral("Daven"), {}), s_thread).hidden);
}

void TestScorer::quotesOfAPosterUsePosterRulesOnly()
{
    Scorer scorer;
    scorer.setRules({poster(QStringLiteral("Daven"), -100), keyword(QStringLiteral("Daven"), -500)});
    const PostScore s = scorer.posterScore(QStringLiteral("Daven"), s_thread);
    QCOMPARE(s.score, -100);
    QVERIFY(s.hidden);
    scorer.setThresholds(ScoreThresholds {-200, 50});
    QVERIFY(!scorer.posterScore(QStringLiteral("Daven"), s_thread).hidden);
}

void TestScorer::explanation()
{
    Scorer scorer;
    scorer.setRules({poster(QStringLiteral("Bomby569"), -100), keyword(QStringLiteral("tariffs"), -20)});
    const PostScore s = scorer.score(post(QStringLiteral("Bomby569"), QStringLiteral("tariffs!")), s_thread);
    QCOMPARE(
        s.explanation(), QStringLiteral("score -120: Hide Bomby569 (site); keyword 'tariffs' -20 (site)"));
}

void TestScorer::jsonRoundTrip()
{
    QList<Rule> rules {poster(QStringLiteral("Zoë"), -100, Rule::Scope::Thread,
                           QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::UTC)),
        keyword(QStringLiteral("tariffs"), -20)};
    rules[0].note = QStringLiteral("why: \"loud\"");
    QList<Rule> back;
    QString error;
    QVERIFY2(rulesFromJson(rulesToJson(rules), &back, &error), qPrintable(error));
    QCOMPARE(back, rules);
}

void TestScorer::jsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("why");
    QTest::newRow("not json") << QByteArray("rules: yes") << "not JSON";
    QTest::newRow("no list") << QByteArray("{\"version\": 1}") << "not a Threadkeeper rules file";
    QTest::newRow("newer") << QByteArray("{\"version\": 9, \"rules\": []}") << "newer";
    QTest::newRow("incomplete") << QByteArray(
        "{\"version\": 1, \"rules\": [{\"kind\": \"poster\", \"score\": -100}]}")
                                << "rule 1 is incomplete";
}

void TestScorer::jsonRejects()
{
    QFETCH(QByteArray, json);
    QList<Rule> rules {keyword(QStringLiteral("kept"), 1)};
    QString error;
    QVERIFY(!rulesFromJson(json, &rules, &error));
    QFETCH(QString, why);
    QVERIFY2(error.contains(why), qPrintable(error));
    QCOMPARE(rules.size(), 1); // untouched
}

QTEST_GUILESS_MAIN(TestScorer)
#include "tst_scorer.moc"
