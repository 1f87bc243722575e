// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phpbbengine.h"

#include "engines/forumdate.h"
#include "engines/forumtext.h"
#include "engines/postbody.h"
#include "html/htmldocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

constexpr int MaxPageSize = 1000; // phpBB caps posts_per_page far below this

bool isViewtopic(const QUrl &url)
{
    const QString scheme = url.scheme();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && url.path().endsWith(QLatin1String("viewtopic.php"), Qt::CaseInsensitive);
}

// A link to a post: viewtopic.php?p=N#pN (3.2+ quotes, post headers), or #pN alone.
QString postIdOfLink(const QString &href)
{
    return numberParameter(QUrl(href.trimmed().left(2048)), QStringLiteral("p"));
}

// The quote markup of 3.0 and 3.1: <blockquote><div><cite>Name wrote:</cite>…</div>; 3.2+
// adds the poster's profile link, a link to the quoted post (↑) and the quote's date:
// <cite><a href="memberlist…">Name</a> wrote: <a href="viewtopic.php?p=N#pN"
// data-post-id="N">↑</a><span class="responsive-hide">date</span></cite>.
HtmlNode citeOf(HtmlNode quote)
{
    HtmlNode inner = quote.firstChild();
    while (inner && !inner.isElement())
        inner = inner.next();
    if (inner && inner.is("div")) {
        for (HtmlNode c = inner.firstChild(); c; c = c.next()) {
            if (c.isElement())
                return c.is("cite") ? c : HtmlNode();
        }
    }
    return inner && inner.is("cite") ? inner : HtmlNode();
}

bool isPostLink(HtmlNode a)
{
    return a.is("a")
        && (a.hasAttribute("data-post-id") || !postIdOfLink(a.attributeString("href")).isEmpty());
}

QString quoteAuthor(HtmlNode cite)
{
    // 3.2+ link the name to its profile: the link's text is the name, in any language.
    const HtmlNode profile = cite.findFirst([](HtmlNode a) {
        return a.is("a") && a.attributeString("href").contains(QLatin1String("memberlist.php"));
    });
    if (profile)
        return profile.textContent().simplified().left(200);
    // The name alone, without the link to the post or the date that 3.2+ add.
    QString text;
    for (HtmlNode c = cite.firstChild(); c && text.size() < 1000; c = c.next()) {
        if (c.isElement() && (c.is("span") || isPostLink(c)))
            continue;
        text += c.textContent();
    }
    return nameBeforeLastWord(text).left(200);
}

QString quoteSource(HtmlNode cite)
{
    const HtmlNode link = cite.findFirst(isPostLink);
    if (!link)
        return {};
    static const QRegularExpression digits(QStringLiteral("^\\d{1,18}$"));
    const QString id = link.attributeString("data-post-id").trimmed();
    return digits.match(id).hasMatch() ? id : postIdOfLink(link.attributeString("href"));
}

class PhpbbBodyReader final : public PostBodyReader
{
protected:
    Element classify(HtmlNode n) const override
    {
        if (n.hasClass("codebox"))
            return Element::Code;
        // The attribution is read with the quote; inside it, it is not text.
        if (n.is("cite") && n.parent() && n.parent().parent() && n.parent().parent().is("blockquote"))
            return Element::Skip;
        return PostBodyReader::classify(n);
    }
    Block readQuote(HtmlNode n, int depth) override
    {
        Block quote;
        quote.kind = Block::Kind::Quote;
        if (const HtmlNode cite = citeOf(n)) {
            quote.quoteAuthor = quoteAuthor(cite);
            quote.quoteSource = quoteSource(cite);
        }
        PhpbbBodyReader inner;
        inner.setBaseUrl(baseUrl());
        quote.children = inner.read(n, depth + 1);
        return quote;
    }
};

QUrl topicUrl(const QUrl &base, const QString &href)
{
    ThreadRef ref;
    if (href.isEmpty() || href.size() > 4096 || !PhpbbEngine().parseUrl(base.resolved(QUrl(href)), &ref))
        return {};
    return ref.canonical;
}

QString pageTitle(HtmlNode body, HtmlNode document)
{
    if (HtmlNode h2 = body.findFirst([](HtmlNode n) { return n.is("h2") && n.hasClass("topic-title"); }))
        return shortText(h2);
    // 3.0: the first <h2> of the page body links to the topic.
    if (HtmlNode h2 = body.findFirst([](HtmlNode n) { return n.is("h2") && n.findFirstTag("a"); }))
        return shortText(h2);
    // "Board • View topic - Title" (3.0) or "Title - Board" (3.1+)
    QString title = shortText(document.findFirstTag("title"));
    if (const qsizetype at = title.indexOf(QLatin1String(" - ")); at > 0) {
        const bool boardFirst = title.contains(QChar(0x2022));
        title = boardFirst ? title.mid(at + 3) : title.left(at);
    }
    return title;
}

// The pagination block: the page and page count ("Page 2 of 10", the numbered links),
// and the page size from the links' start= step (page N starts at (N-1)×size).
void readPagination(HtmlNode body, const QUrl &url, ParsedPage *page)
{
    const HtmlNode nav = body.findFirst([](HtmlNode n) { return n.hasClass("pagination"); });
    if (!nav)
        return;
    int links = 0;
    nav.walk([&](HtmlNode n) {
        if (!n.isElement())
            return HtmlNode::Walk::Descend;
        if (++links > 500)
            return HtmlNode::Walk::Stop;
        const QString text = shortText(n, 100);
        int current = 0, count = 0;
        if ((n.is("a") || n.hasClass("sr-only")) && pageOfPages(text, &current, &count)) {
            page->page = current;
            page->pageCount = std::max(page->pageCount, count);
            return HtmlNode::Walk::Skip;
        }
        static const QRegularExpression number(QStringLiteral("^\\d{1,7}$"));
        if (!number.match(text).hasMatch())
            return HtmlNode::Walk::Descend;
        const int label = text.toInt();
        page->pageCount = std::max(page->pageCount, label);
        if (n.is("a")) {
            const int start = QUrlQuery(QUrl(n.attributeString("href").left(4096)))
                                  .queryItemValue(QStringLiteral("start"))
                                  .toInt();
            if (label > 1 && start > 0 && start % (label - 1) == 0 && page->pageSize == 0)
                page->pageSize = std::min(MaxPageSize, start / (label - 1));
        } else if (n.is("strong") || n.is("span")) {
            page->page = label; // the current page is the one that is not a link
        }
        return HtmlNode::Walk::Skip;
    });
    page->pageCount = std::max(page->pageCount, page->page);
    // A page after the first knows its size from its own address.
    const int start = QUrlQuery(url).queryItemValue(QStringLiteral("start")).toInt();
    if (page->pageSize == 0 && page->page > 1 && start > 0 && start % (page->page - 1) == 0)
        page->pageSize = std::min(MaxPageSize, start / (page->page - 1));
}

QDateTime postDate(HtmlNode author, const ForumClock &clock)
{
    if (HtmlNode time
        = author.findFirst([](HtmlNode n) { return n.is("time") && n.hasAttribute("datetime"); }))
        return dateFromIso(time.attributeString("datetime"));
    // 3.0–3.2 print the date in the board's format after "»"; these are phpBB's
    // defaults ("D M d, Y g:i a", "d M Y, H:i") and their common variants.
    QString text = shortText(author, 200);
    if (const qsizetype at = text.lastIndexOf(QChar(0xbb)); at >= 0)
        text = text.mid(at + 1).trimmed();
    static const QStringList formats
        = {QStringLiteral("ddd MMM dd, yyyy h:mm ap"), QStringLiteral("d MMM yyyy, HH:mm"),
            QStringLiteral("dd MMM yyyy, HH:mm"), QStringLiteral("ddd MMM dd, yyyy HH:mm"),
            QStringLiteral("MMM dd, yyyy h:mm ap"), QStringLiteral("ddd dd MMM, yyyy HH:mm"),
            QStringLiteral("dd.MM.yyyy, HH:mm"), QStringLiteral("yyyy-MM-dd HH:mm")};
    const QDateTime date = dateFromText(text, formats);
    if (date.isValid())
        return clock.at(date.date(), date.time());
    return forumDate(text, clock); // a board's own format or language
}

bool isPost(HtmlNode n)
{
    static const QRegularExpression id(QStringLiteral("^p\\d{1,18}$"));
    return n.is("div") && n.hasClass("post") && id.match(n.attributeString("id")).hasMatch();
}

Post readPost(HtmlNode div, const QUrl &base, const ForumClock &clock)
{
    Post post;
    post.id = div.attributeString("id").mid(1);
    const HtmlNode author = div.findFirst([](HtmlNode n) { return n.hasClass("author"); });
    if (author) {
        if (HtmlNode name = author.findFirstTag("strong"))
            post.author = shortText(name, 200);
        post.date = postDate(author, clock);
    }
    if (post.author.isEmpty()) {
        if (HtmlNode name = div.findFirst(
                [](HtmlNode n) { return n.hasClass("username") || n.hasClass("username-coloured"); }))
            post.author = shortText(name, 200);
    }
    if (const HtmlNode profile = div.findFirstWithClass("postprofile"))
        post.avatarUrl = pictureUrl(profile.findFirstTag("img"), base);
    PhpbbBodyReader reader;
    reader.setBaseUrl(base);
    post.body
        = reader.read(div.findFirst([](HtmlNode n) { return n.is("div") && n.hasClass("content"); }), 0);
    fillTextAndQuotes(&post);
    return post;
}

} // namespace

bool PhpbbEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    if (!url.isValid() || !isViewtopic(url))
        return false;
    const QString topic = numberParameter(url, QStringLiteral("t"));
    if (topic.isEmpty())
        return false; // a post link alone: postLinkId()
    ThreadRef result;
    result.canonical = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    result.canonical.setQuery(QStringLiteral("t=") + topic);
    result.postId = numberParameter(url, QStringLiteral("p"));
    if (ref)
        *ref = result;
    return true;
}

QString PhpbbEngine::postLinkId(const QUrl &url) const
{
    if (!isViewtopic(url) || !numberParameter(url, QStringLiteral("t")).isEmpty())
        return {};
    return numberParameter(url, QStringLiteral("p"));
}

bool PhpbbEngine::recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const
{
    // <body id="phpbb" class="section-viewtopic …"> in every 3.x style built on
    // prosilver or subsilver2; the head before it is small.
    static const QRegularExpression marker(
        QStringLiteral("<body[^>]*\\sid\\s*=\\s*[\"']?phpbb\\b"), QRegularExpression::CaseInsensitiveOption);
    if (!marker.match(QString::fromUtf8(html.left(256 * 1024))).hasMatch())
        return false;
    const ParsedPage page = parsePage(html, url);
    if (!page.error.isEmpty() || page.canonical.isEmpty())
        return false;
    if (!parseUrl(page.canonical, ref))
        return false;
    if (ref)
        ref->postId = numberParameter(url, QStringLiteral("p"));
    return true;
}

QUrl PhpbbEngine::pageUrl(const QUrl &canonical, int page) const
{
    ParsedPage unknown;
    return pageUrlAfter(canonical, page, unknown);
}

QUrl PhpbbEngine::pageUrlAfter(const QUrl &canonical, int page, const ParsedPage &first) const
{
    if (page <= 1)
        return canonical;
    const int size = first.pageSize > 0 ? first.pageSize : DefaultPageSize;
    QUrl url = canonical;
    url.setQuery(canonical.query() + QStringLiteral("&start=%1").arg(qint64(page - 1) * size));
    return url;
}

QUrl PhpbbEngine::postUrl(const QUrl &canonical, const QString &postId) const
{
    QUrl url = canonical;
    url.setQuery(QStringLiteral("p=") + postId);
    url.setFragment(QStringLiteral("p") + postId);
    return url;
}

ParsedPage PhpbbEngine::parsePage(const QByteArray &html, const QUrl &url) const
{
    ParsedPage page;
    HtmlDocument doc(html);
    if (!doc.isValid()) {
        page.error = QCoreApplication::translate("ForumEngine", "the page could not be parsed as HTML");
        return page;
    }
    const HtmlNode body = doc.body();
    page.title = pageTitle(body, doc.document());
    readPagination(body, url, &page);
    // Which topic: the canonical link (3.1+), else the title's link, else the page's own
    // address (a post link names none).
    if (HtmlNode link = doc.document().findFirst(
            [](HtmlNode n) { return n.is("link") && n.attribute("rel") == QByteArrayView("canonical"); }))
        page.canonical = topicUrl(url, link.attributeString("href"));
    if (page.canonical.isEmpty()) {
        if (HtmlNode h2 = body.findFirst([](HtmlNode n) { return n.is("h2") && n.findFirstTag("a"); }))
            page.canonical = topicUrl(url, h2.findFirstTag("a").attributeString("href"));
    }
    if (page.canonical.isEmpty())
        page.canonical = topicUrl(url, url.toString());
    const ForumClock clock = pageClock(html);
    body.forEachMatch(isPost, [&page, &url, &clock](HtmlNode div) {
        if (page.posts.size() < MaxPageSize)
            page.posts.append(readPost(div, url, clock));
    });
    if (page.posts.isEmpty()) {
        page.error = QCoreApplication::translate("ForumEngine", "no phpBB posts found on the page");
        return page;
    }
    // A page before the last is full: its posts are the page size.
    if (page.pageSize == 0 && page.page < page.pageCount)
        page.pageSize = int(page.posts.size());
    // phpBB numbers posts by their place in the topic; the page shows no number.
    const int size = page.pageSize > 0 ? page.pageSize : (page.page == 1 ? int(page.posts.size()) : 0);
    for (qsizetype i = 0; size > 0 && i < page.posts.size(); ++i)
        page.posts[i].number = (page.page - 1) * size + int(i) + 1;
    return page;
}

} // namespace Threadkeeper
