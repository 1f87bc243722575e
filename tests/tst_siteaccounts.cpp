// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's accounts over loopback: an installed app's token fetched as Reddit's
// token endpoint answers it, renewed when the API refuses it, sent to the API's host and
// no other; a pasted token; clear errors that say where to add or fix one; and nothing
// secret in the settings file.
#include "memorysecretstore.h"
#include "servers/fixtureserver.h"

#include "accounts/siteaccounts.h"
#include "net/networkfactory.h"
#include "net/pagefetcher.h"
#include "net/siteauthorization.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestSiteAccounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void missingAccount_data();
    void missingAccount();
    void installedAppToken();
    void expiredTokenRenewed();
    void refusedClientId();
    void pastedToken();
    void storeLocked();
    void removeForgets();

private:
    AccountNeed appNeed() const;
    AccountNeed tokenNeed() const;
    QString prepare(const AccountNeed &need);
    QString save(const Account &account, const QString &secret);
    PageResult fetch(const QUrl &url);
    QByteArray settingsBytes() const;

    QTemporaryDir m_dir;
    std::unique_ptr<FixtureServer> m_api; // the site's API and its token endpoint
    std::unique_ptr<FixtureServer> m_elsewhere; // another site
    std::unique_ptr<QObject> m_owner;
    QNetworkAccessManager *m_network = nullptr;
    MemorySecretStore *m_secrets = nullptr;
    SiteAccounts *m_accounts = nullptr;
};

void TestSiteAccounts::init()
{
    m_api = std::make_unique<FixtureServer>();
    m_elsewhere = std::make_unique<FixtureServer>();
    QVERIFY(m_api->start());
    QVERIFY(m_elsewhere->start());
    m_owner = std::make_unique<QObject>();
    m_network = createNetworkManager(m_owner.get());
    m_secrets = new MemorySecretStore(m_owner.get());
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    m_accounts = new SiteAccounts(m_network, m_secrets, m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestSiteAccounts::cleanup()
{
    m_owner.reset();
    m_api.reset();
    m_elsewhere.reset();
}

AccountNeed TestSiteAccounts::appNeed() const
{
    AccountNeed need;
    need.kind = AccountNeed::Kind::InstalledApp;
    need.required = true;
    need.site = QStringLiteral("reddit.com");
    need.apiHosts = {SiteAuthorization::keyOf(m_api->url(QStringLiteral("/")))};
    need.registerUrl = QStringLiteral("https://www.reddit.com/prefs/apps");
    need.tokenUrl = m_api->url(QStringLiteral("/api/v1/access_token"));
    return need;
}

AccountNeed TestSiteAccounts::tokenNeed() const
{
    AccountNeed need;
    need.kind = AccountNeed::Kind::Token;
    need.site = QStringLiteral("mastodon.example");
    need.apiHosts = {SiteAuthorization::keyOf(m_api->url(QStringLiteral("/")))};
    need.registerUrl = QStringLiteral("https://mastodon.example/settings/applications");
    return need;
}

QString TestSiteAccounts::prepare(const AccountNeed &need)
{
    bool answered = false;
    QString error;
    m_accounts->prepare(need, [&](const QString &why) {
        answered = true;
        error = why;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answered, 5000); }();
    return answered ? error : QStringLiteral("no answer");
}

QString TestSiteAccounts::save(const Account &account, const QString &secret)
{
    bool answered = false;
    QString error;
    m_accounts->save(account, secret, [&](const QString &why) {
        answered = true;
        error = why;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answered, 5000); }();
    return answered ? error : QStringLiteral("no answer");
}

PageResult TestSiteAccounts::fetch(const QUrl &url)
{
    PageFetcher fetcher(m_network);
    fetcher.setRetryDelay(10);
    QSignalSpy finished(&fetcher, &PageFetcher::pageFinished);
    fetcher.fetch(url, 1, {}, "application/json");
    if (!finished.wait(5000))
        return PageResult {};
    return finished.first().first().value<PageResult>();
}

QByteArray TestSiteAccounts::settingsBytes() const
{
    QFile file(m_dir.filePath(QStringLiteral("settings.ini")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSiteAccounts::missingAccount_data()
{
    QTest::addColumn<bool>("app");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("error"); // a part of it; empty: none
    QTest::newRow("installed app, required")
        << true << true << "register an installed app at https://www.reddit.com/prefs/apps";
    QTest::newRow("token, required") << false << true
                                     << "create one at https://mastodon.example/settings/applications";
    QTest::newRow("token, optional: read without") << false << false << "";
}

void TestSiteAccounts::missingAccount()
{
    QFETCH(bool, app);
    QFETCH(bool, required);
    QFETCH(QString, error);
    AccountNeed need = app ? appNeed() : tokenNeed();
    need.required = required;
    const QString why = prepare(need);
    if (error.isEmpty()) {
        QCOMPARE(why, QString());
    } else {
        QVERIFY2(why.contains(error), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("Settings › Accounts")), qPrintable(why));
    }
    QVERIFY(m_api->requests().isEmpty()); // nothing asked of the site
}

void TestSiteAccounts::installedAppToken()
{
    FixtureServer::Route token;
    token.contentType = "application/json";
    // As the real endpoint answers (praw's installed-client cassette).
    token.body
        = R"({"access_token": "tok-1", "token_type": "bearer", "device_id": "DO_NOT_TRACK_THIS_DEVICE", "expires_in": 3600, "scope": "*"})";
    token.basicAuth = "client-abc:"; // the app's id, no secret
    m_api->setRoute(QStringLiteral("/api/v1/access_token"), token);
    FixtureServer::Route thread;
    thread.contentType = "application/json";
    thread.body = R"([{"kind": "Listing"}])";
    thread.authorization = "bearer tok-1";
    m_api->setRoute(QStringLiteral("/comments/abc"), thread);
    m_elsewhere->setPage(QStringLiteral("/page"), "<html></html>");

    QCOMPARE(save(Account {QStringLiteral("Reddit.com"), AccountNeed::Kind::InstalledApp},
                 QStringLiteral(" client-abc ")),
        QString());
    QCOMPARE(m_accounts->accounts(),
        (QList<Account> {{QStringLiteral("reddit.com"), AccountNeed::Kind::InstalledApp}}));
    QCOMPARE(prepare(appNeed()), QString());
    QCOMPARE(m_api->requests(), QStringList {QStringLiteral("/api/v1/access_token")});
    const QUrlQuery form(QString::fromUtf8(m_api->bodies().first()));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded),
        QStringLiteral("https://oauth.reddit.com/grants/installed_client"));
    QCOMPARE(form.queryItemValue(QStringLiteral("device_id")), QStringLiteral("DO_NOT_TRACK_THIS_DEVICE"));

    const PageResult answer = fetch(m_api->url(QStringLiteral("/comments/abc")));
    QVERIFY2(answer.ok(), qPrintable(answer.error));
    QCOMPARE(m_api->authorizations().last(), QByteArray("bearer tok-1"));
    // Another site never sees it.
    QVERIFY(fetch(m_elsewhere->url(QStringLiteral("/page"))).ok());
    QCOMPARE(m_elsewhere->authorizations(), QList<QByteArray> {QByteArray()});
    // Ready again: no second token request while the first holds.
    QCOMPARE(prepare(appNeed()), QString());
    QCOMPARE(m_api->requestCount(QStringLiteral("/api/v1/access_token")), 1);
    // Kept safely: the secret store holds the id and the token, the settings file neither.
    QCOMPARE(m_secrets->entries.value(QStringLiteral("reddit.com/app")), QStringLiteral("client-abc"));
    QVERIFY(m_secrets->entries.value(SiteAccounts::tokenKey(QStringLiteral("reddit.com")))
                .endsWith(QLatin1String(" tok-1")));
    const QByteArray settings = settingsBytes();
    QVERIFY(settings.contains("reddit.com app"));
    QVERIFY(!settings.contains("client-abc"));
    QVERIFY(!settings.contains("tok-1"));

    // A second run (a new SiteAccounts) takes the kept token, fetching none.
    m_api->resetCounters();
    auto *network = createNetworkManager(m_owner.get());
    m_accounts = new SiteAccounts(network, m_secrets, m_dir.filePath(QStringLiteral("settings.ini")));
    m_network = network;
    QCOMPARE(prepare(appNeed()), QString());
    QVERIFY(fetch(m_api->url(QStringLiteral("/comments/abc"))).ok());
    QCOMPARE(m_api->requests(), QStringList {QStringLiteral("/comments/abc")});
}

void TestSiteAccounts::expiredTokenRenewed()
{
    FixtureServer::Route token;
    token.contentType = "application/json";
    token.body = R"({"access_token": "tok-old", "token_type": "bearer", "expires_in": 3600})";
    m_api->setRoute(QStringLiteral("/api/v1/access_token"), token);
    FixtureServer::Route thread;
    thread.contentType = "application/json";
    thread.body = R"([])";
    thread.authorization = "bearer tok-new";
    m_api->setRoute(QStringLiteral("/comments/abc"), thread);
    QCOMPARE(
        save(Account {QStringLiteral("reddit.com"), AccountNeed::Kind::InstalledApp}, QStringLiteral("id")),
        QString());
    QCOMPARE(prepare(appNeed()), QString());
    // The site ended tok-old early: its API refuses it, its endpoint gives another.
    token.body = R"({"access_token": "tok-new", "token_type": "bearer", "expires_in": 3600})";
    m_api->setRoute(QStringLiteral("/api/v1/access_token"), token);
    const PageResult answer = fetch(m_api->url(QStringLiteral("/comments/abc")));
    QVERIFY2(answer.ok(), qPrintable(answer.error));
    QCOMPARE(m_api->requests(),
        (QStringList {QStringLiteral("/api/v1/access_token"), QStringLiteral("/comments/abc"),
            QStringLiteral("/api/v1/access_token"), QStringLiteral("/comments/abc")}));
    QCOMPARE(m_api->authorizations()[1], QByteArray("bearer tok-old"));
    QCOMPARE(m_api->authorizations()[3], QByteArray("bearer tok-new"));

    // Refused even fresh: asked once more, then a clear error.
    thread.authorization = "bearer never";
    m_api->setRoute(QStringLiteral("/comments/abc"), thread);
    m_api->resetCounters();
    const PageResult refused = fetch(m_api->url(QStringLiteral("/comments/abc")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.httpStatus, 401);
    QCOMPARE(m_api->requestCount(QStringLiteral("/comments/abc")), 2);
}

void TestSiteAccounts::refusedClientId()
{
    FixtureServer::Route token;
    token.status = 401;
    token.contentType = "application/json";
    token.body = R"({"message": "Unauthorized", "error": 401})";
    m_api->setRoute(QStringLiteral("/api/v1/access_token"), token);
    QCOMPARE(save(Account {QStringLiteral("reddit.com"), AccountNeed::Kind::InstalledApp},
                 QStringLiteral("wrong")),
        QString());
    const QString why = prepare(appNeed());
    QVERIFY2(why.contains(QStringLiteral("refused the client id")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("Settings › Accounts")), qPrintable(why));
    // An answer that is no token at all.
    token.status = 200;
    token.body = R"({"error": "unsupported_grant_type"})";
    m_api->setRoute(QStringLiteral("/api/v1/access_token"), token);
    QVERIFY(prepare(appNeed()).contains(QStringLiteral("unsupported_grant_type")));
    token.body = "<html>maintenance</html>";
    m_api->setRoute(QStringLiteral("/api/v1/access_token"), token);
    QVERIFY(prepare(appNeed()).contains(QStringLiteral("holds none")));
}

void TestSiteAccounts::pastedToken()
{
    FixtureServer::Route api;
    api.contentType = "application/json";
    api.body = "{}";
    api.authorization = "Bearer pasted-τ";
    m_api->setRoute(QStringLiteral("/api/v1/statuses/1/context"), api);
    QCOMPARE(save(Account {QStringLiteral("mastodon.example"), AccountNeed::Kind::Token},
                 QStringLiteral("pasted-τ")),
        QString());
    QCOMPARE(prepare(tokenNeed()), QString());
    QVERIFY(fetch(m_api->url(QStringLiteral("/api/v1/statuses/1/context"))).ok());
    // Revoked at the site: not renewable by us, so the reader is told where to fix it.
    api.authorization = "Bearer other";
    m_api->setRoute(QStringLiteral("/api/v1/statuses/1/context"), api);
    const PageResult refused = fetch(m_api->url(QStringLiteral("/api/v1/statuses/1/context")));
    QVERIFY(refused.error.contains(QStringLiteral("refused the token kept in Settings › Accounts")));
    QVERIFY(!settingsBytes().contains("pasted"));
}

void TestSiteAccounts::storeLocked()
{
    QCOMPARE(
        save(Account {QStringLiteral("mastodon.example"), AccountNeed::Kind::Token}, QStringLiteral("t")),
        QString());
    m_secrets->refuse = true;
    QCOMPARE(prepare(tokenNeed()), QStringLiteral("locked"));
    QCOMPARE(save(Account {QStringLiteral("other.example"), AccountNeed::Kind::Token}, QStringLiteral("t")),
        QStringLiteral("locked"));
    // Not listed when its secret could not be kept.
    QCOMPARE(m_accounts->accounts().size(), 1);
}

void TestSiteAccounts::removeForgets()
{
    FixtureServer::Route api;
    api.contentType = "application/json";
    api.body = "{}";
    m_api->setRoute(QStringLiteral("/x"), api);
    QCOMPARE(
        save(Account {QStringLiteral("mastodon.example"), AccountNeed::Kind::Token}, QStringLiteral("t1")),
        QString());
    QCOMPARE(prepare(tokenNeed()), QString());
    QSignalSpy changed(m_accounts, &SiteAccounts::accountsChanged);
    bool removed = false;
    m_accounts->remove(Account {QStringLiteral("mastodon.example"), AccountNeed::Kind::Token},
        [&](const QString &error) { removed = error.isEmpty(); });
    QTRY_VERIFY(removed);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_accounts->accounts().isEmpty());
    QVERIFY(m_secrets->entries.isEmpty());
    // Not sent any more.
    QVERIFY(fetch(m_api->url(QStringLiteral("/x"))).ok());
    QCOMPARE(m_api->authorizations().last(), QByteArray());
}

QTEST_GUILESS_MAIN(TestSiteAccounts)
#include "tst_siteaccounts.moc"
