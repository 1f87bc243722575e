// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The translations: the German catalogue loads and the real window speaks German, English reads
// "1 post" / "2 posts", every string of the catalogues is translated with its placeholders and
// accelerators, the catalogue holds exactly the strings of the sources (lupdate run afresh), and
// the binary follows the system language with no display.
#include "readerwindow.h"

#include "reader/threadview.h"
#include "window/mainwindow.h"

#include "services/demo.h"
#include "services/translations.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

const QString GermanCatalogue
    = QStringLiteral(THREADKEEPER_SOURCE_DIR "/resources/translations/threadkeeper_de.ts");
const QString EnglishCatalogue
    = QStringLiteral(THREADKEEPER_SOURCE_DIR "/resources/translations/threadkeeper_en.ts");

// One message of a .ts file, as lupdate writes it.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or one per plural form

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS")
            continue;
        if (xml.name() == u"context") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name") {
                    context = xml.readElementText();
                } else if (xml.name() == u"message") {
                    Message m;
                    m.context = context;
                    m.numerus = xml.attributes().value(u"numerus") == u"yes";
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"source") {
                            m.source = xml.readElementText();
                        } else if (xml.name() == u"comment") {
                            m.comment = xml.readElementText();
                        } else if (xml.name() == u"translation") {
                            m.type = xml.attributes().value(u"type").toString();
                            if (m.numerus) {
                                while (xml.readNextStartElement())
                                    m.translations.append(xml.readElementText());
                            } else {
                                m.translations.append(xml.readElementText());
                            }
                        } else {
                            xml.skipCurrentElement();
                        }
                    }
                    messages.append(m);
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// The placeholders a string uses: %1..%99 and %n, each once however often it appears.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

// The accelerator letter of a menu text ("Thread &beobachten" -> 'b'); null when none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i; // a literal ampersand
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

QMenu *menuTitled(QMenuBar *bar, const QString &title)
{
    for (QAction *a : bar->actions()) {
        if (a->text() == title)
            return a->menu();
    }
    return nullptr;
}

QStringList actionTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *a : menu->actions()) {
        if (!a->isSeparator())
            texts.append(a->text());
    }
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void languageOfLocale_data();
    void languageOfLocale();

    void germanWindow_data();
    void germanWindow();
    void germanWindowReadsTheDemo();
    void germanMenusHaveDistinctAccelerators_data();
    void germanMenusHaveDistinctAccelerators();
    void qtButtonsInGerman();

    void englishPlurals_data();
    void englishPlurals();
    void englishWindowReadsTheDemo();

    void everyStringTranslated_data();
    void everyStringTranslated();
    void catalogueMatchesTheSources();

    void binaryFollowsTheSystemLanguage_data();
    void binaryFollowsTheSystemLanguage();

private:
    QList<Message> m_german;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ThreadkeeperTests"));
    QString error;
    m_german = readCatalogue(GermanCatalogue, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_german.size() > 400);
}

void TestTranslations::languageOfLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("language");
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << true << QStringLiteral("de");
    QTest::newRow("de_AT falls back to de")
        << QLocale(QLocale::German, QLocale::Austria) << true << QStringLiteral("de");
    QTest::newRow("de_CH falls back to de")
        << QLocale(QLocale::German, QLocale::Switzerland) << true << QStringLiteral("de");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << false
                           << QStringLiteral("en");
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << false
                           << QStringLiteral("en");
    QTest::newRow("fr_FR: none, English")
        << QLocale(QLocale::French, QLocale::France) << false << QStringLiteral("en");
    QTest::newRow("C") << QLocale::c() << false << QStringLiteral("en");
}

void TestTranslations::languageOfLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, found);
    QFETCH(QString, language);
    Translations translations;
    QCOMPARE(translations.use(locale), found);
    QCOMPARE(translations.language(), language);
    // What a window would ask for: German only when German was found, English plurals always.
    QCOMPARE(QCoreApplication::translate("Threadkeeper::MainWindow", "&File"),
        found ? QStringLiteral("&Datei") : QStringLiteral("&File"));
    QCOMPARE(QCoreApplication::translate("Threadkeeper::LoadStatus", "%n post(s)", nullptr, 2),
        found ? QStringLiteral("2 Beiträge") : QStringLiteral("2 posts"));
}

void TestTranslations::germanWindow_data()
{
    // Menu titles and a few of each menu's actions, as the German reader sees them.
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QStringList>("actions");
    QTest::newRow("Datei") << QStringLiteral("&Datei")
                           << QStringList {QStringLiteral("Thread ö&ffnen …"),
                                  QStringLiteral("Thread &aktualisieren"),
                                  QStringLiteral("&Ganzen Thread neu laden"),
                                  QStringLiteral("&Offline arbeiten"), QStringLiteral("Be&enden")};
    QTest::newRow("Bearbeiten") << QStringLiteral("&Bearbeiten")
                                << QStringList {QStringLiteral("Im Thread &suchen …"),
                                       QStringLiteral("&Einstellungen …")};
    QTest::newRow("Gehe zu") << QStringLiteral("&Gehe zu")
                             << QStringList {QStringLiteral("&Nächster ungelesener Beitrag"),
                                    QStringLiteral("&Zurück"),
                                    QStringLiteral("Thread als gelesen &markieren")};
    QTest::newRow("Thread") << QStringLiteral("&Thread")
                            << QStringList {QStringLiteral("Thread &beobachten")};
    QTest::newRow("Verfasser") << QStringLiteral("&Verfasser")
                               << QStringList {QStringLiteral("Verfasser &ausblenden"),
                                      QStringLiteral("Verfasser &folgen"),
                                      QStringLiteral("Verfasser und &Regeln …")};
    QTest::newRow("Notizen") << QStringLiteral("&Notizen")
                             << QStringList {QStringLiteral("&Notiz zum Beitrag …"),
                                    QStringLiteral("&Alle Anmerkungen")};
    QTest::newRow("Ansicht") << QStringLiteral("&Ansicht")
                             << QStringList {QStringLiteral("&Zitate ein-/ausklappen"),
                                    QStringLiteral("&Ausgeblendete Beiträge"), QStringLiteral("Bib&liothek")};
    QTest::newRow("Hilfe") << QStringLiteral("&Hilfe") << QStringList {QStringLiteral("&Tastenkürzel")};
}

void TestTranslations::germanWindow()
{
    QFETCH(QString, menu);
    QFETCH(QStringList, actions);
    Translations translations;
    QVERIFY(translations.use(QLocale(QLocale::German, QLocale::Germany)));
    ReaderWindow w;
    QMenu *found = menuTitled(w.window->menuBar(), menu);
    QVERIFY2(found, qPrintable(menu));
    const QStringList texts = actionTexts(found);
    for (const QString &action : actions)
        QVERIFY2(texts.contains(action), qPrintable(action + QStringLiteral(" not in ") + texts.join(u'|')));
}

void TestTranslations::germanWindowReadsTheDemo()
{
    Translations translations;
    QVERIFY(translations.use(QLocale(QLocale::German, QLocale::Germany)));
    ReaderWindow w;
    QVERIFY(w.open(demoThreadUrl()));
    QCOMPARE(w.window->statusText(), QStringLiteral("30 Beiträge auf 3 Seiten"));
    QAbstractItemModel *model = w.window->threadView()->model();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Beitrag"));
    // German dates: "14. März 2026 08:00", the format from the catalogue, the month's name from
    // the locale (a German system's; the test runs in C).
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    const QString date = model->index(0, model->columnCount() - 1).data().toString();
    QVERIFY2(date.startsWith(QStringLiteral("14. März 2026")), qPrintable(date));
}

void TestTranslations::germanMenusHaveDistinctAccelerators_data()
{
    QTest::addColumn<QString>("menu");
    for (const QString &menu :
        {QStringLiteral("(menu bar)"), QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
            QStringLiteral("&Gehe zu"), QStringLiteral("&Thread"), QStringLiteral("&Verfasser"),
            QStringLiteral("&Notizen"), QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")})
        QTest::newRow(qPrintable(menu)) << menu;
}

void TestTranslations::germanMenusHaveDistinctAccelerators()
{
    QFETCH(QString, menu);
    Translations translations;
    QVERIFY(translations.use(QLocale(QLocale::German, QLocale::Germany)));
    ReaderWindow w;
    // Each menu and each of its submenus apart: a letter may repeat across them, not within one.
    QList<QStringList> groups;
    if (menu == QLatin1String("(menu bar)")) {
        QStringList titles;
        for (const QAction *a : w.window->menuBar()->actions())
            titles.append(a->text());
        groups.append(titles);
    } else {
        QList<QMenu *> menus {menuTitled(w.window->menuBar(), menu)};
        QVERIFY(menus.constFirst());
        for (qsizetype i = 0; i < menus.size(); ++i) {
            groups.append(actionTexts(menus[i]));
            for (const QAction *a : menus[i]->actions()) {
                if (a->menu())
                    menus.append(a->menu());
            }
        }
    }
    for (const QStringList &texts : std::as_const(groups)) {
        QHash<QChar, QString> seen;
        for (const QString &text : texts) {
            const QChar letter = mnemonic(text);
            if (letter.isNull())
                continue;
            QVERIFY2(!seen.contains(letter),
                qPrintable(
                    QStringLiteral("'%1' in both \"%2\" and \"%3\"").arg(letter, seen.value(letter), text)));
            seen.insert(letter, text);
        }
    }
}

void TestTranslations::qtButtonsInGerman()
{
    if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
        QSKIP("Qt's own German translation (qt6-translations-l10n) is not installed");
    Translations translations;
    QVERIFY(translations.use(QLocale(QLocale::German, QLocale::Germany)));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
}

void TestTranslations::englishPlurals_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    const QString window = QStringLiteral("Threadkeeper::LoadStatus"); // the window's status bar
    const QString library = QStringLiteral("Threadkeeper::LibraryModel");
    QTest::newRow("1 post") << window << QStringLiteral("%n post(s)") << 1 << QStringLiteral("1 post");
    QTest::newRow("2 posts") << window << QStringLiteral("%n post(s)") << 2 << QStringLiteral("2 posts");
    QTest::newRow("0 posts") << window << QStringLiteral("%n post(s)") << 0 << QStringLiteral("0 posts");
    QTest::newRow("1 thread") << library << QStringLiteral("%n thread(s)") << 1 << QStringLiteral("1 thread");
    QTest::newRow("12 threads") << library << QStringLiteral("%n thread(s)") << 12
                                << QStringLiteral("12 threads");
    QTest::newRow("1 cached thread") << library << QStringLiteral("%1: %n cached thread(s)") << 1
                                     << QStringLiteral("%1: 1 cached thread");
    QTest::newRow("1 page") << window << QStringLiteral("%n page(s)") << 1 << QStringLiteral("1 page");
    QTest::newRow("1 new post (announcement)")
        << QStringLiteral("RefreshAnnouncement") << QStringLiteral("%n new posts in %1") << 1
        << QStringLiteral("1 new post in %1");
    QTest::newRow("1 line of code") << QStringLiteral("Threadkeeper::ReaderView")
                                    << QStringLiteral("Copied %n line(s) of code") << 1
                                    << QStringLiteral("Copied 1 line of code");
}

void TestTranslations::englishPlurals()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    Translations translations;
    QVERIFY(!translations.use(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source), nullptr, n), expected);
}

void TestTranslations::englishWindowReadsTheDemo()
{
    Translations translations;
    QVERIFY(!translations.use(QLocale(QLocale::English, QLocale::UnitedStates)));
    ReaderWindow w;
    QVERIFY(menuTitled(w.window->menuBar(), QStringLiteral("&File")));
    QVERIFY(w.open(demoThreadUrl()));
    QCOMPARE(w.window->statusText(), QStringLiteral("30 posts on 3 pages"));
}

void TestTranslations::everyStringTranslated_data()
{
    QTest::addColumn<QString>("context");
    QString last;
    for (const Message &m : std::as_const(m_german)) {
        if (m.context != last)
            QTest::newRow(qPrintable(m.context)) << m.context;
        last = m.context;
    }
    QTest::newRow("English plural forms") << QStringLiteral("(en)");
}

void TestTranslations::everyStringTranslated()
{
    QFETCH(QString, context);
    QList<Message> messages;
    if (context == QLatin1String("(en)")) {
        QString error;
        messages = readCatalogue(EnglishCatalogue, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
    } else {
        for (const Message &m : std::as_const(m_german)) {
            if (m.context == context)
                messages.append(m);
        }
    }
    for (const Message &m : std::as_const(messages)) {
        const QString where = m.context + QStringLiteral(": \"") + m.source + u'"';
        QVERIFY2(m.type.isEmpty(), qPrintable(where + QStringLiteral(" is ") + m.type));
        // German and English have two plural forms: one, other.
        QCOMPARE(m.translations.size(), m.numerus ? 2 : 1);
        for (const QString &t : m.translations) {
            QVERIFY2(!t.trimmed().isEmpty() || m.source.trimmed().isEmpty(),
                qPrintable(where + QStringLiteral(" is empty")));
            QVERIFY2(placeholders(t) == placeholders(m.source),
                qPrintable(where + QStringLiteral(": placeholders of \"") + t + u'"'));
            QVERIFY2(mnemonic(t).isNull() == mnemonic(m.source).isNull(),
                qPrintable(where + QStringLiteral(": accelerator of \"") + t + u'"'));
        }
    }
}

void TestTranslations::catalogueMatchesTheSources()
{
    // lupdate afresh over the sources, into a scratch catalogue: the committed one must hold
    // exactly its strings, or someone forgot `cmake --build build/dev --target update_translations`.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scanned = dir.filePath(QStringLiteral("scan_de.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(THREADKEEPER_LUPDATE),
        {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
            QStringLiteral(THREADKEEPER_SOURCE_DIR "/app"), QStringLiteral(THREADKEEPER_SOURCE_DIR "/ui"),
            QStringLiteral("-ts"), scanned});
    QVERIFY2(lupdate.waitForFinished(60000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    QString error;
    const QList<Message> fresh = readCatalogue(scanned, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> inSources;
    for (const Message &m : fresh)
        inSources.insert(m.key());
    QSet<QString> inCatalogue;
    for (const Message &m : std::as_const(m_german))
        inCatalogue.insert(m.key());
    const auto show = [](QSet<QString> keys) {
        QStringList list(keys.begin(), keys.end());
        list.sort();
        return list.join(QStringLiteral("\n  ")).replace(u'\x1f', QStringLiteral(" | "));
    };
    QVERIFY2((inSources - inCatalogue).isEmpty(),
        qPrintable(QStringLiteral("not in the catalogue (run the update_translations target):\n  ")
            + show(inSources - inCatalogue)));
    QVERIFY2((inCatalogue - inSources).isEmpty(),
        qPrintable(QStringLiteral("in the catalogue but gone from the sources:\n  ")
            + show(inCatalogue - inSources)));
}

void TestTranslations::binaryFollowsTheSystemLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("expected");
    const QStringList german {QStringLiteral("LANG=de_DE.UTF-8")};
    const QStringList languageOnly {QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LANGUAGE=de")};
    const QStringList english {QStringLiteral("LANG=C.UTF-8")};
    const QStringList help {QStringLiteral("--help")};
    QTest::newRow("--help, LANG=de_DE")
        << help << german << QStringLiteral("Befehle, die keinen Bildschirm brauchen:");
    QTest::newRow("--help, LANGUAGE=de")
        << help << languageOnly << QStringLiteral("Befehle, die keinen Bildschirm brauchen:");
    QTest::newRow("--help, C") << help << english << QStringLiteral("Commands that need no display:");
    QTest::newRow("rules --help, LANG=de_DE")
        << QStringList {QStringLiteral("rules"), QStringLiteral("--help")} << german
        << QStringLiteral("Verfasser und Wörter ausblenden, ihnen folgen und sie bewerten.");
}

void TestTranslations::binaryFollowsTheSystemLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(QString, expected);
    // As from a terminal with no display: no platform plugin asked for, none needed.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
        {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    for (const QString &pair : environment)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(THREADKEEPER_BINARY), arguments);
    QVERIFY(process.waitForFinished(30000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(out.contains(expected), qPrintable(out));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
