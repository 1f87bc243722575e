// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/subscriptionactions.h"

#include "library/newsview.h"
#include "library/subscribedialog.h"
#include "reader/selectioncontroller.h"
#include "window/errorbar.h"
#include "window/notifier.h"
#include "window/openthreadactions.h"
#include "window/statusmessages.h"

#include "services/newsopening.h"
#include "services/subscriptionbook.h"
#include "services/unsubscribecommand.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QSaveFile>
#include <QUndoStack>

namespace Threadkeeper {

namespace {
// OPML files of other readers hold hundreds of outlines, not megabytes of them.
constexpr qint64 MaxOpmlBytes = 16 * 1024 * 1024;
} // namespace

SubscriptionActions::SubscriptionActions(const Parts &parts, QWidget *window)
    : QObject(window)
    , m_parts(parts)
    , m_window(window)
    , m_desktop(std::make_unique<DesktopNotifier>(QStringLiteral("newItems")))
    , m_notifier(m_desktop.get())
{
    SubscriptionBook *book = parts.book;
    connect(parts.news, &NewsView::itemActivated, this, &SubscriptionActions::open);
    connect(book, &SubscriptionBook::added, this, [this](const Subscription &s) {
        m_parts.messages->show(
            StatusMessages::Cause::Refresh, tr("Subscribed to \u201C%1\u201D").arg(s.title));
        m_parts.news->begin();
        m_parts.news->showSubscription(s.id);
    });
    connect(book, &SubscriptionBook::removed, this, [this](quint64, const Subscription &s) {
        m_parts.messages->show(StatusMessages::Cause::Refresh,
            tr("Unsubscribed from \u201C%1\u201D. Undo with Ctrl+Z.").arg(s.title));
    });
    connect(book, &SubscriptionBook::restored, this, [this](const Subscription &s) {
        m_parts.messages->show(
            StatusMessages::Cause::Refresh, tr("Subscribed to \u201C%1\u201D again").arg(s.title));
    });
    connect(
        book, &SubscriptionBook::refreshRoundFinished, this, [this](int newItems, const QStringList &titles) {
            if (newItems <= 0)
                return;
            QStringList names = titles.mid(0, 3);
            if (titles.size() > 3)
                names.append(QStringLiteral("…"));
            const QString news
                = tr("%n new item(s) in %1", "", newItems).arg(names.join(QStringLiteral(", ")));
            m_parts.messages->show(StatusMessages::Cause::Refresh, news);
            m_notifier->notify(tr("Threadkeeper"), news);
        });
    connect(
        book, &SubscriptionBook::imported, this, [this](int added, int skipped, const QStringList &errors) {
            QString text = tr("Imported %n subscription(s)", "", added);
            if (skipped > 0)
                text += QStringLiteral("; ") + tr("%n already subscribed", "", skipped);
            m_parts.messages->show(StatusMessages::Cause::File, text);
            if (!errors.isEmpty())
                m_parts.errors->showError(tr("Some subscriptions could not be read: %1")
                                              .arg(errors.mid(0, 3).join(QStringLiteral("; "))));
        });
}

SubscriptionActions::~SubscriptionActions() = default;

QList<QAction *> SubscriptionActions::addFileActions(QMenu *file)
{
    QAction *subscribe = file->addAction(tr("&Subscribe…"), this, [this] { this->subscribe(); });
    subscribe->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_unsubscribe = file->addAction(tr("&Unsubscribe"), this, &SubscriptionActions::unsubscribeCurrent);
    file->addAction(tr("&Import Subscriptions…"), this, &SubscriptionActions::importSubscriptions)
        ->setObjectName(QStringLiteral("importSubscriptionsAction"));
    file->addAction(tr("E&xport Subscriptions…"), this, &SubscriptionActions::exportSubscriptions)
        ->setObjectName(QStringLiteral("exportSubscriptionsAction"));
    // Stable names: the reader's own shortcuts are kept under them (ShortcutSettings).
    subscribe->setObjectName(QStringLiteral("subscribeAction"));
    m_unsubscribe->setObjectName(QStringLiteral("unsubscribeAction"));
    return {subscribe};
}

QAction *SubscriptionActions::addViewAction(QMenu *view, QAction *before)
{
    auto *news = new QAction(tr("&News"), view);
    news->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    news->setObjectName(QStringLiteral("newsAction"));
    connect(news, &QAction::triggered, m_parts.news, &NewsView::begin);
    view->insertAction(before, news);
    return news;
}

SubscribeDialog *SubscriptionActions::subscribe(const QString &address)
{
    auto *dialog = new SubscribeDialog(m_parts.book, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->address()->setText(address);
    dialog->open();
    return dialog;
}

void SubscriptionActions::unsubscribeCurrent()
{
    const qint64 id = m_parts.news->subscriptionAtCursor();
    if (id == 0) {
        m_parts.messages->show(StatusMessages::Cause::Refresh,
            tr("Choose a subscription in the News view (Ctrl+1) to unsubscribe from it."));
        return;
    }
    unsubscribe(id);
}

void SubscriptionActions::unsubscribe(qint64 id)
{
    const std::optional<Subscription> subscription = m_parts.book->subscription(id);
    if (subscription)
        m_parts.undo->push(new UnsubscribeCommand(m_parts.book, *subscription));
}

void SubscriptionActions::open(const NewsItem &item)
{
    const NewsOpening opening = newsOpening(item);
    if (!opening.address.isValid() || opening.address.isEmpty()) {
        m_parts.errors->showError(tr("\u201C%1\u201D links to nothing to open.").arg(opening.title));
        return;
    }
    m_parts.selection->setGivenArticle(opening.threadUrl, opening.title, opening.article);
    m_parts.threads->openThread(opening.address);
}

bool SubscriptionActions::exportTo(const QString &file)
{
    const QByteArray opml = m_parts.book->exportOpml();
    QSaveFile out(file); // all or nothing: an old export is not half overwritten
    if (!out.open(QIODevice::WriteOnly) || out.write(opml) != opml.size() || !out.commit()) {
        m_parts.errors->showError(tr("Could not write %1: %2").arg(file, out.errorString()));
        return false;
    }
    m_parts.messages->show(StatusMessages::Cause::File,
        tr("Exported %n subscription(s) to %1", "", int(m_parts.book->subscriptions().size())).arg(file));
    return true;
}

bool SubscriptionActions::importFrom(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        m_parts.errors->showError(tr("Could not read %1: %2").arg(file, in.errorString()));
        return false;
    }
    if (in.size() > MaxOpmlBytes) {
        m_parts.errors->showError(tr("%1 is too large for a list of subscriptions.").arg(file));
        return false;
    }
    m_parts.messages->show(StatusMessages::Cause::File, tr("Reading the subscriptions in %1…").arg(file));
    m_parts.book->importOpml(in.readAll());
    return true;
}

void SubscriptionActions::exportSubscriptions()
{
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Export Subscriptions"),
        QStringLiteral("threadkeeper-subscriptions.opml"), tr("OPML files (*.opml *.xml)"));
    if (!file.isEmpty())
        exportTo(file);
}

void SubscriptionActions::importSubscriptions()
{
    const QString file = QFileDialog::getOpenFileName(
        m_window, tr("Import Subscriptions"), QString(), tr("OPML files (*.opml *.xml);;All files (*)"));
    if (!file.isEmpty())
        importFrom(file);
}

void SubscriptionActions::setNotifier(Notifier *notifier)
{
    m_notifier = notifier ? notifier : m_desktop.get();
}

} // namespace Threadkeeper
