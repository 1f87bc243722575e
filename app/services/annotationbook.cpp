// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationbook.h"

#include "store/cachestore.h"

#include <QTimeZone>

namespace Threadkeeper {

AnnotationBook::AnnotationBook(CacheStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (m_store) {
        connect(m_store, &CacheStore::annotationsLoaded, this,
            [this](const QList<Annotation> &annotations, const QHash<QString, AnnotatedPost> &posts) {
                m_loaded = true;
                m_annotations = annotations;
                m_posts = posts;
                Q_EMIT annotationsChanged();
            });
    }
}

void AnnotationBook::reload()
{
    if (m_store)
        m_store->loadAnnotations();
}

QList<Annotation> AnnotationBook::forPost(const QString &threadUrl, const QString &postId) const
{
    QList<Annotation> list;
    for (const Annotation &a : m_annotations) {
        if (a.threadUrl == threadUrl && a.postId == postId)
            list.append(a);
    }
    return list;
}

QSet<QString> AnnotationBook::annotatedPosts(const QString &threadUrl) const
{
    QSet<QString> ids;
    for (const Annotation &a : m_annotations) {
        if (a.threadUrl == threadUrl)
            ids.insert(a.postId);
    }
    return ids;
}

const Annotation *AnnotationBook::annotation(qint64 id) const
{
    for (const Annotation &a : m_annotations) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

qint64 AnnotationBook::save(Annotation annotation)
{
    if (annotation.kind == Annotation::Kind::Note && annotation.note.trimmed().isEmpty()) {
        remove(annotation.id);
        return 0;
    }
    if (annotation.id <= 0) {
        qint64 next = 1;
        for (const Annotation &a : std::as_const(m_annotations))
            next = std::max(next, a.id + 1);
        annotation.id = next;
    }
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::UTC);
    if (!annotation.created.isValid())
        annotation.created = now;
    annotation.updated = now;
    const auto it = std::find_if(m_annotations.begin(), m_annotations.end(),
        [&](const Annotation &a) { return a.id == annotation.id; });
    if (it != m_annotations.end())
        *it = annotation;
    else
        m_annotations.append(annotation);
    if (m_store) {
        m_store->saveAnnotation(annotation);
        m_store->loadAnnotations(); // after the write: brings the post's title and author for the panel
    }
    Q_EMIT annotationsChanged();
    return annotation.id;
}

void AnnotationBook::remove(qint64 id)
{
    if (id <= 0 || m_annotations.removeIf([id](const Annotation &a) { return a.id == id; }) == 0)
        return;
    if (m_store)
        m_store->removeAnnotation(id);
    Q_EMIT annotationsChanged();
}

AnnotationCommand::AnnotationCommand(
    AnnotationBook *book, const Annotation &before, const Annotation &after, const QString &text)
    : QUndoCommand(text)
    , m_book(book)
    , m_before(before)
    , m_after(after)
{ }

void AnnotationCommand::apply(const Annotation &from, Annotation &to)
{
    if (!m_book)
        return;
    const bool removing = to.threadUrl.isEmpty();
    if (removing) {
        m_book->remove(from.id);
        return;
    }
    if (to.id <= 0)
        to.id = from.id;
    const qint64 id = m_book->save(to);
    if (id > 0)
        to.id = id; // the same id on every redo
}

void AnnotationCommand::redo()
{
    apply(m_before, m_after);
}

void AnnotationCommand::undo()
{
    apply(m_after, m_before);
}

} // namespace Threadkeeper
