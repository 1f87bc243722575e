// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteaccounts.h"

#include "net/networkfactory.h"
#include "net/siteauthorization.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QUrlQuery>

#include <memory>

namespace Threadkeeper {

namespace {

constexpr qint64 RenewBeforeMs = 60 * 1000; // a token this close to its end is renewed first

std::unique_ptr<QSettings> settingsAt(const QString &file)
{
    return file.isEmpty() ? std::make_unique<QSettings>()
                          : std::make_unique<QSettings>(file, QSettings::IniFormat);
}

QString kindName(AccountNeed::Kind kind)
{
    return kind == AccountNeed::Kind::InstalledApp ? QStringLiteral("app") : QStringLiteral("token");
}

QString missing(const AccountNeed &need)
{
    return need.kind == AccountNeed::Kind::InstalledApp
        ? SiteAccounts::tr("%1 is read through an app you register there: register an installed app at %2, "
                           "then add its client id in Settings › Accounts")
              .arg(need.site, need.registerUrl)
        : SiteAccounts::tr("%1 needs your access token: create one at %2, then add it in Settings › Accounts")
              .arg(need.site, need.registerUrl);
}

} // namespace

SiteAccounts::SiteAccounts(QNetworkAccessManager *network, SecretStore *secrets, const QString &settingsFile)
    : QObject(network)
    , m_network(network)
    , m_secrets(secrets)
    , m_settingsFile(settingsFile)
{
    setObjectName(QStringLiteral("siteAccounts"));
    SiteAuthorization::of(network)->setRenewer(
        [self = QPointer<SiteAccounts>(this)](const QUrl &url, auto done) {
            if (self)
                self->renew(url, std::move(done));
            else
                done(tr("%1 refused the reader's authorization").arg(url.host()));
        });
}

SiteAccounts *SiteAccounts::of(QNetworkAccessManager *network)
{
    return network->findChild<SiteAccounts *>(QStringLiteral("siteAccounts"), Qt::FindDirectChildrenOnly);
}

QString SiteAccounts::secretKey(const Account &account)
{
    return account.site.toLower() + QLatin1Char('/') + kindName(account.kind);
}

QString SiteAccounts::tokenKey(const QString &site)
{
    return site.toLower() + QLatin1String("/fetched-token");
}

QList<Account> SiteAccounts::accounts() const
{
    QList<Account> out;
    const auto settings = settingsAt(m_settingsFile);
    for (const QString &entry : settings->value(QStringLiteral("accounts/list")).toStringList()) {
        const QString site = entry.section(QLatin1Char(' '), 0, 0);
        const QString kind = entry.section(QLatin1Char(' '), 1, 1);
        if (!site.isEmpty())
            out.append(Account {site,
                kind == QLatin1String("app") ? AccountNeed::Kind::InstalledApp : AccountNeed::Kind::Token});
    }
    return out;
}

bool SiteAccounts::has(const QString &site) const
{
    const QList<Account> all = accounts();
    return std::any_of(all.cbegin(), all.cend(), [&](const Account &a) { return a.site == site.toLower(); });
}

void SiteAccounts::setIndex(const QList<Account> &accounts)
{
    QStringList list;
    for (const Account &a : accounts)
        list.append(a.site + QLatin1Char(' ') + kindName(a.kind));
    const auto settings = settingsAt(m_settingsFile);
    settings->setValue(QStringLiteral("accounts/list"), list);
    settings->sync();
    Q_EMIT accountsChanged();
}

void SiteAccounts::save(const Account &given, const QString &secret, SecretStore::Done done)
{
    Account account = given;
    account.site = account.site.trimmed().toLower();
    if (!m_secrets) {
        done(tr("no secret store: the account cannot be kept safely"));
        return;
    }
    m_secrets->write(secretKey(account), secret.trimmed(),
        [self = QPointer<SiteAccounts>(this), account, done = std::move(done)](const QString &error) {
            if (!self || !error.isEmpty()) {
                done(error);
                return;
            }
            QList<Account> all = self->accounts();
            all.removeIf([&](const Account &a) { return a.site == account.site; });
            all.append(account);
            self->setIndex(all);
            // What was in force for the site is the old account's.
            if (const auto need = self->m_needs.constFind(account.site); need != self->m_needs.cend())
                SiteAuthorization::of(self->m_network)->clear(need->apiHosts);
            self->m_expires.remove(account.site);
            self->m_secrets->remove(tokenKey(account.site), [done](const QString &) { done({}); });
        });
}

void SiteAccounts::remove(const Account &account, SecretStore::Done done)
{
    QList<Account> all = accounts();
    all.removeIf([&](const Account &a) { return a.site == account.site; });
    setIndex(all);
    if (const auto need = m_needs.constFind(account.site); need != m_needs.cend())
        SiteAuthorization::of(m_network)->clear(need->apiHosts);
    m_expires.remove(account.site);
    if (!m_secrets) {
        done({});
        return;
    }
    m_secrets->remove(
        secretKey(account), [secrets = m_secrets, account, done = std::move(done)](const QString &error) {
            if (!secrets) {
                done(error);
                return;
            }
            secrets->remove(tokenKey(account.site), [error, done](const QString &) { done(error); });
        });
}

void SiteAccounts::readSecret(const Account &account, std::function<void(const QString &secret)> done)
{
    if (!m_secrets) {
        done({});
        return;
    }
    m_secrets->read(
        secretKey(account), [done = std::move(done)](const std::optional<QString> &value, const QString &) {
            done(value.value_or(QString()));
        });
}

void SiteAccounts::use(const AccountNeed &need, const QByteArray &header, qint64 expiresMs)
{
    m_needs.insert(need.site, need);
    if (expiresMs > 0)
        m_expires.insert(need.site, expiresMs);
    SiteAuthorization::of(m_network)->setHeader(need.apiHosts, header);
}

void SiteAccounts::prepare(const AccountNeed &need, SecretStore::Done done)
{
    if (need.isNone()) {
        done({});
        return;
    }
    const QList<Account> all = accounts();
    const auto account = std::find_if(
        all.cbegin(), all.cend(), [&](const Account &a) { return a.site == need.site.toLower(); });
    if (account == all.cend() || !m_secrets) {
        done(need.required ? missing(need) : QString());
        return;
    }
    // Already in force, and not about to end.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool fetched = need.kind == AccountNeed::Kind::InstalledApp;
    if (!need.apiHosts.isEmpty()
        && !SiteAuthorization::of(m_network)
                ->headerFor(QUrl(QStringLiteral("https://") + need.apiHosts.first()))
                .isEmpty()
        && (!fetched || m_expires.value(need.site) > now + RenewBeforeMs)) {
        done({});
        return;
    }
    auto self = QPointer<SiteAccounts>(this);
    m_secrets->read(secretKey(*account),
        [self, need, fetched, done](const std::optional<QString> &secret, const QString &error) {
            if (!self)
                return;
            if (!error.isEmpty() || !secret || secret->isEmpty()) {
                done(!error.isEmpty() ? error : need.required ? missing(need) : QString());
                return;
            }
            if (!fetched) {
                self->use(need, QByteArrayLiteral("Bearer ") + secret->toUtf8(), 0);
                done({});
                return;
            }
            // A token fetched before and kept: "expiry-ms token".
            self->m_secrets->read(tokenKey(need.site),
                [self, need, clientId = *secret, done](const std::optional<QString> &kept, const QString &) {
                    if (!self)
                        return;
                    const qint64 expires = kept ? kept->section(QLatin1Char(' '), 0, 0).toLongLong() : 0;
                    const QString token = kept ? kept->section(QLatin1Char(' '), 1) : QString();
                    if (!token.isEmpty() && expires > QDateTime::currentMSecsSinceEpoch() + RenewBeforeMs) {
                        self->use(need, QByteArrayLiteral("bearer ") + token.toUtf8(), expires);
                        done({});
                        return;
                    }
                    self->fetchToken(need, clientId, done);
                });
        });
}

void SiteAccounts::fetchToken(const AccountNeed &need, const QString &clientId, SecretStore::Done done)
{
    // OAuth's installed-client grant: the app's id as the user name, no secret.
    QNetworkRequest request = makeRequest(need.tokenUrl, 30000, "application/json", {});
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Authorization", "Basic " + (clientId.toUtf8() + ':').toBase64());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QUrlQuery form;
    form.addQueryItem(
        QStringLiteral("grant_type"), QStringLiteral("https://oauth.reddit.com/grants/installed_client"));
    form.addQueryItem(QStringLiteral("device_id"), QString::fromLatin1(DeviceId));
    QNetworkReply *reply = m_network->post(request, form.query(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, reply, need, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->read(64 * 1024)).object();
        const QString token = answer.value(QLatin1StringView("access_token")).toString();
        const double seconds = answer.value(QLatin1StringView("expires_in")).toDouble(3600);
        if (status == 401 || status == 403
            || (status == 200 && !answer.value(QLatin1StringView("error")).isUndefined())) {
            done(tr("%1 refused the client id kept in Settings › Accounts (%2): check it there")
                     .arg(need.site,
                         status == 200 ? answer.value(QLatin1StringView("error")).toVariant().toString()
                                       : QStringLiteral("HTTP %1").arg(status)));
            return;
        }
        if (reply->error() != QNetworkReply::NoError || token.isEmpty() || token.size() > 4096
            || token.contains(QLatin1Char('\n'))) {
            done(tr("could not get a token from %1: %2")
                     .arg(need.site,
                         reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                                  : tr("the answer holds none")));
            return;
        }
        const qint64 expires
            = QDateTime::currentMSecsSinceEpoch() + qint64(std::clamp(seconds, 60.0, 86400.0) * 1000);
        use(need, QByteArrayLiteral("bearer ") + token.toUtf8(), expires);
        if (m_secrets)
            m_secrets->write(tokenKey(need.site), QString::number(expires) + QLatin1Char(' ') + token,
                [done](const QString &) { done({}); });
        else
            done({});
    });
}

void SiteAccounts::renew(const QUrl &url, SecretStore::Done done)
{
    const QString host = SiteAuthorization::keyOf(url);
    for (const AccountNeed &need : std::as_const(m_needs)) {
        if (!need.apiHosts.contains(host))
            continue;
        SiteAuthorization::of(m_network)->clear(need.apiHosts);
        m_expires.remove(need.site);
        if (need.kind != AccountNeed::Kind::InstalledApp) {
            done(tr("%1 refused the token kept in Settings › Accounts: replace it there").arg(need.site));
            return;
        }
        // A fetched token ended early: forget it, fetch another.
        auto self = QPointer<SiteAccounts>(this);
        m_secrets->remove(tokenKey(need.site), [self, need, done](const QString &) {
            if (self)
                self->prepare(need, done);
        });
        return;
    }
    done(tr("%1 refused the reader's authorization").arg(url.host()));
}

} // namespace Threadkeeper
