// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QTextStream;

namespace Threadkeeper {

class CacheStore;
class ThreadRefresher;
struct RefreshOutcome;

// `threadkeeper refresh [--cache FILE] [--watched | URL...]`: for cron and scripts. Refreshes
// cached threads one after another as F5 does (conditional requests, only what can have
// changed) and prints one JSON object a line per thread: url, title, new (posts the cache
// did not have), authors, requests, notModified and error (null when it went well). Exit
// code 0 when every thread was checked, 3 when one was not. Emits finished(exit code).
class RefreshCommand : public QObject
{
    Q_OBJECT
public:
    RefreshCommand(QTextStream *out, QTextStream *err, QObject *parent = nullptr);
    // Parses arguments (after "refresh") and starts; returns false when it already failed.
    bool start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void fail(const QString &message, int code = 1);
    void next();
    void print(const RefreshOutcome &outcome);

    QTextStream *m_out;
    QTextStream *m_err;
    CacheStore *m_store = nullptr;
    ThreadRefresher *m_refresher = nullptr;
    QStringList m_queue;
    bool m_failed = false;
};

} // namespace Threadkeeper
