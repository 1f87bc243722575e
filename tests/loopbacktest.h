// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/fixtureserver.h"
#include "servers/xenforofixture.h"
#include "testutil.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Threadkeeper::Testing {

// What every engine test over loopback sets up the same way: the seed thread read once, a
// fixture server and an owner for the reader's objects per test function, and a cache
// file in a folder of its own.
class LoopbackTest : public QObject
{
protected:
    using QObject::QObject;

    // From initTestCase().
    void readSeed()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
        QCOMPARE(m_seed.posts.size(), 25); // the article and 24 comments (the seed has no #2)
    }
    // From init() and cleanup().
    void startLoopback()
    {
        m_server = std::make_unique<FixtureServer>();
        QVERIFY(m_server->start());
        m_owner = std::make_unique<QObject>();
    }
    void stopLoopback()
    {
        m_owner.reset();
        m_server.reset();
        QFile::remove(cachePath());
    }
    QString cachePath() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }

    QTemporaryDir m_dir;
    FixtureThread m_seed;
    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<QObject> m_owner;
};

} // namespace Threadkeeper::Testing
