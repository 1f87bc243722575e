// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;

namespace Threadkeeper {

class SubscriptionBook;

// File › Subscribe…: takes an address (a feed, a forum section, a front page, a site's
// page) and asks the book to read it. A page that offers several feeds lists them to
// choose from; an error shows in the dialog with the typed address kept, so the reader
// can mend it. Closes once the subscription is stored (subscribed()).
class SubscribeDialog : public QDialog
{
    Q_OBJECT
public:
    SubscribeDialog(SubscriptionBook *book, QWidget *parent = nullptr);

    QLineEdit *address() const { return m_address; }
    QListWidget *offered() const { return m_offered; }
    QString errorText() const;
    // Reads what is typed, or the offered feed chosen.
    void subscribe();

Q_SIGNALS:
    void subscribed(const Threadkeeper::Subscription &subscription);

private:
    void setBusy(bool busy);
    void showError(const QString &text);
    void offer(const QList<FeedLink> &feeds);

    SubscriptionBook *m_book;
    QLineEdit *m_address;
    QLabel *m_error;
    QLabel *m_offeredLabel;
    QListWidget *m_offered;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    QUrl m_asked; // the address being read, empty when none is
};

} // namespace Threadkeeper
