// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationrepository.h"

#include "services/anchoring.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace Threadkeeper {

AnnotationRepository::AnnotationRepository(QSqlDatabase &db)
    : SqlAccess(db)
{ }

QList<Annotation> AnnotationRepository::annotations(const QString &threadUrl, const QString &postId) const
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
        secs(a->updated)};
    return writeRow(QStringLiteral("annotations"),
        {QStringLiteral("kind"), QStringLiteral("thread_url"), QStringLiteral("post_id"),
            QStringLiteral("note"), QStringLiteral("exact"), QStringLiteral("prefix"),
            QStringLiteral("suffix"), QStringLiteral("start_offset"), QStringLiteral("end_offset"),
            QStringLiteral("orphaned"), QStringLiteral("created"), QStringLiteral("updated")},
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

bool AnnotationRepository::reanchor(
    const QString &url, const Post &post, const QDateTime &now, QString *error)
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

} // namespace Threadkeeper
