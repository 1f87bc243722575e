// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"
#include "domain/annotationexport.h"
#include "services/localids.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUndoCommand>

namespace Threadkeeper {

class CacheStore;

// Fills in each AnnotatedPost::url from its engine's name: the store lists the posts, the
// engines know their links.
void linkAnnotatedPosts(const QList<Annotation> &annotations, QHash<QString, AnnotatedPost> *posts);

// The reader's notes and highlights across all cached threads: loaded from the cache,
// changed here, written back, announced to the views.
class AnnotationBook : public QObject
{
    Q_OBJECT
public:
    explicit AnnotationBook(CacheStore *store, QObject *parent = nullptr);

    // Reads everything anew from the cache (after a re-sync moved highlights, say).
    void reload();
    bool isLoaded() const { return m_loaded; }
    const QList<Annotation> &annotations() const { return m_annotations; }
    QList<Annotation> forPost(const QString &threadUrl, const QString &postId) const;
    QSet<QString> annotatedPosts(const QString &threadUrl) const;
    AnnotatedPost post(const Annotation &a) const { return m_posts.value(annotatedPostKey(a)); }
    const Annotation *annotation(qint64 id) const;

    // Adds (giving an id) or replaces the annotation with its id. An empty note on a
    // note-kind annotation removes it: an empty note is no note.
    qint64 save(Annotation annotation);
    // Adds annotations as new ones (an import): one write, one reload. Their ids.
    QList<qint64> add(QList<Annotation> annotations);
    void remove(qint64 id);
    void remove(const QList<qint64> &ids);

Q_SIGNALS:
    void annotationsChanged();

private:
    QPointer<CacheStore> m_store;
    QList<Annotation> m_annotations;
    QHash<QString, AnnotatedPost> m_posts;
    LocalIds m_ids;
    bool m_loaded = false;
    quint64 m_generation = 0; // counts the changes made here
    QList<quint64> m_loads; // the generation each load in flight was asked at, oldest first
};

// Adding several annotations as one step (an import), undoably.
class AddAnnotationsCommand : public QUndoCommand
{
public:
    AddAnnotationsCommand(AnnotationBook *book, const QList<Annotation> &annotations, const QString &text);
    void redo() override;
    void undo() override;

private:
    QPointer<AnnotationBook> m_book;
    QList<Annotation> m_annotations;
    QList<qint64> m_ids;
};

// Adding, editing or removing an annotation, undoably: the command keeps the
// annotation as it was before and after.
class AnnotationCommand : public QUndoCommand
{
public:
    // before without id: an addition; after without id: a removal.
    AnnotationCommand(
        AnnotationBook *book, const Annotation &before, const Annotation &after, const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(const Annotation &from, Annotation &to);
    QPointer<AnnotationBook> m_book;
    Annotation m_before;
    Annotation m_after;
};

} // namespace Threadkeeper
