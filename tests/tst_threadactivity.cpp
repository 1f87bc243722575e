// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/threadactivity.h"

#include <QTest>
#include <QTimeZone>

using namespace Threadkeeper;

namespace {
const QDateTime Start(QDate(2026, 3, 14), QTime(8, 12), QTimeZone::UTC);

// Posts at these offsets (seconds from Start), in thread order; every third unread.
QList<ThreadActivity::Entry> postsAt(const QList<qint64> &offsets)
{
    QList<ThreadActivity::Entry> posts;
    for (int i = 0; i < offsets.size(); ++i) {
        posts.append(ThreadActivity::Entry {QString::number(100 + i), QStringLiteral("poster%1").arg(i % 3),
            offsets[i] < 0 ? QDateTime() : Start.addSecs(offsets[i]), i, i % 3 == 0});
    }
    return posts;
}
} // namespace

class TestThreadActivity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bucketsFollowTheSpan_data();
    void bucketsFollowTheSpan();
    void countsUnreadAndFirstPost();
    void topPosters();
    void emptyAndUndated();
};

void TestThreadActivity::bucketsFollowTheSpan_data()
{
    QTest::addColumn<QList<qint64>>("offsets");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("buckets");
    QTest::addColumn<QDateTime>("firstStart");
    const qint64 hour = 3600, day = 86400;
    QTest::newRow("an afternoon: hours")
        << QList<qint64> {0, 600, 2 * hour, 7 * hour + 50 * 60} << int(ThreadActivity::Unit::Hour) << 9
        << QDateTime(QDate(2026, 3, 14), QTime(8, 0), QTimeZone::UTC);
    QTest::newRow("two days: still hours")
        << QList<qint64> {0, 2 * day} << int(ThreadActivity::Unit::Hour) << 49
        << QDateTime(QDate(2026, 3, 14), QTime(8, 0), QTimeZone::UTC);
    QTest::newRow("a month: days") << QList<qint64> {0, day, 30 * day} << int(ThreadActivity::Unit::Day) << 31
                                   << QDateTime(QDate(2026, 3, 14), QTime(0, 0), QTimeZone::UTC);
    QTest::newRow("a year: weeks from Monday")
        << QList<qint64> {0, 200 * day, 365 * day} << int(ThreadActivity::Unit::Week) << 53
        << QDateTime(QDate(2026, 3, 9), QTime(0, 0), QTimeZone::UTC);
    QTest::newRow("five years: months")
        << QList<qint64> {0, 5 * 365 * day} << int(ThreadActivity::Unit::Month) << 61
        << QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::UTC);
    QTest::newRow("one post") << QList<qint64> {0} << int(ThreadActivity::Unit::Minutes) << 1
                              << QDateTime(QDate(2026, 3, 14), QTime(8, 12), QTimeZone::UTC);
    // Issue 11: the seed's 24 minutes were one full-width bar; a bar a minute gives it shape.
    QTest::newRow("24 minutes: a bar a minute")
        << QList<qint64> {0, 60, 300, 301, 900, 24 * 60} << int(ThreadActivity::Unit::Minutes) << 25
        << QDateTime(QDate(2026, 3, 14), QTime(8, 12), QTimeZone::UTC);
    QTest::newRow("two hours: five minutes a bar")
        << QList<qint64> {0, 2 * hour} << int(ThreadActivity::Unit::Minutes) << 25
        << QDateTime(QDate(2026, 3, 14), QTime(8, 10), QTimeZone::UTC);
    QTest::newRow("three years: months")
        << QList<qint64> {0, 400 * day, 3 * 365 * day} << int(ThreadActivity::Unit::Month) << 37
        << QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::UTC);
}

void TestThreadActivity::bucketsFollowTheSpan()
{
    QFETCH(QList<qint64>, offsets);
    QFETCH(int, unit);
    QFETCH(int, buckets);
    QFETCH(QDateTime, firstStart);
    const ThreadActivity activity = ThreadActivity::compute(postsAt(offsets));
    QCOMPARE(int(activity.unit), unit);
    QCOMPARE(activity.buckets.size(), buckets);
    QCOMPARE(activity.buckets.first().start, firstStart);
    int total = 0;
    for (int i = 0; i < activity.buckets.size(); ++i) {
        total += activity.buckets[i].posts;
        if (i > 0)
            QCOMPARE(activity.buckets[i].start, activity.buckets[i - 1].end); // contiguous
    }
    QCOMPARE(total, offsets.size()); // every post in exactly one bar
}

void TestThreadActivity::countsUnreadAndFirstPost()
{
    // Thread order is not date order: a late page's post can carry an early date.
    QList<ThreadActivity::Entry> posts = postsAt({0, 300, 1200, 3700, 3800, 11000});
    posts[4].date = Start.addSecs(100); // position 4, dated in the first hour
    const ThreadActivity activity = ThreadActivity::compute(posts);
    QCOMPARE(activity.buckets.size(), 4); // over three hours: hours
    QCOMPARE(activity.buckets[0].posts, 4); // 0, 300, 1200, and the late one
    QCOMPARE(activity.buckets[0].unread, 1); // position 0
    QCOMPARE(activity.buckets[0].firstPostId, QStringLiteral("100"));
    QCOMPARE(activity.buckets[1].posts, 1);
    QCOMPARE(activity.buckets[1].unread, 1); // position 3
    QCOMPARE(activity.buckets[1].firstPostId, QStringLiteral("103"));
    QCOMPARE(activity.buckets[2].posts, 0);
    QCOMPARE(activity.buckets[3].firstPostId, QStringLiteral("105"));
    QCOMPARE(activity.maxPosts(), 4);
}

void TestThreadActivity::topPosters()
{
    QList<ThreadActivity::Entry> posts = postsAt({0, 1, 2, 3, 4, 5, 6});
    posts[6].author = QStringLiteral("Ærin");
    const ThreadActivity activity = ThreadActivity::compute(posts, 3);
    // poster0: 0, 3 (6 is Ærin) → 2; poster1: 1, 4 → 2; poster2: 2, 5 → 2; ties by name.
    QCOMPARE(activity.topPosters,
        (QList<QPair<QString, int>> {
            {QStringLiteral("poster0"), 2}, {QStringLiteral("poster1"), 2}, {QStringLiteral("poster2"), 2}}));
}

void TestThreadActivity::emptyAndUndated()
{
    QVERIFY(ThreadActivity::compute({}).buckets.isEmpty());
    const ThreadActivity activity = ThreadActivity::compute(postsAt({-1, 0, -1, 60}));
    QCOMPARE(activity.undated, 2);
    QCOMPARE(activity.buckets.size(), 2); // a minute apart: a bar a minute
    QCOMPARE(activity.buckets[0].posts + activity.buckets[1].posts, 2);
}

QTEST_GUILESS_MAIN(TestThreadActivity)
#include "tst_threadactivity.moc"
