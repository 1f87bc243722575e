// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagecache.h"

#include "domain/handoff.h"
#include "net/pagefetcher.h"
#include "store/cachestore.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QUrl>
#include <QtConcurrent>

namespace Threadkeeper {

ImageCache::ImageCache(PageFetcher *fetcher, CacheStore *store, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
    , m_store(store)
{
    connect(m_store, &CacheStore::imageLoaded, this, &ImageCache::onStored);
    connect(m_store, &CacheStore::imageSitesLoaded, this, [this](const QStringList &hosts) {
        m_sites = QSet<QString>(hosts.begin(), hosts.end());
        Q_EMIT sitesChanged();
    });
    connect(m_fetcher, &PageFetcher::pageFinished, this, [this](const PageResult &result) {
        const QString url = result.url.toString();
        if (!m_fetching.remove(url))
            return;
        if (!result.ok())
            fail(url, result.error);
        else
            decoded(url, result.body, true);
    });
    m_store->loadImageSites();
}

bool ImageCache::isAllowed(const QString &url) const
{
    return m_allowed.contains(url) || m_sites.contains(QUrl(url).host());
}

ImageView ImageCache::view(const QString &url) const
{
    if (auto it = m_ready.constFind(url); it != m_ready.cend())
        return {ImageView::State::Ready, *it, {}};
    if (auto it = m_failed.constFind(url); it != m_failed.cend())
        return {ImageView::State::Failed, {}, *it};
    if (m_fetching.contains(url) || m_decoding.contains(url)
        || (isAllowed(url) && !m_notCached.contains(url)))
        return {ImageView::State::Loading, {}, {}};
    return {};
}

void ImageCache::prepare(const QStringList &urls)
{
    for (const QString &url : urls) {
        if (m_ready.contains(url) || m_failed.contains(url) || m_fetching.contains(url)
            || m_decoding.contains(url))
            continue;
        if (!m_looked.contains(url)) {
            m_looked.insert(url);
            m_store->loadImage(url); // answered in onStored
        } else if (m_notCached.contains(url) && isAllowed(url)) {
            fetch(url);
        }
    }
}

void ImageCache::allowImage(const QString &url)
{
    m_allowed.insert(url);
    m_failed.remove(url);
    if (!m_looked.contains(url))
        prepare({url});
    else if (m_notCached.contains(url))
        fetch(url);
    Q_EMIT imageChanged(url);
}

void ImageCache::wantAvatar(const QString &url)
{
    if (url.isEmpty())
        return;
    m_allowed.insert(url);
    prepare({url});
}

void ImageCache::allowSite(const QString &host)
{
    if (host.isEmpty())
        return;
    m_sites.insert(host);
    m_store->allowImageSite(host, true);
    // Pictures of that site already asked about and missing from the cache load now.
    for (const QString &url : QSet<QString>(m_notCached)) {
        if (QUrl(url).host() == host) {
            m_failed.remove(url);
            fetch(url);
        }
    }
    Q_EMIT sitesChanged();
}

void ImageCache::forbidSite(const QString &host)
{
    m_sites.remove(host);
    m_store->allowImageSite(host, false);
    Q_EMIT sitesChanged();
}

QStringList ImageCache::allowedSites() const
{
    QStringList hosts(m_sites.begin(), m_sites.end());
    hosts.sort();
    return hosts;
}

void ImageCache::fetch(const QString &url)
{
    if (m_fetching.contains(url) || m_decoding.contains(url) || m_ready.contains(url))
        return;
    if (m_offline) {
        fail(url, tr("not in the cache, and the reader is offline"));
        return;
    }
    m_fetching.insert(url);
    m_fetcher->fetch(QUrl(url), 0);
    Q_EMIT imageChanged(url);
}

void ImageCache::onStored(const QString &url, const QByteArray &data, bool found)
{
    if (found) {
        decoded(url, data, false);
        return;
    }
    m_notCached.insert(url);
    if (isAllowed(url))
        fetch(url);
}

namespace {
struct Decoded
{
    QImage image;
    QString format;
    QString error;
};

// Runs on a worker thread: a large picture must not stall the window.
Decoded decodePicture(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    QImageReader reader(&buffer);
    // Forum pictures are hostile input too: refuse absurd sizes before decoding.
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > ImageCache::MaxPixels)
        return {
            {}, {}, ImageCache::tr("the picture is too large (%1×%2)").arg(size.width()).arg(size.height())};
    Decoded result;
    result.format = QString::fromLatin1(reader.format()); // known before reading, not after
    result.image = reader.read();
    if (result.image.isNull())
        result.error = ImageCache::tr("not a picture Qt can read (%1)").arg(reader.errorString());
    return result;
}
} // namespace

void ImageCache::decoded(const QString &url, const QByteArray &data, bool save)
{
    m_decoding.insert(url);
    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, url, data, save] {
        letGo(watcher);
        m_decoding.remove(url);
        const Decoded result = watcher->result();
        if (!result.error.isEmpty())
            accept(url, {}, result.error);
        else
            accept(url, result.image, {});
        if (save && result.error.isEmpty())
            m_store->saveImage(url, data, result.format);
    });
    watcher->setFuture(QtConcurrent::run(handedOff([data] { return decodePicture(data); })));
}

void ImageCache::accept(const QString &url, const QImage &image, const QString &error)
{
    if (!error.isEmpty()) {
        fail(url, error);
        return;
    }
    m_notCached.remove(url);
    m_failed.remove(url);
    m_ready.insert(url, image);
    m_readyOrder.removeOne(url);
    m_readyOrder.append(url);
    trimMemory();
    Q_EMIT imageChanged(url);
}

void ImageCache::setMemoryLimit(int pictures)
{
    m_memoryLimit = std::max(1, pictures);
    trimMemory();
}

void ImageCache::trimMemory()
{
    while (m_readyOrder.size() > m_memoryLimit) {
        // The oldest goes; it is in the cache, so it is looked up there again when shown.
        const QString evicted = m_readyOrder.takeFirst();
        m_ready.remove(evicted);
        m_looked.remove(evicted);
    }
}

void ImageCache::fail(const QString &url, const QString &error)
{
    m_failed.insert(url, error);
    Q_EMIT imageChanged(url);
}

} // namespace Threadkeeper
