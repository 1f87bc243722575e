// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Dates as forums print them, in the forms and languages boards are set to (issue 23: a
// phpBB page dated "17 Jul 2011 17:51" and a German vBulletin page dated "14.12.2019 21:42"
// opened with no dates at all).
#include "engines/forumdate.h"

#include <QTest>
#include <QTimeZone>

using namespace Threadkeeper;

class TestForumDate : public QObject
{
    Q_OBJECT

private slots:
    void forms_data();
    void forms();
    void relativeAndZoned_data();
    void relativeAndZoned();
    void statedZones_data();
    void statedZones();
};

void TestForumDate::forms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // ISO, UTC; empty: no date
    const auto row = [](const char *name, const char *text, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("phpBB, no comma", "17 Jul 2011 17:51", "2011-07-17T17:51:00Z");
    row("phpBB 3.0 default", "Sun Jul 17, 2011 5:51 pm", "2011-07-17T17:51:00Z");
    row("phpBB after the author", "by Lehemad » 17 Jul 2011, 17:51", "2011-07-17T17:51:00Z");
    row("German vBulletin, no comma", "14.12.2019 21:42", "2019-12-14T21:42:00Z");
    row("German, month by name", "17. Juli 2011, 17:51", "2011-07-17T17:51:00Z");
    row("German, März", "3. März 2020 08:05", "2020-03-03T08:05:00Z");
    row("French", "17 juillet 2011 à 17:51", "2011-07-17T17:51:00Z");
    row("French, hours written h", "le 2 févr. 2021, 9h05", "2021-02-02T09:05:00Z");
    row("Spanish", "17 de julio de 2011, 17:51", "2011-07-17T17:51:00Z");
    row("Italian", "17 luglio 2011, 17:51", "2011-07-17T17:51:00Z");
    row("Polish", "17 lipca 2011, 17:51", "2011-07-17T17:51:00Z");
    row("English, ordinal", "Mar 3rd, 2015, 10:22 am", "2015-03-03T10:22:00Z");
    row("noon and midnight", "Jan 5, 2016, 12:00 AM", "2016-01-05T00:00:00Z");
    row("vBulletin default", "06-15-2016, 03:03 PM", "2016-06-15T15:03:00Z");
    row("day first when it must be", "25/12/2016 08:00", "2016-12-25T08:00:00Z");
    row("ISO", "2019-12-14 21:42", "2019-12-14T21:42:00Z");
    row("two-digit year", "14.12.19, 21:42", "2019-12-14T21:42:00Z");
    row("today", "Today, 10:15", "2026-12-07T10:15:00Z");
    row("heute", "Heute, 10:15", "2026-12-07T10:15:00Z");
    row("yesterday, PM", "Yesterday, 09:30 PM", "2026-12-06T21:30:00Z");
    row("gestern", "Gestern, 21:42", "2026-12-06T21:42:00Z");
    row("Russian yesterday", "Вчера, 21:42", "2026-12-06T21:42:00Z");
    row("no time: midnight", "17 Jul 2011", "2011-07-17T00:00:00Z");
    row("no date at all", "Posts: 1,234", "");
    row("a day that does not exist", "31.02.2019 10:00", "");
    row("not a month", "17 Foo 2011 17:51", "");
    row("nothing", "", "");
}

void TestForumDate::forms()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QDateTime date = forumDate(text, QDate(2026, 12, 7));
    if (expected.isEmpty()) {
        QVERIFY2(!date.isValid(), qPrintable(date.toString(Qt::ISODate)));
        return;
    }
    QVERIFY2(date.isValid(), qPrintable(text));
    QCOMPARE(date.toUTC().toString(Qt::ISODate), expected);
}

void TestForumDate::relativeAndZoned_data()
{
    // Read at 2026-12-07 15:20 UTC, on a board printing times in the zone given.
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offsetHours");
    QTest::addColumn<QString>("expected"); // ISO, UTC; empty: no date
    const auto row = [](const char *name, const char *text, int offset, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << offset << QString::fromUtf8(expected);
    };
    row("a UTC+1 board", "17 Jul 2011 17:51", 1, "2011-07-17T16:51:00Z");
    row("a GMT-5 board", "06-15-2016, 03:03 PM", -5, "2016-06-15T20:03:00Z");
    // Past midnight in the board's zone, still the 7th in UTC: "today" is the board's.
    row("today on a UTC+10 board", "Today, 01:15", 10, "2026-12-07T15:15:00Z");
    row("yesterday on a UTC-8 board", "Yesterday, 11:00 PM", -8, "2026-12-07T07:00:00Z");
    row("minutes ago", "5 minutes ago", 0, "2026-12-07T15:15:00Z");
    row("an hour ago", "an hour ago", 3, "2026-12-07T14:20:00Z");
    row("vor 3 Stunden", "vor 3 Stunden", 1, "2026-12-07T12:20:00Z");
    row("vor einer Minute", "vor einer Minute", 1, "2026-12-07T15:19:00Z");
    row("il y a 2 heures", "il y a 2 heures", 1, "2026-12-07T13:20:00Z");
    row("hace un día", "hace un día", 0, "2026-12-06T15:20:00Z");
    row("2 ore fa", "2 ore fa", 0, "2026-12-07T13:20:00Z");
    row("3 uur geleden", "3 uur geleden", 0, "2026-12-07T12:20:00Z");
    row("2 weeks ago", "2 weeks ago", 0, "2026-11-23T15:20:00Z");
    row("just now", "Just now", 5, "2026-12-07T15:20:00Z");
    row("a count without ago is not a time", "3 hours", 0, "");
    row("posts are not a time", "Posts: 1,234", 0, "");
}

void TestForumDate::relativeAndZoned()
{
    QFETCH(QString, text);
    QFETCH(int, offsetHours);
    QFETCH(QString, expected);
    const ForumClock clock {offsetHours == 0 ? QTimeZone(QTimeZone::UTC) : QTimeZone(offsetHours * 3600),
        QDateTime(QDate(2026, 12, 7), QTime(15, 20, 42), QTimeZone::UTC)};
    const QDateTime date = forumDate(text, clock);
    if (expected.isEmpty()) {
        QVERIFY2(!date.isValid(), qPrintable(date.toString(Qt::ISODate)));
        return;
    }
    QVERIFY2(date.isValid(), qPrintable(text));
    QCOMPARE(date.toUTC().toString(Qt::ISODate), expected);
}

void TestForumDate::statedZones_data()
{
    // Footers as the boards print them (the first five as real pages in ../shared do).
    QTest::addColumn<QByteArray>("footer");
    QTest::addColumn<QString>("zone"); // an IANA id, or the offset in seconds
    QTest::newRow("phpBB 3.0, UTC + 1 hour") << QByteArray("<li>All times are UTC + 1 hour </li>") << "3600";
    QTest::newRow("phpBB 3.0, UTC with summer time")
        << QByteArray("<li>All times are UTC [ <abbr title=\"Daylight Saving Time\">DST</abbr> ]</li>")
        << "3600";
    QTest::newRow("vBulletin 3, GMT -5")
        << QByteArray("<div>All times are GMT -5. The time now is <span class=\"time\">00:08</span>.</div>")
        << "-18000";
    QTest::newRow("vBulletin 4, GMT") << QByteArray("All times are GMT. The time now is 05:23 AM.") << "0";
    QTest::newRow("vBulletin 5, GMT-5")
        << QByteArray("All times are GMT-5. This page was generated at") << "-18000";
    QTest::newRow("phpBB 3.1+, a named zone") << QByteArray(
        "<li class=\"rightside\">All times are <span title=\"Europe/Berlin\">UTC+01:00</span></li>")
                                              << "Europe/Berlin";
    QTest::newRow("phpBB 3.3 in German")
        << QByteArray("Alle Zeiten sind <span title=\"Europa/Berlin\">UTC+01:00</span>") << "3600";
    QTest::newRow("vBulletin in German")
        << QByteArray("Alle Zeitangaben in WEZ +1. Es ist jetzt 21:42 Uhr.") << "3600";
    QTest::newRow("half hours") << QByteArray("All times are GMT +5.5. The time now is") << "19800";
    QTest::newRow("minutes") << QByteArray("All times are UTC-03:30") << "-12600";
    QTest::newRow("French") << QByteArray("Toutes les heures sont au format UTC+02:00") << "7200";
    QTest::newRow("nothing said") << QByteArray("<html><body>Copyright</body></html>") << "0";
}

void TestForumDate::statedZones()
{
    QFETCH(QByteArray, footer);
    QFETCH(QString, zone);
    // Posts come first: a zone named in a post before the footer is not the page's.
    const QByteArray post
        = footer.contains("Copyright") ? "" : "<div class=\"post\">All times are GMT +9</div>";
    const QByteArray page = "<html><body>" + post + footer + "</body></html>";
    const QTimeZone stated = statedTimeZone(page);
    bool isOffset = false;
    const int seconds = zone.toInt(&isOffset);
    if (isOffset) {
        QCOMPARE(stated.offsetFromUtc(QDateTime(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::UTC)), seconds);
    } else {
        QCOMPARE(QString::fromLatin1(stated.id()), zone);
        // Its offset follows summer time.
        QCOMPARE(stated.offsetFromUtc(QDateTime(QDate(2026, 7, 15), QTime(12, 0), QTimeZone::UTC)), 7200);
    }
}

QTEST_GUILESS_MAIN(TestForumDate)
#include "tst_forumdate.moc"
