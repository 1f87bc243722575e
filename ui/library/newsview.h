// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QMenu;
class QModelIndex;
class QTreeView;

namespace Threadkeeper {

class NewsModel;
class SubscriptionBook;
class WatchList;

// The News view (Ctrl+1): every subscription's items newest first, or one subscription's
// (the chooser above the list), unread ones bold, each with its discussion's size and the
// comments new in it. N goes to the next unread item, M marks the current one read or
// unread, Enter or a double click opens it (itemActivated) and marks it read, W watches
// its discussion or stops (through WatchList, as the library does; only a discussion in
// the cache can be watched). The same in the list's context menu. Lists anew from the
// book as subscriptions change or refresh; a watch changes its rows in place.
class NewsView : public QDockWidget
{
    Q_OBJECT
public:
    // watch: null, no watching from here.
    explicit NewsView(SubscriptionBook *book, WatchList *watch = nullptr, QWidget *parent = nullptr);

    // Shows the dock with the cursor in the list.
    void begin();
    // Asks the book for the chosen subscription's items (all: 0).
    void reload();
    // The subscription the list shows (0: all of them), and choosing one.
    qint64 currentSubscription() const;
    void showSubscription(qint64 id);
    // The subscription of the item under the cursor, else the one chosen; 0 for none.
    qint64 subscriptionAtCursor() const;

    // Selects the next unread item after the cursor; false when none is left.
    bool nextUnread();
    void toggleReadOfCurrent();
    void activateCurrent();
    // Watches the current item's discussion, or stops; says why not in the status line.
    void toggleWatchOfCurrent();
    // The list's context menu for the item at index (the current one): Open Discussion,
    // Mark as Read/Unread, Watch Discussion; the caller owns it.
    QMenu *createContextMenu(const QModelIndex &index, QWidget *parent);

    NewsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QComboBox *chooser() const { return m_chooser; }
    QString statusText() const;

Q_SIGNALS:
    // The reader opened an item: open its discussion with it as the article.
    void itemActivated(const Threadkeeper::NewsItem &item);
    // The list shows what the book last gave.
    void reloaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void listSubscriptions();
    void activate(const QModelIndex &index);
    void setRead(const QModelIndex &index, bool read);
    void updateStatus();
    void showContextMenu(const QPoint &at);
    // Hides the columns a narrow list has no room for, shows them again when it has.
    void fitColumns();

    SubscriptionBook *m_book;
    WatchList *m_watch;
    NewsModel *m_model;
    QComboBox *m_chooser;
    QTreeView *m_view;
    QLabel *m_status;
    qint64 m_loading = -1; // the subscription whose items were asked for last
    QString m_watchAsked; // the thread whose watch the reader changed here, until confirmed
    QString m_watchTitle; // and its item's title, for the status line
    // Column widths from the font (bold), and the least the title keeps.
    int m_subscriptionWidth = 0;
    int m_discussionWidth = 0;
    int m_discussionShort = 0; // its count in short words
    int m_dateWidth = 0;
    int m_titleMinimum = 0;
};

} // namespace Threadkeeper
