// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncround.h"
#include "domain/handoff.h"
#include "store/cachestore.h"
#include "syncjournal.h"
#include "synctransport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QSysInfo>
#include <QTimeZone>

namespace Threadkeeper {

namespace {

// This machine and this file: a copy of the cache elsewhere is another device.
QString origin(const QString &path)
{
    return QString::fromLatin1(QCryptographicHash::hash(
        QSysInfo::machineUniqueId() + '\0' + QFileInfo(path).absoluteFilePath().toUtf8(),
        QCryptographicHash::Sha1)
                                   .toHex());
}

} // namespace

SyncRound::SyncRound(CacheStore *store, SyncTransport *transport, const QString &deviceName, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_transport(transport)
    , m_deviceName(deviceName)
{ }

SyncRound::~SyncRound()
{
    // Jobs queued on the store's thread hold `this` to answer: let them run first.
    if (m_store)
        m_store->drain();
}

void SyncRound::onStore(std::function<void(CacheDatabase &)> job)
{
    if (!m_store) {
        finish(tr("the cache is closed"));
        return;
    }
    m_store->post(std::move(job));
}

void SyncRound::start()
{
    const QString target = m_transport ? m_transport->describe() : QString();
    const QString name = m_deviceName;
    onStore([this, target, name, settings = m_readerSettings](CacheDatabase &db) {
        QString error;
        QList<SyncOp> ops;
        qint64 segment = 0;
        QString device;
        QList<std::pair<QString, QByteArray>> unsent;
        if (!db.isOpen())
            error = tr("the cache is not open");
        else if (db.sync().begin(target, origin(db.path()), &error)
            && db.sync().mirrorSettings(settings, &error) && db.sync().publish(&ops, &segment, &error)) {
            device = db.sync().state().device;
            if (!ops.isEmpty()) {
                const QByteArray bytes
                    = SyncJournal::encode({device, name, QDateTime::currentMSecsSinceEpoch()}, ops);
                db.sync().keepUnsent(SyncJournal::segmentName(device, segment), bytes, &error);
            }
            unsent = db.sync().unsent();
        }
        const int sent = int(ops.size());
        QMetaObject::invokeMethod(this, handedOff([this, device, segment, unsent, error, sent] {
            m_report.sent = sent;
            prepared(device, segment, unsent, error);
        }),
            Qt::QueuedConnection);
    });
}

void SyncRound::prepared(const QString &device, qint64 segment,
    const QList<std::pair<QString, QByteArray>> &unsent, const QString &error)
{
    if (!error.isEmpty() || !m_transport) {
        finish(error.isEmpty() ? tr("no place to sync to") : error);
        return;
    }
    m_device = device;
    m_segment = segment;
    m_unsent = unsent;
    ++m_report.requests;
    m_transport->list([this](const QList<SyncFileInfo> &files, const QString &error) {
        if (!error.isEmpty())
            finish(error);
        else
            listed(files);
    });
}

void SyncRound::listed(const QList<SyncFileInfo> &files)
{
    m_listed = files;
    sendNext();
}

void SyncRound::sendNext()
{
    if (m_unsent.isEmpty()) {
        // What to read: the other devices' files that changed since the last round.
        onStore([this](CacheDatabase &db) {
            const auto records = db.sync().files();
            QMetaObject::invokeMethod(this, handedOff([this, records] {
                for (const SyncFileInfo &file : std::as_const(m_listed)) {
                    if (!SyncJournal::looksOurs(file.name))
                        continue;
                    const SyncJournal::FileName name = SyncJournal::parseName(file.name);
                    if (!name.valid()) {
                        m_report.skipped.append(tr("%1: not a name Threadkeeper writes").arg(file.name));
                        continue;
                    }
                    if (name.device == m_device) {
                        m_own.append(file.name);
                        continue;
                    }
                    const auto record = records.constFind(file.name);
                    if (record != records.cend() && record->tag == file.tag && record->size == file.size)
                        continue;
                    const qint64 from
                        = record != records.cend() && record->done <= file.size ? record->done : 0;
                    m_reads.append({file.name, from, file});
                }
                readNext();
            }),
                Qt::QueuedConnection);
        });
        return;
    }
    const auto [name, bytes] = m_unsent.takeFirst();
    ++m_report.requests;
    m_transport->write(name, bytes, [this, name, size = bytes.size()](const QString &error) {
        if (!error.isEmpty()) {
            finish(tr("could not write %1: %2").arg(name, error));
            return;
        }
        m_report.bytesWritten += size;
        m_own.append(name);
        onStore([name](CacheDatabase &db) {
            QString ignored;
            db.sync().sent(name, &ignored);
        });
        sendNext();
    });
}

void SyncRound::readNext()
{
    if (m_reads.isEmpty()) {
        merge();
        return;
    }
    const Read read = m_reads.takeFirst();
    if (read.from == read.listed.size) {
        m_progress.append({read.name, read.listed.tag, read.listed.size, read.from});
        readNext();
        return;
    }
    ++m_report.requests;
    m_transport->read(read.name, read.from, [this, read](const QByteArray &bytes, const QString &error) {
        if (!error.isEmpty()) {
            // Perhaps the sync engine is still copying it: read again next round.
            m_report.skipped.append(tr("%1: %2").arg(read.name, error));
            readNext();
            return;
        }
        m_report.bytesRead += bytes.size();
        const SyncJournal::Chunk chunk = SyncJournal::decode(read.name, read.from, bytes);
        if (!chunk.damage.isEmpty())
            m_report.skipped.append(tr("%1: %2").arg(read.name, chunk.damage));
        if (chunk.hasHeader)
            m_seen.append({chunk.header.device, chunk.header.name,
                QDateTime::fromMSecsSinceEpoch(chunk.header.written, QTimeZone::UTC)});
        m_incoming += chunk.ops;
        m_progress.append({read.name, read.listed.tag, read.listed.size, read.from + chunk.consumed});
        readNext();
    });
}

void SyncRound::merge()
{
    QStringList names;
    for (const SyncFileInfo &file : std::as_const(m_listed))
        names.append(file.name);
    onStore(
        [this, ops = std::move(m_incoming), progress = m_progress, seen = m_seen, names](CacheDatabase &db) {
            SyncApplier::Result result;
            QString error;
            if (db.syncApplier().merge(ops, &result, &error)) {
                for (const Progress &p : progress)
                    db.sync().saveFile({p.name, p.tag, p.size, p.done}, &error);
                for (const SyncDevice &device : seen)
                    db.sync().sawDevice(device, &error);
                db.sync().keepOnlyFiles(names, &error);
            }
            const QList<SyncDevice> devices = db.sync().devices();
            const QHash<QString, QString> settings
                = result.settings ? db.sync().readerSettings() : QHash<QString, QString>();
            QMetaObject::invokeMethod(this, handedOff([this, result, error, devices, settings] {
                m_report.settings = settings;
                m_report.received = result.won;
                m_report.threads = QStringList(result.threads.cbegin(), result.threads.cend());
                m_report.rules = result.rules;
                m_report.annotations = result.annotations;
                m_report.subscriptions = result.subscriptions;
                m_report.devices = devices;
                for (const QString &problem : result.problems)
                    m_report.skipped.append(problem);
                if (!error.isEmpty())
                    finish(error);
                else
                    compact();
            }),
                Qt::QueuedConnection);
        });
}

void SyncRound::compact()
{
    int segments = 0;
    for (const QString &name : std::as_const(m_own))
        segments += SyncJournal::parseName(name).snapshot ? 0 : 1;
    if (segments <= CompactAfter) {
        finish();
        return;
    }
    const QString deviceName = m_deviceName;
    onStore([this, deviceName](CacheDatabase &db) {
        const auto state = db.sync().state();
        const QByteArray bytes = SyncJournal::encode(
            {state.device, deviceName, QDateTime::currentMSecsSinceEpoch()}, db.sync().ownChanges());
        const QString name = SyncJournal::snapshotName(state.device, state.segment);
        QMetaObject::invokeMethod(this, handedOff([this, name, bytes, covered = state.segment] {
            ++m_report.requests;
            m_transport->write(name, bytes, [this, name, covered, size = bytes.size()](const QString &error) {
                if (!error.isEmpty()) {
                    finish(tr("could not write %1: %2").arg(name, error));
                    return;
                }
                m_report.bytesWritten += size;
                // The snapshot holds all they said: the older files go, one by one.
                for (const QString &own : std::as_const(m_own)) {
                    if (own != name && SyncJournal::parseName(own).segment <= covered)
                        m_obsolete.append(own);
                }
                removeObsolete();
            });
        }),
            Qt::QueuedConnection);
    });
}

void SyncRound::removeObsolete()
{
    if (m_obsolete.isEmpty()) {
        finish();
        return;
    }
    const QString gone = m_obsolete.takeFirst();
    ++m_report.requests;
    m_transport->remove(gone, [this, gone](const QString &error) {
        if (!error.isEmpty())
            m_report.skipped.append(tr("%1: %2").arg(gone, error));
        removeObsolete();
    });
}

void SyncRound::finish(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_report.error = error;
    m_report.finished = QDateTime::currentDateTimeUtc();
    Q_EMIT finished(m_report);
}

} // namespace Threadkeeper
