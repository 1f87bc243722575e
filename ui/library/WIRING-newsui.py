import re
def edit(p, pairs):
    s=open(p).read()
    for old,new in pairs:
        assert old in s, (p, old)
        s=s.replace(old,new,1)
    open(p,'w').write(s)

edit('ui/window/mainwindow.h', [
("class LibraryDock;\n", "class LibraryDock;\nclass NewsView;\nclass SubscriptionActions;\n"),
("    LibraryDock *libraryDock() const { return m_library; }\n",
 "    LibraryDock *libraryDock() const { return m_library; }\n    // The News view and the subscriptions' actions; null without a subscription book.\n    NewsView *newsView() const { return m_news; }\n    SubscriptionActions *subscriptionActions() const { return m_subscriptions; }\n"),
("    LibraryDock *m_library = nullptr;\n", "    LibraryDock *m_library = nullptr;\n    NewsView *m_news = nullptr;\n    SubscriptionActions *m_subscriptions = nullptr;\n"),
])
edit('ui/window/mainwindow.cpp', [
('#include "library/librarydock.h"\n', '#include "library/librarydock.h"\n#include "library/newsview.h"\n'),
('#include "library/searchdock.h"\n', '#include "library/searchdock.h"\n#include "library/subscriptionactions.h"\n'),
("""    connect(m_library, &LibraryDock::message, this,
        [this](const QString &text) { m_messages->show(StatusMessages::Cause::Store, text); });
""", """    connect(m_library, &LibraryDock::message, this,
        [this](const QString &text) { m_messages->show(StatusMessages::Cause::Store, text); });
    if (services.subscriptions) {
        m_news = new NewsView(services.subscriptions, this);
        docks->add(m_news);
    }
"""),
("""    m_threads = new OpenThreadActions(services, m_refresh, m_loadStatus, m_messages, m_errorBar, this);
""", """    m_threads = new OpenThreadActions(services, m_refresh, m_loadStatus, m_messages, m_errorBar, this);
    if (m_news)
        m_subscriptions = new SubscriptionActions(
            {services.subscriptions, m_news, m_threads, m_selection, m_undo, m_messages, m_errorBar}, this);
"""),
("""    const QList<QAction *> threadKeys = m_threads->addActions(file, &refresh);
""", """    const QList<QAction *> threadKeys = m_threads->addActions(file, &refresh);
    QList<QAction *> subscriptionKeys;
    if (m_subscriptions) {
        file->addSeparator();
        subscriptionKeys = m_subscriptions->addFileActions(file);
    }
"""),
("""    m_view->addActions(menuBar()->addMenu(tr("&View")));
""", """    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_view->addActions(viewMenu);
    if (m_subscriptions)
        subscriptionKeys.append(m_subscriptions->addViewAction(viewMenu, m_view->libraryAction()));
"""),
("""    addActions(threadKeys);
""", """    addActions(threadKeys);
    addActions(subscriptionKeys);
"""),
])
