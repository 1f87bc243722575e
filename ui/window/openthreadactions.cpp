// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/openthreadactions.h"

#include "library/recentthreadsmenu.h"
#include "window/errorbar.h"
#include "window/loadstatus.h"
#include "window/refreshactions.h"
#include "window/statusmessages.h"

#include "engines/forumengine.h"
#include "feeds/listingsource.h"
#include "net/sitecredentials.h"
#include "services/imagecache.h"
#include "services/threadloader.h"
#include "services/watchscheduler.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>

namespace Threadkeeper {

OpenThreadActions::OpenThreadActions(const ReaderServices &services, RefreshActions *refresh,
    LoadStatus *status, StatusMessages *messages, ErrorBar *errors, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_refresh(refresh)
    , m_status(status)
    , m_messages(messages)
    , m_errors(errors)
    , m_window(window)
{ }

QList<QAction *> OpenThreadActions::addActions(QMenu *file, QList<QAction *> *refresh)
{
    QAction *open = file->addAction(tr("&Open Thread…"), this, &OpenThreadActions::askForThread);
    open->setShortcut(QKeySequence::Open);
    *refresh = m_refresh->addActions(file);
    // Every page again, not only what can have changed.
    QAction *reload = file->addAction(tr("Reload W&hole Thread"), this, [this] {
        if (m_url.isValid())
            openThread(m_url);
    });
    reload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    QAction *stop = file->addAction(tr("&Stop Loading"), this, [this] {
        m_services.loader->cancel();
        m_refresh->cancel();
    });
    stop->setShortcut(Qt::Key_Escape);
    m_recent = new RecentThreadsMenu(file->addMenu(tr("Recent &Threads")), m_services, this);
    connect(
        m_recent, &RecentThreadsMenu::threadRequested, this, [this](const QUrl &url) { openThread(url); });
    m_offline = file->addAction(tr("Work &Offline"));
    m_offline->setCheckable(true);
    connect(m_offline, &QAction::toggled, m_services.images, &ImageCache::setOffline);
    connect(m_offline, &QAction::toggled, m_services.watch, &WatchScheduler::setOffline);
    connect(m_offline, &QAction::toggled, this, [this](bool offline) {
        m_messages->clear(StatusMessages::Cause::Offline);
        if (!offline && m_url.isValid())
            m_messages->show(StatusMessages::Cause::Offline,
                tr("Working online again: Refresh (F5) fetches what is new."));
    });
    // Stable names: the reader's own shortcuts are kept under them (ShortcutSettings).
    open->setObjectName(QStringLiteral("openThreadAction"));
    reload->setObjectName(QStringLiteral("reloadAction"));
    stop->setObjectName(QStringLiteral("stopAction"));
    return {open, reload, stop};
}

void OpenThreadActions::askForThread()
{
    bool ok = false;
    QString text = m_url.toString();
    while (true) {
        text = QInputDialog::getText(m_window, tr("Open Thread"),
            tr("Address of a thread (%1: any page or a post's link), a news article, a feed or a forum "
               "section:")
                .arg(knownEngineNames()),
            QLineEdit::Normal, text, &ok);
        if (!ok || text.trimmed().isEmpty())
            return;
        if (openTypedThread(text))
            return;
        // The error is in the error bar; ask again with the text kept.
    }
}

bool OpenThreadActions::openTypedThread(const QString &typed)
{
    return openThread(QUrl::fromUserInput(typed.trimmed()), typed.trimmed());
}

bool OpenThreadActions::openThread(const QUrl &url, const QString &typed)
{
    ThreadRef ref;
    QUrl canonical;
    if (!engineForUrl(url, &ref) && listingSourceForUrl(url, &canonical)) {
        m_errors->hide();
        Q_EMIT subscribeRequested(url);
        return true;
    }
    ThreadLoader::Options options;
    options.offline = isOffline();
    QString error;
    if (!m_services.loader->open(url, options, &error)) {
        // Quote what the reader gave: a URL that did not parse has no words of its own.
        const QString given = SiteCredentials::withoutCredentials(typed.isEmpty() ? url.toString() : typed);
        m_errors->showError(tr("Cannot open \u201C%1\u201D: %2").arg(given, error));
        return false;
    }
    m_errors->hide();
    m_status->started(url, isOffline());
    return true;
}

void OpenThreadActions::setOffline(bool offline)
{
    m_offline->setChecked(offline);
}

bool OpenThreadActions::isOffline() const
{
    return m_offline->isChecked();
}

} // namespace Threadkeeper
