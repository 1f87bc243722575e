// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/postrenderer.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace Threadkeeper {

class CacheStore;
class PageFetcher;

// The pictures of posts, on the reader's terms. A picture is fetched only once the
// reader allowed it, for itself or for its site; once fetched it is kept in the cache,
// and a picture in the cache shows from there, offline too.
class ImageCache : public QObject
{
    Q_OBJECT
public:
    ImageCache(PageFetcher *fetcher, CacheStore *store, QObject *parent = nullptr);
    PageFetcher *fetcher() const { return m_fetcher; }

    static constexpr qint64 MaxPixels = 40'000'000; // larger pictures are refused, not decoded
    static constexpr int MaxKeptInMemory = 200;
    // Decoded pictures kept at once; older ones are read again from the cache when shown.
    void setMemoryLimit(int pictures);

    ImageView view(const QString &url) const;
    // Looks in the cache for pictures not yet known, and fetches the allowed ones it lacks.
    void prepare(const QStringList &urls);
    // Allows one picture (and fetches it).
    void allowImage(const QString &url);
    // A poster's picture, shown because the reader turned avatars on: allowed, and
    // loaded like prepare() would, without retrying one that failed.
    void wantAvatar(const QString &url);
    // Allows every picture from host, now and in later sessions.
    void allowSite(const QString &host);
    void forbidSite(const QString &host);
    bool isSiteAllowed(const QString &host) const { return m_sites.contains(host); }
    QStringList allowedSites() const;
    // Offline, nothing is fetched; cached pictures still show.
    void setOffline(bool offline) { m_offline = offline; }

Q_SIGNALS:
    void imageChanged(const QString &url);
    void sitesChanged();

private:
    bool isAllowed(const QString &url) const;
    void fetch(const QString &url);
    void onStored(const QString &url, const QByteArray &data, bool found);
    // Decodes off the GUI thread, then accept() takes the picture (or the reason it failed).
    void decoded(const QString &url, const QByteArray &data, bool save);
    void accept(const QString &url, const QImage &image, const QString &error);
    void fail(const QString &url, const QString &error);
    void trimMemory();

    PageFetcher *m_fetcher;
    CacheStore *m_store;
    QHash<QString, QImage> m_ready;
    QHash<QString, QString> m_failed;
    QSet<QString> m_looked; // asked of the store (answer pending or given)
    QSet<QString> m_notCached; // the store answered: not there
    QSet<QString> m_fetching;
    QSet<QString> m_decoding;
    QSet<QString> m_allowed; // single pictures allowed this session
    QSet<QString> m_sites;
    bool m_offline = false;
    int m_memoryLimit = MaxKeptInMemory;
    QList<QString> m_readyOrder; // oldest first, for eviction
};

} // namespace Threadkeeper
