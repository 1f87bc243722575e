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

QTEST_GUILESS_MAIN(TestForumDate)
#include "tst_forumdate.moc"
