// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriptionbook.h"

#include "domain/opml.h"
#include "engines/forumengine.h"
#include "store/subscriptionstore.h"

namespace Threadkeeper {

namespace {
constexpr int ScheduleTickMs = 60 * 1000;
} // namespace

SubscriptionBook::SubscriptionBook(SubscriptionStore *store, ListingLoader *loader, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_loader(loader)
{
    connect(m_loader, &ListingLoader::finished, this, &SubscriptionBook::onLoaded);
    connect(m_store, &SubscriptionStore::listed, this, [this](const QList<Subscription> &list) {
        m_subscriptions = list;
        Q_EMIT listed();
    });
    connect(m_store, &SubscriptionStore::added, this, &SubscriptionBook::onAdded);
    connect(m_store, &SubscriptionStore::itemsSaved, this, &SubscriptionBook::onSaved);
    connect(m_store, &SubscriptionStore::validatorsLoaded, this,
        [this](quint64 ticket, const QHash<QString, HttpValidators> &validators) {
            const qint64 id = m_validatorAsks.take(ticket);
            const auto sub = subscription(id);
            if (!sub) {
                finishRefresh(id, 0, tr("no longer subscribed"));
                return;
            }
            ListingLoader::Options options;
            options.conditional = validators;
            options.source = sub->source; // straight to its requests, each conditional
            const quint64 load = m_loader->load(sub->url, options);
            m_inFlight.insert(id, load);
            m_loads.insert(load, Pending {id, sub->url, {}, m_refreshing.value(id), false});
        });
    connect(m_store, &SubscriptionStore::removed, this,
        [this](quint64 key, const Subscription &subscription, const QString &error) {
            if (!error.isEmpty() || subscription.id == 0)
                return;
            m_subscriptions.removeIf([&](const Subscription &s) { return s.id == subscription.id; });
            Q_EMIT removed(key, subscription);
            reload();
        });
    connect(m_store, &SubscriptionStore::restored, this,
        [this](quint64, const Subscription &subscription, const QString &error) {
            if (!error.isEmpty())
                return;
            Q_EMIT restored(subscription);
            reload();
        });
    connect(
        m_store, &SubscriptionStore::itemsLoaded, this, [this](quint64 ticket, const QList<NewsItem> &items) {
            if (m_itemAsks.contains(ticket))
                Q_EMIT itemsLoaded(m_itemAsks.take(ticket), items);
        });
    connect(m_store, &SubscriptionStore::itemsMarked, this, [this](qint64, const QString &) { reload(); });
    m_schedule.setInterval(ScheduleTickMs);
    connect(&m_schedule, &QTimer::timeout, this, &SubscriptionBook::refreshDue);
    reload();
}

SubscriptionBook::~SubscriptionBook() = default;

void SubscriptionBook::reload()
{
    if (m_store)
        m_store->list();
}

std::optional<Subscription> SubscriptionBook::subscription(qint64 id) const
{
    for (const Subscription &s : m_subscriptions) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

std::optional<Subscription> SubscriptionBook::subscriptionFor(const QUrl &url) const
{
    const QUrl wanted = url.adjusted(QUrl::NormalizePathSegments);
    for (const Subscription &s : m_subscriptions) {
        if (s.url.adjusted(QUrl::NormalizePathSegments) == wanted)
            return s;
    }
    return std::nullopt;
}

QString SubscriptionBook::threadKeyOf(const QUrl &discussion)
{
    ThreadRef ref;
    if (discussion.isEmpty() || !engineForUrl(discussion, &ref))
        return {};
    return ref.canonical.toString();
}

FeedPage SubscriptionBook::withThreadKeys(FeedPage page)
{
    for (FeedItem &item : page.items) {
        if (item.thread.isEmpty())
            item.thread = threadKeyOf(item.discussion);
    }
    return page;
}

void SubscriptionBook::add(const QUrl &given, const QString &folder)
{
    const QUrl url = m_loader->takeCredentials(given);
    if (const auto existing = subscriptionFor(url)) {
        Q_EMIT addFailed(
            url, tr("Already subscribed to %1 as “%2”.").arg(url.toString(), existing->title), {});
        return;
    }
    const quint64 ticket = m_loader->load(url, ListingLoader::Options {});
    m_loads.insert(ticket, Pending {0, url, folder, false, false});
}

void SubscriptionBook::onLoaded(quint64 ticket, const ListingResult &result)
{
    if (!m_loads.contains(ticket))
        return; // another user of the loader
    const Pending pending = m_loads.take(ticket);
    if (pending.id != 0) {
        m_inFlight.remove(pending.id);
        if (!result.ok() || result.notModified) {
            m_store->recordChecked(pending.id, result.error);
            finishRefresh(pending.id, 0, result.error);
            reload(); // when it was checked, and why it failed
        } else {
            // The answer's items; finishRefresh follows once they are stored (onSaved).
            m_store->saveItems(pending.id, withThreadKeys(result.page), result.validators, result.source);
        }
        return;
    }
    // An add: the address must be a listing.
    QString error = result.error;
    if (error.isEmpty() && result.source.isEmpty()) {
        error = result.offered.isEmpty()
            ? tr("%1 is not a feed, a forum section or a front page.").arg(pending.url.toString())
            : tr("%1 offers %n feed(s); choose one.", "", int(result.offered.size()))
                  .arg(pending.url.toString());
    }
    if (error.isEmpty()) {
        if (const auto existing = subscriptionFor(result.canonical))
            error = tr("Already subscribed to %1 as “%2”.").arg(result.canonical.toString(), existing->title);
    }
    if (!error.isEmpty()) {
        Q_EMIT addFailed(pending.url, error, result.offered);
        if (pending.imported)
            finishImport(error, false);
        return;
    }
    Subscription s;
    s.url = result.canonical.isEmpty() ? pending.url : result.canonical;
    s.title = result.page.title.isEmpty() ? s.url.host() : result.page.title;
    s.folder = pending.folder;
    s.kind = result.page.kind;
    s.source = result.source;
    s.added = QDateTime::currentDateTimeUtc();
    s.lastChecked = s.added;
    const quint64 storeTicket = ++m_nextTicket;
    m_adds.insert(storeTicket, pending);
    m_pendingResults.insert(storeTicket, result);
    m_store->add(s, storeTicket);
}

void SubscriptionBook::onAdded(quint64 ticket, const Subscription &subscription, const QString &error)
{
    if (!m_adds.contains(ticket))
        return;
    const Pending pending = m_adds.take(ticket);
    const ListingResult result = m_pendingResults.take(ticket);
    if (!error.isEmpty()) {
        const QString why = tr("Could not subscribe to %1: %2").arg(pending.url.toString(), error);
        Q_EMIT addFailed(pending.url, why, {});
        if (pending.imported)
            finishImport(why, false);
        return;
    }
    m_subscriptions.append(subscription);
    if (!result.page.items.isEmpty() || !result.validators.isEmpty())
        m_store->saveItems(subscription.id, withThreadKeys(result.page), result.validators, result.source);
    Q_EMIT added(subscription);
    if (pending.imported)
        finishImport({}, true);
    reload();
}

void SubscriptionBook::onSaved(qint64 id, int newItems, const QString &error)
{
    if (m_refreshing.contains(id) && !m_inFlight.contains(id))
        finishRefresh(id, std::max(0, newItems), error);
    reload();
}

void SubscriptionBook::remove(qint64 id)
{
    if (m_store)
        m_store->remove(id);
}

void SubscriptionBook::restore(quint64 key)
{
    if (m_store)
        m_store->restore(key);
}

void SubscriptionBook::forgetRemoved(quint64 key)
{
    if (m_store)
        m_store->forgetRemoved(key);
}

void SubscriptionBook::rename(qint64 id, const QString &title)
{
    if (auto s = subscription(id); s && !title.trimmed().isEmpty()) {
        s->title = title.trimmed();
        m_store->update(*s);
        reload();
    }
}

void SubscriptionBook::setInterval(qint64 id, int minutes)
{
    if (auto s = subscription(id); s) {
        s->intervalMinutes = std::clamp(minutes, 5, 7 * 24 * 60);
        m_store->update(*s);
        reload();
    }
}

void SubscriptionBook::setFolder(qint64 id, const QString &folder)
{
    if (auto s = subscription(id); s) {
        s->folder = folder.trimmed();
        m_store->update(*s);
        reload();
    }
}

void SubscriptionBook::refresh(qint64 id)
{
    startRefresh(id, false);
}

void SubscriptionBook::startRefresh(qint64 id, bool inRound)
{
    if (m_refreshing.contains(id) || !subscription(id))
        return;
    m_refreshing.insert(id, inRound);
    if (inRound)
        ++m_roundLeft;
    // Validators first (on the store's thread, after any write before), then the request.
    const quint64 ticket = ++m_nextTicket;
    m_validatorAsks.insert(ticket, id);
    m_store->loadValidators(id, ticket);
}

void SubscriptionBook::finishRefresh(qint64 id, int newItems, const QString &error)
{
    const bool inRound = m_refreshing.take(id);
    Q_EMIT refreshed(id, newItems, error);
    if (!inRound)
        return;
    m_roundNew += newItems;
    if (newItems > 0) {
        if (const auto s = subscription(id))
            m_roundTitles.append(s->title);
    }
    if (--m_roundLeft == 0) {
        const int total = std::exchange(m_roundNew, 0);
        Q_EMIT refreshRoundFinished(total, std::exchange(m_roundTitles, {}));
    }
}

void SubscriptionBook::refreshAll()
{
    for (const Subscription &s : std::as_const(m_subscriptions))
        startRefresh(s.id, true);
}

void SubscriptionBook::refreshDue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Subscription &s : std::as_const(m_subscriptions)) {
        if (!s.lastChecked.isValid() || s.lastChecked.addSecs(qint64(s.intervalMinutes) * 60) <= now)
            startRefresh(s.id, true);
    }
}

void SubscriptionBook::startSchedule()
{
    m_schedule.start();
    refreshDue();
}

void SubscriptionBook::stopSchedule()
{
    m_schedule.stop();
}

void SubscriptionBook::loadItems(qint64 id, int limit, HiddenPredicate hidden)
{
    const quint64 ticket = ++m_nextTicket;
    m_itemAsks.insert(ticket, id);
    m_store->loadItems(id, limit, std::move(hidden), ticket);
}

void SubscriptionBook::markItemsRead(const QList<QPair<qint64, QString>> &items, bool read)
{
    QHash<qint64, QStringList> bySubscription;
    for (const auto &[id, key] : items)
        bySubscription[id].append(key);
    for (auto it = bySubscription.cbegin(); it != bySubscription.cend(); ++it)
        m_store->markRead(it.key(), it.value(), read);
}

void SubscriptionBook::markAllRead(qint64 id)
{
    m_store->markAllRead(id);
}

QByteArray SubscriptionBook::exportOpml() const
{
    return Opml::write(m_subscriptions, QDateTime::currentDateTimeUtc());
}

void SubscriptionBook::importOpml(const QByteArray &opml)
{
    QString error;
    const QList<OpmlEntry> entries = Opml::read(opml, &error);
    if (!error.isEmpty()) {
        Q_EMIT imported(0, 0, {error});
        return;
    }
    m_import = Import {};
    for (const OpmlEntry &entry : entries) {
        if (subscriptionFor(entry.url)) {
            ++m_import.skipped;
            continue;
        }
        ++m_import.left;
        const quint64 ticket = m_loader->load(entry.url, ListingLoader::Options {});
        m_loads.insert(ticket, Pending {0, entry.url, entry.folder, false, true});
    }
    if (m_import.left == 0)
        Q_EMIT imported(0, m_import.skipped, {});
}

void SubscriptionBook::finishImport(const QString &error, bool added)
{
    if (added)
        ++m_import.added;
    else
        m_import.errors.append(error);
    if (--m_import.left == 0)
        Q_EMIT imported(m_import.added, m_import.skipped, m_import.errors);
}

} // namespace Threadkeeper
