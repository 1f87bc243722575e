// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationrepository.h"

#include "domain/anchoring.h"
#include "domain/posttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace Threadkeeper {

AnnotationRepository::AnnotationRepository(QSqlDatabase &db)
    : SqlAccess(db)
{ }

namespace {
// The columns readAnnotation() reads, first in every query of annotations ("a").
const QString AnnotationColumns = QStringLiteral(
    "a.id, a.kind, a.thread_url, a.post_id, a.note, a.exact, a.prefix, a.suffix, a.start_offset,"
    " a.end_offset, a.orphaned, a.created, a.updated, a.quote_path, a.history");
constexpr int AnnotationColumnCount = 15;
const QString AnnotationFilter = QStringLiteral(
    " WHERE (? = '' OR a.thread_url = ?) AND (? = '' OR a.post_id = ?) ORDER BY a.created, a.id");
} // namespace

Annotation AnnotationRepository::readAnnotation(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.kind = q.value(1).toString() == QLatin1String("highlight") ? Annotation::Kind::Highlight
                                                                 : Annotation::Kind::Note;
    a.threadUrl = q.value(2).toString();
    a.postId = q.value(3).toString();
    a.note = q.value(4).toString();
    if (a.kind == Annotation::Kind::Highlight) {
        a.selector = TextSelector {q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
            q.value(8).isNull() ? -1 : q.value(8).toInt(), q.value(9).isNull() ? -1 : q.value(9).toInt(),
            q.value(13).toString()};
    }
    a.orphaned = q.value(10).toBool();
    a.created = fromSecs(q.value(11));
    a.updated = fromSecs(q.value(12));
    for (const QJsonValue &words : QJsonDocument::fromJson(q.value(14).toString().toUtf8()).array())
        a.history.append(words.toString());
    return a;
}

QList<Annotation> AnnotationRepository::annotations(const QString &threadUrl, const QString &postId) const
{
    QList<Annotation> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + AnnotationColumns + QStringLiteral(" FROM annotations a")
        + AnnotationFilter);
    for (const QVariant &v : {text(threadUrl), text(threadUrl), text(postId), text(postId)})
        q.addBindValue(v);
    if (!q.exec())
        return list;
    while (q.next())
        list.append(readAnnotation(q));
    return list;
}

AnnotationListing AnnotationRepository::listing(const QString &threadUrl, const QString &postId) const
{
    // One query, whatever the number of threads: each annotation with its post's header
    // and the start of its words, never a whole thread.
    AnnotationListing listing;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + AnnotationColumns
        + QStringLiteral(", t.title, t.engine, au.name, p.number, substr(p.text, 1, ?), p.post_id"
                         " FROM annotations a LEFT JOIN threads t ON t.url = a.thread_url"
                         " LEFT JOIN posts p ON p.thread_id = t.id AND p.post_id = a.post_id"
                         " LEFT JOIN authors au ON au.id = p.author_id")
        + AnnotationFilter);
    for (const QVariant &v : {QVariant(AnnotatedPost::SnippetLength), text(threadUrl), text(threadUrl),
             text(postId), text(postId)})
        q.addBindValue(v);
    if (!q.exec())
        return listing;
    constexpr int c = AnnotationColumnCount;
    while (q.next()) {
        const Annotation a = readAnnotation(q);
        if (!q.value(c + 5).isNull()) { // the post is cached
            listing.posts.insert(annotatedPostKey(a),
                AnnotatedPost {q.value(c).toString(), q.value(c + 2).toString(), q.value(c + 3).toInt(),
                    QUrl(), q.value(c + 4).toString().left(AnnotatedPost::SnippetLength),
                    q.value(c + 1).toString()});
        }
        listing.annotations.append(a);
    }
    return listing;
}

bool AnnotationRepository::saveAnnotation(Annotation *a, QString *error)
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
        secs(a->updated), text(highlight ? a->selector.quote : QString())};
    return writeRow(QStringLiteral("annotations"),
        {QStringLiteral("kind"), QStringLiteral("thread_url"), QStringLiteral("post_id"),
            QStringLiteral("note"), QStringLiteral("exact"), QStringLiteral("prefix"),
            QStringLiteral("suffix"), QStringLiteral("start_offset"), QStringLiteral("end_offset"),
            QStringLiteral("orphaned"), QStringLiteral("created"), QStringLiteral("updated"),
            QStringLiteral("quote_path")},
        values, &a->id, error);
}

bool AnnotationRepository::addAnnotations(QList<Annotation> *annotations, QString *error)
{
    return inTransaction(
        error, saveAllAsNew(annotations, [&](Annotation *a) { return saveAnnotation(a, error); }));
}

bool AnnotationRepository::removeAnnotation(qint64 id, QString *error)
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

QStringList AnnotationRepository::annotatedThreads() const
{
    QStringList urls;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT thread_url FROM annotations ORDER BY thread_url")))
        return urls;
    while (q.next())
        urls.append(q.value(0).toString());
    return urls;
}

std::pair<TextSelector, bool> AnnotationRepository::followWords(
    const Post &post, const TextSelector &selector)
{
    // Its own quote first; a quote that moved (one added before it) is found among the others.
    QStringList spaces {selector.quote};
    if (!selector.quote.isEmpty()) {
        forEachQuote(post.body, [&](const QString &path, const Block &) {
            if (path != selector.quote)
                spaces.append(path);
            return true;
        });
    }
    for (const QString &space : std::as_const(spaces)) {
        const QString words = anchorText(post, space);
        const Anchoring::Match match = Anchoring::anchor(words, selector);
        if (match.found) {
            TextSelector moved = Anchoring::reanchored(words, selector, match);
            moved.quote = space;
            return {moved, true};
        }
    }
    // An orphan keeps its last words, so it can be shown and perhaps found later.
    return {selector, false};
}

bool AnnotationRepository::reanchor(
    const QString &url, const Post &post, const QDateTime &now, QString *error)
{
    QSqlQuery update(m_db);
    update.prepare(
        QStringLiteral("UPDATE annotations SET exact = ?, prefix = ?, suffix = ?, start_offset = ?,"
                       " end_offset = ?, orphaned = ?, updated = ?, quote_path = ? WHERE id = ?"));
    for (const Annotation &a : annotations(url, post.id)) {
        if (a.kind != Annotation::Kind::Highlight)
            continue;
        const auto [s, found] = followWords(post, a.selector);
        for (const QVariant &v : {QVariant(s.exact), text(s.prefix), text(s.suffix), QVariant(s.start),
                 QVariant(s.end), QVariant(found ? 0 : 1), secs(now), text(s.quote), QVariant(a.id)})
            update.addBindValue(v);
        if (!update.exec()) {
            *error = lastError(update);
            return false;
        }
    }
    return true;
}

} // namespace Threadkeeper
