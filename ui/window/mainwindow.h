// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/readerservices.h"
#include "services/threadsession.h"
#include "store/cachedatabase.h"

#include <QMainWindow>
#include <QUrl>

class QLabel;
class QMenu;
class QSplitter;
class QUndoStack;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Threadkeeper {

class LoadStatus;
class WindowSettings;
class PaneLayout;
class FindBar;
class SearchDock;
class StatusMessages;
class ActivityChart;
class AnnotationsDock;
class Appearance;
class ArticlePanel;
class ErrorBar;
class FollowedDock;
class HelpMenu;
class NotesActions;
class OpenThreadActions;
class PosterActions;
class ReadMarkActions;
class ImportExportActions;
class LibraryDock;
class NewsView;
class SubscriptionActions;
class SyncActions;
class Retention;
class ViewActions;
class WatchAction;
class WatchList;
class PostView;
class SelectionController;
class ThreadView;
class RefreshActions;
struct LoadOutcome;
struct ReadingPreferences;

// Lays out the panes and forwards actions; the logic lives in the services and the
// selection controller.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The syntax repository, if given, colours code blocks; the composition root owns it.
    explicit MainWindow(const ReaderServices &services,
        const KSyntaxHighlighting::Repository *syntax = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a thread; a URL no engine knows gives a clear error and changes nothing, and
    // the open thread stays until the new one has something to show. typed, if given, is
    // what the reader typed, quoted in errors.
    bool openThread(const QUrl &url, const QString &typed = {});
    // As the Open Thread dialog does with what the reader typed.
    bool openTypedThread(const QString &typed);
    void setOffline(bool offline);
    bool isOffline() const;

    ThreadView *threadView() const { return m_tree; }
    ActivityChart *activityChart() const { return m_chart; }
    PostView *postView() const { return m_post; }
    ArticlePanel *articlePanel() const { return m_article; }
    // The last error shown in the window's error bar, empty when it is hidden.
    QString errorText() const;
    QString statusText() const;
    // Cached threads with their unread counts, most recently fetched first.
    QMenu *recentThreadsMenu() const;
    SelectionController *selection() const { return m_selection; }
    PaneLayout *panes() const { return m_panes; }
    FindBar *findBar() const { return m_find; }
    SearchDock *searchDock() const { return m_search; }
    QUndoStack *undoStack() const { return m_undo; }
    FollowedDock *followedDock() const { return m_followed; }
    AnnotationsDock *annotationsDock() const { return m_annotationsDock; }
    LibraryDock *libraryDock() const { return m_library; }
    // The News view and the subscriptions' actions; null without a subscription book.
    NewsView *newsView() const { return m_news; }
    SubscriptionActions *subscriptionActions() const { return m_subscriptions; }
    WatchAction *watchAction() const { return m_watchAction; }
    Retention *retention() const { return m_retention; }
    Appearance *appearance() const { return m_appearance; }
    // Refresh Thread (F5), Refresh Watched Threads (Shift+F5), their news.
    RefreshActions *refreshActions() const { return m_refresh; }
    // Opens the note editor for the current post (non-modal).
    void editNote();
    // Highlights the selected words of the post view, asking for an optional note.
    void annotateSelection();
    void setHideMode(HideMode mode);

Q_SIGNALS:
    void loadFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    // The id of the open thread's post a web link points at, or empty.
    QString postInThread(const QUrl &link) const;
    void onLoadFinished(const LoadOutcome &outcome);
    // A page was refused for a certificate the reader may choose to trust.
    void offerToTrust(const LoadOutcome &outcome);
    void showError(const QString &message);
    // Settings, at the page of that object name if given ("accountsPage").
    void showSettings(const QString &page = {});
    void openPost(const QString &threadUrl, const QString &postId);
    void setThresholds(const ScoreThresholds &thresholds);
    // How posts read: parent quotes folded or not, the delay before a post counts as read.
    void applyReading(const ReadingPreferences &reading);
    WindowSettings windowSettings();
    void restoreSettings();
    void saveSettings();

    ReaderServices m_services;
    ThreadView *m_tree;
    ActivityChart *m_chart;
    PostView *m_post;
    ArticlePanel *m_article;
    SelectionController *m_selection;
    QSplitter *m_outer;
    QSplitter *m_inner;
    ErrorBar *m_errorBar;
    QLabel *m_status;
    StatusMessages *m_messages;
    PaneLayout *m_panes = nullptr;
    FindBar *m_find = nullptr;
    SearchDock *m_search = nullptr;
    LoadStatus *m_loadStatus = nullptr;
    OpenThreadActions *m_threads = nullptr;
    QUndoStack *m_undo;
    ImportExportActions *m_importExport; // the rules and annotations files
    FollowedDock *m_followed;
    AnnotationsDock *m_annotationsDock;
    WatchList *m_watch;
    Retention *m_retention;
    LibraryDock *m_library = nullptr;
    NewsView *m_news = nullptr;
    SubscriptionActions *m_subscriptions = nullptr;
    WatchAction *m_watchAction = nullptr;
    Appearance *m_appearance;
    RefreshActions *m_refresh;
    SyncActions *m_sync = nullptr;
    HelpMenu *m_help = nullptr;
    ViewActions *m_view = nullptr;
    NotesActions *m_notes = nullptr;
    PosterActions *m_posters = nullptr;
    ReadMarkActions *m_marks = nullptr;
    ScoreThresholds m_thresholds;
    QUrl m_url;
};

} // namespace Threadkeeper
