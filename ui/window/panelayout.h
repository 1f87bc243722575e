// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSize>

class QAction;
class QHeaderView;
class QSplitter;
class QWidget;

namespace Threadkeeper {

// The shape of the reading panes: the first window size fits the screen at any scale,
// tree columns stretch with the date kept in view, and the article pane can be hidden
// (View › Article) and gives way on its own when the window is too narrow for the tree.
class PaneLayout : public QObject
{
    Q_OBJECT
public:
    // outer holds the tree side first, then the article.
    PaneLayout(QSplitter *outer, QWidget *article, QObject *parent = nullptr);

    // The checkable View › Article action (F9).
    QAction *articleAction() const { return m_articleAction; }
    // The first window size on a screen with this much room: 1280×800, or less.
    static QSize firstWindowSize(const QSize &available);
    // Snippets take what room there is; the number and date columns keep theirs.
    static void fitTreeColumns(QHeaderView *header);

    static constexpr int TreeMinimum = 300; // below this the tree is of no use
    static constexpr int ArticleMinimum = 240;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QSplitter *m_outer;
    QWidget *m_article;
    QAction *m_articleAction;
};

} // namespace Threadkeeper
