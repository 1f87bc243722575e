// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryproxymodel.h"

#include "librarymodel.h"

namespace Threadkeeper {

LibraryProxyModel::LibraryProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LibraryModel::SortRole);
    setFilterRole(LibraryModel::FilterRole);
    // A site shows when a thread under it matches; all of a matching site's threads show.
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setDynamicSortFilter(true);
}

void LibraryProxyModel::setFilterText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool LibraryProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString text = sourceModel()->index(sourceRow, 0, sourceParent).data(filterRole()).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
        [&text](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
}

} // namespace Threadkeeper
