// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountspage.h"

#include "accounts/siteaccounts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace Threadkeeper {

AccountsPage::AccountsPage(SiteAccounts *accounts, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_list(new QListWidget)
    , m_site(new QLineEdit)
    , m_kind(new QComboBox)
    , m_secret(new QLineEdit)
    , m_add(new QPushButton(tr("&Add")))
    , m_remove(new QPushButton(tr("Re&move")))
    , m_undo(new QPushButton(tr("&Undo")))
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("accountsPage"));
    m_list->setObjectName(QStringLiteral("accounts"));
    m_site->setObjectName(QStringLiteral("accountSite"));
    m_kind->setObjectName(QStringLiteral("accountKind"));
    m_secret->setObjectName(QStringLiteral("accountSecret"));
    m_add->setObjectName(QStringLiteral("addAccount"));
    m_remove->setObjectName(QStringLiteral("removeAccount"));
    m_undo->setObjectName(QStringLiteral("undoRemoveAccount"));
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_status->setWordWrap(true);
    m_site->setPlaceholderText(tr("reddit.com, mastodon.social, …"));
    m_kind->addItem(kindText(AccountNeed::Kind::InstalledApp), int(AccountNeed::Kind::InstalledApp));
    m_kind->addItem(kindText(AccountNeed::Kind::Token), int(AccountNeed::Kind::Token));
    m_secret->setEchoMode(QLineEdit::Password);
    m_undo->setVisible(false);

    auto *intro = new QLabel(tr(
        "Sites that are read through your own account: Reddit through an installed app you register at "
        "reddit.com/prefs/apps (paste its client id), Mastodon servers with an access token (all replies "
        "instead of the first 60). Each is kept in the desktop's secret store, never in a settings file."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Client id or token:"), m_secret);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &AccountsPage::add);
    connect(m_secret, &QLineEdit::returnPressed, this, &AccountsPage::add);
    connect(m_remove, &QPushButton::clicked, this, &AccountsPage::removeSelected);
    connect(m_undo, &QPushButton::clicked, this, &AccountsPage::undoRemove);
    connect(
        m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    if (m_accounts)
        connect(m_accounts, &SiteAccounts::accountsChanged, this, &AccountsPage::showAccounts);
    showAccounts();
}

QString AccountsPage::kindText(AccountNeed::Kind kind)
{
    return kind == AccountNeed::Kind::InstalledApp ? tr("App client id (Reddit)") : tr("Access token");
}

void AccountsPage::showAccounts()
{
    m_list->clear();
    const QList<Account> all = m_accounts ? m_accounts->accounts() : QList<Account>();
    for (const Account &a : all) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(a.site, kindText(a.kind)), m_list);
        item->setData(Qt::UserRole, a.site);
        item->setData(Qt::UserRole + 1, int(a.kind));
    }
    m_remove->setEnabled(m_list->currentRow() >= 0);
    m_add->setEnabled(m_accounts != nullptr);
}

void AccountsPage::report(const QString &text)
{
    m_status->setText(text);
}

void AccountsPage::add()
{
    const QString site = m_site->text().trimmed().toLower();
    const QString secret = m_secret->text().trimmed();
    if (!m_accounts)
        return;
    if (site.isEmpty() || site.contains(QLatin1Char(' ')) || site.contains(QLatin1Char('/'))) {
        report(tr("Name the site by its host name, such as reddit.com"));
        m_site->setFocus();
        return;
    }
    if (secret.isEmpty()) {
        report(tr("Paste the client id or token to keep"));
        m_secret->setFocus();
        return;
    }
    const Account account {site, AccountNeed::Kind(m_kind->currentData().toInt())};
    m_add->setEnabled(false);
    m_accounts->save(account, secret, [self = QPointer<AccountsPage>(this), site](const QString &error) {
        if (!self)
            return;
        self->m_add->setEnabled(true);
        if (!error.isEmpty()) {
            // Nothing lost: what was typed stays in the fields.
            self->report(tr("Not kept: %1").arg(error));
            return;
        }
        self->m_secret->clear();
        self->m_site->clear();
        self->report(tr("Kept %1 in the desktop's secret store").arg(site));
    });
}

void AccountsPage::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !m_accounts)
        return;
    const Account account {
        item->data(Qt::UserRole).toString(), AccountNeed::Kind(item->data(Qt::UserRole + 1).toInt())};
    m_remove->setEnabled(false);
    // The secret is read first, so that Undo can put it back.
    m_accounts->readSecret(account, [self = QPointer<AccountsPage>(this), account](const QString &secret) {
        if (!self)
            return;
        self->m_accounts->remove(account, [self, account, secret](const QString &error) {
            if (!self)
                return;
            if (!error.isEmpty()) {
                self->report(tr("Not removed: %1").arg(error));
                return;
            }
            self->m_removed = Removed {account, secret};
            self->m_undo->setVisible(!secret.isEmpty());
            self->report(tr("Removed %1").arg(account.site));
        });
    });
}

void AccountsPage::undoRemove()
{
    if (!m_removed || !m_accounts)
        return;
    const Removed removed = *std::exchange(m_removed, std::nullopt);
    m_undo->setVisible(false);
    m_accounts->save(removed.account, removed.secret,
        [self = QPointer<AccountsPage>(this), removed](const QString &error) {
            if (self)
                self->report(error.isEmpty() ? tr("Kept %1 again").arg(removed.account.site)
                                             : tr("Not kept: %1").arg(error));
        });
}

} // namespace Threadkeeper
