// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachedatabase.h"

#include "searchindex.h"

#include "domain/postjson.h"
#include "engines/forumengine.h"
#include "engines/postbody.h"
#include "services/anchoring.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <limits>

namespace Threadkeeper {

namespace {

QString lastError(const QSqlQuery &q)
{
    return q.lastError().text();
}

QVariant secs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString binds as SQL NULL; NOT NULL text columns want ''.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QDateTime fromSecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), QTimeZone::UTC);
}

// Splits a migration file into statements (ours contain no ';' inside statements).
QStringList statementsOf(const QString &script)
{
    QStringList out;
    QString current;
    bool inBody = false; // a trigger's BEGIN … END holds statements of its own
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1String("BEGIN"), Qt::CaseInsensitive))
            inBody = true;
        else if (inBody && trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0)
            inBody = false;
        if (!inBody && trimmed.endsWith(QLatin1Char(';'))) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

// Replaces a post's quote edges; statements prepared once per batch.
class QuoteWriter
{
public:
    explicit QuoteWriter(const QSqlDatabase &db)
        : m_clear(db)
        , m_insert(db)
    {
        m_clear.prepare(QStringLiteral("DELETE FROM quotes WHERE thread_id = ? AND post_id = ?"));
        m_insert.prepare(QStringLiteral("INSERT INTO quotes (thread_id, post_id, idx, author, source, "
                                        "resolved) VALUES (?, ?, ?, ?, ?, ?)"));
    }
    bool write(qint64 threadId, const Post &p, QString *error)
    {
        m_clear.addBindValue(threadId);
        m_clear.addBindValue(p.id);
        if (!m_clear.exec()) {
            *error = lastError(m_clear);
            return false;
        }
        for (qsizetype i = 0; i < p.quotes.size(); ++i) {
            const Quote &q = p.quotes[i];
            for (const QVariant &v : {QVariant(threadId), QVariant(p.id), QVariant(int(i)), text(q.author),
                     q.source.isEmpty() ? QVariant() : QVariant(q.source),
                     q.resolved.isEmpty() ? QVariant() : QVariant(q.resolved)})
                m_insert.addBindValue(v);
            if (!m_insert.exec()) {
                *error = lastError(m_insert);
                return false;
            }
        }
        return true;
    }

private:
    QSqlQuery m_clear;
    QSqlQuery m_insert;
};

} // namespace

CacheDatabase::CacheDatabase()
    : m_connection(QStringLiteral("threadkeeper-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

CacheDatabase::~CacheDatabase()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString CacheDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/cache.sqlite");
}

bool CacheDatabase::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(sql.left(60), lastError(q));
        return false;
    }
    return true;
}

bool CacheDatabase::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, m_db.lastError().text());
        return false;
    }
    // Validate it is a database at all before anything writes to it.
    {
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            *error = QStringLiteral("%1 is not a Threadkeeper cache: %2").arg(path, lastError(probe));
            m_db.close();
            return false;
        }
    }
    // Refuse before anything (even the journal mode) changes the file.
    if (const int version = schemaVersion(); version > SchemaVersion) {
        *error = QStringLiteral(
            "%1 has schema version %2, newer than this Threadkeeper knows (%3); not touching it")
                     .arg(path)
                     .arg(version)
                     .arg(SchemaVersion);
        m_db.close();
        return false;
    }
    for (const char *pragma :
        {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
        if (!exec(QString::fromLatin1(pragma), error))
            return false;
    }
    return migrate(path, error);
}

bool CacheDatabase::setSizeLimit(qint64 bytes, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA page_size")) || !q.next()) {
        *error = lastError(q);
        return false;
    }
    const qint64 pages = std::max<qint64>(1, bytes / std::max<qint64>(512, q.value(0).toLongLong()));
    q.finish();
    // PRAGMA takes no bound values; pages is our own number.
    return exec(QStringLiteral("PRAGMA max_page_count = ") + QString::number(pages), error);
}

QString CacheDatabase::integrityCheck() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return lastError(q);
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    return problems.join(QLatin1Char('\n'));
}

int CacheDatabase::schemaVersion() const
{
    QSqlQuery q(m_db);
    const int version = q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
    q.finish();
    return version;
}

bool CacheDatabase::migrate(const QString &path, QString *error)
{
    const int current = schemaVersion();
    if (current == SchemaVersion)
        return true;
    if (current > 0) {
        // Keep a copy of what we are about to change.
        const QString backup = path + QStringLiteral(".v%1.bak").arg(current);
        QFile::remove(backup);
        exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), nullptr);
        QFile::copy(path, backup);
    }
    const QDir dir(QStringLiteral(":/threadkeeper/sql"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const int version = file.section(QLatin1Char('_'), 0, 0).toInt();
        if (version <= current || version > SchemaVersion)
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("missing migration %1").arg(file);
            return false;
        }
        if (!m_db.transaction()) {
            *error = m_db.lastError().text();
            return false;
        }
        const QStringList statements = statementsOf(QString::fromUtf8(f.readAll()));
        for (const QString &statement : statements) {
            if (!exec(statement, error)) {
                m_db.rollback();
                return false;
            }
        }
        // PRAGMA takes no bound values; version is our own integer.
        if (!exec(QStringLiteral("PRAGMA user_version = ") + QString::number(version), error)
            || !m_db.commit()) {
            m_db.rollback();
            return false;
        }
    }
    return true;
}

namespace {
// For imports: every item saved as a new one (its id cleared), stopping at the first failure.
template<typename T, typename Save> std::function<bool()> saveAllAsNew(QList<T> *items, Save save)
{
    return [items, save] {
        for (T &item : *items) {
            item.id = 0;
            if (!save(&item))
                return false;
        }
        return true;
    };
}
} // namespace

bool CacheDatabase::writeRow(const QString &table, const QStringList &columns, const QList<QVariant> &values,
    qint64 *id, QString *error)
{
    // A row this process read is updated in place; anything else goes in as a new row
    // with an id from the database, so a write never replaces a row it did not read
    // (another process may have taken the id meanwhile). A row deleted meanwhile comes
    // back under a new id. Table and column names are ours, never input.
    if (*id > 0) {
        QStringList sets;
        for (const QString &c : columns)
            sets.append(c + QStringLiteral(" = ?"));
        QSqlQuery update(m_db);
        update.prepare(
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))));
        for (const QVariant &v : values)
            update.addBindValue(v);
        update.addBindValue(*id);
        if (!update.exec()) {
            *error = lastError(update);
            return false;
        }
        if (update.numRowsAffected() > 0)
            return true;
    }
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(table, columns.join(QStringLiteral(", ")),
                           QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    for (const QVariant &v : values)
        insert.addBindValue(v);
    if (!insert.exec()) {
        *error = lastError(insert);
        return false;
    }
    *id = insert.lastInsertId().toLongLong();
    return true;
}

bool CacheDatabase::inTransaction(QString *error, const std::function<bool()> &work)
{
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    if (!work()) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

qint64 CacheDatabase::threadId(const QString &url) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM threads WHERE url = ?"));
    q.addBindValue(url);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

std::optional<CachedThread> CacheDatabase::loadThread(const QString &url) const
{
    std::optional<CachedThread> whole;
    loadThread(url, std::numeric_limits<int>::max(), std::numeric_limits<int>::max(),
        [&whole](CachedThread &&part, bool) {
            if (!whole)
                whole = std::move(part);
            else
                whole->posts += part.posts;
        });
    return whole;
}

bool CacheDatabase::loadThread(const QString &url, int firstChunk, int chunk,
    const std::function<void(CachedThread &&part, bool last)> &deliver) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, engine, title, page_count, last_fetched, place_post_id, place_scroll"
                             " FROM threads WHERE url = ?"));
    q.addBindValue(url);
    if (!q.exec() || !q.next())
        return false;
    CachedThread thread;
    const qint64 id = q.value(0).toLongLong();
    thread.info.url = url;
    thread.info.engine = q.value(1).toString();
    thread.info.title = q.value(2).toString();
    thread.info.pageCount = q.value(3).toInt();
    thread.lastFetched = fromSecs(q.value(4));
    thread.place = ReadingPlace {q.value(5).toString(), q.value(6).toInt()};

    // With each post, how its quotes resolved when it was cached ("idx:id" joined by
    // U+001F): opening the thread matches no text, and the first rows need no other query.
    QSqlQuery p(m_db);
    p.setForwardOnly(true);
    p.prepare(QStringLiteral(
        "SELECT p.post_id, p.page, p.position, p.number, a.name, p.posted_at, p.body,"
        " p.first_seen, p.read_at, a.avatar_url,"
        " (SELECT group_concat(q.idx || ':' || coalesce(q.resolved, ''), char(31)) FROM quotes q"
        "  WHERE q.thread_id = p.thread_id AND q.post_id = p.post_id), p.parent_id"
        " FROM posts p JOIN authors a ON a.id = p.author_id WHERE p.thread_id = ? ORDER BY p.position"));
    p.addBindValue(id);
    if (!p.exec()) {
        deliver(std::move(thread), true);
        return true;
    }
    int limit = firstChunk;
    while (p.next()) {
        Post post;
        post.id = p.value(0).toString();
        post.page = p.value(1).toInt();
        post.position = p.value(2).toInt();
        post.number = p.value(3).toInt();
        post.author = p.value(4).toString();
        post.date = fromSecs(p.value(5));
        post.body = blocksFromJson(QJsonDocument::fromJson(p.value(6).toByteArray()).array());
        fillTextAndQuotes(&post);
        const QString edges = p.value(10).toString();
        for (const QStringView edge : QStringView(edges).split(QChar(0x1f), Qt::SkipEmptyParts)) {
            const qsizetype colon = edge.indexOf(QLatin1Char(':'));
            const qsizetype idx = colon > 0 ? edge.left(colon).toInt() : -1;
            if (idx >= 0 && idx < post.quotes.size())
                post.quotes[idx].resolved = edge.mid(colon + 1).toString();
        }
        post.firstSeen = fromSecs(p.value(7));
        post.readAt = fromSecs(p.value(8));
        post.avatarUrl = p.value(9).toString();
        post.parentId = p.value(11).toString();
        thread.posts.append(post);
        if (thread.posts.size() >= limit) {
            // The first rows show while the rest is read.
            CachedThread part {thread.info, {}, thread.lastFetched};
            std::swap(part.posts, thread.posts);
            deliver(std::move(part), false);
            limit = chunk;
        }
    }
    deliver(std::move(thread), true);
    return true;
}

bool CacheDatabase::savePage(
    const ThreadInfo &info, int page, const QList<Post> &posts, const QDateTime &now, QString *error)
{
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    auto fail = [&](const QSqlQuery &q) {
        *error = lastError(q);
        m_db.rollback();
        return false;
    };
    QSqlQuery t(m_db);
    t.prepare(
        QStringLiteral("INSERT INTO threads (url, engine, title, page_count, first_seen, last_fetched)"
                       " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET engine = excluded.engine,"
                       " title = excluded.title, page_count = excluded.page_count,"
                       " last_fetched = excluded.last_fetched"));
    for (const QVariant &v : {QVariant(info.url), QVariant(info.engine), text(info.title),
             QVariant(info.pageCount), secs(now), secs(now)})
        t.addBindValue(v);
    if (!t.exec())
        return fail(t);
    const qint64 id = threadId(info.url);
    const QString site = siteOfThread(info.url); // the same name on two forums is two people

    QSqlQuery pg(m_db);
    pg.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO pages (thread_id, page, fetched_at, post_count) VALUES (?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(id), QVariant(page), secs(now), QVariant(int(posts.size()))})
        pg.addBindValue(v);
    if (!pg.exec())
        return fail(pg);

    QSqlQuery author(m_db);
    author.prepare(QStringLiteral(
        "INSERT INTO authors (site, name, avatar_url) VALUES (?, ?, ?) ON CONFLICT (site, name)"
        " DO UPDATE SET name = excluded.name, avatar_url = excluded.avatar_url RETURNING id"));
    QSqlQuery post(m_db);
    post.prepare(QStringLiteral(
        "INSERT INTO posts (thread_id, post_id, page, position, number, author_id, posted_at, text, body,"
        " first_seen, parent_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (thread_id, post_id)"
        " DO UPDATE SET page = excluded.page, position = excluded.position, number = excluded.number,"
        " parent_id = excluded.parent_id,"
        " author_id = excluded.author_id, posted_at = excluded.posted_at, text = excluded.text,"
        " body = excluded.body"));
    QuoteWriter quotes(m_db);

    // Highlights follow their words when a post's text changes (an edit on the forum).
    QSqlQuery oldText(m_db);
    oldText.prepare(QStringLiteral("SELECT text FROM posts WHERE thread_id = ? AND post_id = ?"));
    QStringList edited;
    for (const Post &p : posts) {
        oldText.addBindValue(id);
        oldText.addBindValue(p.id);
        if (oldText.exec() && oldText.next() && oldText.value(0).toString() != p.text)
            edited.append(p.id);
        oldText.finish();
    }

    for (const Post &p : posts) {
        author.addBindValue(site);
        author.addBindValue(text(p.author)); // a deleted post has no author: still cached
        author.addBindValue(p.avatarUrl.isNull() ? QStringLiteral("") : p.avatarUrl);
        if (!author.exec() || !author.next())
            return fail(author);
        const qint64 authorId = author.value(0).toLongLong();
        author.finish();
        const QByteArray body = QJsonDocument(blocksToJson(p.body)).toJson(QJsonDocument::Compact);
        for (const QVariant &v : {QVariant(id), QVariant(p.id), QVariant(p.page), QVariant(p.position),
                 QVariant(p.number), QVariant(authorId), secs(p.date), text(p.text), QVariant(body),
                 secs(p.firstSeen.isValid() ? p.firstSeen : now),
                 QVariant(p.parentId.isNull() ? QStringLiteral("") : p.parentId)})
            post.addBindValue(v);
        if (!post.exec())
            return fail(post);
        if (!quotes.write(id, p, error)) {
            m_db.rollback();
            return false;
        }
    }
    for (const Post &p : posts) {
        if (edited.contains(p.id) && !reanchor(info.url, p, now, error)) {
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

bool CacheDatabase::reanchor(const QString &url, const Post &post, const QDateTime &now, QString *error)
{
    QSqlQuery update(m_db);
    update.prepare(
        QStringLiteral("UPDATE annotations SET exact = ?, prefix = ?, suffix = ?, start_offset = ?,"
                       " end_offset = ?, orphaned = ?, updated = ? WHERE id = ?"));
    for (const Annotation &a : annotations(url, post.id)) {
        if (a.kind != Annotation::Kind::Highlight)
            continue;
        const Anchoring::Match match = Anchoring::anchor(post.text, a.selector);
        // An orphan keeps its last words, so it can be shown and perhaps found later.
        const TextSelector s = match.found ? Anchoring::reanchored(post.text, a.selector, match) : a.selector;
        for (const QVariant &v : {QVariant(s.exact), text(s.prefix), text(s.suffix), QVariant(s.start),
                 QVariant(s.end), QVariant(match.found ? 0 : 1), secs(now), QVariant(a.id)})
            update.addBindValue(v);
        if (!update.exec()) {
            *error = lastError(update);
            return false;
        }
    }
    return true;
}

bool CacheDatabase::saveQuoteEdges(const QString &url, const QList<Post> &posts, QString *error)
{
    const qint64 id = threadId(url);
    if (id < 0)
        return true;
    return inTransaction(error, [&] {
        QuoteWriter quotes(m_db);
        for (const Post &p : posts) {
            if (!quotes.write(id, p, error))
                return false;
        }
        return true;
    });
}

QList<Quote> CacheDatabase::quoteEdges(const QString &url, const QString &postId) const
{
    QList<Quote> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT q.author, q.source, q.resolved FROM quotes q JOIN threads t ON t.id = q.thread_id"
        " WHERE t.url = ? AND q.post_id = ? ORDER BY q.idx"));
    q.addBindValue(url);
    q.addBindValue(postId);
    if (!q.exec())
        return list;
    while (q.next())
        list.append(Quote {q.value(0).toString(), q.value(1).toString(), QString(), q.value(2).toString()});
    return list;
}

bool CacheDatabase::markRead(
    const QString &url, const QStringList &postIds, const QDateTime &at, QString *error)
{
    const qint64 id = threadId(url);
    if (id < 0)
        return true; // nothing cached to mark
    return inTransaction(error, [&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE posts SET read_at = ? WHERE thread_id = ? AND post_id = ?"));
        for (const QString &postId : postIds) {
            q.addBindValue(secs(at));
            q.addBindValue(id);
            q.addBindValue(postId);
            if (!q.exec()) {
                *error = lastError(q);
                return false;
            }
        }
        return true;
    });
}

QList<ThreadSummary> CacheDatabase::threads(
    const std::function<bool(const Post &post, const QString &threadUrl)> &hidden) const
{
    QList<ThreadSummary> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT t.url, t.engine, t.title, t.page_count, t.last_fetched, count(p.post_id),"
                       " sum(p.read_at IS NULL) FROM threads t LEFT JOIN posts p ON p.thread_id = t.id"
                       " GROUP BY t.id ORDER BY t.last_fetched DESC"));
    if (!q.exec())
        return list;
    QHash<QString, qsizetype> byUrl;
    while (q.next()) {
        ThreadSummary s;
        s.info.url = q.value(0).toString();
        s.info.engine = q.value(1).toString();
        s.info.title = q.value(2).toString();
        s.info.pageCount = q.value(3).toInt();
        s.lastFetched = fromSecs(q.value(4));
        s.posts = q.value(5).toInt();
        s.unread = q.value(6).toInt();
        byUrl.insert(s.info.url, list.size());
        list.append(s);
    }
    if (!hidden)
        return list;
    // Unread posts the rules hide do not count: one pass over the unread posts only.
    QSqlQuery u(m_db);
    u.setForwardOnly(true);
    if (!u.exec(
            QStringLiteral("SELECT t.url, a.name, p.text FROM posts p JOIN threads t ON t.id = p.thread_id"
                           " JOIN authors a ON a.id = p.author_id WHERE p.read_at IS NULL")))
        return list;
    Post post;
    while (u.next()) {
        const QString url = u.value(0).toString();
        post.author = u.value(1).toString();
        post.text = u.value(2).toString();
        if (hidden(post, url))
            --list[byUrl.value(url)].unread;
    }
    return list;
}

bool CacheDatabase::savePlace(const QString &url, const ReadingPlace &place, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE threads SET place_post_id = ?, place_scroll = ? WHERE url = ?"));
    q.addBindValue(text(place.postId));
    q.addBindValue(place.scroll);
    q.addBindValue(url);
    if (!q.exec()) {
        *error = lastError(q);
        return false;
    }
    return true;
}

} // namespace Threadkeeper

namespace Threadkeeper {

QList<FollowedPost> CacheDatabase::postsBy(const QList<FollowedPoster> &posters, int limit) const
{
    QList<FollowedPost> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t.url, t.title, p.post_id, p.number, a.name, p.posted_at, p.text, p.read_at IS NOT NULL"
        " FROM posts p JOIN authors a ON a.id = p.author_id JOIN threads t ON t.id = p.thread_id"
        " WHERE a.site = ? COLLATE NOCASE AND a.name = ? COLLATE NOCASE AND (? = '' OR t.url = ?)"
        " ORDER BY p.posted_at DESC LIMIT ?"));
    for (const FollowedPoster &poster : posters) {
        for (const QVariant &v : {QVariant(poster.site), QVariant(poster.name), text(poster.threadUrl),
                 text(poster.threadUrl), QVariant(limit)})
            q.addBindValue(v);
        if (!q.exec())
            continue;
        while (q.next()) {
            list.append(FollowedPost {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toInt(), q.value(4).toString(), fromSecs(q.value(5)), q.value(6).toString(),
                q.value(7).toBool()});
        }
    }
    std::sort(list.begin(), list.end(),
        [](const FollowedPost &a, const FollowedPost &b) { return a.date > b.date; });
    if (list.size() > limit)
        list.resize(limit);
    return list;
}

QList<Rule> CacheDatabase::rules() const
{
    QList<Rule> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, kind, site, pattern, score, thread_url, expires, note, created FROM rules"
            " ORDER BY id")))
        return list;
    while (q.next()) {
        Rule r;
        r.id = q.value(0).toLongLong();
        r.kind = q.value(1).toString() == QLatin1String("keyword") ? Rule::Kind::Keyword : Rule::Kind::Poster;
        r.site = q.value(2).toString();
        r.pattern = q.value(3).toString();
        r.score = q.value(4).toInt();
        r.threadUrl = q.value(5).toString();
        r.scope = r.threadUrl.isEmpty() ? Rule::Scope::Site : Rule::Scope::Thread;
        r.expires = fromSecs(q.value(6));
        r.note = q.value(7).toString();
        r.created = fromSecs(q.value(8));
        list.append(r);
    }
    return list;
}

bool CacheDatabase::saveRule(Rule *rule, QString *error)
{
    if (!rule->created.isValid()) // whole seconds, as stored
        rule->created = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::UTC);
    const QList<QVariant> values {
        QVariant(rule->kind == Rule::Kind::Poster ? QStringLiteral("poster") : QStringLiteral("keyword")),
        QVariant(rule->site), QVariant(rule->pattern), QVariant(rule->score),
        rule->scope == Rule::Scope::Thread ? QVariant(rule->threadUrl) : QVariant(), secs(rule->expires),
        text(rule->note), secs(rule->created)};
    return writeRow(QStringLiteral("rules"),
        {QStringLiteral("kind"), QStringLiteral("site"), QStringLiteral("pattern"), QStringLiteral("score"),
            QStringLiteral("thread_url"), QStringLiteral("expires"), QStringLiteral("note"),
            QStringLiteral("created")},
        values, &rule->id, error);
}

bool CacheDatabase::addRules(QList<Rule> *rules, QString *error)
{
    return inTransaction(error, saveAllAsNew(rules, [&](Rule *r) { return saveRule(r, error); }));
}

bool CacheDatabase::removeRule(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM rules WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = lastError(q);
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = QStringLiteral("there is no rule %1").arg(id);
        return false;
    }
    return true;
}

bool CacheDatabase::saveImage(
    const QString &url, const QByteArray &data, const QString &contentType, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO images (url, content_type, data, fetched) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (url) DO UPDATE SET content_type = excluded.content_type, "
                             "data = excluded.data, fetched = excluded.fetched"));
    q.addBindValue(url);
    q.addBindValue(
        contentType.isNull() ? QStringLiteral("") : contentType); // NOT NULL: a null QString binds NULL
    q.addBindValue(data);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec()) {
        *error = lastError(q);
        return false;
    }
    return true;
}

QByteArray CacheDatabase::image(const QString &url) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM images WHERE url = ?"));
    q.addBindValue(url);
    if (!q.exec() || !q.next())
        return {};
    QByteArray data = q.value(0).toByteArray();
    if (data.isNull()) // an empty blob is still "cached"
        data = QByteArray("");
    return data;
}

bool CacheDatabase::allowImageSite(const QString &host, bool allowed, QString *error)
{
    QSqlQuery q(m_db);
    if (allowed) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO image_sites (host, allowed) VALUES (?, ?)"));
        q.addBindValue(host);
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
    } else {
        q.prepare(QStringLiteral("DELETE FROM image_sites WHERE host = ?"));
        q.addBindValue(host);
    }
    if (!q.exec()) {
        *error = lastError(q);
        return false;
    }
    return true;
}

bool CacheDatabase::saveFolds(
    const QString &threadUrl, const QString &postId, const QStringList &paths, QString *error)
{
    QSqlQuery q(m_db);
    if (paths.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM folds WHERE thread_url = ? AND post_id = ?"));
        q.addBindValue(threadUrl);
        q.addBindValue(postId);
    } else {
        q.prepare(
            QStringLiteral("INSERT OR REPLACE INTO folds (thread_url, post_id, paths) VALUES (?, ?, ?)"));
        q.addBindValue(threadUrl);
        q.addBindValue(postId);
        q.addBindValue(paths.join(QLatin1Char(' ')));
    }
    if (!q.exec()) {
        *error = lastError(q);
        return false;
    }
    return true;
}

QHash<QString, QStringList> CacheDatabase::folds(const QString &threadUrl) const
{
    QHash<QString, QStringList> folds;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT post_id, paths FROM folds WHERE thread_url = ?"));
    q.addBindValue(threadUrl);
    if (q.exec()) {
        while (q.next())
            folds.insert(
                q.value(0).toString(), q.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }
    return folds;
}

QStringList CacheDatabase::imageSites() const
{
    QStringList hosts;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT host FROM image_sites ORDER BY host"))) {
        while (q.next())
            hosts.append(q.value(0).toString());
    }
    return hosts;
}

} // namespace Threadkeeper

namespace Threadkeeper {

QList<Annotation> CacheDatabase::annotations(const QString &threadUrl, const QString &postId) const
{
    QList<Annotation> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, kind, thread_url, post_id, note, exact, prefix, suffix, start_offset,"
                       " end_offset, orphaned, created, updated FROM annotations"
                       " WHERE (? = '' OR thread_url = ?) AND (? = '' OR post_id = ?) ORDER BY created, id"));
    for (const QVariant &v : {text(threadUrl), text(threadUrl), text(postId), text(postId)})
        q.addBindValue(v);
    if (!q.exec())
        return list;
    while (q.next()) {
        Annotation a;
        a.id = q.value(0).toLongLong();
        a.kind = q.value(1).toString() == QLatin1String("highlight") ? Annotation::Kind::Highlight
                                                                     : Annotation::Kind::Note;
        a.threadUrl = q.value(2).toString();
        a.postId = q.value(3).toString();
        a.note = q.value(4).toString();
        if (a.kind == Annotation::Kind::Highlight) {
            a.selector = TextSelector {q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                q.value(8).isNull() ? -1 : q.value(8).toInt(), q.value(9).isNull() ? -1 : q.value(9).toInt()};
        }
        a.orphaned = q.value(10).toBool();
        a.created = fromSecs(q.value(11));
        a.updated = fromSecs(q.value(12));
        list.append(a);
    }
    return list;
}

bool CacheDatabase::saveAnnotation(Annotation *a, QString *error)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::UTC);
    if (!a->created.isValid())
        a->created = now;
    if (!a->updated.isValid())
        a->updated = a->created;
    const bool highlight = a->kind == Annotation::Kind::Highlight;
    const QVariant none;
    const QList<QVariant> values {QVariant(highlight ? QStringLiteral("highlight") : QStringLiteral("note")),
        QVariant(a->threadUrl), QVariant(a->postId), text(a->note),
        highlight ? text(a->selector.exact) : none, highlight ? text(a->selector.prefix) : none,
        highlight ? text(a->selector.suffix) : none, highlight ? QVariant(a->selector.start) : none,
        highlight ? QVariant(a->selector.end) : none, QVariant(a->orphaned ? 1 : 0), secs(a->created),
        secs(a->updated)};
    return writeRow(QStringLiteral("annotations"),
        {QStringLiteral("kind"), QStringLiteral("thread_url"), QStringLiteral("post_id"),
            QStringLiteral("note"), QStringLiteral("exact"), QStringLiteral("prefix"),
            QStringLiteral("suffix"), QStringLiteral("start_offset"), QStringLiteral("end_offset"),
            QStringLiteral("orphaned"), QStringLiteral("created"), QStringLiteral("updated")},
        values, &a->id, error);
}

bool CacheDatabase::addAnnotations(QList<Annotation> *annotations, QString *error)
{
    return inTransaction(
        error, saveAllAsNew(annotations, [&](Annotation *a) { return saveAnnotation(a, error); }));
}

bool CacheDatabase::removeAnnotation(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = lastError(q);
        return false;
    }
    return true;
}

QHash<QString, AnnotatedPost> CacheDatabase::describeAnnotatedPosts(
    const QList<Annotation> &annotations) const
{
    QHash<QString, AnnotatedPost> posts;
    QSet<QString> threads;
    for (const Annotation &a : annotations)
        threads.insert(a.threadUrl);
    for (const QString &url : std::as_const(threads)) {
        const auto thread = loadThread(url);
        if (!thread)
            continue;
        const ForumEngine *engine = engineByName(thread->info.engine);
        for (const Post &p : thread->posts) {
            posts.insert(url + QLatin1Char('#') + p.id,
                AnnotatedPost {thread->info.title, p.author, p.number,
                    engine ? engine->postUrl(QUrl(url), p.id) : QUrl(), p.text.left(300)});
        }
    }
    return posts;
}

QStringList CacheDatabase::annotatedThreads() const
{
    QStringList urls;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT thread_url FROM annotations ORDER BY thread_url")))
        return urls;
    while (q.next())
        urls.append(q.value(0).toString());
    return urls;
}

QList<SearchHit> CacheDatabase::search(const SearchQuery &query, int limit, QString *error) const
{
    return SearchIndex(m_db).search(query, limit, error);
}

} // namespace Threadkeeper
