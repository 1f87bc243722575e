// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"

#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace Threadkeeper {

class ErrorBar;
class NewsView;
class Notifier;
class OpenThreadActions;
class SelectionController;
class StatusMessages;
class SubscribeDialog;
class SubscriptionBook;

// Subscriptions from the window: File › Subscribe… (Ctrl+Shift+S), Unsubscribe (undoable,
// Ctrl+Z), Import and Export Subscriptions (OPML), View › News (Ctrl+1); opening a news
// item (its discussion, with the item as the article); and the news the book's
// refreshes bring, in the status bar and as a desktop notification.
class SubscriptionActions : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        SubscriptionBook *book;
        NewsView *news;
        OpenThreadActions *threads; // opens the discussion as Open Thread does
        SelectionController *selection; // shows the item as the article
        QUndoStack *undo;
        StatusMessages *messages;
        ErrorBar *errors;
    };
    // Dialogs open over window.
    SubscriptionActions(const Parts &parts, QWidget *window);
    ~SubscriptionActions() override;

    // Adds the File menu's part; returns the actions with keys (for window-wide shortcuts).
    QList<QAction *> addFileActions(QMenu *file);
    // View › News, put before `before` (the library's entry) in view.
    QAction *addViewAction(QMenu *view, QAction *before);

    // Opens the Subscribe dialog with this address typed in.
    SubscribeDialog *subscribe(const QString &address = {});
    // Unsubscribes from the News view's current subscription (the item's, or the one shown).
    void unsubscribeCurrent();
    void unsubscribe(qint64 id);
    // OPML files: written at once; an import is answered by the book (imported()).
    bool exportTo(const QString &file);
    bool importFrom(const QString &file);
    void open(const NewsItem &item);
    // Replaces the desktop notifier (not owned; null: the desktop's again).
    void setNotifier(Notifier *notifier);

private:
    void exportSubscriptions();
    void importSubscriptions();

    Parts m_parts;
    QWidget *m_window;
    std::unique_ptr<Notifier> m_desktop;
    Notifier *m_notifier;
    QAction *m_unsubscribe = nullptr;
};

} // namespace Threadkeeper
