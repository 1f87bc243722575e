// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "window/mainwindow.h"

#include "services/readerservices.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Threadkeeper::Testing {

// The reader's window on a fresh cache of its own, wired as main wires it, for tests
// that open a thread served over loopback.
struct ReaderWindow
{
    QTemporaryDir dir;
    QObject root; // owns the services; outlives the window
    ReaderServices services;
    std::unique_ptr<MainWindow> window;

    // folder: where its cache and trusted certificates are kept (a second window on the
    // same folder is the app started again); empty for a fresh folder of its own.
    explicit ReaderWindow(const QString &folder = {})
        : services(createReaderServices(
            QDir(folder.isEmpty() ? dir.path() : folder).filePath(QStringLiteral("cache.sqlite")), &root,
            QDir(folder.isEmpty() ? dir.path() : folder).filePath(QStringLiteral("trust.ini"))))
        , window(std::make_unique<MainWindow>(services))
    {
        window->resize(1100, 700);
        window->show();
    }

    // Opens the thread and waits until it has loaded; false if it could not or did not.
    bool open(const QUrl &url)
    {
        QSignalSpy loaded(window.get(), &MainWindow::loadFinished);
        return window->openThread(url) && loaded.wait(10000);
    }
};

// A reader's window that is active, so that its shortcuts reach it.
inline std::unique_ptr<ReaderWindow> activeReaderWindow(const QString &folder = {})
{
    auto w = std::make_unique<ReaderWindow>(folder);
    w->window->activateWindow();
    if (!QTest::qWaitForWindowActive(w->window.get()))
        qWarning("the window is not active: shortcuts will not reach it");
    return w;
}

} // namespace Threadkeeper::Testing
