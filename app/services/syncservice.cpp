// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncservice.h"
#include "accounts/secretstore.h"
#include "store/cachestore.h"
#include "sync/foldertransport.h"
#include "sync/syncround.h"
#include "sync/webdavtransport.h"

#include <QSettings>
#include <QSysInfo>

namespace Threadkeeper {

SyncService::SyncService(
    CacheStore *store, QNetworkAccessManager *network, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
    , m_secrets(secrets)
    , m_target(loadTarget())
{
    m_interval.setInterval(std::max(1, m_target.intervalMinutes) * 60 * 1000);
    connect(&m_interval, &QTimer::timeout, this, &SyncService::syncNow);
    m_changes.setInterval(60 * 1000);
    connect(&m_changes, &QTimer::timeout, this, &SyncService::checkChanges);
}

SyncTarget SyncService::loadTarget()
{
    QSettings settings;
    SyncTarget t;
    const QString kind = settings.value(QStringLiteral("sync/kind")).toString();
    t.kind = kind == QLatin1String("folder") ? SyncTarget::Kind::Folder
        : kind == QLatin1String("webdav")    ? SyncTarget::Kind::WebDav
                                             : SyncTarget::Kind::None;
    t.folder = settings.value(QStringLiteral("sync/folder")).toString();
    t.webdav = QUrl(settings.value(QStringLiteral("sync/webdav")).toString());
    t.user = settings.value(QStringLiteral("sync/user")).toString();
    t.intervalMinutes
        = std::clamp(settings.value(QStringLiteral("sync/intervalMinutes"), 15).toInt(), 1, 24 * 60);
    return t;
}

void SyncService::saveTarget(const SyncTarget &target)
{
    QSettings settings;
    settings.setValue(QStringLiteral("sync/kind"),
        target.kind == SyncTarget::Kind::Folder       ? QStringLiteral("folder")
            : target.kind == SyncTarget::Kind::WebDav ? QStringLiteral("webdav")
                                                      : QStringLiteral("none"));
    settings.setValue(QStringLiteral("sync/folder"), target.folder);
    // Never the password, nor one typed into the address.
    settings.setValue(QStringLiteral("sync/webdav"), target.webdav.adjusted(QUrl::RemoveUserInfo).toString());
    settings.setValue(QStringLiteral("sync/user"), target.user);
    settings.setValue(QStringLiteral("sync/intervalMinutes"), target.intervalMinutes);
}

QString SyncService::passwordKey()
{
    return QStringLiteral("sync/webdav-password");
}

QString SyncService::deviceName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QSysInfo::prettyProductName() : host;
}

void SyncService::setTarget(const SyncTarget &target)
{
    m_target = target;
    saveTarget(target);
    m_interval.setInterval(std::max(1, target.intervalMinutes) * 60 * 1000);
    if (target.kind == SyncTarget::Kind::None) {
        m_interval.stop();
        m_changes.stop();
        if (m_store)
            m_store->post([](CacheDatabase &db) {
                QString ignored;
                if (db.isOpen())
                    db.sync().end(&ignored);
            });
        return;
    }
    start();
}

void SyncService::setPassword(const QString &password, std::function<void(const QString &error)> done)
{
    if (!m_secrets) {
        done(tr("there is no secret store"));
        return;
    }
    m_secrets->write(passwordKey(), password, std::move(done));
}

void SyncService::start()
{
    if (m_target.kind == SyncTarget::Kind::None)
        return;
    m_interval.start();
    m_changes.start();
    syncNow();
}

void SyncService::checkChanges()
{
    if (!m_store || m_busy)
        return;
    m_store->post([this](CacheDatabase &db) {
        const int pending = db.isOpen() ? db.sync().pending() : 0;
        if (pending > 0)
            QMetaObject::invokeMethod(this, &SyncService::syncNow, Qt::QueuedConnection);
    });
}

void SyncService::syncNow()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    if (m_target.kind == SyncTarget::Kind::None || !m_store)
        return;
    if (m_target.kind == SyncTarget::Kind::Folder) {
        run(new FolderTransport(m_target.folder));
        return;
    }
    if (!m_secrets) {
        run(new WebDavTransport(m_network, m_target.webdav, m_target.user, QString()));
        return;
    }
    m_busy = true; // while the password is asked for
    const SyncTarget target = m_target;
    m_secrets->read(passwordKey(), [this, target](const std::optional<QString> &password, const QString &) {
        run(new WebDavTransport(m_network, target.webdav, target.user, password.value_or(QString())));
    });
}

void SyncService::run(SyncTransport *transport)
{
    m_busy = true;
    m_round = new SyncRound(m_store, transport, deviceName(), this);
    transport->setParent(m_round);
    connect(m_round, &SyncRound::finished, this, [this](const SyncReport &report) {
        m_last = report;
        m_round->deleteLater();
        m_round = nullptr;
        m_busy = false;
        Q_EMIT finished(report);
        if (std::exchange(m_again, false))
            syncNow();
    });
    Q_EMIT started();
    m_round->start();
}

} // namespace Threadkeeper
