// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QHash>
#include <QModelIndex>
#include <QSet>
#include <QTimer>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSpinBox;
class QTabWidget;
class QTreeView;
class QUndoStack;

namespace Threadkeeper {

class AnnotationBook;
class CacheStore;
class LibraryModel;
class LibraryProxyModel;
class Retention;
class SubscriptionBook;
class SubscriptionList;
class ThreadSession;
class WatchList;
struct CacheSize;

// The library (Ctrl+L): every cached thread by site, with its counts, last visit, last
// post and size; sorted by any column, filtered as the reader types. Enter opens a
// thread, Delete removes it from the cache (undoably; an annotated one asks first), W
// or its box watches it. Below: the cache's size, Compact, and how long unwatched
// threads are kept. Lists anew on the store's thread while it is shown. With a
// subscription book, a second tab lists the subscriptions (SubscriptionList), filtered by
// the same box.
class LibraryDock : public QDockWidget
{
    Q_OBJECT
public:
    LibraryDock(CacheStore *store, WatchList *watch, Retention *retention, AnnotationBook *annotations,
        ThreadSession *session, QUndoStack *undo, QWidget *parent = nullptr);

    // Shows the dock with the cursor in its filter field.
    void begin();
    // Adds the Subscriptions tab beside the threads.
    void addSubscriptions(SubscriptionBook *book);
    // Lists the cache anew now (when shown; else once it is shown).
    void refresh();
    // The same, a moment later, once a burst of changes (pages saved, posts read) is over.
    void refreshSoon();
    // The thread under the cursor in the list; empty on a site row.
    QString currentThreadUrl() const;
    void removeCurrent();
    void toggleWatchOfCurrent();
    void compact();
    void saveState(QSettings *settings) const;
    void restoreState(const QSettings &settings);
    QString statusText() const;

    LibraryModel *model() const { return m_model; }
    LibraryProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    QSpinBox *keepDays() const { return m_keepDays; }
    QPushButton *compactButton() const { return m_compact; }
    QLabel *sizeLabel() const { return m_size; }
    QTabWidget *tabs() const { return m_tabs; }
    SubscriptionList *subscriptions() const { return m_subscriptions; } // null without a book

Q_SIGNALS:
    void threadActivated(const QString &url);
    // On the Subscriptions tab: show its items; unsubscribe from it.
    void subscriptionActivated(qint64 id);
    void unsubscribeRequested(qint64 id);
    // What happened, for the window's status bar.
    void message(const QString &text);
    // A listing arrived and the list shows it.
    void refreshed();
    void compacted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void remove(const QString &url, const QString &title);
    void say(const QString &text);
    void showSize(const CacheSize &size);
    void expandSites();
    void activate(const QModelIndex &index);
    // The first thread row the list shows, in its order.
    QModelIndex firstThread(const QModelIndex &parent = {}) const;

    CacheStore *m_store;
    WatchList *m_watch;
    Retention *m_retention;
    AnnotationBook *m_annotations;
    ThreadSession *m_session;
    QUndoStack *m_undo;
    LibraryModel *m_model;
    LibraryProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QTabWidget *m_tabs;
    SubscriptionList *m_subscriptions = nullptr;
    QLabel *m_status;
    QLabel *m_size;
    QPushButton *m_compact;
    QProgressBar *m_busy;
    QSpinBox *m_keepDays;
    QTimer m_soon;
    bool m_dirty = true; // changed while hidden: list when shown
    bool m_listing = false; // a listing asked for and not yet answered
    bool m_again = false; // asked again meanwhile
    QSet<QString> m_collapsed; // sites the reader folded
    QHash<QString, QString> m_titles; // of removed threads, by URL: to name them when they come back
};

} // namespace Threadkeeper
