// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncservice.h"
#include "accounts/secretstore.h"
#include "store/cachestore.h"
#include "sync/foldertransport.h"
#include "sync/syncround.h"
#include "sync/webdavtransport.h"

#include "services/preferences.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSysInfo>
#include <QTimeZone>

namespace Threadkeeper {

SyncService::SyncService(
    CacheStore *store, QNetworkAccessManager *network, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
    , m_secrets(secrets)
    , m_target(loadTarget())
    , m_last(loadLast())
{
    m_interval.setInterval(std::max(1, m_target.intervalMinutes) * 60 * 1000);
    connect(&m_interval, &QTimer::timeout, this, &SyncService::syncNow);
    m_changes.setInterval(60 * 1000);
    connect(&m_changes, &QTimer::timeout, this, &SyncService::checkChanges);
}

namespace {
const QString LastKey = QStringLiteral("sync/lastRound");
}

std::optional<SyncReport> SyncService::loadLast()
{
    const QJsonObject o = QJsonDocument::fromJson(QSettings().value(LastKey).toString().toUtf8()).object();
    const QDateTime finished
        = QDateTime::fromString(o.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs);
    if (!finished.isValid())
        return std::nullopt;
    SyncReport r;
    r.finished = finished;
    r.sent = o.value(QStringLiteral("sent")).toInt();
    r.received = o.value(QStringLiteral("received")).toInt();
    r.bytesWritten = qint64(o.value(QStringLiteral("bytesWritten")).toDouble());
    r.bytesRead = qint64(o.value(QStringLiteral("bytesRead")).toDouble());
    r.requests = o.value(QStringLiteral("requests")).toInt();
    r.error = o.value(QStringLiteral("error")).toString();
    for (const QJsonValue &s : o.value(QStringLiteral("skipped")).toArray())
        r.skipped.append(s.toString());
    for (const QJsonValue &d : o.value(QStringLiteral("devices")).toArray()) {
        const QJsonObject device = d.toObject();
        r.devices.append({device.value(QStringLiteral("id")).toString(),
            device.value(QStringLiteral("name")).toString(),
            QDateTime::fromString(device.value(QStringLiteral("lastSeen")).toString(), Qt::ISODateWithMs)});
    }
    return r;
}

void SyncService::saveLast(const SyncReport &report)
{
    QJsonArray devices;
    for (const SyncDevice &d : report.devices)
        devices.append(QJsonObject {{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name},
            {QStringLiteral("lastSeen"), d.lastSeen.toUTC().toString(Qt::ISODateWithMs)}});
    const QJsonObject o {{QStringLiteral("finished"), report.finished.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("sent"), report.sent}, {QStringLiteral("received"), report.received},
        {QStringLiteral("bytesWritten"), double(report.bytesWritten)},
        {QStringLiteral("bytesRead"), double(report.bytesRead)},
        {QStringLiteral("requests"), report.requests}, {QStringLiteral("error"), report.error},
        {QStringLiteral("skipped"), QJsonArray::fromStringList(report.skipped)},
        {QStringLiteral("devices"), devices}};
    QSettings().setValue(LastKey, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
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
    if (ReadingPreferences::syncedValues() != m_mirrored) {
        syncNow();
        return;
    }
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
    m_mirrored = ReadingPreferences::syncedValues();
    m_round->setReaderSettings(m_mirrored);
    connect(m_round, &SyncRound::finished, this, [this](const SyncReport &report) {
        m_last = report;
        saveLast(report);
        if (!report.settings.isEmpty() && ReadingPreferences::applySynced(report.settings)) {
            m_mirrored = ReadingPreferences::syncedValues();
            Q_EMIT readingChanged();
        }
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
