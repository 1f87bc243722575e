// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/anchoring.h"

#include <QTest>

using namespace Threadkeeper;

class TestAnchoring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reanchor_data();
    void reanchor();
    void selectorKeepsContext();
};

namespace {
// Daven's #4 in the seed thread, as first read.
const QString original = QStringLiteral(
    "Every one of those statements is so vague one could argue the goals can be met without doing much of "
    "anything. Everything above is exactly what the current and past administrations have done since the "
    "beginning of time. That means lots of solar and wind as they are the cheapest to produce. The only "
    "thing "
    "missing is nuclear. I'm a big nuclear proponent and this is the only place I see the government "
    "helping.");
} // namespace

void TestAnchoring::reanchor_data()
{
    QTest::addColumn<QString>("highlight"); // what the reader selected in the original
    QTest::addColumn<int>("occurrence"); // which occurrence of it (0: first)
    QTest::addColumn<QString>("edited"); // the post after a re-sync
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("expected"); // the words the highlight covers now

    QTest::newRow("unchanged") << "lots of solar and wind" << 0 << original << true
                               << "lots of solar and wind";
    QTest::newRow("text inserted before")
        << "lots of solar and wind" << 0 << QStringLiteral("EDIT: sources added below. ") + original << true
        << "lots of solar and wind";
    QTest::newRow("words edited slightly")
        << "could argue the goals can be met without doing much of anything" << 0
        << QString(original).replace(
               QStringLiteral("without doing much of anything"), QStringLiteral("without doing anything"))
        << true << "could argue the goals can be met without doing anything";
    QTest::newRow("typo fixed") << "the cheapest to produce" << 0
                                << QString(original).replace(
                                       QStringLiteral("cheapest"), QStringLiteral("cheepest"))
                                << true << "the cheepest to produce";
    QTest::newRow("highlighted text deleted")
        << "That means lots of solar and wind as they are the cheapest to produce." << 0
        << QString(original).remove(
               QStringLiteral(" That means lots of solar and wind as they are the cheapest to produce."))
        << false << "";
    // "nuclear" appears twice; the second was highlighted. Text inserted before both
    // moves them; the context picks the right one.
    QTest::newRow("duplicates resolved by context")
        << "nuclear" << 1 << QStringLiteral("Nuclear is the topic. ") + original << true << "nuclear";
    QTest::newRow("duplicate, first")
        << "nuclear" << 0 << QStringLiteral("Nuclear! ") + original << true << "nuclear";
}

void TestAnchoring::reanchor()
{
    QFETCH(QString, highlight);
    QFETCH(int, occurrence);
    QFETCH(QString, edited);
    int start = int(original.indexOf(highlight));
    for (int i = 0; i < occurrence; ++i)
        start = int(original.indexOf(highlight, start + 1));
    QVERIFY(start >= 0);
    const TextSelector selector = Anchoring::makeSelector(original, start, start + int(highlight.size()));
    QCOMPARE(selector.exact, highlight);

    const Anchoring::Match match = Anchoring::anchor(edited, selector);
    QTEST(match.found, "found");
    if (!match.found)
        return;
    QFETCH(QString, expected);
    QCOMPARE(edited.mid(match.start, match.end - match.start), expected);
    // The right occurrence: the same words before it as in the original.
    const QString before = original.left(start).right(20);
    QVERIFY2(edited.left(match.start).endsWith(before)
            || QTest::currentDataTag() == QByteArray("words edited slightly")
            || QTest::currentDataTag() == QByteArray("typo fixed"),
        qPrintable(edited.left(match.start).right(20)));
    const TextSelector moved = Anchoring::reanchored(edited, selector, match);
    QCOMPARE(moved.exact, expected);
    QCOMPARE(moved.start, match.start);
}

void TestAnchoring::selectorKeepsContext()
{
    const TextSelector s = Anchoring::makeSelector(original, 6, 9);
    QCOMPARE(s.exact, QStringLiteral("one"));
    QCOMPARE(s.prefix, QStringLiteral("Every "));
    QCOMPARE(s.suffix.size(), Anchoring::ContextLength);
    QVERIFY(!Anchoring::anchor(original, TextSelector {}).found);
}

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
