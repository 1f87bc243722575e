// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engines/discourse/discoursenumbers.h"

#include <QTest>

using namespace Threadkeeper;

// Which post numbers the stream's places hold, worked out by hand for each case.
class TestDiscourseNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deduceNumbers_data();
    void deduceNumbers();
};

void TestDiscourseNumbers::deduceNumbers_data()
{
    QTest::addColumn<QList<qint64>>("stream");
    QTest::addColumn<QList<int>>("knownNumbers"); // per stream place, 0 for unknown
    QTest::addColumn<int>("highest");
    QTest::addColumn<QList<int>>("expected"); // per stream place, 0 for undetermined
    QTest::newRow("first chunk, no gaps")
        << QList<qint64> {1, 2, 3, 4} << QList<int> {1, 2, 0, 0} << 4 << QList<int> {1, 2, 3, 4};
    QTest::newRow("first chunk, gap after")
        << QList<qint64> {1, 2, 3, 4} << QList<int> {1, 2, 0, 0} << 5 << QList<int> {1, 2, 0, 0};
    QTest::newRow("no highest") << QList<qint64> {1, 2, 3} << QList<int> {1, 0, 0} << 0
                                << QList<int> {1, 0, 0};
    QTest::newRow("chunk at the end, start tight")
        << QList<qint64> {9, 8, 7, 6} << QList<int> {0, 0, 3, 4} << 4 << QList<int> {1, 2, 3, 4};
    QTest::newRow("between two known")
        << QList<qint64> {1, 2, 3, 4, 5} << QList<int> {1, 0, 0, 6, 0} << 0 << QList<int> {1, 0, 0, 6, 0};
    QTest::newRow("tight between two known")
        << QList<qint64> {1, 2, 3, 4} << QList<int> {2, 0, 0, 5} << 0 << QList<int> {2, 3, 4, 5};
    QTest::newRow("out of order: only what posts say")
        << QList<qint64> {1, 2, 3, 4} << QList<int> {3, 0, 2, 0} << 4 << QList<int> {3, 0, 2, 0};
}

void TestDiscourseNumbers::deduceNumbers()
{
    QFETCH(QList<qint64>, stream);
    QFETCH(QList<int>, knownNumbers);
    QFETCH(int, highest);
    QFETCH(QList<int>, expected);
    QHash<qint64, int> known;
    for (qsizetype i = 0; i < stream.size(); ++i) {
        if (knownNumbers[i] > 0)
            known.insert(stream[i], knownNumbers[i]);
    }
    const QHash<int, QString> map = DiscoursePostNumbers::deduce(stream, known, highest);
    QHash<int, QString> want;
    for (qsizetype i = 0; i < stream.size(); ++i) {
        if (expected[i] > 0)
            want.insert(expected[i], QString::number(stream[i]));
    }
    QCOMPARE(map, want);
    QCOMPARE(DiscoursePostNumbers::decode(DiscoursePostNumbers::encode(map), 1000), map);
}

QTEST_GUILESS_MAIN(TestDiscourseNumbers)
#include "tst_discoursenumbers.moc"
