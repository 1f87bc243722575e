// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/secretstore.h"
#include "domain/account.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Threadkeeper {

// The reader's accounts: which sites have one is kept in the settings (site and kind,
// nothing secret); the client id or token itself in the secret store. Prepares what an
// engine's AccountNeed asks before a load (reads the secret, fetches an installed app's
// token and keeps it until it ends) and sets it for the fetchers (SiteAuthorization);
// renews it when a site refuses it.
class SiteAccounts : public QObject
{
    Q_OBJECT
public:
    // settingsFile: an INI file for the list of accounts; empty for the app's settings.
    // A child of network; SiteAccounts::of(network) finds it.
    SiteAccounts(QNetworkAccessManager *network, SecretStore *secrets, const QString &settingsFile = {});
    static SiteAccounts *of(QNetworkAccessManager *network);

    QList<Account> accounts() const;
    bool has(const QString &site) const;
    void save(const Account &account, const QString &secret, SecretStore::Done done);
    void remove(const Account &account, SecretStore::Done done);
    // The account's secret (empty when none is kept or the store refuses).
    void readSecret(const Account &account, std::function<void(const QString &secret)> done);

    // Makes need's authorization ready for the fetchers, then calls done: with an empty
    // error when it is set, or when the site reads without one and the reader has none;
    // else with what to do ("register an app at …, add its id in Settings › Accounts").
    void prepare(const AccountNeed &need, SecretStore::Done done);

    // Where each secret is kept in the secret store.
    static QString secretKey(const Account &account);
    static QString tokenKey(const QString &site); // an installed app's fetched token

    // What an installed app's token request sends, as Reddit asks it of apps that keep no
    // per-device id.
    static constexpr const char *DeviceId = "DO_NOT_TRACK_THIS_DEVICE";

Q_SIGNALS:
    void accountsChanged();

private:
    void fetchToken(const AccountNeed &need, const QString &clientId, SecretStore::Done done);
    void renew(const QUrl &url, SecretStore::Done done);
    void setIndex(const QList<Account> &accounts);
    void use(const AccountNeed &need, const QByteArray &header, qint64 expiresMs);

    QNetworkAccessManager *m_network;
    QPointer<SecretStore> m_secrets;
    QString m_settingsFile;
    QHash<QString, AccountNeed> m_needs; // by site: what was prepared, for renewals
    QHash<QString, qint64> m_expires; // by site: when a fetched token ends (ms since epoch)
};

} // namespace Threadkeeper
