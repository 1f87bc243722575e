// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccommand.h"

#include "accounts/secretstore.h"
#include "cli/cliutil.h"
#include "engines/forumengine.h"
#include "services/preferences.h"
#include "services/syncservice.h"
#include "store/cachedatabase.h"
#include "store/cachestore.h"
#include "sync/foldertransport.h"
#include "sync/syncround.h"
#include "sync/webdavtransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

namespace Threadkeeper {

SyncCommand::SyncCommand(QTextStream *out, QTextStream *err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{ }

void SyncCommand::fail(const QString &message, int code)
{
    Cli::fail(*m_err, message);
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

bool SyncCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("One round of sync with the reader's other devices: print what was sent and received as JSON."));
    const QCommandLineOption cache(QStringLiteral("cache"), tr("The cache file."), tr("file"));
    const QCommandLineOption folder(QStringLiteral("folder"), tr("Sync through this folder."), tr("dir"));
    const QCommandLineOption webdav(
        QStringLiteral("webdav"), tr("Sync through this WebDAV collection."), tr("url"));
    const QCommandLineOption user(QStringLiteral("user"), tr("The WebDAV user."), tr("name"));
    parser.addOptions({cache, folder, webdav, user});
    if (const int code = Cli::parse(parser, QStringLiteral("threadkeeper sync"), arguments, *m_out, *m_err);
        code >= 0) {
        QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
        return code == 0;
    }
    SyncTarget target = SyncService::loadTarget();
    if (parser.isSet(folder) && parser.isSet(webdav)) {
        fail(tr("sync takes --folder or --webdav, not both"), 2);
        return false;
    }
    if (parser.isSet(folder))
        target = {SyncTarget::Kind::Folder, parser.value(folder), {}, {}, target.intervalMinutes};
    if (parser.isSet(webdav)) {
        const QUrl url(parser.value(webdav));
        target = {SyncTarget::Kind::WebDav, {}, url.adjusted(QUrl::RemoveUserInfo),
            parser.isSet(user) ? parser.value(user) : url.userName(), target.intervalMinutes};
    }
    if (target.kind == SyncTarget::Kind::None) {
        fail(tr("there is no place to sync to: give --folder or --webdav, or choose one in Settings › Sync"),
            2);
        return false;
    }
    m_store = new CacheStore(parser.isSet(cache) ? parser.value(cache) : CacheDatabase::defaultPath(), this);
    connect(m_store, &CacheStore::opened, this, [this](bool ok, const QString &error) {
        if (!ok)
            fail(error);
    });
    auto run = [this](SyncTransport *transport) {
        m_target = transport->describe();
        auto *round = new SyncRound(m_store, transport, SyncService::deviceName(), this);
        transport->setParent(round);
        round->setReaderSettings(ReadingPreferences::syncedValues());
        connect(round, &SyncRound::finished, this, [this](const SyncReport &report) {
            // Reading settings from another device hold for the window too (same settings file).
            ReadingPreferences::applySynced(report.settings);
            print(report);
            // Every write is in the cache before the process ends.
            connect(
                m_store, &CacheStore::synced, this, [this, ok = report.ok()] { Q_EMIT finished(ok ? 0 : 3); },
                Qt::SingleShotConnection);
            m_store->sync();
        });
        round->start();
    };
    if (target.kind == SyncTarget::Kind::Folder) {
        run(new FolderTransport(target.folder));
        return true;
    }
    auto *network = new QNetworkAccessManager(this);
    if (qEnvironmentVariableIsSet("THREADKEEPER_WEBDAV_PASSWORD")) {
        run(new WebDavTransport(
            network, target.webdav, target.user, qEnvironmentVariable("THREADKEEPER_WEBDAV_PASSWORD")));
        return true;
    }
    auto *secrets = new KeychainSecretStore(QStringLiteral("Threadkeeper"), this);
    secrets->read(SyncService::passwordKey(),
        [run, network, target](const std::optional<QString> &password, const QString &) {
            run(new WebDavTransport(network, target.webdav, target.user, password.value_or(QString())));
        });
    return true;
}

void SyncCommand::print(const SyncReport &report)
{
    QJsonArray devices;
    for (const SyncDevice &d : report.devices)
        devices.append(QJsonObject {{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name},
            {QStringLiteral("lastSeen"), d.lastSeen.toString(Qt::ISODateWithMs)}});
    const QJsonObject o {{QStringLiteral("target"), m_target}, {QStringLiteral("sent"), report.sent},
        {QStringLiteral("received"), report.received}, {QStringLiteral("bytesWritten"), report.bytesWritten},
        {QStringLiteral("bytesRead"), report.bytesRead}, {QStringLiteral("requests"), report.requests},
        {QStringLiteral("devices"), devices},
        {QStringLiteral("skipped"), QJsonArray::fromStringList(report.skipped)},
        {QStringLiteral("threads"), QJsonArray::fromStringList(report.threads)},
        {QStringLiteral("rules"), report.rules}, {QStringLiteral("annotations"), report.annotations},
        {QStringLiteral("subscriptions"), report.subscriptions},
        {QStringLiteral("settings"), !report.settings.isEmpty()},
        {QStringLiteral("error"), report.ok() ? QJsonValue() : QJsonValue(report.error)}};
    *m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    if (!report.ok())
        Cli::fail(*m_err, report.error);
}

int runMarkCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SyncCommand::tr("Mark posts of a cached thread read or unread (no post ids: the whole thread)."));
    const QCommandLineOption cache(
        QStringLiteral("cache"), SyncCommand::tr("The cache file."), SyncCommand::tr("file"));
    const QCommandLineOption read(QStringLiteral("read"), SyncCommand::tr("Mark them read."));
    const QCommandLineOption unread(QStringLiteral("unread"), SyncCommand::tr("Mark them unread."));
    parser.addOptions({cache, read, unread});
    parser.addPositionalArgument(
        QStringLiteral("url"), SyncCommand::tr("The thread's address."), SyncCommand::tr("url"));
    parser.addPositionalArgument(
        QStringLiteral("ids"), SyncCommand::tr("Post ids."), SyncCommand::tr("[post-id...]"));
    if (const int code = Cli::parse(parser, QStringLiteral("threadkeeper mark"), arguments, out, err);
        code >= 0)
        return code;
    QStringList args = parser.positionalArguments();
    if (parser.isSet(read) == parser.isSet(unread))
        return Cli::fail(err, SyncCommand::tr("mark takes --read or --unread, one of the two"), 2);
    if (args.isEmpty())
        return Cli::fail(err, SyncCommand::tr("mark needs a thread's address"), 2);
    // Any page or post link of a thread is that thread.
    QString url = args.takeFirst();
    ThreadRef ref;
    if (engineForUrl(QUrl::fromUserInput(url), &ref))
        url = ref.canonical.toString();
    CacheDatabase db;
    QString error;
    if (!db.open(parser.isSet(cache) ? parser.value(cache) : CacheDatabase::defaultPath(), &error))
        return Cli::fail(err, error);
    const auto thread = db.loadThread(url);
    if (!thread)
        return Cli::fail(err, SyncCommand::tr("%1 is not in the cache").arg(url));
    QSet<QString> cached;
    for (const Post &p : thread->posts)
        cached.insert(p.id);
    QStringList ids = args;
    if (ids.isEmpty())
        ids = QStringList(cached.cbegin(), cached.cend());
    for (const QString &id : std::as_const(ids))
        if (!cached.contains(id))
            return Cli::fail(err, SyncCommand::tr("%1 has no post %2").arg(url, id));
    if (!db.markRead(url, ids, parser.isSet(read) ? QDateTime::currentDateTimeUtc() : QDateTime(), &error))
        return Cli::fail(err, error);
    out << QJsonDocument(
        QJsonObject {{QStringLiteral("url"), url}, {QStringLiteral("marked"), int(ids.size())},
            {QStringLiteral("read"), parser.isSet(read)}})
               .toJson(QJsonDocument::Compact)
        << Qt::endl;
    return 0;
}

} // namespace Threadkeeper
