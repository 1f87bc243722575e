// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "refreshcommand.h"

#include "cli/cliutil.h"
#include "engines/forumengine.h"
#include "services/readerservices.h"
#include "services/threadrefresher.h"
#include "store/cachestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

namespace Threadkeeper {

RefreshCommand::RefreshCommand(QTextStream *out, QTextStream *err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{ }

void RefreshCommand::fail(const QString &message, int code)
{
    Cli::fail(*m_err, message);
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

bool RefreshCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Refresh cached threads as F5 does (only what can have changed) and print one JSON line a "
           "thread with its new posts."));
    const QCommandLineOption cache(QStringLiteral("cache"), tr("The cache file."), tr("file"));
    const QCommandLineOption watched(QStringLiteral("watched"), tr("Refresh every watched thread."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Per-request timeout in seconds."),
        tr("seconds"), QStringLiteral("30"));
    parser.addOptions({cache, watched, timeout});
    parser.addPositionalArgument(QStringLiteral("urls"), tr("Cached threads' URLs."), tr("[url...]"));
    if (const int code
        = Cli::parse(parser, QStringLiteral("threadkeeper refresh"), arguments, *m_out, *m_err);
        code >= 0) {
        QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
        return code == 0;
    }
    const QStringList urls = parser.positionalArguments();
    if (urls.isEmpty() == !parser.isSet(watched)) {
        fail(tr("refresh takes thread URLs or --watched, one of the two"), 2);
        return false;
    }
    const ReaderServices services = createReaderServices(
        parser.isSet(cache) ? parser.value(cache) : CacheDatabase::defaultPath(), this);
    m_store = services.store;
    m_refresher = services.refresher;
    m_refresher->setTimeout(std::max(1, parser.value(timeout).toInt()) * 1000);
    connect(m_store, &CacheStore::opened, this, [this](bool ok, const QString &error) {
        if (!ok) {
            m_queue.clear();
            m_refresher->cancel();
            fail(error);
        }
    });
    connect(m_refresher, &ThreadRefresher::finished, this, [this](const RefreshOutcome &outcome) {
        print(outcome);
        next();
    });
    if (parser.isSet(watched)) {
        connect(m_store, &CacheStore::watchedListed, this, [this](const QList<ThreadSummary> &threads) {
            for (const ThreadSummary &t : threads)
                m_queue.append(t.info.url);
            next();
        });
        m_store->listWatched();
        return true;
    }
    // Addresses as the cache keys them: any page or post link of a thread is that thread.
    for (const QString &typed : urls) {
        const QUrl url = QUrl::fromUserInput(typed);
        ThreadRef ref;
        m_queue.append(engineForUrl(url, &ref) ? ref.canonical.toString() : url.toString());
    }
    QTimer::singleShot(0, this, &RefreshCommand::next);
    return true;
}

void RefreshCommand::next()
{
    while (!m_queue.isEmpty()) {
        const QString url = m_queue.takeFirst();
        QString error;
        if (m_refresher->refresh(url, &error))
            return; // finished() goes on
        RefreshOutcome refused;
        refused.url = url;
        refused.error = error;
        print(refused);
    }
    // Every write is in the cache before the process ends.
    connect(
        m_store, &CacheStore::synced, this, [this] { Q_EMIT finished(m_failed ? 3 : 0); },
        Qt::SingleShotConnection);
    m_store->sync();
}

void RefreshCommand::print(const RefreshOutcome &outcome)
{
    QString error = outcome.error;
    if (error.isEmpty() && outcome.cancelled)
        error = tr("cancelled");
    for (auto it = outcome.failedParts.cbegin(); it != outcome.failedParts.cend(); ++it)
        error += (error.isEmpty() ? QString() : QStringLiteral("; "))
            + tr("part %1: %2").arg(it.key()).arg(it.value());
    m_failed = m_failed || !error.isEmpty();
    const QJsonObject line {{QStringLiteral("url"), outcome.url},
        {QStringLiteral("title"), outcome.title.isEmpty() ? QJsonValue() : QJsonValue(outcome.title)},
        {QStringLiteral("new"), outcome.newPosts},
        {QStringLiteral("authors"), QJsonArray::fromStringList(outcome.newAuthors)},
        {QStringLiteral("requests"), outcome.requests}, {QStringLiteral("notModified"), outcome.notModified},
        {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)}};
    *m_out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    m_out->flush();
}

} // namespace Threadkeeper
