// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Threadkeeper {

// The Annotations panel's filter: any column containing the text, and optionally
// only the orphaned highlights (their words are gone from the post).
class AnnotationFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text);
    void setOrphanedOnly(bool orphanedOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_orphanedOnly = false;
};

} // namespace Threadkeeper
