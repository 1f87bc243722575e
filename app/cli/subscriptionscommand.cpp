// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriptionscommand.h"

#include "cli/cliutil.h"
#include "net/networkfactory.h"
#include "services/listingloader.h"
#include "services/subscriptionbook.h"
#include "store/cachedatabase.h"
#include "store/cachestore.h"
#include "store/subscriptionstore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace Threadkeeper {

namespace {
QString kindName(ListingKind kind)
{
    switch (kind) {
    case ListingKind::Feed:
        return QStringLiteral("feed");
    case ListingKind::Section:
        return QStringLiteral("section");
    case ListingKind::FrontPage:
        return QStringLiteral("front-page");
    }
    return {};
}

QString describe(const Subscription &s)
{
    QString line = QStringLiteral("%1\t%2/%3\t%4\t%5\t%6")
                       .arg(s.id)
                       .arg(s.unread)
                       .arg(s.items)
                       .arg(kindName(s.kind), s.title, s.url.toString());
    if (!s.folder.isEmpty())
        line += QStringLiteral("\t[") + s.folder + QLatin1Char(']');
    if (!s.lastError.isEmpty())
        line += QStringLiteral("\t! ") + s.lastError;
    return line;
}
} // namespace

SubscriptionsCommand::SubscriptionsCommand(QTextStream *out, QTextStream *err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{ }

void SubscriptionsCommand::fail(const QString &message, int code)
{
    Cli::fail(*m_err, message, code);
    done(code);
}

void SubscriptionsCommand::done(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out->flush();
    // After the current event: the caller connects to finished() once start() returns.
    QMetaObject::invokeMethod(
        this, [this, code] { Q_EMIT finished(code); }, Qt::QueuedConnection);
}

bool SubscriptionsCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Feeds, forum sections and front pages you follow."));
    const QCommandLineOption cache(QStringLiteral("cache"), tr("The cache file."), tr("file"));
    const QCommandLineOption folder(QStringLiteral("folder"), tr("add: the folder it goes in."), tr("name"));
    parser.addOptions({cache, folder});
    parser.addPositionalArgument(
        QStringLiteral("action"), tr("list, add URL, remove ID, refresh [ID], export [FILE], import FILE"));
    if (const int code
        = Cli::parse(parser, QStringLiteral("threadkeeper subscriptions"), arguments, *m_out, *m_err);
        code >= 0) {
        done(code);
        return code == 0;
    }
    m_args = parser.positionalArguments();
    m_folder = parser.value(folder);
    const QString action = m_args.value(0);
    const bool known = (action == QLatin1String("list") && m_args.size() == 1)
        || (action == QLatin1String("add") && m_args.size() == 2)
        || (action == QLatin1String("remove") && m_args.size() == 2)
        || (action == QLatin1String("refresh") && m_args.size() <= 2)
        || (action == QLatin1String("export") && m_args.size() <= 2)
        || (action == QLatin1String("import") && m_args.size() == 2);
    if (!known) {
        fail(tr("usage: threadkeeper subscriptions list|add URL|remove ID|refresh [ID]|export [FILE]|import "
                "FILE"
                " [--cache FILE] [--folder NAME]"),
            2);
        return false;
    }
    m_network = createNetworkManager(this);
    m_cache = new CacheStore(parser.isSet(cache) ? parser.value(cache) : CacheDatabase::defaultPath(), this);
    m_store = new SubscriptionStore(m_cache, this);
    m_loader = new ListingLoader(m_network, this);
    connect(m_cache, &CacheStore::opened, this, [this](bool ok, const QString &error) {
        if (!ok) {
            fail(error);
            return;
        }
        m_book = new SubscriptionBook(m_store, m_loader, this);
        // The list first: every action below knows what is subscribed.
        connect(
            m_book, &SubscriptionBook::listed, this, &SubscriptionsCommand::run, Qt::SingleShotConnection);
    });
    return true;
}

void SubscriptionsCommand::run()
{
    const QString action = m_args.value(0);
    if (action == QLatin1String("list")) {
        for (const Subscription &s : m_book->subscriptions())
            *m_out << describe(s) << Qt::endl;
        done(0);
    } else if (action == QLatin1String("add")) {
        const QUrl url = QUrl::fromUserInput(m_args[1]);
        connect(m_book, &SubscriptionBook::added, this, [this](const Subscription &s) {
            *m_out << "added " << s.id << '\t' << s.title << '\t' << s.url.toString() << Qt::endl;
            connect(m_cache, &CacheStore::synced, this, [this] { done(0); });
            m_cache->sync(); // its items are written before the cache closes
        });
        connect(m_book, &SubscriptionBook::addFailed, this,
            [this](const QUrl &, const QString &error, const QList<FeedLink> &offered) {
                for (const FeedLink &feed : offered)
                    *m_err << "  " << feed.url.toString()
                           << (feed.title.isEmpty() ? QString() : QStringLiteral("  ") + feed.title)
                           << Qt::endl;
                fail(error);
            });
        m_book->add(url, m_folder);
    } else if (action == QLatin1String("remove")) {
        bool ok = false;
        const qint64 id = m_args[1].toLongLong(&ok);
        const auto s = ok ? m_book->subscription(id) : std::nullopt;
        if (!s) {
            fail(tr("no subscription %1 (see 'subscriptions list')").arg(m_args[1]), 2);
            return;
        }
        connect(m_book, &SubscriptionBook::removed, this, [this](quint64, const Subscription &removed) {
            *m_out << "removed " << removed.id << '\t' << removed.title << Qt::endl;
            done(0);
        });
        m_book->remove(id);
    } else if (action == QLatin1String("refresh")) {
        QList<qint64> ids;
        if (m_args.size() == 2) {
            bool ok = false;
            const qint64 id = m_args[1].toLongLong(&ok);
            if (!ok || !m_book->subscription(id)) {
                fail(tr("no subscription %1 (see 'subscriptions list')").arg(m_args[1]), 2);
                return;
            }
            ids.append(id);
        } else {
            for (const Subscription &s : m_book->subscriptions())
                ids.append(s.id);
        }
        if (ids.isEmpty()) {
            done(0);
            return;
        }
        auto left = std::make_shared<int>(int(ids.size()));
        auto failures = std::make_shared<int>(0);
        connect(m_book, &SubscriptionBook::refreshed, this,
            [this, left, failures](qint64 id, int newItems, const QString &error) {
                const auto s = m_book->subscription(id);
                const QString title = s ? s->title : QString::number(id);
                if (error.isEmpty()) {
                    *m_out << "refreshed " << id << '\t' << newItems << " new\t" << title << Qt::endl;
                } else {
                    ++*failures;
                    Cli::fail(*m_err, title + QStringLiteral(": ") + error);
                }
                if (--*left == 0) {
                    connect(
                        m_cache, &CacheStore::synced, this, [this, failures] { done(*failures ? 1 : 0); });
                    m_cache->sync();
                }
            });
        for (qint64 id : std::as_const(ids))
            m_book->refresh(id);
    } else if (action == QLatin1String("export")) {
        const QByteArray opml = m_book->exportOpml();
        if (m_args.size() == 1) {
            *m_out << QString::fromUtf8(opml);
            done(0);
            return;
        }
        QFile file(m_args[1]);
        if (!file.open(QIODevice::WriteOnly) || file.write(opml) != opml.size()) {
            fail(tr("cannot write %1: %2").arg(m_args[1], file.errorString()));
            return;
        }
        done(0);
    } else if (action == QLatin1String("import")) {
        QFile file(m_args[1]);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(tr("cannot read %1: %2").arg(m_args[1], file.errorString()));
            return;
        }
        connect(m_book, &SubscriptionBook::imported, this,
            [this](int added, int skipped, const QStringList &errors) {
                for (const QString &error : errors)
                    Cli::fail(*m_err, error);
                *m_out << "imported " << added << " subscriptions, " << skipped << " already subscribed"
                       << Qt::endl;
                connect(m_cache, &CacheStore::synced, this,
                    [this, errors, added] { done(errors.isEmpty() || added ? 0 : 1); });
                m_cache->sync();
            });
        m_book->importOpml(file.read(16 * 1024 * 1024 + 1));
    }
}

} // namespace Threadkeeper
