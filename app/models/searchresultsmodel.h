// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/search.h"

#include <QAbstractListModel>

namespace Threadkeeper {

// The posts a search found, best first: who said it, where, when, and its words around
// the hits (the hits in bold).
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ThreadUrlRole = Qt::UserRole + 1,
        PostIdRole,
        SnippetHtmlRole, // the snippet as rich text, hits in <b>
    };
    using QAbstractListModel::QAbstractListModel;

    void setHits(const QList<SearchHit> &hits);
    const SearchHit *hit(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace Threadkeeper
