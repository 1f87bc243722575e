// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xenforoengine.h"

#include "engines/forumtext.h"
#include "engines/postbody.h"
#include "html/htmldocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

const QRegularExpression &threadSegment()
{
    // "slug.123" or just "123"
    static const QRegularExpression re(QStringLiteral("^(?:.*\\.)?(\\d+)$"));
    return re;
}

// "post: 123", "post-123", "#post-123", "/goto/post?id=123", "posts/123/" → "123"
QString postIdFrom(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("post(?:s/|\\?id=|[-:]\\s*|s\\?id=)(\\d+)"));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool isQuote(HtmlNode n)
{
    return (n.hasClass("bbCodeBlock--quote") || n.hasClass("bbCodeQuote"));
}

QString quoteAuthor(HtmlNode quote)
{
    QString author = quote.attributeString("data-quote");
    if (author.isEmpty())
        author = quote.attributeString("data-author"); // XenForo 1
    if (author.isEmpty()) {
        HtmlNode title = quote.findFirstWithClass("bbCodeBlock-title");
        if (!title)
            title = quote.findFirstWithClass("attribution");
        author = nameBeforeLastWord(title.textContent()); // "Name said:", in the forum's language
    }
    return author.trimmed();
}

QString quoteSource(HtmlNode quote)
{
    QString source = postIdFrom(quote.attributeString("data-source"));
    if (source.isEmpty()) {
        const HtmlNode jump = quote.findFirst(
            [](HtmlNode n) { return n.hasClass("bbCodeBlock-sourceJump") || n.hasClass("AttributionLink"); });
        source = postIdFrom(jump.attributeString("href"));
        if (source.isEmpty())
            source = postIdFrom(jump.attributeString("data-content-selector"));
    }
    return source;
}

bool isXenForo1Code(HtmlNode box)
{
    return box.hasClass("bbCodeBlock")
        && (box.hasClass("bbCodeCode") || box.hasClass("bbCodePHP") || box.hasClass("bbCodeHtml"));
}

// Quote markup → the container holding the quoted content.
HtmlNode quoteContent(HtmlNode quote)
{
    for (const QByteArrayView cls :
        {QByteArrayView("bbCodeBlock-expandContent"), QByteArrayView("bbCodeBlock-content"),
            QByteArrayView("quote"), QByteArrayView("quoteContainer")}) {
        if (HtmlNode n = quote.findFirstWithClass(cls))
            return n;
    }
    return quote;
}

class XenForoBodyReader final : public PostBodyReader
{
protected:
    Element classify(HtmlNode n) const override
    {
        if (isQuote(n))
            return Element::Quote;
        if (n.hasClass("bbCodeBlock--code"))
            return Element::Code;
        if (n.hasClass("bbCodeSpoiler") || n.hasClass("bbCodeSpoilerContainer"))
            return Element::Spoiler;
        // XenForo 1's code boxes: <div class="bbCodeBlock bbCodeCode"><div class="type">Code:
        // </div><pre>…</pre> (or <div class="code">, and bbCodePHP, bbCodeHtml): the label is
        // the forum's, the rest is code.
        if (const HtmlNode box = n.parent(); box && n.isElement() && isXenForo1Code(box))
            return n.hasClass("type") ? Element::Skip : Element::Code;
        if (n.hasClass("bbCodeBlock-expandLink") || n.hasClass("quoteExpand")
            || n.hasClass("bbCodeBlock-title") || n.hasClass("js-selectToQuoteEnd"))
            return Element::Skip;
        return PostBodyReader::classify(n);
    }
    Block readQuote(HtmlNode n, int depth) override
    {
        Block quote;
        quote.kind = Block::Kind::Quote;
        quote.quoteAuthor = quoteAuthor(n);
        quote.quoteSource = quoteSource(n);
        XenForoBodyReader inner;
        inner.setBaseUrl(baseUrl());
        quote.children = inner.read(quoteContent(n), depth + 1);
        return quote;
    }
    std::pair<QString, HtmlNode> spoilerParts(HtmlNode n) const override
    {
        // XenForo 1: <div class="bbCodeSpoilerContainer"><button class="bbCodeSpoilerButton">
        // <span>Spoiler: <span class="SpoilerTitle">Title</span></span></button><div
        // class="SpoilerTarget bbCodeSpoilerText">…; the button's word is the forum's.
        if (n.hasClass("bbCodeSpoilerContainer")) {
            QString title;
            if (HtmlNode t = n.findFirstWithClass("SpoilerTitle"))
                title = t.textContent().simplified();
            else if (HtmlNode button = n.findFirstWithClass("bbCodeSpoilerButton"))
                title = button.textContent().simplified().section(QLatin1Char(':'), 1).trimmed();
            if (title.startsWith(QLatin1Char(':')))
                title = title.mid(1).trimmed();
            HtmlNode content = n.findFirstWithClass("SpoilerTarget");
            if (!content)
                content = n.findFirstWithClass("bbCodeSpoilerText");
            return {title, content};
        }
        // <div class="bbCodeSpoiler"><button …><span class="bbCodeSpoiler-button-title">Title</span>
        // </button><div class="bbCodeSpoiler-content"><div class="bbCodeBlock-content">…
        QString title;
        if (HtmlNode t = n.findFirstWithClass("bbCodeSpoiler-button-title"))
            title = t.textContent().simplified();
        HtmlNode content = n.findFirstWithClass("bbCodeBlock-content");
        if (!content)
            content = n.findFirstWithClass("bbCodeSpoiler-content");
        return {title, content};
    }
};

// The files listed under a post ("Attachments"), as XenForo 2 shows them: a section
// beside the post's body. Only the body's following siblings are looked at, level by
// level up to the article, so the body itself is not walked a second time.
QList<Block> readAttachments(HtmlNode content, HtmlNode article, const QUrl &base)
{
    QList<Block> files;
    HtmlNode section;
    for (HtmlNode n = content; n && n != article && !section; n = n.parent()) {
        for (HtmlNode sibling = n.next(); sibling && !section; sibling = sibling.next()) {
            if (sibling.isElement() && sibling.hasClass("message-attachments"))
                section = sibling;
        }
    }
    const HtmlNode list = section ? section.findFirstWithClass("attachmentList") : HtmlNode();
    if (!list)
        return files;
    list.forEachMatch([](HtmlNode n) { return n.is("li") && n.hasClass("file"); },
        [&](HtmlNode li) {
            Block file;
            file.kind = Block::Kind::Attachment;
            const HtmlNode name = li.findFirstWithClass("file-name");
            const HtmlNode meta = li.findFirstWithClass("file-meta");
            file.text = (name ? name.textContent() : li.textContent()).simplified().left(300);
            if (meta)
                file.text += QStringLiteral(" (%1)").arg(meta.textContent().simplified().left(100));
            if (HtmlNode a = li.findFirst([](HtmlNode n) { return n.is("a") && n.hasAttribute("href"); }))
                file.url = base.resolved(QUrl(a.attributeString("href").trimmed())).toString();
            if (!file.text.isEmpty() && files.size() < 100)
                files.append(file);
        });
    return files;
}

QString pageTitle(HtmlNode body, HtmlNode document)
{
    if (HtmlNode h1 = body.findFirstWithClass("p-title-value")) {
        // Skip prefix labels ("iPhone 11", "Solved").
        QString title;
        for (HtmlNode c = h1.firstChild(); c; c = c.next()) {
            if (c.isElement() && (c.hasClass("label") || c.hasClass("label-append")))
                continue;
            title += c.textContent();
        }
        return normalizedText(title);
    }
    if (HtmlNode h1 = body.findFirst([](HtmlNode n) { return n.is("h1") && !n.hasClass("p-title-value"); }))
        return normalizedText(h1.textContent());
    QString title = normalizedText(document.findFirstTag("title").textContent());
    const qsizetype bar = title.lastIndexOf(QLatin1String(" | "));
    return bar > 0 ? title.left(bar) : title;
}

void readPagination(HtmlNode body, ParsedPage *page)
{
    if (HtmlNode nav = body.findFirstWithClass("pageNav-main")) {
        nav.forEachMatch([](HtmlNode n) { return n.is("li"); },
            [page](HtmlNode li) {
                const int n = countFrom(li.textContent());
                page->pageCount = std::max(page->pageCount, n);
                if (li.hasClass("pageNav-page--current") && n > 0)
                    page->page = n;
            });
        return;
    }
    if (HtmlNode nav = body.findFirstWithClass("PageNav")) { // XenForo 1
        page->page = std::max(1, countFrom(nav.attributeString("data-page")));
        page->pageCount = std::max(page->page, countFrom(nav.attributeString("data-last")));
    }
}

bool isPostArticle(HtmlNode n)
{
    if (!(n.is("article") || n.is("li") || n.is("div")))
        return false;
    if (n.hasClass("message--post"))
        return true;
    // XenForo 1: <li id="post-N" class="message" data-author=...>
    return n.hasClass("message") && n.attribute("id").startsWith("post-") && n.hasAttribute("data-author");
}

Post readPost(HtmlNode article, const QUrl &base)
{
    Post post;
    post.id = postIdFrom(article.attributeString("data-content"));
    if (post.id.isEmpty())
        post.id = postIdFrom(article.attributeString("id"));
    post.author = article.attributeString("data-author").trimmed();

    if (HtmlNode time = article.findFirst([](HtmlNode n) { return n.is("time") && n.hasClass("u-dt"); })) {
        qint64 epoch = time.attributeString("data-timestamp").toLongLong();
        if (epoch <= 0)
            epoch = time.attributeString("data-time").toLongLong();
        if (epoch > 0) {
            post.date = QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::UTC);
        } else {
            QString iso = time.attributeString("datetime");
            static const QRegularExpression offset(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
            iso.replace(offset, QStringLiteral("\\1:\\2"));
            post.date = QDateTime::fromString(iso, Qt::ISODate);
        }
    } else if (HtmlNode dt = article.findFirstWithClass("DateTime")) { // XenForo 1
        qint64 epoch = dt.attributeString("data-time").toLongLong();
        if (epoch > 0) {
            post.date = QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::UTC);
        } else {
            // Older dates only as text, in the forum's time zone, which the page does not say.
            post.date = QLocale::c().toDateTime(
                dt.attributeString("title"), QStringLiteral("MMM d, yyyy 'at' h:mm AP"));
            post.date.setTimeZone(QTimeZone::UTC);
        }
    }
    if (post.date.isValid())
        post.date = post.date.toUTC();

    if (HtmlNode opposite = article.findFirstWithClass("message-attribution-opposite")) {
        opposite.forEachMatch([](HtmlNode n) { return n.is("a"); },
            [&post](HtmlNode a) {
                const QString text = a.textContent().trimmed();
                if (post.number == 0 && text.startsWith(QLatin1Char('#')))
                    post.number = countFrom(text);
            });
    } else if (HtmlNode permalink = article.findFirstWithClass("postNumber")) { // XenForo 1
        post.number = countFrom(permalink.textContent());
    }

    // The poster's picture (XenForo 2: .message-avatar; 1: .avatar), lazily loaded or not.
    // Letter avatars have no picture.
    if (HtmlNode box = article.findFirst(
            [](HtmlNode n) { return n.hasClass("message-avatar") || n.hasClass("messageUserInfo"); })) {
        if (HtmlNode img = box.findFirstTag("img")) {
            QString src = img.attributeString("data-src").trimmed();
            if (src.isEmpty())
                src = img.attributeString("src").trimmed();
            const QUrl url = base.resolved(QUrl(src));
            if (!src.isEmpty()
                && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
                post.avatarUrl = url.toString();
        }
    }

    HtmlNode content = article.findFirstWithClass("bbWrapper");
    if (!content)
        content = article.findFirstWithClass("messageText"); // XenForo 1
    XenForoBodyReader reader;
    reader.setBaseUrl(base);
    post.body = reader.read(content, 0);
    if (content)
        post.body.append(readAttachments(content, article, base));
    fillTextAndQuotes(&post);
    return post;
}

} // namespace

namespace {
// Forums without friendly URLs carry the route in the query: index.php?threads/slug.123/page-2.
bool routeInQuery(const QUrl &url)
{
    return url.path().endsWith(QLatin1String("index.php"))
        && url.query().startsWith(QLatin1String("threads/"));
}
} // namespace

bool XenForoEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("qrc")
        && scheme != QLatin1String("file"))
        return false;
    if (routeInQuery(url)) {
        // Read the route as a path, then put the canonical form back into the query.
        QUrl route(url);
        route.setPath(QLatin1Char('/') + url.query().section(QLatin1Char('&'), 0, 0));
        route.setQuery(QString());
        ThreadRef routed;
        if (!parseUrl(route, &routed))
            return false;
        const QString canonicalRoute = routed.canonical.path().mid(1); // "threads/slug.123/"
        routed.canonical = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        routed.canonical.setQuery(canonicalRoute);
        if (ref)
            *ref = routed;
        return true;
    }
    const QStringList segments = url.path().split(QLatin1Char('/'));
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (segments[i] != QLatin1String("threads") && segments[i] != QLatin1String("t"))
            continue;
        if (!threadSegment().match(segments[i + 1]).hasMatch())
            continue;
        ThreadRef result;
        QUrl canonical = url;
        canonical.setQuery(QString());
        canonical.setFragment(QString());
        canonical.setPath(segments.mid(0, i + 2).join(QLatin1Char('/')) + QLatin1Char('/'));
        result.canonical = canonical;
        for (qsizetype j = i + 2; j < segments.size(); ++j) {
            const QString &s = segments[j];
            if (s.startsWith(QLatin1String("page-")))
                result.page = std::max(1, s.mid(5).toInt());
            else if (s.startsWith(QLatin1String("post-")))
                result.postId = s.mid(5);
        }
        if (url.fragment().startsWith(QLatin1String("post-")))
            result.postId = url.fragment().mid(5);
        if (ref)
            *ref = result;
        return true;
    }
    return false;
}

QUrl XenForoEngine::pageUrl(const QUrl &canonical, int page) const
{
    if (page <= 1)
        return canonical;
    QUrl url = canonical;
    if (routeInQuery(canonical)) {
        url.setQuery(canonical.query() + QStringLiteral("page-%1").arg(page));
        return url;
    }
    url.setPath(canonical.path() + QStringLiteral("page-%1").arg(page));
    return url;
}

QUrl XenForoEngine::postUrl(const QUrl &canonical, const QString &postId) const
{
    QUrl url = canonical;
    if (routeInQuery(canonical)) {
        url.setQuery(canonical.query() + QStringLiteral("post-") + postId);
        return url;
    }
    url.setPath(canonical.path() + QStringLiteral("post-") + postId);
    return url;
}

QString XenForoEngine::postLinkId(const QUrl &url) const
{
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {};
    static const QRegularExpression posts(QStringLiteral("/posts/(\\d+)/?$"));
    if (const QRegularExpressionMatch m = posts.match(url.path()); m.hasMatch())
        return m.captured(1);
    // goto/post?id=N, also as index.php?goto/post&id=N on forums without friendly URLs.
    if (url.path().endsWith(QLatin1String("/goto/post"))
        || url.query().startsWith(QLatin1String("goto/post"))) {
        static const QRegularExpression id(QStringLiteral("(?:^|&)id=(\\d+)(?:&|$)"));
        if (const QRegularExpressionMatch m = id.match(url.query()); m.hasMatch())
            return m.captured(1);
    }
    return {};
}

bool XenForoEngine::recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const
{
    // The <html> tag comes first; no need to parse the page to see it.
    static const QRegularExpression marker(QStringLiteral("<html[^>]*\\sid\\s*=\\s*[\"']?(?:XF|XenForo)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromUtf8(html.left(4096));
    if (!marker.match(head).hasMatch())
        return false;
    // Where the forum lives under an address of its own making: its canonical link says.
    const ParsedPage page = parsePage(html, url);
    if (!page.error.isEmpty())
        return false;
    if (!page.canonical.isEmpty())
        return parseUrl(page.canonical, ref);
    return parseUrl(url, ref);
}

ParsedPage XenForoEngine::parsePage(const QByteArray &html, const QUrl &url) const
{
    ParsedPage page;
    HtmlDocument doc(html);
    if (!doc.isValid()) {
        page.error = QCoreApplication::translate("ForumEngine", "the page could not be parsed as HTML");
        return page;
    }
    const HtmlNode body = doc.body();
    page.title = pageTitle(body, doc.document());
    readPagination(body, &page);
    if (HtmlNode link = doc.document().findFirst(
            [](HtmlNode n) { return n.is("link") && n.attribute("rel") == QByteArrayView("canonical"); })) {
        ThreadRef ref;
        if (parseUrl(url.resolved(QUrl(link.attributeString("href"))), &ref))
            page.canonical = ref.canonical;
    }
    body.forEachMatch(isPostArticle, [&page, &url](HtmlNode article) {
        Post post = readPost(article, url);
        if (!post.id.isEmpty())
            page.posts.append(std::move(post));
    });
    if (page.posts.isEmpty())
        page.error = QCoreApplication::translate("ForumEngine", "no XenForo posts found on the page");
    return page;
}

} // namespace Threadkeeper
