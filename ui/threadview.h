// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
};

} // namespace Threadkeeper
