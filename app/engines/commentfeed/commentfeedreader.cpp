// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentfeedreader.h"

#include "engines/postbody.h"
#include "engines/simplebodyreader.h"
#include "html/htmldocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDomElement>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <Syndication/Atom/Document>
#include <Syndication/Atom/Entry>
#include <Syndication/Atom/Link>
#include <Syndication/DocumentSource>
#include <Syndication/Feed>
#include <Syndication/Item>
#include <Syndication/Person>
#include <Syndication/SpecificDocument>
#include <Syndication/SpecificItem>
#include <Syndication/Syndication>

#include <algorithm>

namespace Threadkeeper {

namespace {

const QString ThreadNamespace = QStringLiteral("http://purl.org/syndication/thread/1.0");

// Why the XML must not reach the DOM: too deep (the DOM and its readers recurse) or not
// well-formed. QXmlStreamReader reads without recursing, in time linear in the bytes.
QString structureProblem(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    int depth = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (++depth > CommentFeedReader::MaxDepth)
                return QCoreApplication::translate("ForumEngine", "the feed is nested too deeply");
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return QCoreApplication::translate("ForumEngine", "the feed is not well-formed XML (line %1: %2)")
            .arg(reader.lineNumber())
            .arg(reader.errorString());
    return {};
}

QString plainText(const QString &html, qsizetype limit)
{
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&')))
        return normalizedText(html.left(limit));
    const HtmlDocument doc(html.left(limit).toUtf8());
    return doc.isValid() ? normalizedText(doc.body().textContent()) : normalizedText(html.left(limit));
}

QUrl webUrl(const QString &text, const QUrl &base)
{
    if (text.isEmpty() || text.size() > PostBodyReader::MaxUrl)
        return {};
    const QUrl url = base.resolved(QUrl(text.trimmed()));
    return url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http") ? url : QUrl();
}

// The post page a comment link lands on: without its anchor and without WordPress's
// comment-page-N/ part, so that every comment of one post gives the same page.
QString pageOf(const QUrl &link)
{
    static const QRegularExpression commentPage(QStringLiteral("/comment-page-[0-9]+/?$"));
    QUrl page = link.adjusted(QUrl::RemoveFragment);
    QUrlQuery query(page);
    query.removeAllQueryItems(QStringLiteral("showComment")); // Blogger's comment links
    page.setQuery(query);
    QString path = page.path();
    path.remove(commentPage);
    if (!path.endsWith(QLatin1Char('/')))
        path.append(QLatin1Char('/'));
    page.setPath(path);
    return page.toString(QUrl::RemoveScheme);
}

// The comment's number where the link or id gives it: WordPress's #comment-N, Blogger's
// #cN and "tag:blogger.com,1999:blog-B.post-N".
QString commentNumber(const QUrl &link, const QString &id)
{
    static const QRegularExpression anchor(QStringLiteral("^(?:comment-|c)([0-9]{1,20})$"));
    static const QRegularExpression blogger(QStringLiteral("\\.post-([0-9]{1,25})$"));
    if (const QRegularExpressionMatch m = anchor.match(link.fragment()); m.hasMatch())
        return m.captured(1);
    if (const QRegularExpressionMatch m = blogger.match(id); m.hasMatch())
        return m.captured(1);
    return {};
}

// A stable id for a comment that has no number: its feed id, hashed when long.
QString stableId(const QString &id)
{
    if (!id.isEmpty() && id.size() <= 100)
        return id;
    return QString::fromLatin1(
        QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).toHex().left(24));
}

QString titleOfCommented(const QString &channelTitle)
{
    QString title = plainText(channelTitle, 4096);
    // WordPress: "Comments on: X"; Blogger: "Comments on BLOG: X".
    if (title.startsWith(QLatin1String("Comments on"), Qt::CaseInsensitive)) {
        const qsizetype colon = title.indexOf(QLatin1String(": "));
        if (colon > 0)
            return title.mid(colon + 2).trimmed();
    }
    return title;
}

struct Entry
{
    Post post;
    QStringList keys; // what other entries may call it by: its id, its links
    QStringList parentKeys; // what it names as what it replies to, most precise first
    bool inReplyTo = false;
    QString page; // pageOf(its link)
    qsizetype order = 0;
};

Entry readItem(const Syndication::ItemPtr &item, const QUrl &base, qsizetype order)
{
    Entry entry;
    entry.order = order;
    const QUrl link = webUrl(item->link(), base);
    const QString feedId = item->id().left(4096);
    entry.page = link.isEmpty() ? QString() : pageOf(link);
    QString number = commentNumber(link, feedId);
    entry.post.id = number.isEmpty() ? stableId(feedId) : number;
    if (entry.post.id == CommentFeedReader::ArticleId)
        entry.post.id.prepend(QLatin1String("c-"));
    entry.keys << feedId;
    if (!link.isEmpty())
        entry.keys << link.toString();

    const QList<Syndication::PersonPtr> authors = item->authors();
    if (!authors.isEmpty())
        entry.post.author = plainText(authors.first()->name(), 400);
    if (entry.post.author.isEmpty()) {
        // WordPress's item titles: "By: NAME".
        const QString title = plainText(item->title(), 400);
        if (title.startsWith(QLatin1String("By: ")))
            entry.post.author = title.mid(4);
    }
    const time_t published = item->datePublished() > 0 ? item->datePublished() : item->dateUpdated();
    if (published > 0)
        entry.post.date = QDateTime::fromSecsSinceEpoch(qint64(published), QTimeZone::UTC);

    QString html = item->content();
    if (html.trimmed().isEmpty())
        html = item->description();
    entry.post.body = SimpleBodyReader::readFragment(
        html.left(CommentFeedReader::MaxCommentHtml), link.isEmpty() ? base : link);
    fillTextAndQuotes(&entry.post);

    // RFC 4685: <thr:in-reply-to ref="…" href="…"/>.
    const QMultiMap<QString, QDomElement> extra = item->additionalProperties();
    const QList<QDomElement> replies = extra.values(ThreadNamespace + QLatin1String("in-reply-to"));
    for (qsizetype i = 0; i < replies.size() && i < 8; ++i) {
        entry.inReplyTo = true;
        entry.parentKeys << replies[i].attribute(QStringLiteral("ref")).left(4096);
        if (const QUrl href = webUrl(replies[i].attribute(QStringLiteral("href")), base); !href.isEmpty())
            entry.parentKeys << href.toString();
    }
    // Atom entries: their self links are what Blogger's rel="related" names as the parent.
    const Syndication::SpecificItemPtr specific = item->specificItem(); // the cast below borrows it
    if (const auto *atom = dynamic_cast<const Syndication::Atom::Entry *>(specific.data())) {
        const QList<Syndication::Atom::Link> links = atom->links();
        for (qsizetype i = 0; i < links.size() && i < 32; ++i) {
            const QUrl href = webUrl(links[i].href(), base);
            if (href.isEmpty())
                continue;
            if (links[i].rel() == QLatin1String("self"))
                entry.keys << href.toString();
            else if (links[i].rel() == QLatin1String("related"))
                entry.parentKeys.prepend(href.toString()); // names the comment, not the post
        }
    }
    return entry;
}

} // namespace

bool CommentFeedReader::looksLikeFeed(const QByteArray &body)
{
    // The root element within the first few kilobytes: <rss, <feed, <rdf:RDF.
    const QByteArray head = body.left(4096);
    return head.contains("<rss") || head.contains("<feed") || head.contains(":RDF");
}

std::optional<CommentFeedPage> CommentFeedReader::read(const QByteArray &xml, const QUrl &url, QString *error)
{
    if (xml.size() > MaxBytes) {
        *error
            = QCoreApplication::translate("ForumEngine", "the feed is larger than %1 MB").arg(MaxBytes >> 20);
        return std::nullopt;
    }
    if (const QString problem = structureProblem(xml); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const Syndication::FeedPtr feed = Syndication::parse(Syndication::DocumentSource(xml, url.toString()));
    if (!feed) {
        *error = QCoreApplication::translate("ForumEngine", "not an RSS or Atom feed");
        return std::nullopt;
    }
    CommentFeedPage page;
    page.title = titleOfCommented(feed->title());
    page.titled = feed->title().trimmed().startsWith(QLatin1String("Comments on: "));
    page.postLink = webUrl(feed->link(), url);
    const Syndication::SpecificDocumentPtr document = feed->specificDocument(); // the cast borrows it
    if (const auto *atom = dynamic_cast<const Syndication::Atom::FeedDocument *>(document.data())) {
        for (const Syndication::Atom::Link &link : atom->links()) {
            if (link.rel() == QLatin1String("next")) {
                page.next = webUrl(link.href(), url);
                break;
            }
        }
    }

    const QList<Syndication::ItemPtr> items = feed->items();
    QList<Entry> entries;
    entries.reserve(std::min<qsizetype>(items.size(), MaxComments));
    for (qsizetype i = 0; i < items.size() && i < MaxComments; ++i)
        entries.append(readItem(items[i], url, i));
    // Oldest first (WordPress lists newest first), so that a parent comes before its replies.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.post.date.isValid() && b.post.date.isValid() && a.post.date != b.post.date)
            return a.post.date < b.post.date;
        return false;
    });

    // Each key names the earliest entry that has it; a parent must come earlier.
    QHash<QString, qsizetype> byKey;
    QSet<QString> ids;
    QSet<QString> allIds; // every comment of this page: a parent named here must come earlier
    QStringList idAt; // each entry's id, kept while the posts move out
    for (const Entry &e : std::as_const(entries)) {
        allIds.insert(e.post.id);
        idAt.append(e.post.id);
    }
    const QString postPage = page.postLink.isEmpty() ? QString() : pageOf(page.postLink);
    page.commentLinks = !entries.isEmpty() && !postPage.isEmpty();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        Entry &e = entries[i];
        page.threaded = page.threaded || e.inReplyTo;
        page.commentLinks = page.commentLinks && e.page == postPage
            && !commentNumber(QUrl(e.keys.value(1)), QString()).isEmpty();
        if (ids.contains(e.post.id)) // a duplicate id: the same comment twice
            continue;
        ids.insert(e.post.id);
        e.post.parentId = ArticleId;
        for (const QString &key : std::as_const(e.parentKeys)) {
            if (const auto it = byKey.constFind(key); !key.isEmpty() && it != byKey.cend()) {
                e.post.parentId = idAt[*it];
                break;
            }
            // Blogger's rel="related" names the parent comment by number at its end: one
            // on an earlier page of the feed is still its parent.
            static const QRegularExpression related(QStringLiteral("/comments/default/([0-9]{1,25})$"));
            if (const QRegularExpressionMatch m = related.match(key);
                m.hasMatch() && m.captured(1) != e.post.id && !allIds.contains(m.captured(1))) {
                e.post.parentId = m.captured(1);
                break;
            }
        }
        for (const QString &key : std::as_const(e.keys)) {
            if (!key.isEmpty() && !byKey.contains(key))
                byKey.insert(key, i);
        }
        e.post.position = int(page.comments.size()) + 1;
        page.comments.append(std::move(e.post));
    }
    return page;
}

bool CommentFeedReader::isCommentFeed(const CommentFeedPage &page)
{
    // An English WordPress comment feed with no comments yet has only its title to say so.
    return page.threaded || page.commentLinks || (page.titled && page.comments.isEmpty());
}

} // namespace Threadkeeper
