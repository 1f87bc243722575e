// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/loadstatus.h"

#include "window/loadprogressbar.h"
#include "window/statusmessages.h"

#include "engines/forumengine.h"
#include "models/threadtreemodel.h"
#include "services/threadloader.h"

#include <QLabel>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>

namespace Threadkeeper {

LoadStatus::LoadStatus(
    const ReaderServices &services, QStatusBar *bar, StatusMessages *messages, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_messages(messages)
    , m_unread(new QLabel)
    , m_progress(new LoadProgressBar)
    , m_stop(new QToolButton)
{
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("page %v of %m"));
    m_progress->hide();
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop loading (Esc); pages loaded so far are kept"));
    m_stop->hide();
    bar->addPermanentWidget(m_unread);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_stop);

    ThreadLoader *loader = services.loader;
    connect(m_stop, &QToolButton::clicked, loader, &ThreadLoader::cancel);
    connect(loader, &ThreadLoader::progressChanged, this,
        [this](int done, int total) { m_progress->showProgress(done, total); });
    connect(loader, &ThreadLoader::threadInfoChanged, this, [this](const ThreadInfo &info) {
        m_paged = capabilitiesOf(info.engine).testFlag(ForumEngine::Capability::Pages);
        m_progress->setFormat(m_paged ? tr("page %v of %m") : tr("part %v of %m"));
    });
    connect(loader, &ThreadLoader::pageFailed, this, [this](int page, const QString &why) {
        m_messages->show(StatusMessages::Cause::Load,
            (m_paged ? tr("Page %1 failed: %2") : tr("Part %1 of the thread failed: %2")).arg(page).arg(why));
    });
    connect(services.model, &ThreadTreeModel::unreadCountChanged, this,
        [this](int unread) { m_unread->setText(tr("%n unread", nullptr, unread)); });
}

void LoadStatus::started(const QUrl &url, bool offline)
{
    m_messages->show(StatusMessages::Cause::Load,
        offline ? tr("Offline: reading from the cache") : tr("Loading %1…").arg(url.toString()));
    m_progress->setValue(0);
    m_progress->setVisible(!offline);
    m_stop->setVisible(!offline);
}

void LoadStatus::finished(const LoadOutcome &outcome)
{
    m_progress->flush();
    m_progress->hide();
    m_stop->hide();
    const int posts = m_services.model->postCount();
    if (!outcome.error.isEmpty()) {
        m_messages->show(StatusMessages::Cause::Load, outcome.error);
    } else if (outcome.cancelled) {
        m_messages->show(
            StatusMessages::Cause::Load, tr("Stopped: %n post(s) loaded are kept", nullptr, posts));
    } else if (outcome.offline && outcome.failedPages.isEmpty() && !outcome.note.isEmpty()) {
        m_messages->show(StatusMessages::Cause::Offline, outcome.note);
    } else if (outcome.offline) {
        // Offline by choice needs no reason; offline because the forum failed says why.
        m_messages->show(StatusMessages::Cause::Offline,
            outcome.failedPages.isEmpty()
                ? tr("Offline: showing the cached copy, %n post(s)", nullptr, posts)
                : tr("Offline (%1): showing the cached copy, %n post(s)", nullptr, posts)
                      .arg(outcome.failedPages.first()));
    } else if (!outcome.failedPages.isEmpty()) {
        QStringList pages;
        for (auto it = outcome.failedPages.cbegin(); it != outcome.failedPages.cend(); ++it)
            pages.append((m_paged ? tr("page %1 (%2)") : tr("part %1 (%2)")).arg(it.key()).arg(it.value()));
        m_messages->show(StatusMessages::Cause::Load,
            (m_paged ? tr("Loaded %1 of %n page(s); failed: %2. Reload Whole Thread (Ctrl+F5) to retry.",
                 nullptr, m_services.loader->info().pageCount)
                     : tr("Loaded %1 of %n part(s); failed: %2. Reload Whole Thread (Ctrl+F5) to retry.",
                         nullptr, m_services.loader->info().pageCount))
                .arg(outcome.pagesLoaded)
                .arg(pages.join(QStringLiteral(", "))));
    } else if (!outcome.note.isEmpty()) {
        m_messages->show(StatusMessages::Cause::Load, outcome.note); // e.g. an article with no discussion
    } else {
        m_messages->show(StatusMessages::Cause::Load,
            m_paged
                ? tr("%n post(s) on %1", nullptr, posts).arg(tr("%n page(s)", nullptr, outcome.pagesLoaded))
                : tr("%n post(s)", nullptr, posts));
    }
}

} // namespace Threadkeeper
