// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/syncactions.h"

#include "library/librarydock.h"
#include "settings/syncpage.h"

#include "services/syncservice.h"
#include "services/threadsession.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>

namespace Threadkeeper {

SyncActions::SyncActions(
    const ReaderServices &services, LibraryDock *library, QStatusBar *bar, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_library(library)
    , m_label(new QLabel)
{
    m_label->setObjectName(QStringLiteral("syncStatus"));
    bar->addPermanentWidget(m_label);
    if (SyncService *sync = services.sync) {
        connect(sync, &SyncService::started, this, &SyncActions::update);
        connect(sync, &SyncService::finished, this, &SyncActions::onFinished);
    }
    update();
}

QAction *SyncActions::addAction(QMenu *file)
{
    m_action = file->addAction(tr("Sync &Now"), this, [this] {
        if (m_services.sync)
            m_services.sync->syncNow();
        update();
    });
    // Ctrl+Shift+S is Subscribe's; D as in devices.
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    // A stable name: the reader's own shortcut is kept under it (ShortcutSettings).
    m_action->setObjectName(QStringLiteral("syncNowAction"));
    update();
    return m_action;
}

void SyncActions::onFinished(const SyncReport &report)
{
    update();
    // What came from another device shows as if done here: the open thread's marks (the
    // tree keeps its selection and folds), the library's unread counts.
    const QString open = m_services.session ? m_services.session->info().url : QString();
    if (!open.isEmpty() && report.threads.contains(open))
        m_services.session->reloadReadState();
    if (m_library && (!report.threads.isEmpty() || report.rules))
        m_library->refreshSoon();
}

void SyncActions::update()
{
    SyncService *sync = m_services.sync;
    const bool on = sync && sync->target().kind != SyncTarget::Kind::None;
    const bool running = on && sync->isRunning();
    if (m_action) {
        m_action->setEnabled(on && !running);
        m_action->setToolTip(on ? tr("Keep in step with your other devices now")
                                : tr("Choose where to sync in Settings › Sync first"));
    }
    m_label->setVisible(on);
    if (!on)
        return;
    const std::optional<SyncReport> last = sync->lastReport();
    const QString tip = last
        ? tr("Last round: %1").arg(QLocale().toString(last->finished.toLocalTime(), QLocale::ShortFormat))
            + QLatin1Char('\n') + SyncPage::describe(*last) + QLatin1Char('\n')
            + SyncPage::devicesText(last->devices)
        : tr("Not synced yet");
    if (running) {
        m_label->setText(tr("Syncing…"));
    } else if (!last) {
        m_label->setText(tr("Not synced yet"));
    } else if (!last->ok()) {
        // The whole error is in the tooltip; the bar keeps to one short line.
        const QString error = last->error.size() > 60 ? last->error.left(59) + QChar(0x2026) : last->error;
        m_label->setText(tr("Sync failed: %1").arg(error));
    } else {
        const QString time = QLocale().toString(last->finished.toLocalTime().time(), QLocale::ShortFormat);
        m_label->setText(last->received > 0 ? tr("Synced %1 \u00B7 received %2").arg(time).arg(last->received)
                                            : tr("Synced %1").arg(time));
    }
    m_label->setToolTip(tip);
}

} // namespace Threadkeeper
