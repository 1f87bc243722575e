// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTextEdit;

namespace Threadkeeper {

class SelectionController;
class ThreadSession;
class ThreadView;

// Find in the open thread (Ctrl+F): the tree dims the posts that do not match, F3 and
// Shift+F3 step through the matches in thread order, and the words are marked in the
// post and the article shown. Escape closes it and the tree reads as before.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    // views: where the words found are marked (the post, the article).
    FindBar(ThreadSession *session, SelectionController *selection, ThreadView *tree,
        QList<QTextEdit *> views, QWidget *parent = nullptr);

    // Find, Find Next and Find Previous, added to menu (window-wide shortcuts).
    QList<QAction *> addActions(QMenu *menu);
    void open();
    void close();
    bool findNext();
    bool findPrevious();
    QString query() const;
    void setQuery(const QString &text); // as if typed, found at once
    QStringList matches() const { return m_matches; }
    QString countText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void update();
    bool step(int direction);
    void showFirstMatch();
    void markTerms(QTextEdit *view);

    ThreadSession *m_session;
    SelectionController *m_selection;
    ThreadView *m_tree;
    QList<QTextEdit *> m_views;
    QLineEdit *m_edit;
    QLabel *m_count;
    QTimer m_debounce;
    QTimer m_refresh;
    QStringList m_matches;
    QStringList m_terms;
};

} // namespace Threadkeeper
