// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QSettings;
class QTreeView;

namespace Threadkeeper {

class LibraryProxyModel;
class SubscriptionBook;
class SubscriptionListModel;

// The Library's subscriptions (its second tab): every feed, forum section and front page
// the reader follows, with its counts, last refresh and last error; sorted by any column,
// filtered as the Library's filter box is. Enter or a double click shows it in the News
// view, Delete unsubscribes (the window does it, undoably), F5 refreshes it. Kept in step
// with the book.
class SubscriptionList : public QWidget
{
    Q_OBJECT
public:
    explicit SubscriptionList(SubscriptionBook *book, QWidget *parent = nullptr);

    void setFilterText(const QString &text);
    // The subscription under the cursor (0: none), the first the list shows in its order.
    qint64 currentId() const;
    qint64 firstId() const;
    void select(qint64 id);
    void activateCurrent();
    void unsubscribeCurrent();
    void refreshCurrent();
    void saveState(QSettings *settings) const;
    void restoreState(const QSettings &settings);

    SubscriptionListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    // The reader chose it: show its items.
    void subscriptionActivated(qint64 id);
    // The reader asked to unsubscribe from it.
    void unsubscribeRequested(qint64 id);
    // What happened, for the dock's status line.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void list();
    // The title takes what the columns beside it leave, until the reader sizes it.
    void fitTitle();

    SubscriptionBook *m_book;
    SubscriptionListModel *m_model;
    LibraryProxyModel *m_proxy;
    QTreeView *m_view;
    bool m_titleSized = false; // by the reader (or their saved state): left alone
    bool m_fitting = false;
};

} // namespace Threadkeeper
