// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationfilterproxy.h"

#include "models/annotationlistmodel.h"

namespace Threadkeeper {

void AnnotationFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void AnnotationFilterProxy::setOrphanedOnly(bool orphanedOnly)
{
    m_orphanedOnly = orphanedOnly;
    invalidateRowsFilter();
}

bool AnnotationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_orphanedOnly
        && !model->index(sourceRow, 0, sourceParent).data(AnnotationListModel::OrphanedRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Threadkeeper
