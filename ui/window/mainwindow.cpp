// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/mainwindow.h"

#include "reader/mousenavigation.h"
#include "window/loadstatus.h"
#include "window/panelayout.h"
#include "window/statusmessages.h"

#include "library/annotationsdock.h"
#include "library/followeddock.h"
#include "library/librarydock.h"
#include "library/newsview.h"
#include "library/recentthreadsmenu.h"
#include "library/searchdock.h"
#include "library/subscriptionactions.h"
#include "reader/activitychart.h"
#include "reader/articlepanel.h"
#include "reader/findbar.h"
#include "reader/hidemodemenu.h"
#include "reader/notesactions.h"
#include "reader/postcontextmenu.h"
#include "reader/posteractions.h"
#include "reader/postview.h"
#include "reader/readmarkactions.h"
#include "reader/selectioncontroller.h"
#include "reader/threadview.h"
#include "reader/watchaction.h"
#include "settings/appearance.h"
#include "settings/importexportactions.h"
#include "settings/settingsdialog.h"
#include "settings/shortcutsettings.h"
#include "window/certificateprompt.h"
#include "window/errorbar.h"
#include "window/helpmenu.h"
#include "window/openthreadactions.h"
#include "window/refreshactions.h"
#include "window/sidedocks.h"
#include "window/syncactions.h"
#include "window/viewactions.h"
#include "window/windowsettings.h"

#include "engines/forumengine.h"
#include "models/threadtreemodel.h"
#include "services/annotationbook.h"
#include "services/demo.h"
#include "services/imagecache.h"
#include "services/postlinks.h"
#include "services/preferences.h"
#include "services/retention.h"
#include "services/rulebook.h"
#include "services/syncservice.h"
#include "services/threadloader.h"
#include "services/threadsession.h"
#include "services/watchlist.h"
#include "store/cachestore.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>

namespace Threadkeeper {

namespace {
// A thin strip (a bar, a chart) above the widget that takes the rest of the space.
QWidget *stacked(QWidget *top, QWidget *main)
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(top);
    layout->addWidget(main, 1);
    return pane;
}
} // namespace

MainWindow::MainWindow(
    const ReaderServices &services, const KSyntaxHighlighting::Repository *syntax, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_tree(new ThreadView)
    , m_chart(new ActivityChart)
    , m_post(new PostView)
    , m_article(new ArticlePanel)
    , m_outer(new QSplitter(Qt::Horizontal))
    , m_inner(new QSplitter(Qt::Vertical))
    , m_errorBar(new ErrorBar)
    , m_status(new QLabel)
    , m_messages(new StatusMessages(m_status, this))
    , m_undo(new QUndoStack(this))
    , m_importExport(
          new ImportExportActions(this, services.rules, services.annotations, m_undo, m_messages, m_errorBar))
    , m_followed(new FollowedDock(services.store, services.rules))
    , m_annotationsDock(new AnnotationsDock(services.annotations))
    , m_watch(new WatchList(services.store, this))
    , m_retention(new Retention(services.store, services.rules, services.session, this))
    , m_appearance(new Appearance(services.images, {m_post, m_article}, this))
    , m_refresh(new RefreshActions(services, m_messages, this))
{
    setWindowTitle(tr("Threadkeeper"));
    m_selection = new SelectionController(services.session, m_tree, m_post, m_article, this);
    new MouseNavigation(this, m_selection);
    connect(m_selection, &SelectionController::message, this, [this](const QString &text) {
        if (text.isEmpty())
            m_messages->clear(StatusMessages::Cause::Reading);
        else
            m_messages->show(StatusMessages::Cause::Reading, text);
    });
    for (ReaderView *view : std::initializer_list<ReaderView *> {m_post, m_article}) {
        view->setSyntaxRepository(syntax);
        view->setImageCache(services.images);
        view->setFoldBook(services.folds);
        view->setThreadLinkResolver([this](const QUrl &link) { return postInThread(link); });
        connect(view, &ReaderView::message, this, [this](const QString &text) {
            if (text.isEmpty())
                statusBar()->clearMessage();
            else
                statusBar()->showMessage(text, 10000);
        });
    }
    connect(m_article, &ReaderView::postRequested, m_selection, &SelectionController::selectPost);

    // Tree above the post on the left, the article beside them.
    m_inner->setObjectName(QStringLiteral("readingSplitter"));
    // The thread's activity over time sits on top of its tree.
    m_chart->setSession(services.session);
    connect(m_chart, &ActivityChart::postRequested, m_selection, &SelectionController::selectPost);
    m_find = new FindBar(services.session, m_selection, m_tree, {m_post, m_article});
    m_inner->addWidget(stacked(m_chart, stacked(m_find, m_tree)));
    m_inner->addWidget(m_post);
    m_inner->setStretchFactor(0, 3);
    m_inner->setStretchFactor(1, 2);
    m_outer->setObjectName(QStringLiteral("mainSplitter"));
    m_outer->addWidget(m_inner);
    m_outer->addWidget(m_article);
    m_outer->setStretchFactor(0, 3);
    m_outer->setStretchFactor(1, 2);
    m_panes = new PaneLayout(m_outer, m_article, this);
    setCentralWidget(stacked(m_errorBar, m_outer));

    statusBar()->addWidget(m_status, 1);
    m_loadStatus = new LoadStatus(services, statusBar(), m_messages, this);

    auto *docks = new SideDocks(this);
    docks->add(m_followed);
    connect(m_followed, &FollowedDock::postActivated, this, &MainWindow::openPost);
    docks->add(m_annotationsDock);
    m_search = new SearchDock(services.store, this);
    docks->add(m_search);
    connect(m_search, &SearchDock::postActivated, this, &MainWindow::openPost);
    m_library = new LibraryDock(
        services.store, m_watch, m_retention, services.annotations, services.session, m_undo, this);
    docks->add(m_library);
    // Opened as Recent Threads opens them.
    connect(m_library, &LibraryDock::threadActivated, this,
        [this](const QString &url) { openThread(QUrl(url)); });
    connect(m_library, &LibraryDock::message, this,
        [this](const QString &text) { m_messages->show(StatusMessages::Cause::Store, text); });
    if (services.subscriptions) {
        m_news = new NewsView(services.subscriptions, m_watch, this);
        docks->add(m_news);
    }
    connect(m_annotationsDock, &AnnotationsDock::postActivated, this, &MainWindow::openPost);
    if (services.sync) {
        m_sync = new SyncActions(services, m_library, statusBar(), this);
        // Reading settings changed on another device hold here as if chosen here.
        connect(services.sync, &SyncService::readingChanged, this, [this] {
            const ReadingPreferences reading = ReadingPreferences::load();
            setThresholds(reading.thresholds);
            setHideMode(reading.hideMode);
            applyReading(reading);
        });
    }
    m_notes = new NotesActions(
        services, m_post, m_article, m_annotationsDock, m_undo, m_errorBar, m_importExport, this);
    m_posters = new PosterActions(services, m_tree, m_undo, m_messages, m_importExport, this);
    connect(m_posters, &PosterActions::thresholdsChanged, this, &MainWindow::setThresholds);
    m_marks = new ReadMarkActions(services, m_tree, m_selection, m_undo, this);
    m_threads = new OpenThreadActions(services, m_refresh, m_loadStatus, m_messages, m_errorBar, this);
    if (m_news)
        m_subscriptions = new SubscriptionActions(
            {services.subscriptions, m_news, m_threads, m_selection, m_undo, m_messages, m_errorBar}, this);
    if (m_subscriptions) {
        connect(m_threads, &OpenThreadActions::subscribeRequested, m_subscriptions,
            [this](const QUrl &url) { m_subscriptions->subscribe(url.toString()); });
        m_library->addSubscriptions(services.subscriptions);
        connect(m_library, &LibraryDock::unsubscribeRequested, m_subscriptions,
            &SubscriptionActions::unsubscribe);
        connect(m_library, &LibraryDock::subscriptionActivated, m_news, [this](qint64 id) {
            m_news->begin();
            m_news->showSubscription(id);
        });
    }

    createActions();
    // Once every action exists: their defaults noted, the reader's own keys applied.
    m_help->setShortcutSettings(new ShortcutSettings(this));

    ThreadLoader *loader = services.loader;
    connect(loader, &ThreadLoader::threadInfoChanged, this, [this](const ThreadInfo &info) {
        if (QUrl(info.url) != m_url)
            m_undo->clear(); // undo applies to the thread it was done in
        if (m_url.isValid() && m_url.toString() != info.url)
            m_services.store->recordVisitNow(m_url.toString()); // left: what came in meanwhile was seen
        m_url = QUrl(info.url);
        m_watchAction->setThreadUrl(info.url);
        m_threads->setThreadUrl(m_url);
        setWindowTitle(info.title.isEmpty() ? tr("Threadkeeper") : tr("%1 — Threadkeeper").arg(info.title));
        m_post->setThreadUrl(QUrl(info.url));
        m_article->setThreadUrl(QUrl(info.url));
        // Only what the forum's engine can do is offered: pages, pictures of posters.
        m_appearance->setAvatarsAvailable(
            capabilitiesOf(info.engine).testFlag(ForumEngine::Capability::Avatars));
    });
    connect(loader, &ThreadLoader::finished, this, &MainWindow::onLoadFinished);
    connect(services.model, &ThreadTreeModel::unreadCountChanged, m_library, &LibraryDock::refreshSoon);
    connect(services.rules, &RuleBook::rulesChanged, m_library, &LibraryDock::refreshSoon);
    connect(services.store, &CacheStore::opened, this, [this](bool ok, const QString &error) {
        if (!ok)
            showError(tr("The cache could not be opened, so nothing will be kept for offline reading: %1")
                          .arg(error));
    });
    connect(services.store, &CacheStore::failed, this,
        [this](const QString &error) { m_messages->show(StatusMessages::Cause::Store, error); });
    restoreSettings();
    m_retention->run(); // once the rules are known
}

MainWindow::~MainWindow()
{
    // The undo stack clears itself as a child, after this window's part is gone: its
    // signals must not reach this window's slots then.
    m_undo->disconnect(this);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QList<QAction *> refresh;
    const QList<QAction *> threadKeys = m_threads->addActions(file, &refresh);
    QList<QAction *> subscriptionKeys;
    if (m_subscriptions) {
        file->addSeparator();
        subscriptionKeys = m_subscriptions->addFileActions(file);
    }
    QAction *syncNow = nullptr;
    if (m_sync) {
        file->addSeparator();
        syncNow = m_sync->addAction(file);
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    addActions(m_find->addActions(edit));
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("&Settings…"), this, [this] { showSettings(); });
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    // A rule's "Undo with Ctrl+Z" no longer holds once the stack moves.
    connect(
        m_undo, &QUndoStack::indexChanged, this, [this] { m_messages->clear(StatusMessages::Cause::Rule); });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const QList<QAction *> moves = m_selection->addGoActions(go);
    go->addSeparator();
    const QList<QAction *> marks = m_marks->addActions(go);

    QMenu *thread = menuBar()->addMenu(tr("&Thread"));
    m_watchAction = new WatchAction(m_watch, this);
    thread->addAction(m_watchAction);

    const QList<QAction *> posterKeys = m_posters->addActions(menuBar()->addMenu(tr("&Posters")));
    const QList<QAction *> noteKeys = m_notes->addActions(menuBar()->addMenu(tr("&Notes")));
    m_view = new ViewActions(
        {m_post, m_tree, m_services.session, m_appearance, m_search, m_library, m_followed, m_panes}, this);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_view->addActions(viewMenu);
    if (m_subscriptions)
        subscriptionKeys.append(m_subscriptions->addViewAction(viewMenu, m_view->libraryAction()));

    m_help = new HelpMenu(this, menuBar()->addMenu(tr("&Help")));
    QAction *keys = m_help->keysAction();
    connect(m_help->demoAction(), &QAction::triggered, this, [this] { openThread(demoThreadUrl()); });
    // Window-wide shortcuts, so they work whichever pane has focus.
    addActions(threadKeys);
    addActions(subscriptionKeys);
    if (syncNow)
        addAction(syncNow);
    addActions(marks);
    for (QAction *a : {m_view->quotesAction(), undo, redo})
        addAction(a);
    addActions(posterKeys);
    addAction(m_view->followedAction());
    addActions(noteKeys);
    for (QAction *a : {m_panes->articleAction(), m_view->libraryAction(),
             static_cast<QAction *>(m_watchAction), settings, keys})
        addAction(a);
    // Stable names: the reader's own shortcuts are kept under them (ShortcutSettings).
    const std::pair<QAction *, const char *> names[] {
        {quit, "quitAction"}, {settings, "settingsAction"}, {undo, "undoAction"}, {redo, "redoAction"}};
    for (const auto &[action, name] : names)
        action->setObjectName(QLatin1String(name));
    addActions(moves);
    addActions(refresh);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, m_notes,
        &NotesActions::showAnnotations);
    new PostContextMenu(m_services, m_tree, m_marks, m_posters, m_notes, this);
}

QString MainWindow::postInThread(const QUrl &link) const
{
    const ThreadInfo info = m_services.session->info();
    const ForumEngine *engine = engineByName(info.engine);
    if (!engine)
        return {};
    const QString id = linkedPostId(link, QUrl(info.url), *engine);
    return !id.isEmpty() && m_services.model->indexOf(id).isValid() ? id : QString();
}

bool MainWindow::openTypedThread(const QString &typed)
{
    return m_threads->openTypedThread(typed);
}

bool MainWindow::openThread(const QUrl &url, const QString &typed)
{
    return m_threads->openThread(url, typed);
}

void MainWindow::setOffline(bool offline)
{
    m_threads->setOffline(offline);
}

bool MainWindow::isOffline() const
{
    return m_threads->isOffline();
}

void MainWindow::onLoadFinished(const LoadOutcome &outcome)
{
    m_loadStatus->finished(outcome);
    if (!outcome.ok() && !outcome.error.isEmpty()) {
        const QString error = m_services.model->postCount() > 0
            ? tr("%1. The thread you were reading stays open.").arg(outcome.error)
            : outcome.error;
        if (!outcome.accountSite.isEmpty())
            m_errorBar->showError(
                error, tr("&Accounts…"), [this] { showSettings(QStringLiteral("accountsPage")); });
        else if (outcome.listing.isValid() && m_subscriptions)
            m_errorBar->showError(error, tr("&Subscribe…"),
                [this, listing = outcome.listing] { m_subscriptions->subscribe(listing.toString()); });
        else
            showError(error);
    }
    if (outcome.untrustedCertificate)
        offerToTrust(outcome);
    if (outcome.ok()) {
        m_selection->settle(m_services.loader->targetPostId(), outcome.place);
        m_services.store->recordVisitNow(m_services.session->info().url);
    }
    m_threads->recentThreads()->list(); // so the Recent Threads menu is ready
    m_library->refreshSoon();
    Q_EMIT loadFinished();
}

void MainWindow::offerToTrust(const LoadOutcome &outcome)
{
    const QString why
        = outcome.ok() && !outcome.failedPages.isEmpty() ? outcome.failedPages.first() : outcome.error;
    m_errorBar->showError(why, tr("Trust This Certificate…"), [this, outcome, url = outcome.url] {
        askToTrustCertificate(this, m_services.trust, outcome.untrustedSite, *outcome.untrustedCertificate,
            [this, url] { openThread(url); });
    });
}

void MainWindow::openPost(const QString &threadUrl, const QString &postId)
{
    if (threadUrl == m_services.session->info().url) {
        m_selection->selectPost(postId);
        return;
    }
    m_selection->setPendingSelection(postId);
    openThread(QUrl(threadUrl));
}

void MainWindow::editNote()
{
    m_notes->editNote();
}

void MainWindow::annotateSelection()
{
    m_notes->annotateSelection();
}

void MainWindow::showSettings(const QString &page)
{
    auto *dialog = new SettingsDialog({m_services, m_appearance, m_retention, m_thresholds}, this);
    if (QWidget *shown = dialog->pages()->findChild<QWidget *>(page))
        dialog->pages()->setCurrentWidget(shown);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::thresholdsChanged, this, &MainWindow::setThresholds);
    connect(dialog, &SettingsDialog::hideModeChanged, this, &MainWindow::setHideMode);
    connect(dialog, &SettingsDialog::readingChanged, this, &MainWindow::applyReading);
    if (m_sync)
        connect(dialog, &SettingsDialog::syncTargetChanged, m_sync, &SyncActions::update);
    dialog->open();
}

void MainWindow::setThresholds(const ScoreThresholds &thresholds)
{
    m_thresholds = thresholds;
    m_services.session->setThresholds(thresholds);
    m_posters->setThresholds(thresholds);
    m_followed->setThresholds(thresholds);
    m_search->setThresholds(thresholds);
    if (m_followed->isVisible())
        m_followed->refresh();
    // Kept at once (only what differs is written): sync carries it to the other devices.
    ReadingPreferences reading = ReadingPreferences::load();
    reading.thresholds = thresholds;
    reading.save();
}

void MainWindow::applyReading(const ReadingPreferences &reading)
{
    m_selection->setMarkReadDelay(reading.markReadSeconds * 1000);
    m_post->setFoldParentQuotes(reading.foldParentQuotes);
    m_article->setFoldParentQuotes(reading.foldParentQuotes);
}

void MainWindow::setHideMode(HideMode mode)
{
    m_view->hideModes()->setHideMode(mode);
}

void MainWindow::showError(const QString &message)
{
    m_errorBar->showError(message);
}

QString MainWindow::errorText() const
{
    return m_errorBar->text();
}

QMenu *MainWindow::recentThreadsMenu() const
{
    return m_threads->recentThreads()->menu();
}

QString MainWindow::statusText() const
{
    return m_messages->text();
}

WindowSettings MainWindow::windowSettings()
{
    return WindowSettings(this, m_outer, m_inner, m_tree->header(), m_panes->articleAction());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    windowSettings().restore(settings);
    setOffline(settings.value(QStringLiteral("network/offline"), false).toBool());
    m_services.images->setOffline(isOffline());
    m_appearance->restore(settings);
    m_library->restoreState(settings);
    const ReadingPreferences reading = ReadingPreferences::load();
    setThresholds(reading.thresholds);
    setHideMode(reading.hideMode);
    applyReading(reading);
    NetworkPreferences::load().applyTo(m_services);
}

void MainWindow::saveSettings()
{
    QSettings settings;
    windowSettings().save(&settings);
    settings.setValue(QStringLiteral("network/offline"), isOffline());
    ReadingPreferences reading = ReadingPreferences::load(); // what the window does not own stays
    reading.thresholds = m_thresholds;
    reading.hideMode = m_services.session->hideMode();
    reading.save();
    m_appearance->save(&settings);
    m_library->saveState(&settings);
    if (m_url.isValid())
        settings.setValue(QStringLiteral("reader/lastThread"), m_url.toString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_services.loader->cancel();
    m_selection->savePlace();
    if (m_url.isValid())
        m_services.store->recordVisitNow(m_url.toString());
    saveSettings();
    event->accept();
}

} // namespace Threadkeeper
