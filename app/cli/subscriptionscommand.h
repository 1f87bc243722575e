// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QNetworkAccessManager;
class QTextStream;

namespace Threadkeeper {

class CacheStore;
class ListingLoader;
class SubscriptionBook;
class SubscriptionStore;

// `threadkeeper subscriptions list|add URL|remove ID|refresh|export [FILE]|import FILE
// [--cache FILE] [--folder NAME]`: the reader's subscriptions without a display. add and
// import read each address first (it must be a feed, a section or a front page); list
// prints one line a subscription: id, unread/items, kind, title, address, folder.
// Emits finished(exit code).
class SubscriptionsCommand : public QObject
{
    Q_OBJECT
public:
    SubscriptionsCommand(QTextStream *out, QTextStream *err, QObject *parent = nullptr);
    // Parses arguments (after "subscriptions") and starts; false when it already failed.
    bool start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void run();
    void done(int code);
    void fail(const QString &message, int code = 1);

    QTextStream *m_out;
    QTextStream *m_err;
    QStringList m_args;
    QString m_folder;
    QNetworkAccessManager *m_network = nullptr;
    CacheStore *m_cache = nullptr;
    SubscriptionStore *m_store = nullptr;
    ListingLoader *m_loader = nullptr;
    SubscriptionBook *m_book = nullptr;
    bool m_finished = false;
};

} // namespace Threadkeeper
