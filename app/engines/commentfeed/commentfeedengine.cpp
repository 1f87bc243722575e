// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentfeedengine.h"

#include "engines/commentfeed/commentfeedreader.h"
#include "engines/postbody.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QXmlStreamReader>

namespace Threadkeeper {

namespace {

const QByteArray PageKey = "page";

bool isWeb(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

QUrl withoutFragment(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

// WordPress's ?p=ID&feed=rss2 (or comments-rss2): the plain-permalink comment feed.
QString plainFeedPostId(const QUrl &url)
{
    static const QRegularExpression number(QStringLiteral("^[1-9][0-9]{0,18}$"));
    const QUrlQuery query(url);
    const QString feed = query.queryItemValue(QStringLiteral("feed"));
    const QString id = query.queryItemValue(QStringLiteral("p"));
    const bool rss = feed == QLatin1String("rss2") || feed == QLatin1String("comments-rss2")
        || feed == QLatin1String("atom") || feed == QLatin1String("comments-atom");
    return rss && number.match(id).hasMatch() ? id : QString();
}

} // namespace

QString CommentFeedEngine::displayName() const
{
    return QCoreApplication::translate("ForumEngine", "Comment feed");
}

bool CommentFeedEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    if (!isWeb(url))
        return false;
    // A post's comment feed only where its shape says so: a dated permalink's /feed/,
    // never a bare /slug/feed/ (a category, a tag, a page or the site may own that one).
    static const QRegularExpression dated(
        QStringLiteral("/(?:19|20)[0-9]{2}/[01][0-9]/(?:[0-3][0-9]/)?[^/]{1,400}/feed/?$"));
    static const QRegularExpression blogger(QStringLiteral("^/feeds/[0-9]{1,25}/comments/default/?$"));
    const QString path = url.path();
    QUrl canonical = withoutFragment(url);
    if (dated.match(path).hasMatch()) {
        canonical.setQuery(QString());
        if (!path.endsWith(QLatin1Char('/')))
            canonical.setPath(path + QLatin1Char('/'));
    } else if (blogger.match(path).hasMatch()) {
        canonical.setQuery(QString());
    } else if (const QString id = plainFeedPostId(url); !id.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("p"), id);
        query.addQueryItem(QStringLiteral("feed"), QUrlQuery(url).queryItemValue(QStringLiteral("feed")));
        canonical.setQuery(query);
    } else {
        return false;
    }
    if (ref) {
        *ref = ThreadRef {};
        ref->canonical = canonical;
    }
    return true;
}

bool CommentFeedEngine::recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const
{
    if (!isWeb(url) || !CommentFeedReader::looksLikeFeed(html))
        return false;
    QString error;
    const std::optional<CommentFeedPage> page = CommentFeedReader::read(html, url, &error);
    if (!page || !CommentFeedReader::isCommentFeed(*page))
        return false;
    if (ref) {
        *ref = ThreadRef {};
        ref->canonical = withoutFragment(url);
    }
    return true;
}

QUrl CommentFeedEngine::postUrl(const QUrl &canonical, const QString &postId) const
{
    // Where the feed's address says which page holds the comments; otherwise the feed.
    QUrl page = canonical;
    if (const QString id = plainFeedPostId(canonical); !id.isEmpty()) {
        page.setQuery(QStringLiteral("p=") + id);
    } else if (canonical.path().endsWith(QLatin1String("/feed/"))) {
        page.setPath(canonical.path().chopped(5));
    } else {
        return canonical;
    }
    static const QRegularExpression number(QStringLiteral("^[0-9]{1,20}$"));
    if (postId != CommentFeedReader::ArticleId && number.match(postId).hasMatch())
        page.setFragment(QStringLiteral("comment-") + postId);
    return page;
}

QList<EngineRequest> CommentFeedEngine::firstRequests(const ThreadRef &ref, const QUrl &) const
{
    return {EngineRequest {ref.canonical, EngineRequest::Format::Xml, 1, PageKey}};
}

EngineAnswer CommentFeedEngine::readAnswer(
    const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const
{
    EngineAnswer answer;
    QString error;
    std::optional<CommentFeedPage> page = CommentFeedReader::read(body, context.finalUrl, &error);
    if (!page) {
        answer.error = error;
        return answer;
    }
    const int unit = std::clamp(request.unit, 1, MaxPages);
    if (unit == 1) {
        if (!CommentFeedReader::isCommentFeed(*page)) {
            answer.error = QCoreApplication::translate(
                "ForumEngine", "a feed of articles, not of one post's comments");
            return answer;
        }
        ThreadFacts facts;
        facts.title = page->title.isEmpty() ? QCoreApplication::translate("ForumEngine", "Comments")
                                            : page->title.left(1000);
        facts.unitCount = page->next.isEmpty() ? 1 : 2;
        answer.facts = facts;
        // The commented post: what the feed tells of it, its title and a link to it.
        Post article;
        article.id = CommentFeedReader::ArticleId;
        article.page = 1;
        if (!page->postLink.isEmpty()) {
            const QString link = page->postLink.toString();
            Block linkBlock;
            linkBlock.text = link;
            linkBlock.spans.append(Span {0, int(link.size()), 0, link});
            article.body.append(linkBlock);
        }
        fillTextAndQuotes(&article);
        answer.posts.append(article);
    }
    // Positions page-major, after the article.
    for (Post &comment : page->comments) {
        comment.page = unit;
        comment.position += (unit - 1) * CommentFeedReader::MaxComments;
        answer.posts.append(std::move(comment));
    }
    if (!page->next.isEmpty() && unit < MaxPages && page->next.host() == context.thread.host())
        answer.next.append(EngineRequest {page->next, EngineRequest::Format::Xml, unit + 1, PageKey});
    return answer;
}

QString CommentFeedEngine::incompleteReason(const EngineRequest &, const QByteArray &body) const
{
    // Cut short on the way: the document ends before its root closes. Anything else that
    // does not parse is not a feed, which readAnswer says.
    QXmlStreamReader reader(body);
    while (!reader.atEnd())
        reader.readNext();
    return reader.error() == QXmlStreamReader::PrematureEndOfDocumentError
        ? QCoreApplication::translate("ForumEngine", "the feed ends early (line %1)").arg(reader.lineNumber())
        : QString();
}

} // namespace Threadkeeper
