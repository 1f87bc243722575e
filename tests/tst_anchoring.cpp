// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/anchoring.h"

#include <QTest>

using namespace Threadkeeper;

class TestAnchoring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reanchor_data();
    void reanchor();
    void wordBoundaries_data();
    void wordBoundaries();
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

namespace {
// The example: a forum edit changed the first word of the highlight.
const QString china = QStringLiteral(
    "Honestly, us cutting emissions is pissing in the ocean with what China does. Nobody here thinks "
    "otherwise.");
// The same words twice, told apart by what surrounds them.
const QString twice = QStringLiteral(
    "The plan says the goals can be met by 2030 without new plants. Critics reply that the goals can be met "
    "by 2030 only on paper.");

QString replaced(QString text, const QString &from, const QString &to)
{
    return text.replace(from, to);
}
} // namespace

void TestAnchoring::reanchor_data()
{
    QTest::addColumn<QString>("text"); // the post as the reader read it
    QTest::addColumn<QString>("highlight"); // what the reader selected
    QTest::addColumn<int>("occurrence"); // which occurrence of it (0: first)
    QTest::addColumn<QString>("edited"); // the post after a re-sync
    QTest::addColumn<QString>("expected"); // the words the highlight covers now; empty: orphaned
    QTest::addColumn<int>("expectedOccurrence"); // which occurrence of them in the edited post

    QTest::newRow("unchanged") << original << "lots of solar and wind" << 0 << original
                               << "lots of solar and wind" << 0;
    QTest::newRow("inserted before") << original << "lots of solar and wind" << 0
                                     << QStringLiteral("EDIT: sources added below. ") + original
                                     << "lots of solar and wind" << 0;
    QTest::newRow("inserted inside") << original
                                     << "That means lots of solar and wind as they are the cheapest" << 0
                                     << replaced(original, QStringLiteral("lots of solar"),
                                            QStringLiteral("lots of cheap solar"))
                                     << "That means lots of cheap solar and wind as they are the cheapest"
                                     << 0;
    QTest::newRow("inserted after") << original << "the cheapest to produce" << 0
                                    << replaced(original, QStringLiteral("to produce."),
                                           QStringLiteral("to produce (on paper)."))
                                    << "the cheapest to produce" << 0;
    QTest::newRow("the issue's example: first word changed")
        << china << "pissing in the ocean with what China does" << 0
        << replaced(china, QStringLiteral("pissing"), QStringLiteral("spitting"))
        << "spitting in the ocean with what China does" << 0;
    QTest::newRow("word changed at the start")
        << original << "lots of solar and wind as they are the cheapest" << 0
        << replaced(original, QStringLiteral("lots of solar"), QStringLiteral("heaps of solar"))
        << "heaps of solar and wind as they are the cheapest" << 0;
    QTest::newRow("word changed in the middle")
        << original << "lots of solar and wind as they are the cheapest" << 0
        << replaced(original, QStringLiteral("solar and wind"), QStringLiteral("solar or wind"))
        << "lots of solar or wind as they are the cheapest" << 0;
    QTest::newRow("word changed at the end")
        << original << "as they are the cheapest to produce" << 0
        << replaced(original, QStringLiteral("cheapest to produce"), QStringLiteral("cheapest to build"))
        << "as they are the cheapest to build" << 0;
    QTest::newRow("words shortened") << original
                                     << "could argue the goals can be met without doing much of anything" << 0
                                     << replaced(original, QStringLiteral("without doing much of anything"),
                                            QStringLiteral("without doing anything"))
                                     << "could argue the goals can be met without doing anything" << 0;
    QTest::newRow("typo fixed") << original << "the cheapest to produce" << 0
                                << replaced(original, QStringLiteral("cheapest"), QStringLiteral("cheepest"))
                                << "the cheepest to produce" << 0;
    QTest::newRow("phrase deleted")
        << original << "That means lots of solar and wind as they are the cheapest to produce." << 0
        << replaced(original,
               QStringLiteral(" That means lots of solar and wind as they are the cheapest to produce."),
               QString())
        << "" << 0;
    // "nuclear" appears twice: the second was highlighted. Text inserted before both
    // moves them; the context picks the right one.
    QTest::newRow("duplicate, second, by context")
        << original << "nuclear" << 1 << QStringLiteral("Nuclear is the topic. ") + original << "nuclear"
        << 1;
    QTest::newRow("duplicate, first, by context")
        << original << "nuclear" << 0 << QStringLiteral("Nuclear! ") + original << "nuclear" << 0;
    QTest::newRow("duplicate edited in both, second by context")
        << twice << "the goals can be met by 2030" << 1
        << replaced(twice, QStringLiteral("goals"), QStringLiteral("aims")) << "the aims can be met by 2030"
        << 1;
    QTest::newRow("duplicate edited in both, first by context")
        << twice << "the goals can be met by 2030" << 0
        << replaced(twice, QStringLiteral("goals"), QStringLiteral("aims")) << "the aims can be met by 2030"
        << 0;
    QTest::newRow("duplicate, the other one deleted")
        << twice << "the goals can be met by 2030" << 1
        << replaced(twice, QStringLiteral("The plan says the goals can be met by 2030 without new plants. "),
               QString())
        << "the goals can be met by 2030" << 0;
    // Whole words only: "the US" inside "the USA" is not the highlight.
    QTest::newRow("not inside a longer word")
        << QStringLiteral("Ask the US first.") << "the US" << 0
        << QStringLiteral("Ask the USA first, then the US.") << "the US" << 1;
}

void TestAnchoring::reanchor()
{
    QFETCH(QString, text);
    QFETCH(QString, highlight);
    QFETCH(int, occurrence);
    QFETCH(QString, edited);
    QFETCH(QString, expected);
    QFETCH(int, expectedOccurrence);
    const auto nth = [](const QString &in, const QString &words, int n) {
        int at = int(in.indexOf(words));
        for (int i = 0; i < n && at >= 0; ++i)
            at = int(in.indexOf(words, at + 1));
        return at;
    };
    const int start = nth(text, highlight, occurrence);
    QVERIFY(start >= 0);
    const TextSelector selector = Anchoring::makeSelector(text, start, start + int(highlight.size()));
    QCOMPARE(selector.exact, highlight);

    const Anchoring::Match match = Anchoring::anchor(edited, selector);
    QCOMPARE(match.found, !expected.isEmpty());
    if (!match.found)
        return;
    const QString now = edited.mid(match.start, match.end - match.start);
    QCOMPARE(now, expected);
    QCOMPARE(match.start, nth(edited, expected, expectedOccurrence)); // the right one of several
    // Whole words, always.
    QVERIFY2(Anchoring::isWordBoundary(edited, match.start), qPrintable(edited.mid(match.start - 3, 6)));
    QVERIFY2(Anchoring::isWordBoundary(edited, match.end), qPrintable(edited.mid(match.end - 3, 6)));
    const TextSelector moved = Anchoring::reanchored(edited, selector, match);
    QCOMPARE(moved.exact, expected);
    QCOMPARE(moved.start, match.start);
    // Anchored again in the same text, it stays put.
    const Anchoring::Match again = Anchoring::anchor(edited, moved);
    QCOMPARE(again.start, match.start);
    QCOMPARE(again.end, match.end);
}

void TestAnchoring::wordBoundaries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("snapped");
    QTest::newRow("inside a word") << "is spitting in" << 4 << 11 << "spitting";
    QTest::newRow("spaces at the edges") << "is spitting in" << 2 << 12 << "spitting";
    QTest::newRow("already whole") << "is spitting in" << 3 << 11 << "spitting";
    QTest::newRow("apostrophe inside") << "we don't know" << 5 << 13 << "don't know";
    QTest::newRow("punctuation kept") << "China does. Nobody" << 6 << 11 << "does.";
}

void TestAnchoring::wordBoundaries()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    const auto [from, to] = Anchoring::snapToWords(text, start, end);
    QTEST(text.mid(from, to - from), "snapped");
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
