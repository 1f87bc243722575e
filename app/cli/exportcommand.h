// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>

class QTextStream;

namespace Threadkeeper {

class CacheStore;
class ThreadLoader;
class ThreadSession;
class ThreadTreeModel;

class Scorer;
struct LoadOutcome;

// Writes the thread as `threadkeeper export --format json` prints it, each post scored:
// a post at a time, so a long thread never sits in memory twice over as JSON. A load of a
// news article's address (outcome->articleUrl) adds the article: {url, title, author,
// date, text}.
void writeExportJson(
    QTextStream &out, const ThreadSession &session, const Scorer &scorer, const LoadOutcome *outcome = nullptr);

// `threadkeeper export --format json [--cache FILE] [--offline] URL`: loads the thread
// (or reads it from the cache) without a display and prints it. Emits finished(exit code).
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

    QTextStream *m_out;
    QTextStream *m_err;
    CacheStore *m_store = nullptr;
    ThreadLoader *m_loader = nullptr;
    ThreadSession *m_session = nullptr;
};

} // namespace Threadkeeper
