// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriptionrepository.h"

#include <QSet>

#include <QSqlQuery>
#include <algorithm>

namespace Threadkeeper {

namespace {
QVariant url(const QUrl &u)
{
    return u.isEmpty() ? QVariant() : QVariant(u.toString(QUrl::FullyEncoded));
}
QVariant optionalText(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
QVariant latin1(const QByteArray &value)
{
    return value.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(value));
}
QUrl toUrl(const QVariant &v)
{
    return v.isNull() ? QUrl() : QUrl(v.toString(), QUrl::StrictMode);
}

// The columns of feed_items an item is written to and read from, in this order.
const QString ItemColumns = QStringLiteral(
    "item_key, title, link, posted_at, updated_at, author, summary, content, comments, discussion,"
    " comment_feed, thread_url, prefix, sticky, position");

} // namespace

QList<QVariant> SubscriptionRepository::itemValues(const FeedItem &item, int position)
{
    return {item.key, text(item.title), url(item.link), secs(item.date), secs(item.updated),
        optionalText(item.author), optionalText(item.summary), optionalText(item.contentHtml),
        item.comments ? QVariant(*item.comments) : QVariant(), url(item.discussion), url(item.commentFeed),
        optionalText(item.thread), optionalText(item.prefix), int(item.sticky), position};
}

FeedItem SubscriptionRepository::readItem(const QSqlQuery &q, int at)
{
    FeedItem item;
    item.key = q.value(at).toString();
    item.title = q.value(at + 1).toString();
    item.link = toUrl(q.value(at + 2));
    item.date = fromSecs(q.value(at + 3));
    item.updated = fromSecs(q.value(at + 4));
    item.author = q.value(at + 5).toString();
    item.summary = q.value(at + 6).toString();
    item.contentHtml = q.value(at + 7).toString();
    if (!q.value(at + 8).isNull())
        item.comments = q.value(at + 8).toInt();
    item.discussion = toUrl(q.value(at + 9));
    item.commentFeed = toUrl(q.value(at + 10));
    item.thread = q.value(at + 11).toString();
    item.prefix = q.value(at + 12).toString();
    item.sticky = q.value(at + 13).toBool();
    return item;
}

namespace {
const QString SubscriptionColumns
    = QStringLiteral("url, title, folder, kind, source, interval_minutes, added, last_checked, last_error");

} // namespace

Subscription SubscriptionRepository::readSubscription(const QSqlQuery &q)
{
    Subscription s;
    s.id = q.value(0).toLongLong();
    s.url = toUrl(q.value(1));
    s.title = q.value(2).toString();
    s.folder = q.value(3).toString();
    s.kind = ListingKind(std::clamp(q.value(4).toInt(), 0, int(ListingKind::FrontPage)));
    s.source = q.value(5).toString();
    s.intervalMinutes = q.value(6).toInt();
    s.added = fromSecs(q.value(7));
    s.lastChecked = fromSecs(q.value(8));
    s.lastError = q.value(9).toString();
    return s;
}

SubscriptionRepository::SubscriptionRepository(QSqlDatabase &db)
    : SqlAccess(db)
{ }

QList<Subscription> SubscriptionRepository::subscriptions() const
{
    QList<Subscription> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT s.id, s.%1, count(i.id), coalesce(sum(i.id IS NOT NULL AND i.read_at IS NULL), 0)"
            " FROM subscriptions s LEFT JOIN feed_items i ON i.subscription_id = s.id"
            " GROUP BY s.id ORDER BY s.folder, lower(s.title), s.id")
                    .arg(QString(SubscriptionColumns).replace(QStringLiteral(", "), QStringLiteral(", s.")))))
        return list;
    while (q.next()) {
        Subscription s = readSubscription(q);
        s.items = q.value(10).toInt();
        s.unread = q.value(11).toInt();
        list.append(s);
    }
    return list;
}

bool SubscriptionRepository::add(Subscription *subscription, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO subscriptions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(SubscriptionColumns));
    for (const QVariant &v : {url(subscription->url), text(subscription->title), text(subscription->folder),
             QVariant(int(subscription->kind)), text(subscription->source),
             QVariant(subscription->intervalMinutes), secs(subscription->added),
             secs(subscription->lastChecked), optionalText(subscription->lastError)})
        q.addBindValue(v);
    if (!execPrepared(q, error))
        return false;
    subscription->id = q.lastInsertId().toLongLong();
    return true;
}

bool SubscriptionRepository::update(const Subscription &subscription, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE subscriptions SET title = ?, folder = ?, interval_minutes = ? WHERE id = ?"));
    for (const QVariant &v : {text(subscription.title), text(subscription.folder),
             QVariant(subscription.intervalMinutes), QVariant(subscription.id)})
        q.addBindValue(v);
    return execPrepared(q, error);
}

bool SubscriptionRepository::remove(qint64 id, SubscriptionSnapshot *removed, QString *error)
{
    return inTransaction(error, [&] {
        QSqlQuery s(m_db);
        s.prepare(QStringLiteral("SELECT id, %1 FROM subscriptions WHERE id = ?").arg(SubscriptionColumns));
        s.addBindValue(id);
        if (!execPrepared(s, error))
            return false;
        if (!s.next())
            return true; // not subscribed: nothing to take
        removed->subscription = readSubscription(s);
        QSqlQuery i(m_db);
        i.setForwardOnly(true);
        i.prepare(QStringLiteral("SELECT first_seen, read_at, %1 FROM feed_items WHERE subscription_id = ?"
                                 " ORDER BY position")
                      .arg(ItemColumns));
        i.addBindValue(id);
        if (!execPrepared(i, error))
            return false;
        while (i.next()) {
            NewsItem item;
            item.subscription = id;
            item.firstSeen = fromSecs(i.value(0));
            item.readAt = fromSecs(i.value(1));
            item.item = readItem(i, 2);
            removed->items.append(item);
        }
        removed->validators = validators(id);
        QSqlQuery d(m_db);
        d.prepare(QStringLiteral("DELETE FROM subscriptions WHERE id = ?")); // items and requests cascade
        d.addBindValue(id);
        return execPrepared(d, error);
    });
}

bool SubscriptionRepository::restore(const SubscriptionSnapshot &snapshot, QString *error)
{
    return inTransaction(error, [&] {
        QSqlQuery s(m_db);
        s.prepare(QStringLiteral("INSERT INTO subscriptions (id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(SubscriptionColumns));
        const Subscription &sub = snapshot.subscription;
        for (const QVariant &v : {QVariant(sub.id), url(sub.url), text(sub.title), text(sub.folder),
                 QVariant(int(sub.kind)), text(sub.source), QVariant(sub.intervalMinutes), secs(sub.added),
                 secs(sub.lastChecked), optionalText(sub.lastError)})
            s.addBindValue(v);
        if (!execPrepared(s, error))
            return false;
        QSqlQuery i(m_db);
        i.prepare(QStringLiteral("INSERT INTO feed_items (subscription_id, first_seen, read_at, %1)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(ItemColumns));
        int position = 0;
        for (const NewsItem &item : snapshot.items) {
            i.addBindValue(sub.id);
            i.addBindValue(secs(item.firstSeen));
            i.addBindValue(secs(item.readAt));
            for (const QVariant &v : itemValues(item.item, position++))
                i.addBindValue(v);
            if (!execPrepared(i, error))
                return false;
        }
        return saveValidators(sub.id, snapshot.validators, QDateTime::currentDateTimeUtc(), error);
    });
}

bool SubscriptionRepository::saveValidators(
    qint64 id, const QHash<QString, HttpValidators> &validators, const QDateTime &at, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO listing_requests (subscription_id, url, etag, last_modified,"
                       " fetched_at) VALUES (?, ?, ?, ?, ?)"));
    for (auto it = validators.cbegin(); it != validators.cend(); ++it) {
        for (const QVariant &v : {QVariant(id), QVariant(it.key()), latin1(it.value().etag),
                 latin1(it.value().lastModified), secs(at)})
            q.addBindValue(v);
        if (!execPrepared(q, error))
            return false;
    }
    return true;
}

int SubscriptionRepository::saveItems(qint64 id, const FeedPage &page,
    const QHash<QString, HttpValidators> &validators, const QString &source, const QDateTime &at,
    QString *error)
{
    int added = 0;
    const bool ok = inTransaction(error, [&] {
        const int before = countItems(id);
        // Known keys are updated in place, new ones inserted: one statement each way, and
        // the first-seen and read times of known items never touched.
        QSqlQuery upsert(m_db);
        upsert.prepare(QStringLiteral(
            "INSERT INTO feed_items (subscription_id, first_seen, %1)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (subscription_id, item_key) DO UPDATE SET"
            " title = excluded.title, link = excluded.link,"
            " posted_at = coalesce(excluded.posted_at, posted_at),"
            " updated_at = excluded.updated_at, author = excluded.author,"
            " summary = excluded.summary, content = excluded.content,"
            " comments = coalesce(excluded.comments, comments),"
            " discussion = coalesce(excluded.discussion, discussion),"
            " comment_feed = coalesce(excluded.comment_feed, comment_feed),"
            " thread_url = coalesce(excluded.thread_url, thread_url),"
            " prefix = excluded.prefix, sticky = excluded.sticky, position = excluded.position")
                           .arg(ItemColumns));
        QSet<QString> seen;
        int position = 0;
        for (const FeedItem &item : page.items) {
            if (item.key.isEmpty() || seen.contains(item.key))
                continue; // a listing that names an item twice keeps its first place
            seen.insert(item.key);
            upsert.addBindValue(id);
            upsert.addBindValue(secs(at));
            for (const QVariant &v : itemValues(item, position++))
                upsert.addBindValue(v);
            if (!execPrepared(upsert, error))
                return false;
        }
        // Nothing is removed here: what the count grew by is what was new.
        added = countItems(id) - before;
        QSqlQuery s(m_db);
        s.prepare(QStringLiteral("UPDATE subscriptions SET last_checked = ?, last_error = NULL,"
                                 " title = CASE WHEN title = '' THEN ? ELSE title END,"
                                 " kind = ?, source = CASE WHEN ? = '' THEN source ELSE ? END WHERE id = ?"));
        for (const QVariant &v :
            {secs(at), text(page.title), QVariant(int(page.kind)), text(source), text(source), QVariant(id)})
            s.addBindValue(v);
        return execPrepared(s, error) && saveValidators(id, validators, at, error);
    });
    return ok ? added : -1;
}

int SubscriptionRepository::countItems(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM feed_items WHERE subscription_id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool SubscriptionRepository::recordChecked(
    qint64 id, const QDateTime &at, const QString &failure, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE subscriptions SET last_checked = ?, last_error = ? WHERE id = ?"));
    for (const QVariant &v : {secs(at), optionalText(failure), QVariant(id)})
        q.addBindValue(v);
    return execPrepared(q, error);
}

QHash<QString, HttpValidators> SubscriptionRepository::validators(qint64 id) const
{
    QHash<QString, HttpValidators> map;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT url, etag, last_modified FROM listing_requests WHERE subscription_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return map;
    while (q.next())
        map.insert(q.value(0).toString(),
            HttpValidators {q.value(1).toString().toLatin1(), q.value(2).toString().toLatin1()});
    return map;
}

QList<NewsItem> SubscriptionRepository::items(qint64 id, int limit, const HiddenPredicate &hidden) const
{
    QList<NewsItem> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.subscription_id, s.title, i.first_seen, i.read_at, %1"
                             " FROM feed_items i JOIN subscriptions s ON s.id = i.subscription_id"
                             " WHERE ? = 0 OR i.subscription_id = ?"
                             " ORDER BY coalesce(i.posted_at, i.first_seen) DESC, i.position LIMIT ?")
                  .arg(QStringLiteral("i.")
                      + QString(ItemColumns).replace(QStringLiteral(", "), QStringLiteral(", i."))));
    q.addBindValue(id);
    q.addBindValue(id);
    q.addBindValue(std::max(0, limit));
    if (!q.exec())
        return list;
    while (q.next()) {
        NewsItem item;
        item.subscription = q.value(0).toLongLong();
        item.subscriptionTitle = q.value(1).toString();
        item.firstSeen = fromSecs(q.value(2));
        item.readAt = fromSecs(q.value(3));
        item.item = readItem(q, 4);
        list.append(item);
    }
    addDiscussionCounts(&list, hidden);
    return list;
}

void SubscriptionRepository::addDiscussionCounts(QList<NewsItem> *items, const HiddenPredicate &hidden) const
{
    // The cached discussions of these items only: one grouped query over their posts, then
    // (with hidden) one pass over their unread and new posts, as the library counts.
    QHash<QString, QList<qsizetype>> byThread;
    for (qsizetype i = 0; i < items->size(); ++i) {
        if (!items->at(i).item.thread.isEmpty())
            byThread[items->at(i).item.thread].append(i);
    }
    if (byThread.isEmpty())
        return;
    // The keys go in as one bound JSON array (json_each), never spliced into the SQL.
    QString keys = QStringLiteral("[");
    for (auto it = byThread.cbegin(); it != byThread.cend(); ++it) {
        QString key = it.key();
        key.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        keys += (keys.size() > 1 ? QStringLiteral(",\"") : QStringLiteral("\"")) + key + QLatin1Char('"');
    }
    keys += QLatin1Char(']');
    struct Counts
    {
        int posts = 0, comments = 0, unread = 0, fresh = 0;
        bool watched = false;
    };
    // Each post of the wanted threads, marked: is it a comment, unread, new. The item's own
    // post is no comment: the thread's opening post (the first of part 1: a starter's, a
    // story, a link back to the article, a comment feed's article) and the article the
    // loader put before a forum thread (ArticleReader::postId(), part 0). Each wanted
    // thread's opening is found by its index once, never by a scan of every post.
    static const QString marked
        = QStringLiteral("WITH wanted AS (SELECT t.id, t.url, t.watched, t.last_visit,"
                         "  (SELECT o.position FROM posts o WHERE o.thread_id = t.id AND o.page = 1"
                         "   ORDER BY o.position LIMIT 1) AS opening"
                         "  FROM threads t WHERE t.url IN (SELECT value FROM json_each(?))),"
                         " marked AS (SELECT w.id, w.url, w.watched, p.post_id, p.author_id, p.text,"
                         "  p.read_at IS NULL AS unread, p.first_seen > coalesce(w.last_visit, -1) AS fresh,"
                         "  p.post_id IS NOT NULL AND p.post_id <> 'article'"
                         "   AND NOT (p.page = 1 AND p.position IS w.opening) AS comment"
                         "  FROM wanted w LEFT JOIN posts p ON p.thread_id = w.id) ");
    QHash<QString, Counts> counts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(marked
        + QStringLiteral("SELECT url, watched, count(post_id), coalesce(sum(comment), 0),"
                         " coalesce(sum(comment AND unread), 0), coalesce(sum(comment AND fresh), 0)"
                         " FROM marked GROUP BY id"));
    q.addBindValue(keys);
    if (!q.exec())
        return;
    while (q.next())
        counts.insert(q.value(0).toString(),
            Counts {q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt(),
                q.value(1).toBool()});
    if (hidden && !counts.isEmpty()) {
        QSqlQuery u(m_db);
        u.setForwardOnly(true);
        u.prepare(marked
            + QStringLiteral("SELECT m.url, a.name, m.text, m.unread, m.fresh"
                             " FROM marked m JOIN authors a ON a.id = m.author_id"
                             " WHERE m.comment AND (m.unread OR m.fresh)"));
        u.addBindValue(keys);
        if (u.exec()) {
            Post post;
            while (u.next()) {
                const QString url = u.value(0).toString();
                post.author = u.value(1).toString();
                post.text = u.value(2).toString();
                if (!hidden(post, url))
                    continue;
                Counts &c = counts[url];
                c.unread -= u.value(3).toBool() ? 1 : 0;
                c.fresh -= u.value(4).toBool() ? 1 : 0;
            }
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        for (qsizetype i : byThread.value(it.key())) {
            NewsItem &item = (*items)[i];
            item.discussionPosts = it->posts;
            item.discussionComments = it->comments;
            item.discussionUnread = it->unread;
            item.discussionNew = it->fresh;
            item.discussionWatched = it->watched;
        }
    }
}

QList<FeedItem> SubscriptionRepository::listing(qint64 id, int limit) const
{
    QList<FeedItem> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM feed_items WHERE subscription_id = ? ORDER BY position LIMIT ?")
                  .arg(ItemColumns));
    q.addBindValue(id);
    q.addBindValue(std::max(0, limit));
    if (!q.exec())
        return list;
    while (q.next())
        list.append(readItem(q, 0));
    return list;
}

bool SubscriptionRepository::markRead(qint64 id, const QStringList &keys, const QDateTime &at, QString *error)
{
    return inTransaction(error, [&] {
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("UPDATE feed_items SET read_at = ? WHERE subscription_id = ? AND item_key = ?"));
        for (const QString &key : keys) {
            for (const QVariant &v : {secs(at), QVariant(id), QVariant(key)})
                q.addBindValue(v);
            if (!execPrepared(q, error))
                return false;
        }
        return true;
    });
}

bool SubscriptionRepository::markAllRead(qint64 id, const QDateTime &at, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE feed_items SET read_at = ? WHERE read_at IS NULL AND (? = 0 OR subscription_id = ?)"));
    q.addBindValue(secs(at));
    q.addBindValue(id);
    q.addBindValue(id);
    return execPrepared(q, error);
}

} // namespace Threadkeeper
