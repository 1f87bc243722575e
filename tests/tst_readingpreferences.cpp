// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reading settings sync carries between devices: only those the reader chose are sent,
// and what another device sends is checked before it is kept.
#include "services/preferences.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Threadkeeper;

class ReadingPreferencesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ThreadkeeperReadingPreferencesTests"));
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void defaultsAreNeverWritten()
    {
        ReadingPreferences().save();
        QVERIFY(ReadingPreferences::syncedValues().isEmpty());
        ReadingPreferences chosen;
        chosen.hideMode = HideMode::Subtree;
        chosen.save();
        QCOMPARE(ReadingPreferences::syncedValues(),
            (QHash<QString, QString> {{QStringLiteral("rules/hideMode"), QStringLiteral("2")}}));
        // Back to the default by choice: written, so it travels too.
        ReadingPreferences().save();
        QCOMPARE(
            ReadingPreferences::syncedValues().value(QStringLiteral("rules/hideMode")), QStringLiteral("0"));
    }

    void applySyncedChecksEachValue_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("kept");
        QTest::newRow("hide mode") << QStringLiteral("rules/hideMode") << QStringLiteral("1") << true;
        QTest::newRow("hide mode out of range")
            << QStringLiteral("rules/hideMode") << QStringLiteral("7") << false;
        QTest::newRow("threshold") << QStringLiteral("rules/hideThreshold") << QStringLiteral("-40") << true;
        QTest::newRow("not a number")
            << QStringLiteral("rules/hideThreshold") << QStringLiteral("lots") << false;
        QTest::newRow("fold quotes off")
            << QStringLiteral("reader/foldParentQuotes") << QStringLiteral("0") << true;
        QTest::newRow("delay too long")
            << QStringLiteral("reader/markReadSeconds") << QStringLiteral("9999") << false;
        QTest::newRow("a machine's own setting")
            << QStringLiteral("network/perHost") << QStringLiteral("16") << false;
    }
    void applySyncedChecksEachValue()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, kept);
        QCOMPARE(ReadingPreferences::applySynced({{key, value}}), kept);
        QCOMPARE(QSettings().contains(key), kept);
        if (kept) {
            QCOMPARE(ReadingPreferences::syncedValues().value(key), value);
            QVERIFY(!ReadingPreferences::applySynced({{key, value}})); // the same again changes nothing
        }
        const ReadingPreferences loaded = ReadingPreferences::load();
        if (key == QLatin1String("reader/foldParentQuotes"))
            QCOMPARE(loaded.foldParentQuotes, !kept);
    }
};

QTEST_GUILESS_MAIN(ReadingPreferencesTest)
#include "tst_readingpreferences.moc"
