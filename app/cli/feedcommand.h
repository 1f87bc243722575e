// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QNetworkAccessManager;
class QTextStream;
class QUrl;

namespace Threadkeeper {

class ListingLoader;
struct FeedItem;
struct ListingResult;

// One item as `threadkeeper feed` prints it: a JSON object on one line, with title, link,
// date (ISO 8601, UTC), author, comments (the count, else null) and discussion (its
// address, else null).
QByteArray feedItemJsonLine(const FeedItem &item);

// `threadkeeper feed [--cache FILE] [--offline] URL`: reads a feed, forum section or front page (or
// the first feed a page offers) without a display and prints its items, one JSON object
// a line; --offline prints a subscription's items as last read, from the cache. Emits
// finished(exit code).
class FeedCommand : public QObject
{
    Q_OBJECT
public:
    FeedCommand(QTextStream *out, QTextStream *err, QObject *parent = nullptr);
    // Parses arguments (after "feed") and starts; returns false when it already failed.
    bool start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void fail(const QString &message, int code = 1);
    void print(const ListingResult &result);
    // --offline: a subscription's items as last listed, from the cache.
    bool printCached(const QUrl &url, const QString &cachePath);

    QTextStream *m_out;
    QTextStream *m_err;
    QNetworkAccessManager *m_network = nullptr;
    ListingLoader *m_loader = nullptr;
};

} // namespace Threadkeeper
