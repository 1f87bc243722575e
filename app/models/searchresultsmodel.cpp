// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultsmodel.h"

#include <QLocale>

namespace Threadkeeper {

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

const SearchHit *SearchResultsModel::hit(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits[row] : nullptr;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    const SearchHit *h = index.isValid() ? hit(index.row()) : nullptr;
    if (!h)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = QLocale().toString(h->date.toLocalTime(), QLocale::ShortFormat);
        const QString who = h->number > 0 ? tr("#%1 %2").arg(h->number).arg(h->author) : h->author;
        return tr("%1 · %2 · %3\n%4").arg(h->threadTitle, who, when, h->markedSnippet({}, {}));
    }
    case Qt::ToolTipRole:
        return h->threadUrl;
    case ThreadUrlRole:
        return h->threadUrl;
    case PostIdRole:
        return h->postId;
    case SnippetHtmlRole:
        return h->markedSnippet(QStringLiteral("<b>"), QStringLiteral("</b>"),
            [](const QString &text) { return text.toHtmlEscaped(); });
    default:
        return {};
    }
}

} // namespace Threadkeeper
