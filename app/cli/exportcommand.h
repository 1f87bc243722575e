// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/threadloader.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QTextStream;

namespace Threadkeeper {

class CacheStore;
class ThreadLoader;
class ThreadRefresher;
class ThreadSession;
class ThreadTreeModel;

class Scorer;
struct RefreshOutcome;

// Writes the thread as `threadkeeper export --format json` prints it, each post scored:
// a post at a time, so a long thread never sits in memory twice over as JSON. A load of a
// news article's address (outcome->articleUrl) adds the article: {url, title, author,
// date, text}.
void writeExportJson(QTextStream &out, const ThreadSession &session, const Scorer &scorer,
    const LoadOutcome *outcome = nullptr);

// `threadkeeper export --format json [--cache FILE] [--offline | --reload] URL`: prints a
// thread without a display. A cached thread is refreshed as F5 refreshes it in the window
// (conditional requests for only what can have changed); one not cached is loaded whole;
// --reload loads it whole anyway, --offline asks nothing. Emits finished(exit code).
class ExportCommand : public QObject
{
    Q_OBJECT
public:
    ExportCommand(QTextStream *out, QTextStream *err, QObject *parent = nullptr);
    // Parses arguments (after "export") and starts; returns false when it already failed.
    bool start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void fail(const QString &message, int code = 1);
    void onLoaded(const LoadOutcome &outcome);
    void onRefreshed(const RefreshOutcome &outcome);
    // Prints the thread once the cache has written it; problems (parts that failed) make
    // the exit code 3 after the thread is printed.
    void print(const LoadOutcome &outcome, const QStringList &problems);

    QTextStream *m_out;
    QTextStream *m_err;
    CacheStore *m_store = nullptr;
    ThreadLoader *m_loader = nullptr;
    ThreadSession *m_session = nullptr;
    ThreadRefresher *m_refresher = nullptr;
    QUrl m_url;
    ThreadLoader::Options m_options;
    bool m_cacheFirst = false; // the cached copy is being read, to be refreshed
    LoadOutcome m_loaded; // the cached copy's load, printed after the refresh
};

} // namespace Threadkeeper
