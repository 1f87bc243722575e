// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Threadkeeper {

// The library sorted by any column (by value: numbers as numbers, times as times) and
// filtered as the reader types: a thread shows when its title, address or engine holds
// the words; a site when one of its threads does (or its name, and then all of them).
// Other lists filter the same way with their own sortRole and filterRole set (the
// Library's subscriptions).
class LibraryProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LibraryProxyModel(QObject *parent = nullptr);
    // Every word must match, in any order, any case.
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace Threadkeeper
