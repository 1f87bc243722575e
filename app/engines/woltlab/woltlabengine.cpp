// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "woltlabengine.h"

#include "engines/forumdate.h"
#include "engines/forumtext.h"
#include "engines/postbody.h"
#include "html/htmldocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

constexpr int MaxPostsPerPage = 1000;

bool isWeb(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

QString queryValue(const QUrl &url, const QString &key)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,18}$"));
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems()) {
        if (name.compare(key, Qt::CaseInsensitive) == 0 && digits.match(value).hasMatch())
            return QString::number(value.toLongLong());
    }
    return {};
}

// index.php?thread/123-slug/: forums without rewritten addresses carry the route in the query.
bool routeInQuery(const QUrl &url)
{
    const QString path = url.path();
    return url.query().startsWith(QLatin1String("thread/"), Qt::CaseInsensitive)
        && (path.endsWith(QLatin1String("index.php")) || path.endsWith(QLatin1Char('/')) || path.isEmpty());
}

// Burning Board 3: index.php?page=Thread&threadID=N.
bool isBoard3(const QUrl &url)
{
    return url.path().endsWith(QLatin1String("index.php"))
        && QUrlQuery(url)
               .queryItemValue(QStringLiteral("page"))
               .compare(QLatin1String("Thread"), Qt::CaseInsensitive)
        == 0;
}

// "/forum/thread/123-slug/…" → "/forum/thread/123-slug/" ("/index.php/Thread/…" in 4.0).
QString threadRoute(const QString &route)
{
    static const QRegularExpression idSlug(QStringLiteral("^\\d{1,18}(?:-[^/]*)?$"));
    const QStringList segments = route.split(QLatin1Char('/'));
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (segments[i].compare(QLatin1String("thread"), Qt::CaseInsensitive) == 0
            && idSlug.match(segments[i + 1]).hasMatch())
            return segments.mid(0, i + 2).join(QLatin1Char('/')) + QLatin1Char('/');
    }
    return {};
}

// The post a link points at: postID=N, or #postN.
QString postOf(const QUrl &url)
{
    QString id = queryValue(url, QStringLiteral("postID"));
    static const QRegularExpression fragment(QStringLiteral("^post(\\d{1,18})$"));
    if (const QRegularExpressionMatch m = fragment.match(url.fragment()); m.hasMatch())
        id = QString::number(m.captured(1).toLongLong());
    return id;
}

// The quoted post, from the quote's cite= or its title's link: ?postID=N#postN, #postN,
// or WoltLab Suite 6's /post/N/ redirect.
QString postIdOfLink(const QString &href)
{
    if (href.isEmpty() || href.size() > 4096)
        return {};
    const QUrl url(href.trimmed());
    QString id = postOf(url);
    if (id.isEmpty()) {
        static const QRegularExpression path(QStringLiteral("/post/(\\d{1,18})/?$"));
        if (const QRegularExpressionMatch m = path.match(url.path()); m.hasMatch())
            id = m.captured(1);
    }
    return id;
}

bool isQuoteBox(HtmlNode n)
{
    return n.hasClass("quoteBox") && (n.is("blockquote") || n.is("div"));
}

// "Zitat von Name", "Quote from Name", in the languages WoltLab ships; Burning Board 3:
// "Original von Name"; some styles: "Name schrieb:".
QString authorFromTitle(const QString &title)
{
    static const QRegularExpression prefix(
        QStringLiteral("^(?:Zitat von|Quote from|Original von|Original by|Originally posted by|Citation de|"
                       "Cita de|Citaat van|Citazione di|Citação de|Cytat (?:z|od|użytkownika)|Citat från|"
                       "Citát od|Citat af|Idézet tőle|Цитата от|Цитата|Alıntı)\\s*:?\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = title.simplified();
    if (const QRegularExpressionMatch m = prefix.match(text); m.hasMatch())
        return text.mid(m.capturedLength()).trimmed();
    if (text.endsWith(QLatin1Char(':')))
        return nameBeforeLastWord(text);
    return {};
}

class WoltlabBodyReader final : public PostBodyReader
{
protected:
    Element classify(HtmlNode n) const override
    {
        if (isQuoteBox(n))
            return Element::Quote;
        // The quote's title, its avatar and its header are read with the quote.
        if (n.hasClass("quoteBoxTitle") || n.hasClass("quoteBoxIcon") || n.hasClass("quoteHeader")
            || n.hasClass("quoteBoxHeader") || n.hasClass("quoteBoxQuoteSymbol") || n.hasClass("toggleButton")
            || n.hasClass("collapsibleBbcodeButton")
            || (n.is("header") && n.parent() && isQuoteBox(n.parent())))
            return Element::Skip;
        if (n.hasClass("codeBox"))
            return Element::Code;
        if (n.hasClass("spoilerBox"))
            return Element::Spoiler;
        return PostBodyReader::classify(n);
    }
    Block readQuote(HtmlNode n, int depth) override
    {
        Block quote;
        quote.kind = Block::Kind::Quote;
        HtmlNode content = n;
        if (isQuoteBox(n)) {
            HtmlNode title;
            for (HtmlNode c = n.firstChild(); c; c = c.next()) {
                if (!c.isElement())
                    continue;
                if (c.hasClass("quoteBoxTitle") || c.hasClass("quoteHeader") || c.hasClass("quoteBoxHeader")
                    || c.is("header"))
                    title = c;
                else if (c.hasClass("quoteBoxContent") || c.hasClass("quoteBody"))
                    content = c;
            }
            if (title) {
                quote.quoteAuthor = authorFromTitle(shortText(title, 400)).left(200);
                if (const HtmlNode a = title.findFirstTag("a"))
                    quote.quoteSource = postIdOfLink(a.attributeString("href"));
            }
            // Burning Board 3 wraps the quoted words once more: quoteBody > blockquote.
            if (content.hasClass("quoteBody")) {
                for (HtmlNode c = content.firstChild(); c; c = c.next()) {
                    if (c.isElement() && c.is("blockquote")) {
                        content = c;
                        break;
                    }
                }
            }
            const QString cite = postIdOfLink(n.attributeString("cite"));
            if (!cite.isEmpty())
                quote.quoteSource = cite;
            if (quote.quoteAuthor.isEmpty())
                quote.quoteAuthor = n.attributeString("data-author").trimmed().left(200); // WCF 2.0
        }
        WoltlabBodyReader inner;
        inner.setBaseUrl(baseUrl());
        quote.children = inner.read(content, depth + 1);
        return quote;
    }
    std::pair<QString, HtmlNode> spoilerParts(HtmlNode n) const override
    {
        if (n.is("details"))
            return PostBodyReader::spoilerParts(n);
        const HtmlNode content = n.findFirst(
            [](HtmlNode c) { return c.hasClass("spoilerBoxContent") || c.hasClass("spoilerContent"); });
        const HtmlNode button
            = n.findFirst([](HtmlNode c) { return c.is("button") || c.hasClass("spoilerBoxHeader"); });
        return {button ? shortText(button, 200) : QString(), content ? content : n};
    }
};

// The post's own id: data-post-id or data-object-id (WoltLab Suite), the <li id="postN">
// around it, or Burning Board 3's postRowN.
QString postIdOf(HtmlNode n)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,18}$"));
    for (const QByteArrayView attr : {QByteArrayView("data-post-id"), QByteArrayView("data-object-id")}) {
        const QString id = n.attributeString(attr).trimmed();
        if (digits.match(id).hasMatch())
            return id;
    }
    static const QRegularExpression anchor(QStringLiteral("^post(?:Row)?(\\d{1,18})$"));
    if (const QRegularExpressionMatch m = anchor.match(n.attributeString("id")); m.hasMatch())
        return m.captured(1);
    if (const HtmlNode li = n.parent(); li && li.is("li")) {
        if (const QRegularExpressionMatch m = anchor.match(li.attributeString("id")); m.hasMatch())
            return m.captured(1);
    }
    return {};
}

bool isPost(HtmlNode n)
{
    if (n.is("article"))
        return (n.hasClass("wbbPost") || n.hasClass("message")) && !n.hasClass("messageQuickReply")
            && !postIdOf(n).isEmpty();
    // Burning Board 3: <div id="postRow123" class="message">.
    return n.is("div") && n.hasClass("message")
        && n.attributeString("id").startsWith(QLatin1String("postRow"));
}

QDateTime postDate(HtmlNode post)
{
    // The header's date: the sidebar before it may date the poster's registration, the
    // "edited" note after it the last edit.
    auto isDate = [](HtmlNode n) {
        return (n.is("time") && (n.hasAttribute("datetime") || n.hasAttribute("data-timestamp")))
            || (n.is("woltlab-core-date-time") && n.hasAttribute("date"))
            || (n.is("meta") && n.attribute("itemprop") == QByteArrayView("datePublished"));
    };
    const HtmlNode header = post.findFirstWithClass("messageHeader");
    HtmlNode time = header ? header.findFirst(isDate) : HtmlNode();
    if (!time)
        time = post.findFirst(isDate);
    if (!time) {
        // Burning Board 3 prints the date only in words, in the board's language:
        // "Samstag, 3. März 2012, 18:45", "Heute, 10:15".
        const HtmlNode text = header ? header.findFirst([](HtmlNode n) {
            return n.hasClass("smallFont") || n.hasClass("containerContent");
        })
                                     : HtmlNode();
        return text ? forumDate(shortText(text, 160)) : QDateTime();
    }
    if (const qint64 epoch = time.attributeString("data-timestamp").left(12).toLongLong(); epoch > 0)
        return QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::UTC);
    for (const QByteArrayView attr :
        {QByteArrayView("datetime"), QByteArrayView("date"), QByteArrayView("content")}) {
        const QDateTime date = dateFromIso(time.attributeString(attr).left(64));
        if (date.isValid())
            return date.toUTC();
    }
    return {};
}

Post readPost(HtmlNode n, const QUrl &base)
{
    Post post;
    post.id = postIdOf(n);
    const HtmlNode author = n.findFirst([](HtmlNode c) {
        return c.hasClass("messageAuthor") || c.hasClass("messageSidebar")
            || c.hasClass("messageAuthorContainer");
    });
    const HtmlNode scope = author ? author : n;
    if (const HtmlNode name = scope.findFirst([](HtmlNode c) {
            return c.hasClass("username") || c.hasClass("userName") // Burning Board 3
                || c.attribute("itemprop") == QByteArrayView("name");
        }))
        post.author = shortText(name, 200);
    if (post.author.isEmpty()) // WoltLab Suite 6 names the author in the header
        if (const HtmlNode name = n.findFirst([](HtmlNode c) { return c.hasClass("username"); }))
            post.author = shortText(name, 200);
    post.date = postDate(n);
    if (const HtmlNode avatar
        = scope.findFirst([](HtmlNode c) { return c.is("img") && c.hasClass("userAvatarImage"); }))
        post.avatarUrl = pictureUrl(avatar, base);
    // "#12" by the permalink.
    n.walk([&post](HtmlNode c) {
        if (!c.isElement() || c.hasClass("messageText"))
            return HtmlNode::Walk::Skip;
        if (c.is("a")
            && (c.hasClass("wbbPostPermalink") || c.hasClass("messageNumber") || c.hasClass("permalink"))) {
            const QString text = shortText(c, 20);
            if (text.startsWith(QLatin1Char('#')) || c.hasClass("messageNumber")) {
                post.number = countFrom(text);
                if (post.number > 0)
                    return HtmlNode::Walk::Stop;
            }
        }
        return HtmlNode::Walk::Descend;
    });
    HtmlNode content = n.findFirstWithClass("messageText");
    if (!content) // Burning Board 3
        content = n.findFirst(
            [](HtmlNode c) { return c.attributeString("id").startsWith(QLatin1String("postText")); });
    WoltlabBodyReader reader;
    reader.setBaseUrl(base);
    post.body = reader.read(content, 0);
    fillTextAndQuotes(&post);
    return post;
}

QString pageTitle(HtmlNode body, HtmlNode document)
{
    if (const HtmlNode h1 = body.findFirst([](HtmlNode n) {
            return n.is("h1") && (n.hasClass("contentTitle") || n.hasClass("boxHeadline"));
        }))
        return shortText(h1);
    if (const HtmlNode h = body.findFirst([](HtmlNode n) { return n.hasClass("boxHeadline"); }))
        if (const HtmlNode h1 = h.findFirstTag("h1"))
            return shortText(h1);
    if (const HtmlNode og = document.findFirst(
            [](HtmlNode n) { return n.is("meta") && n.attribute("property") == QByteArrayView("og:title"); }))
        return og.attributeString("content").simplified().left(300);
    QString title = shortText(document.findFirstTag("title"));
    if (const qsizetype at = title.indexOf(QLatin1String(" - ")); at > 0)
        title = title.left(at); // "Title - Forum - Site"
    return title;
}

// WoltLab Suite 3–5: <nav class="pagination" data-pages="4"> with <li class="active">;
// 6: <woltlab-core-pagination page="2" count="4">; Burning Board 3: the numbered links.
void readPagination(HtmlNode body, ParsedPage *page)
{
    if (const HtmlNode wc = body.findFirstTag("woltlab-core-pagination")) {
        page->pageCount = std::max(page->pageCount, countFrom(wc.attributeString("count").left(8)));
        if (const int current = countFrom(wc.attributeString("page").left(8)); current > 0)
            page->page = current;
        return;
    }
    const HtmlNode nav
        = body.findFirst([](HtmlNode n) { return n.hasClass("pagination") || n.hasClass("pageNavigation"); });
    if (!nav)
        return;
    page->pageCount = std::max(page->pageCount, countFrom(nav.attributeString("data-pages").left(8)));
    int links = 0;
    nav.walk([&](HtmlNode n) {
        if (!n.isElement())
            return HtmlNode::Walk::Skip;
        if (++links > 500)
            return HtmlNode::Walk::Stop;
        if (n.is("li")
            && (n.hasClass("active") || n.hasClass("pageNavigationCurrent") || n.hasClass("current"))) {
            static const QRegularExpression number(QStringLiteral("^\\s*(\\d{1,7})"));
            if (const QRegularExpressionMatch m = number.match(n.textContent().left(100)); m.hasMatch())
                page->page = m.captured(1).toInt();
            return HtmlNode::Walk::Skip;
        }
        if (n.is("a") || n.is("span")) {
            static const QRegularExpression number(QStringLiteral("^\\d{1,7}$"));
            const QString text = shortText(n, 20);
            if (number.match(text).hasMatch())
                page->pageCount = std::max(page->pageCount, text.toInt());
            return HtmlNode::Walk::Skip;
        }
        return HtmlNode::Walk::Descend;
    });
}

QUrl withoutPageAndPost(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace

bool WoltlabEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    if (!url.isValid() || !isWeb(url))
        return false;
    ThreadRef result;
    if (routeInQuery(url)) {
        const QString route = threadRoute(url.query().section(QLatin1Char('&'), 0, 0));
        if (route.isEmpty())
            return false;
        result.canonical = withoutPageAndPost(url);
        result.canonical.setQuery(route);
    } else if (isBoard3(url)) {
        const QString thread = queryValue(url, QStringLiteral("threadID"));
        if (thread.isEmpty())
            return false; // a post link alone: postLinkId()
        result.canonical = withoutPageAndPost(url);
        result.canonical.setQuery(QStringLiteral("page=Thread&threadID=") + thread);
    } else {
        const QString route = threadRoute(url.path());
        if (route.isEmpty())
            return false;
        result.canonical = withoutPageAndPost(url);
        result.canonical.setPath(route);
    }
    result.page = std::max(1, queryValue(url, QStringLiteral("pageNo")).left(7).toInt());
    result.postId = postOf(url);
    if (ref)
        *ref = result;
    return true;
}

QString WoltlabEngine::postLinkId(const QUrl &url) const
{
    if (!isWeb(url) || !isBoard3(url) || !queryValue(url, QStringLiteral("threadID")).isEmpty())
        return {};
    return queryValue(url, QStringLiteral("postID"));
}

bool WoltlabEngine::recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const
{
    static const QRegularExpression marker(
        QStringLiteral("tpl_wbb_thread|WoltLabSuite[./]Core|WCF\\.User\\.init|<woltlab-core-|"
                       "data-application\\s*=\\s*[\"']wbb[\"']|wcf/js/WCF\\.js"),
        QRegularExpression::CaseInsensitiveOption);
    if (!marker.match(QString::fromUtf8(html.left(512 * 1024))).hasMatch())
        return false;
    const ParsedPage page = parsePage(html, url);
    if (!page.error.isEmpty() || page.canonical.isEmpty() || !parseUrl(page.canonical, ref))
        return false;
    if (ref) {
        ref->page = page.page;
        ref->postId = postOf(url);
    }
    return true;
}

QUrl WoltlabEngine::pageUrl(const QUrl &canonical, int page) const
{
    if (page <= 1)
        return canonical;
    QUrl url = canonical;
    const QString pageNo = QStringLiteral("pageNo=%1").arg(page);
    url.setQuery(canonical.query().isEmpty() ? pageNo : canonical.query() + QLatin1Char('&') + pageNo);
    return url;
}

QUrl WoltlabEngine::postUrl(const QUrl &canonical, const QString &postId) const
{
    QUrl url = canonical;
    const QString post = QStringLiteral("postID=") + postId;
    url.setQuery(canonical.query().isEmpty() ? post : canonical.query() + QLatin1Char('&') + post);
    url.setFragment(QStringLiteral("post") + postId);
    return url;
}

ParsedPage WoltlabEngine::parsePage(const QByteArray &html, const QUrl &url) const
{
    ParsedPage page;
    HtmlDocument doc(html);
    if (!doc.isValid()) {
        page.error = QCoreApplication::translate("ForumEngine", "the page could not be parsed as HTML");
        return page;
    }
    const HtmlNode body = doc.body();
    page.title = pageTitle(body, doc.document());
    ThreadRef asked;
    if (parseUrl(url, &asked))
        page.page = asked.page;
    readPagination(body, &page);
    page.pageCount = std::max(page.pageCount, page.page);
    if (const HtmlNode link = doc.document().findFirst(
            [](HtmlNode n) { return n.is("link") && n.attribute("rel") == QByteArrayView("canonical"); })) {
        const QString href = link.attributeString("href").trimmed();
        ThreadRef ref;
        if (href.size() <= 4096 && parseUrl(url.resolved(QUrl(href)), &ref))
            page.canonical = ref.canonical;
    }
    if (page.canonical.isEmpty())
        page.canonical = asked.canonical;
    body.forEachMatch(isPost, [&page, &url](HtmlNode n) {
        if (page.posts.size() >= MaxPostsPerPage)
            return;
        Post post = readPost(n, url);
        if (!post.id.isEmpty())
            page.posts.append(std::move(post));
    });
    if (page.posts.isEmpty())
        page.error = QCoreApplication::translate("ForumEngine", "no WoltLab posts found on the page");
    return page;
}

} // namespace Threadkeeper
