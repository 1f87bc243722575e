// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI test, offscreen: what the window keeps across starts (size, splitters, docks, the
// tree's column widths) and its Help menu (shortcut sheet, user guide, About), issue 14.
#include "library/librarydock.h"
#include "reader/threadview.h"
#include "readerwindow.h"
#include "window/helpmenu.h"
#include "window/mainwindow.h"

#include "models/threadtreemodel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {
QSplitter *splitter(MainWindow *window, const char *name)
{
    return window->findChild<QSplitter *>(QLatin1String(name));
}

// What the window keeps, as it is now.
struct Kept
{
    QSize size;
    QList<int> outer;
    QList<int> inner;
    bool library = false;
    int postWidth = 0;
    bool operator==(const Kept &) const = default;
};

Kept keptOf(MainWindow *window)
{
    return {window->size(), splitter(window, "mainSplitter")->sizes(),
        splitter(window, "readingSplitter")->sizes(), window->libraryDock()->isVisible(),
        window->threadView()->header()->sectionSize(ThreadTreeModel::PostColumn)};
}

char *describe(const Kept &k)
{
    QString text;
    QDebug(&text) << k.size << k.outer << k.inner << k.library << k.postWidth;
    return qstrdup(qPrintable(text));
}
} // namespace

namespace QTest {
template<> char *toString(const Kept &k)
{
    return describe(k);
}
} // namespace QTest

class TestWindowState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void restoredInANewWindow();
    void helpMenu();
    void userGuide_data();
    void userGuide();
    void about();

public Q_SLOTS:
    void openedUrl(const QUrl &url) { m_opened.append(url); }

private:
    QList<QUrl> m_opened;
};

void TestWindowState::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ThreadkeeperWindowStateTests"));
    QSettings().clear();
    m_opened.clear();
}

void TestWindowState::restoredInANewWindow()
{
    QTemporaryDir folder;
    Kept before;
    {
        ReaderWindow w(folder.path());
        MainWindow *window = w.window.get();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // Within the screen (the offscreen one is small): a window larger than its screen
        // is fitted to it on restore, as it should be.
        const QSize screen = window->screen()->availableSize();
        const QSize size(std::min(1180, screen.width() - 40), std::min(760, screen.height() - 40));
        window->resize(size);
        window->libraryDock()->show();
        splitter(window, "mainSplitter")->setSizes({size.width() * 3 / 5, size.width() * 2 / 5});
        splitter(window, "readingSplitter")->setSizes({size.height() / 2, size.height() / 3});
        window->threadView()->header()->resizeSection(ThreadTreeModel::PostColumn, 131);
        QCoreApplication::processEvents();
        before = keptOf(window);
        QCOMPARE(before.size, size);
        QVERIFY(before.library);
        window->close(); // keeps them
    }
    // Started again, with no size imposed from outside: as it was left.
    ReaderWindow again(folder.path());
    again.window.reset();
    auto window = std::make_unique<MainWindow>(again.services);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCoreApplication::processEvents();
    QCOMPARE(keptOf(window.get()), before);
}

void TestWindowState::helpMenu()
{
    ReaderWindow w;
    QMenu *help = nullptr;
    for (QAction *top : w.window->menuBar()->actions()) {
        if (top->text() == QLatin1String("&Help"))
            help = top->menu();
    }
    QVERIFY(help);
    QStringList names;
    for (QAction *a : help->actions()) {
        if (!a->isSeparator())
            names.append(a->objectName());
    }
    QCOMPARE(names,
        QStringList({QStringLiteral("shortcutSheetAction"), QStringLiteral("userGuideAction"),
            QStringLiteral("demoThreadAction"), QStringLiteral("aboutAction")}));
}

void TestWindowState::userGuide_data()
{
    QTest::addColumn<bool>("installed");
    QTest::newRow("the README installed with the app") << true;
    QTest::newRow("none installed: the project's page") << false;
}

void TestWindowState::userGuide()
{
    QFETCH(bool, installed);
    // Where a package puts it: share/doc/threadkeeper under a data folder.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/doc/threadkeeper");
    const QString readme = folder + QStringLiteral("/README.md");
    QFile::remove(readme);
    if (installed) {
        QVERIFY(QDir().mkpath(folder));
        QFile file(readme);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Threadkeeper\n");
    }
    ReaderWindow w;
    // What Help › User Guide opens, caught before it reaches a browser.
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openedUrl");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openedUrl");
    w.window->findChild<QAction *>(QStringLiteral("userGuideAction"))->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(m_opened.size(), 1);
    if (installed)
        QCOMPARE(m_opened.first(), QUrl::fromLocalFile(QFileInfo(readme).canonicalFilePath()));
    else
        QCOMPARE(m_opened.first().scheme(), QStringLiteral("https"));
    QFile::remove(readme);
}

void TestWindowState::about()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    ReaderWindow w;
    w.window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    auto *box = w.window->findChild<QMessageBox *>(QStringLiteral("aboutDialog"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String("9.8.7")), qPrintable(box->text()));
    QVERIFY(box->text().contains(HelpMenu::licenceName()));
    box->reject();
    QTRY_VERIFY(!w.window->findChild<QMessageBox *>(QStringLiteral("aboutDialog")));
}

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
