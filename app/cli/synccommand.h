// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QTextStream;

namespace Threadkeeper {

class CacheStore;
class SecretStore;
struct SyncReport;

// `threadkeeper sync [--cache FILE] [--folder DIR | --webdav URL [--user NAME]]`: one round of
// sync (to the place set in Settings › Sync when none is given) and one JSON object of what it
// sent and received. The WebDAV password comes from THREADKEEPER_WEBDAV_PASSWORD or the secret
// store. Exit code 0 when the round completed, 3 when it did not. Emits finished(exit code).
class SyncCommand : public QObject
{
    Q_OBJECT
public:
    SyncCommand(QTextStream *out, QTextStream *err, QObject *parent = nullptr);
    bool start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void fail(const QString &message, int code = 1);
    void print(const SyncReport &report);

    QTextStream *m_out;
    QTextStream *m_err;
    CacheStore *m_store = nullptr;
    QString m_target;
};

// `threadkeeper mark [--cache FILE] --read|--unread URL [POST-ID...]`: read state from
// scripts (no ids: the whole thread); synced as if marked in the window.
int runMarkCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Threadkeeper
