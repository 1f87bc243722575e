// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vanillaengine.h"

#include "engines/forumtext.h"
#include "engines/postbody.h"
#include "html/htmldocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

constexpr int MaxPostsPerPage = 1000; // Vanilla.Comments.PerPage is 30 by default, 100 at most

// What a Vanilla address names, read from its path, or from index.php?p=/… on a site
// without pretty URLs.
struct Route
{
    QString prefix; // the forum's folder before /discussion ("/en")
    QString discussion; // N of /discussion/N
    QString comment; // K of /discussion/comment/K
    int page = 1;
    bool inQuery = false;
};

Route routeOf(const QUrl &url)
{
    Route route;
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return route;
    QString path = url.path();
    if (path.endsWith(QLatin1String("/index.php")) || path == QLatin1String("index.php")) {
        path = QUrlQuery(url).queryItemValue(QStringLiteral("p"), QUrl::FullyDecoded);
        route.inQuery = true;
    }
    if (path.size() > 2048)
        return route;
    static const QRegularExpression comment(QStringLiteral("^(.*?)/discussion/comment/(\\d{1,18})/?$"));
    static const QRegularExpression discussion(
        QStringLiteral("^(.*?)/discussion/(\\d{1,18})(?:/[^/]*)?(?:/p(\\d{1,7}))?/?$"));
    if (const QRegularExpressionMatch m = comment.match(path); m.hasMatch()) {
        route.prefix = m.captured(1);
        route.comment = QString::number(m.captured(2).toLongLong());
    } else if (const QRegularExpressionMatch d = discussion.match(path); d.hasMatch()) {
        route.prefix = d.captured(1);
        route.discussion = QString::number(d.captured(2).toLongLong());
        route.page = std::clamp(d.captured(3).toInt(), 1, PagedHtmlEngine::MaxPages);
    }
    return route;
}

QUrl discussionUrl(const QUrl &url, const Route &route)
{
    const QString path = route.prefix + QStringLiteral("/discussion/") + route.discussion;
    QUrl canonical = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (route.inQuery)
        canonical.setQuery(QStringLiteral("p=") + path);
    else
        canonical.setPath(path);
    return canonical;
}

// The comment "#Comment_K" names, or empty.
QString commentAnchor(const QUrl &url)
{
    static const QRegularExpression anchor(QStringLiteral("^Comment_(\\d{1,18})$"));
    const QRegularExpressionMatch m = anchor.match(url.fragment());
    return m.hasMatch() ? QString::number(m.captured(1).toLongLong()) : QString();
}

// The post a link names: a comment (/discussion/comment/K) or the discussion's own post
// (/discussion/N, "dN").
QString postOfLink(const QUrl &base, const QString &href)
{
    if (href.isEmpty() || href.size() > 4096)
        return {};
    const QUrl url = base.resolved(QUrl(href.trimmed()));
    const Route route = routeOf(url);
    if (!route.comment.isEmpty())
        return route.comment;
    if (!route.discussion.isEmpty())
        return commentAnchor(url).isEmpty() ? QStringLiteral("d") + route.discussion : commentAnchor(url);
    return {};
}

bool isAttribution(HtmlNode n)
{
    return n.hasClass("QuoteAuthor") || n.hasClass("embedQuote-header") || n.hasClass("embedText-header");
}

// The first element child, if it holds the attribution "Name wrote:" (the Quotes plugin
// writes it into the first div.blockquote-content, older versions into div.QuoteAuthor;
// the rich editor's embed into a header).
HtmlNode attributionOf(HtmlNode quote)
{
    for (HtmlNode c = quote.firstChild(); c; c = c.next()) {
        if (!c.isElement())
            continue;
        if (isAttribution(c))
            return c;
        if (c.hasClass("blockquote-content") && c.next()) {
            static const QRegularExpression said(QStringLiteral(":\\s*(?:»)?\\s*$"));
            if (c.findFirst([](HtmlNode a) { return a.hasClass("QuoteLink"); })
                || said.match(shortText(c, 300)).hasMatch())
                return c;
        }
        return {};
    }
    return {};
}

class VanillaBodyReader final : public PostBodyReader
{
public:
    explicit VanillaBodyReader(HtmlNode attribution = {})
        : m_attribution(attribution)
    { }

protected:
    Element classify(HtmlNode n) const override
    {
        if (m_attribution && n == m_attribution)
            return Element::Skip;
        // The rich editor's quote embed, around its blockquote.
        if (n.hasClass("embedQuote") || (n.hasClass("js-embed") && n.findFirstWithClass("embedQuote-body")))
            return Element::Quote;
        return PostBodyReader::classify(n);
    }
    Block readQuote(HtmlNode n, int depth) override
    {
        Block quote;
        quote.kind = Block::Kind::Quote;
        HtmlNode content = n;
        HtmlNode attribution;
        if (!n.is("blockquote")) {
            // Vanilla 3's quote embed: a header (the poster, a link to the quoted post)
            // and the quoted words in an excerpt, or a blockquote holding both.
            attribution = n.findFirst(isAttribution);
            if (const HtmlNode excerpt = n.findFirstWithClass("embedQuote-excerpt"))
                content = excerpt;
            else if (const HtmlNode inner = n.findFirstTag("blockquote"))
                content = inner;
        } else {
            attribution = attributionOf(content);
        }
        if (attribution) {
            // The name: the profile link's text or the embed's userName, else the words
            // before "wrote:" / "said:" in the board's language.
            HtmlNode name = attribution.findFirstWithClass("embedQuote-userName");
            if (!name)
                name = attribution.findFirst([](HtmlNode a) {
                    return a.is("a") && a.attributeString("href").contains(QLatin1String("/profile/"))
                        && !shortText(a, 10).isEmpty(); // not the picture's link
                });
            if (name)
                quote.quoteAuthor = shortText(name, 200);
            else
                quote.quoteAuthor
                    = nameBeforeLastWord(shortText(attribution, 300).remove(QChar(0xbb))).left(200);
            attribution.walk([&](HtmlNode a) {
                if (a.isElement() && a.is("a") && quote.quoteSource.isEmpty())
                    quote.quoteSource = postOfLink(baseUrl(), a.attributeString("href"));
                return HtmlNode::Walk::Descend;
            });
        } else if (const QString rel = content.attributeString("rel").simplified(); !rel.isEmpty()) {
            // HTML-format posts: <blockquote class="Quote" rel="Name">.
            quote.quoteAuthor = rel.left(200);
        }
        VanillaBodyReader inner(attribution);
        inner.setBaseUrl(baseUrl());
        quote.children = inner.read(content, depth + 1);
        return quote;
    }

private:
    HtmlNode m_attribution;
};

QDateTime dateOf(HtmlNode item)
{
    // <span class="MItem DateCreated"><a class="Permalink"><time title="…" datetime="…">.
    const HtmlNode created = item.findFirstWithClass("DateCreated");
    const HtmlNode time = (created ? created : item).findFirst([](HtmlNode n) {
        return n.is("time") && n.hasAttribute("datetime");
    });
    return time ? dateFromIso(time.attributeString("datetime")) : QDateTime();
}

// Vanilla names each item's permalink "Item_N", N counting comments through the discussion.
int numberOf(HtmlNode item)
{
    const HtmlNode link = item.findFirst(
        [](HtmlNode n) { return n.is("a") && n.hasClass("Permalink") && n.hasAttribute("name"); });
    static const QRegularExpression name(QStringLiteral("^Item_(\\d{1,7})$"));
    const QRegularExpressionMatch m = name.match(link ? link.attributeString("name") : QString());
    return m.hasMatch() ? m.captured(1).toInt() + 1 : 0;
}

Post readItem(HtmlNode item, const QString &id, const QUrl &base)
{
    Post post;
    post.id = id;
    if (const HtmlNode author
        = item.findFirst([](HtmlNode n) { return n.is("a") && n.hasClass("Username"); }))
        post.author = shortText(author, 200);
    post.date = dateOf(item);
    post.number = numberOf(item);
    if (const HtmlNode photo
        = item.findFirst([](HtmlNode n) { return n.is("img") && n.hasClass("ProfilePhoto"); }))
        post.avatarUrl = pictureUrl(photo, base);
    VanillaBodyReader reader;
    reader.setBaseUrl(base);
    post.body = reader.read(item.findFirst([](HtmlNode n) {
        return n.is("div") && n.hasClass("Message") && !n.hasClass("Signature");
    }),
        0);
    fillTextAndQuotes(&post);
    return post;
}

bool isDiscussionItem(HtmlNode n)
{
    static const QRegularExpression id(QStringLiteral("^Discussion_\\d{1,18}$"));
    return n.hasClass("ItemDiscussion") && id.match(n.attributeString("id")).hasMatch()
        && n.findFirst([](HtmlNode m) { return m.is("div") && m.hasClass("Message"); });
}

bool isCommentItem(HtmlNode n)
{
    static const QRegularExpression id(QStringLiteral("^Comment_\\d{1,18}$"));
    return n.hasClass("ItemComment") && id.match(n.attributeString("id")).hasMatch();
}

// "« 1 2 3 … 24 »": the current page is the highlighted one, the count the highest.
void readPager(HtmlNode body, ParsedPage *page)
{
    int current = 0, count = 0, seen = 0;
    body.forEachMatch([](HtmlNode n) { return n.hasClass("Pager"); },
        [&](HtmlNode pager) {
            pager.walk([&](HtmlNode n) {
                if (!n.isElement())
                    return HtmlNode::Walk::Descend;
                if (++seen > 2000)
                    return HtmlNode::Walk::Stop;
                static const QRegularExpression number(QStringLiteral("^\\d{1,7}$"));
                const QString text = shortText(n, 20);
                if (!number.match(text).hasMatch())
                    return HtmlNode::Walk::Descend;
                const int label = text.toInt();
                count = std::max(count, label);
                if (n.hasClass("Highlight") || n.attribute("aria-current") == QByteArrayView("page"))
                    current = label;
                return HtmlNode::Walk::Skip;
            });
        });
    if (current > 0)
        page->page = current;
    page->pageCount = std::max({count, page->page, 1});
}

QString titleOf(HtmlNode document, HtmlNode body)
{
    if (const HtmlNode h1
        = body.findFirst([](HtmlNode n) { return n.is("h1") && n.parent().hasClass("PageTitle"); }))
        return shortText(h1, 500);
    // "Title — Site" as Vanilla writes <title>.
    QString title = shortText(document.findFirstTag("title"), 500);
    if (const qsizetype at = title.lastIndexOf(QStringLiteral(" — ")); at > 0)
        title = title.left(at);
    return title;
}

// The discussion's own address: where the page's links to discussion N go (a forum in a
// folder, routes of its own), else /discussion/N on the page's host.
QUrl canonicalOf(HtmlNode document, const QUrl &base, const QString &discussion)
{
    QUrl found;
    int seen = 0;
    document.walk([&](HtmlNode n) {
        if (++seen > 30000)
            return HtmlNode::Walk::Stop;
        if (n.isElement() && (n.is("a") || n.is("link"))) {
            const QString href = n.attributeString("href");
            if (href.size() < 4096) {
                const QUrl url = base.resolved(QUrl(href));
                const Route route = routeOf(url);
                if (route.discussion == discussion && url.host() == base.host()) {
                    found = discussionUrl(url, route);
                    return HtmlNode::Walk::Stop;
                }
            }
        }
        return HtmlNode::Walk::Descend;
    });
    if (found.isEmpty()) {
        Route route;
        route.discussion = discussion;
        found = discussionUrl(base.adjusted(QUrl::RemovePath), route);
    }
    return found;
}

// Which discussion the page shows: its own item's id, else the comment form's hidden
// DiscussionID.
QString discussionOf(HtmlNode body)
{
    if (const HtmlNode item = body.findFirst(isDiscussionItem))
        return QString::number(item.attributeString("id").mid(11).toLongLong());
    const HtmlNode field = body.findFirst([](HtmlNode n) {
        const QString id = n.attributeString("id");
        return n.is("input") && (id.compare(QLatin1String("Form_DiscussionID"), Qt::CaseInsensitive) == 0);
    });
    static const QRegularExpression digits(QStringLiteral("^\\d{1,18}$"));
    const QString value = field ? field.attributeString("value").trimmed() : QString();
    return digits.match(value).hasMatch() ? QString::number(value.toLongLong()) : QString();
}

} // namespace

bool VanillaEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    const Route route = routeOf(url);
    if (route.discussion.isEmpty())
        return false;
    ThreadRef result;
    result.canonical = discussionUrl(url, route);
    result.page = route.page;
    result.postId = commentAnchor(url);
    if (ref)
        *ref = result;
    return true;
}

QString VanillaEngine::postLinkId(const QUrl &url) const
{
    return routeOf(url).comment;
}

bool VanillaEngine::recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const
{
    // <body id="vanilla_discussion_index" class="Vanilla Discussion …"> in every theme
    // built on Vanilla's master views; the gdn scripts where a theme renames the body.
    static const QRegularExpression marker(
        QStringLiteral("<body[^>]*\\sid\\s*=\\s*[\"']?vanilla_discussion_|\\bgdn\\.meta\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (!marker.match(QString::fromUtf8(html.left(512 * 1024))).hasMatch())
        return false;
    const ParsedPage page = parsePage(html, url);
    ThreadRef found;
    if (!page.error.isEmpty() || !parseUrl(page.canonical, &found))
        return false;
    found.page = page.page;
    found.postId = routeOf(url).comment.isEmpty() ? commentAnchor(url) : routeOf(url).comment;
    if (ref)
        *ref = found;
    return true;
}

QUrl VanillaEngine::pageUrl(const QUrl &canonical, int page) const
{
    if (page <= 1)
        return canonical;
    const Route route = routeOf(canonical);
    const QString suffix = QStringLiteral("/x/p%1").arg(page);
    QUrl url = canonical;
    if (route.inQuery)
        url.setQuery(
            QStringLiteral("p=") + route.prefix + QStringLiteral("/discussion/") + route.discussion + suffix);
    else
        url.setPath(canonical.path() + suffix);
    return url;
}

QUrl VanillaEngine::postUrl(const QUrl &canonical, const QString &postId) const
{
    if (postId.startsWith(QLatin1Char('d')))
        return canonical;
    const Route route = routeOf(canonical);
    const QString path = route.prefix + QStringLiteral("/discussion/comment/") + postId;
    QUrl url = canonical;
    if (route.inQuery)
        url.setQuery(QStringLiteral("p=") + path);
    else
        url.setPath(path);
    url.setFragment(QStringLiteral("Comment_") + postId);
    return url;
}

ParsedPage VanillaEngine::parsePage(const QByteArray &html, const QUrl &url) const
{
    ParsedPage page;
    HtmlDocument doc(html);
    if (!doc.isValid()) {
        page.error = QCoreApplication::translate("ForumEngine", "the page could not be parsed as HTML");
        return page;
    }
    const HtmlNode body = doc.body();
    const QUrl base = documentBase(doc.document(), url);
    page.page = routeOf(url).page;
    readPager(body, &page);
    const QString discussion = discussionOf(body);
    if (discussion.isEmpty()) {
        page.error = QCoreApplication::translate("ForumEngine", "no Vanilla discussion found on the page");
        return page;
    }
    page.canonical = canonicalOf(doc.document(), base, discussion);
    page.title = titleOf(doc.document(), body);
    // The discussion's own post heads page 1 only.
    if (const HtmlNode item = body.findFirst(isDiscussionItem); item && page.page == 1) {
        page.posts.append(readItem(item, QStringLiteral("d") + discussion, base));
        page.extraPosts = 1; // a full page is its comments
    }
    body.forEachMatch(isCommentItem, [&page, &base](HtmlNode li) {
        if (page.posts.size() < MaxPostsPerPage)
            page.posts.append(
                readItem(li, QString::number(li.attributeString("id").mid(8).toLongLong()), base));
    });
    if (page.posts.isEmpty()) {
        page.error = QCoreApplication::translate("ForumEngine", "no Vanilla posts found on the page");
        return page;
    }
    if (page.posts.first().id.startsWith(QLatin1Char('d')) && page.posts.first().number == 0)
        page.posts.first().number = 1;
    return page;
}

} // namespace Threadkeeper
