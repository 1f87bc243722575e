// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Threadkeeper {

class SiteAccounts;

// Settings › Accounts: the reader's client ids and tokens per site, added and removed at
// once (they go to the desktop's secret store, not to OK or Cancel). A removal can be
// undone until the page closes.
class AccountsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsPage(SiteAccounts *accounts, QWidget *parent = nullptr);

    static QString kindText(AccountNeed::Kind kind);

private:
    void showAccounts();
    void add();
    void removeSelected();
    void undoRemove();
    void report(const QString &text);

    SiteAccounts *m_accounts;
    QListWidget *m_list;
    QLineEdit *m_site;
    QComboBox *m_kind;
    QLineEdit *m_secret;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_undo;
    QLabel *m_status;
    struct Removed
    {
        Account account;
        QString secret;
    };
    std::optional<Removed> m_removed;
};

} // namespace Threadkeeper
