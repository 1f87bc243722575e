// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QStringList>
#include <QTreeView>

namespace Threadkeeper {

// The reply tree. Rows are bold while unread; new posts since the last visit carry
// a marker. Keyboard: arrows move, Left/Right collapse/expand, Space is the window's
// "next unread" action.
class ThreadView : public QTreeView
{
    Q_OBJECT
public:
    explicit ThreadView(QWidget *parent = nullptr);
    // Selects and shows a row, expanding its ancestors.
    void reveal(const QModelIndex &index);
    void setModel(QAbstractItemModel *model) override;
    // While finding in the thread: every row but these is drawn dimmed.
    void setMatches(const QSet<QString> &postIds);
    void clearMatches();
    bool isDimmed(const QModelIndex &index) const;

private:
    // Across a rebuild of the model (a large rule change): the current post, the
    // replies the reader folded, the row at the top.
    struct Place
    {
        QString current;
        QStringList collapsed;
        QString top;
    };
    void rememberPlace();
    void restorePlace();
    Place m_place;
    QSet<QString> m_matches;
    bool m_finding = false;
};

} // namespace Threadkeeper
