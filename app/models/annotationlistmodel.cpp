// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlistmodel.h"

#include "domain/dateformat.h"

#include <QFont>
#include <QLocale>

namespace Threadkeeper {

AnnotationListModel::AnnotationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AnnotationListModel::setAnnotations(
    const QList<Annotation> &annotations, const QHash<QString, AnnotatedPost> &posts)
{
    // The whole list is replaced when the book changes: it is small and read as a whole.
    beginResetModel();
    m_annotations = annotations;
    m_posts = posts;
    endResetModel();
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_annotations.size())
        return {};
    const Annotation &a = m_annotations[index.row()];
    const AnnotatedPost post = m_posts.value(annotatedPostKey(a));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ThreadColumn:
            return post.threadTitle.isEmpty() ? a.threadUrl : post.threadTitle;
        case PostColumn:
            if (post.author.isEmpty())
                return a.postId;
            return post.number > 0 ? QStringLiteral("#%1 %2").arg(post.number).arg(post.author) : post.author;
        case TextColumn: {
            const QString text = a.kind == Annotation::Kind::Highlight
                ? QStringLiteral("\u201C%1\u201D").arg(a.selector.exact.simplified())
                : post.snippet.simplified();
            return a.orphaned ? tr("%1 (orphaned)").arg(text) : text;
        }
        case NoteColumn:
            return a.note.simplified();
        case DateColumn:
            return QLocale().toString(a.updated.toLocalTime(), DateFormat::dateTime());
        }
        return {};
    case Qt::ToolTipRole:
        return a.note;
    case Qt::FontRole:
        if (a.orphaned) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case ThreadUrlRole:
        return a.threadUrl;
    case PostIdRole:
        return a.postId;
    case AnnotationIdRole:
        return a.id;
    case OrphanedRole:
        return a.orphaned;
    }
    return {};
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ThreadColumn:
        return tr("Thread");
    case PostColumn:
        return tr("Post");
    case TextColumn:
        return tr("Highlight or post");
    case NoteColumn:
        return tr("Note");
    case DateColumn:
        return tr("Date");
    }
    return {};
}

} // namespace Threadkeeper
