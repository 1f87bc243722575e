// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedcommand.h"

#include "cli/cliutil.h"
#include "domain/feed.h"
#include "feeds/listingsource.h"
#include "net/networkfactory.h"
#include "services/listingloader.h"
#include "store/cachedatabase.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

namespace Threadkeeper {

QByteArray feedItemJsonLine(const FeedItem &item)
{
    const auto stringOrNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    const QJsonObject object {
        {QStringLiteral("title"), item.title},
        {QStringLiteral("link"), stringOrNull(item.link.toString())},
        {QStringLiteral("date"),
            item.date.isValid() ? QJsonValue(item.date.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("author"), stringOrNull(item.author)},
        {QStringLiteral("comments"), item.comments ? QJsonValue(*item.comments) : QJsonValue()},
        {QStringLiteral("discussion"), stringOrNull(item.discussion.toString())},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

FeedCommand::FeedCommand(QTextStream *out, QTextStream *err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{ }

void FeedCommand::fail(const QString &message, int code)
{
    Cli::fail(*m_err, message);
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

bool FeedCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the items of a feed, forum section or front page, one JSON object a line."));
    const QCommandLineOption cache(QStringLiteral("cache"), tr("The cache file."), tr("file"));
    const QCommandLineOption offline(
        QStringLiteral("offline"), tr("Print a subscription's items as last read, from the cache alone."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Per-request timeout in seconds."),
        tr("seconds"), QStringLiteral("30"));
    parser.addOptions({cache, offline, timeout});
    parser.addPositionalArgument(
        QStringLiteral("url"), tr("The feed's address, or a page that offers feeds."));
    if (const int code = Cli::parse(parser, QStringLiteral("threadkeeper feed"), arguments, *m_out, *m_err);
        code >= 0) {
        QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
        return code == 0;
    }
    if (parser.positionalArguments().size() != 1) {
        fail(tr("feed takes exactly one URL"), 2);
        return false;
    }
    const QUrl url = QUrl::fromUserInput(parser.positionalArguments().constFirst());
    if (parser.isSet(offline))
        return printCached(url, parser.isSet(cache) ? parser.value(cache) : CacheDatabase::defaultPath());
    m_network = createNetworkManager(this);
    m_loader = new ListingLoader(m_network, this);
    connect(m_loader, &ListingLoader::finished, this,
        [this](quint64, const ListingResult &result) { print(result); });
    ListingLoader::Options options;
    options.followOffered = true; // a site's page: its first feed
    options.timeoutMs = std::max(1, parser.value(timeout).toInt()) * 1000;
    m_loader->load(url, options);
    return true;
}

bool FeedCommand::printCached(const QUrl &url, const QString &cachePath)
{
    CacheDatabase db;
    QString error;
    if (!db.open(cachePath, &error)) {
        fail(error);
        return false;
    }
    // The address as given, or the listing's own (a section's page 2 is its page 1).
    QUrl canonical;
    const QList<QUrl> forms
        = listingSourceForUrl(url, &canonical) ? QList<QUrl> {url, canonical} : QList<QUrl> {url};
    for (const Subscription &s : db.subscriptions().subscriptions()) {
        if (!forms.contains(s.url))
            continue;
        QByteArray lines;
        for (const FeedItem &item : db.subscriptions().listing(s.id, 100000)) {
            lines += feedItemJsonLine(item);
            lines += '\n';
        }
        *m_out << QString::fromUtf8(lines);
        m_out->flush();
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(0); });
        return true;
    }
    fail(tr("%1 is not subscribed in %2: nothing of it is cached (threadkeeper subscriptions add URL)")
             .arg(url.toString(), cachePath));
    return false;
}

void FeedCommand::print(const ListingResult &result)
{
    if (!result.ok()) {
        fail(result.error);
        return;
    }
    QByteArray lines;
    for (const FeedItem &item : result.page.items) {
        lines += feedItemJsonLine(item);
        lines += '\n';
    }
    *m_out << QString::fromUtf8(lines);
    m_out->flush();
    if (!result.failedPages.isEmpty()) {
        QStringList pages;
        for (auto it = result.failedPages.cbegin(); it != result.failedPages.cend(); ++it)
            pages.append(tr("page %1: %2").arg(it.key()).arg(it.value()));
        fail(tr("incomplete: %1").arg(pages.join(QStringLiteral("; "))), 3);
        return;
    }
    Q_EMIT finished(0);
}

} // namespace Threadkeeper
