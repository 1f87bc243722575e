// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"
#include "domain/annotationexport.h"

#include <QAbstractTableModel>

namespace Threadkeeper {

// Every note and highlight across cached threads, one row each, for the Annotations
// panel (filtered by a proxy).
class AnnotationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ThreadColumn,
        PostColumn,
        TextColumn,
        NoteColumn,
        DateColumn,
        ColumnCount
    };
    enum Role
    {
        ThreadUrlRole = Qt::UserRole + 1,
        PostIdRole,
        AnnotationIdRole,
        OrphanedRole
    };

    explicit AnnotationListModel(QObject *parent = nullptr);
    void setAnnotations(const QList<Annotation> &annotations, const QHash<QString, AnnotatedPost> &posts);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Annotation> m_annotations;
    QHash<QString, AnnotatedPost> m_posts;
};

} // namespace Threadkeeper
