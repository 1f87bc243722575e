// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationbook.h"

#include "engines/forumengine.h"
#include "store/cachestore.h"

#include <QTimeZone>

namespace Threadkeeper {

void linkAnnotatedPosts(const QList<Annotation> &annotations, QHash<QString, AnnotatedPost> *posts)
{
    for (const Annotation &a : annotations) {
        const auto it = posts->find(annotatedPostKey(a));
        if (it == posts->end() || !it->url.isEmpty())
            continue;
        const ForumEngine *engine = engineByName(it->engine);
        if (engine)
            it->url = engine->postUrl(QUrl(a.threadUrl), a.postId);
    }
}

AnnotationBook::AnnotationBook(CacheStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (m_store) {
        connect(m_store, &CacheStore::annotationsLoaded, this,
            [this](const QList<Annotation> &annotations, QHash<QString, AnnotatedPost> posts) {
                linkAnnotatedPosts(annotations, &posts);
                const quint64 asked = m_loads.isEmpty() ? m_generation : m_loads.takeFirst();
                if (asked != m_generation) {
                    // Read before a change made here since: its list lacks that change. Keep
                    // ours, take what it says of the posts, and read again once, after the writes.
                    m_posts.insert(posts);
                    if (m_loads.isEmpty())
                        reload();
                    return;
                }
                m_loaded = true;
                m_annotations = annotations;
                m_posts = posts;
                Q_EMIT annotationsChanged();
            });
        connect(m_store, &CacheStore::annotationsStored, this, [this](const QHash<qint64, qint64> &ids) {
            for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
                m_ids.learn(it.key(), it.value());
                for (Annotation &a : m_annotations) {
                    if (a.id == it.key())
                        a.id = it.value();
                }
            }
        });
    }
}

void AnnotationBook::reload()
{
    if (!m_store)
        return;
    m_loads.append(m_generation);
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

const Annotation *AnnotationBook::annotation(qint64 asked) const
{
    const qint64 id = m_ids.resolve(asked);
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
    annotation.id = m_ids.resolve(annotation.id);
    ++m_generation;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::UTC);
    if (!annotation.created.isValid())
        annotation.created = now;
    annotation.updated = now;
    const auto it = std::find_if(m_annotations.begin(), m_annotations.end(),
        [&](const Annotation &a) { return annotation.id != 0 && a.id == annotation.id; });
    if (it != m_annotations.end()) {
        *it = annotation;
    } else {
        annotation.id = m_ids.next(); // a new row: the database numbers it
        m_annotations.append(annotation);
    }
    if (m_store) {
        m_store->saveAnnotation(annotation);
        // After the write, one query: what others wrote meanwhile, and the post's title and
        // author for the panel (never the posts of every annotated thread).
        reload();
    }
    Q_EMIT annotationsChanged();
    return annotation.id;
}

QList<qint64> AnnotationBook::add(QList<Annotation> annotations)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::UTC);
    QList<qint64> ids;
    for (Annotation &a : annotations) {
        a.id = m_ids.next();
        if (!a.created.isValid())
            a.created = now;
        if (!a.updated.isValid())
            a.updated = now;
        ids.append(a.id);
    }
    m_annotations += annotations;
    ++m_generation;
    if (m_store) {
        m_store->addAnnotations(annotations);
        reload(); // after the writes: their posts, for the panel
    }
    Q_EMIT annotationsChanged();
    return ids;
}

void AnnotationBook::remove(qint64 id)
{
    remove(QList<qint64> {id});
}

void AnnotationBook::remove(const QList<qint64> &ids)
{
    qsizetype removed = 0;
    for (const qint64 asked : ids) {
        const qint64 id = m_ids.resolve(asked);
        if (id == 0 || m_annotations.removeIf([id](const Annotation &a) { return a.id == id; }) == 0)
            continue;
        ++removed;
        ++m_generation;
        if (m_store)
            m_store->removeAnnotation(id);
    }
    if (removed > 0)
        Q_EMIT annotationsChanged();
}

AddAnnotationsCommand::AddAnnotationsCommand(
    AnnotationBook *book, const QList<Annotation> &annotations, const QString &text)
    : QUndoCommand(text)
    , m_book(book)
    , m_annotations(annotations)
{ }

void AddAnnotationsCommand::redo()
{
    if (m_book)
        m_ids = m_book->add(m_annotations);
}

void AddAnnotationsCommand::undo()
{
    if (m_book)
        m_book->remove(m_ids);
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
    if (to.id == 0)
        to.id = from.id;
    const qint64 id = m_book->save(to);
    if (id != 0)
        to.id = id; // the id it goes by now: a row removed and put back is a new row
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
