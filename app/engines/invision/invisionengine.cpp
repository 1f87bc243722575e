// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invisionengine.h"

#include "engines/forumtext.h"
#include "engines/postbody.h"
#include "html/htmldocument.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

constexpr int MaxPostsPerPage = 1000; // IPS caps posts per page far below this

bool isWeb(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

// index.php?/topic/ID-slug/: forums without rewritten addresses carry the route in the query.
bool routeInQuery(const QUrl &url)
{
    const QString path = url.path();
    return url.query().startsWith(QLatin1Char('/'))
        && (path.endsWith(QLatin1String("index.php")) || path.endsWith(QLatin1Char('/')) || path.isEmpty());
}

// index.php?app=forums&module=forums&controller=topic&id=N: the address IPS builds when
// it cannot build a friendly one.
bool isRawTopic(const QUrl &url)
{
    const QUrlQuery query(url);
    return query.queryItemValue(QStringLiteral("controller")) == QLatin1String("topic")
        && !numberParameter(url, QStringLiteral("id")).isEmpty();
}

// "/forums/topic/123-slug/page/3/" → "/forums/topic/123-slug/" and page 3.
QString topicRoute(const QString &route, int *page)
{
    static const QRegularExpression idSlug(QStringLiteral("^\\d{1,18}(?:-[^/]*)?$"));
    static const QRegularExpression number(QStringLiteral("^\\d{1,7}$"));
    const QStringList segments = route.split(QLatin1Char('/'));
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (segments[i] != QLatin1String("topic") || !idSlug.match(segments[i + 1]).hasMatch())
            continue;
        if (page && i + 3 < segments.size() && segments[i + 2] == QLatin1String("page")
            && number.match(segments[i + 3]).hasMatch())
            *page = std::max(1, segments[i + 3].toInt());
        return segments.mid(0, i + 2).join(QLatin1Char('/')) + QLatin1Char('/');
    }
    return {};
}

// The post a link points at: ?do=findComment&comment=N, #comment-N, #findComment-N.
QString commentOf(const QUrl &url)
{
    static const QRegularExpression re(QStringLiteral("(?:[?&]comment=|comment-)(\\d{1,18})(?!\\d)"));
    const QString text = url.toString().right(4096);
    QString id;
    for (auto it = re.globalMatch(text); it.hasNext();)
        id = it.next().captured(1); // the last: the fragment wins over the query
    return id;
}

// A topic's address under any path (a forum that renamed /topic/): the canonical link
// without its page, query and fragment.
QUrl pagelessAddress(const QUrl &url)
{
    QUrl out = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    static const QRegularExpression page(QStringLiteral("/page/\\d{1,7}/?$"));
    QString path = out.path();
    path.remove(page);
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    out.setPath(path);
    return out;
}

bool isQuoteBlock(HtmlNode n)
{
    return n.is("blockquote") && (n.hasClass("ipsQuote") || n.hasAttribute("data-ipsquote"));
}

QString quoteAuthor(HtmlNode quote)
{
    QString name = quote.attributeString("data-ipsquote-username").trimmed();
    if (name.isEmpty())
        name = quote.attributeString("data-cite").trimmed(); // 4.0–4.2
    if (name.isEmpty()) {
        // "On 1/8/2020 at 10:09 PM, Name said:": the name after the date.
        QString citation = shortText(quote.findFirstWithClass("ipsQuote_citation"), 400);
        if (const qsizetype comma = citation.lastIndexOf(QLatin1String(", ")); comma >= 0)
            citation = citation.mid(comma + 2);
        // An uncited quote's citation is the word "Quote", in the forum's language.
        if (citation.endsWith(QLatin1Char(':')))
            name = nameBeforeLastWord(citation);
    }
    return name.left(200);
}

QString quoteSource(HtmlNode quote)
{
    // A quote of a gallery comment or a blog entry names an id of another table, which a
    // post of this topic may share.
    const QString contentClass = quote.attributeString("data-ipsquote-contentclass").trimmed();
    if (!contentClass.isEmpty() && contentClass != QLatin1String("forums_Topic"))
        return {};
    static const QRegularExpression digits(QStringLiteral("^\\d{1,18}$"));
    const QString id = quote.attributeString("data-ipsquote-contentcommentid").trimmed();
    return digits.match(id).hasMatch() ? id : QString();
}

class InvisionBodyReader final : public PostBodyReader
{
protected:
    Element classify(HtmlNode n) const override
    {
        // The citation is read with the quote; "Edited by" notes carry data-excludequote.
        if (n.hasClass("ipsQuote_citation") || n.hasAttribute("data-excludequote"))
            return Element::Skip;
        if (n.is("div") && n.hasClass("ipsSpoiler"))
            return Element::Spoiler;
        return PostBodyReader::classify(n);
    }
    Block readQuote(HtmlNode n, int depth) override
    {
        Block quote;
        quote.kind = Block::Kind::Quote;
        if (isQuoteBlock(n)) {
            quote.quoteAuthor = quoteAuthor(n);
            quote.quoteSource = quoteSource(n);
        }
        // The contents are the quote's own child: a nested quote's contents are not its.
        HtmlNode content;
        for (HtmlNode c = n.firstChild(); c && !content; c = c.next()) {
            if (c.isElement() && c.hasClass("ipsQuote_contents"))
                content = c;
        }
        InvisionBodyReader inner;
        inner.setBaseUrl(baseUrl());
        quote.children = inner.read(content ? content : n, depth + 1);
        return quote;
    }
    std::pair<QString, HtmlNode> spoilerParts(HtmlNode n) const override
    {
        if (n.is("details"))
            return PostBodyReader::spoilerParts(n);
        const HtmlNode header = n.findFirstWithClass("ipsSpoiler_header");
        const HtmlNode contents = n.findFirstWithClass("ipsSpoiler_contents");
        return {header ? shortText(header, 200) : QString(), contents ? contents : n};
    }
};

bool isPostArticle(HtmlNode n)
{
    static const QRegularExpression id(QStringLiteral("^elComment_\\d{1,18}$"));
    return (n.is("article") || n.is("div")) && id.match(n.attributeString("id")).hasMatch();
}

bool isCommentContent(HtmlNode n)
{
    return n.attribute("data-role") == QByteArrayView("commentContent");
}

// What IPS gives its quote button: {"userid":…,"username":"…","timestamp":…,…}.
QJsonObject quoteData(HtmlNode article)
{
    const HtmlNode holder = article.findFirst([](HtmlNode n) { return n.hasAttribute("data-quotedata"); });
    const QByteArrayView raw = holder ? holder.attribute("data-quotedata") : QByteArrayView();
    if (raw.isEmpty() || raw.size() > 16 * 1024)
        return {};
    return QJsonDocument::fromJson(raw.toByteArray()).object();
}

// The post's date: the <time datetime> in its permalink ("Posted <time>", a
// findComment link), which no author pane's "joined" date or signature can be taken for;
// else the first one outside what the post says.
QDateTime headerDate(HtmlNode article)
{
    QDateTime permalinked, first;
    article.walk([&](HtmlNode n) {
        if (!n.isElement() || isCommentContent(n))
            return HtmlNode::Walk::Skip;
        if (n.is("time") && n.hasAttribute("datetime")) {
            const QDateTime date = dateFromIso(n.attributeString("datetime").left(64));
            if (!first.isValid())
                first = date;
            for (HtmlNode up = n.parent(); up && up != article; up = up.parent()) {
                if (up.is("a") && up.attributeString("href").contains(QLatin1String("comment"))) {
                    permalinked = date;
                    break;
                }
            }
            if (permalinked.isValid())
                return HtmlNode::Walk::Stop;
        }
        return HtmlNode::Walk::Descend;
    });
    return permalinked.isValid() ? permalinked : first;
}

Post readPost(HtmlNode article, const QUrl &base)
{
    Post post;
    post.id = article.attributeString("id").mid(int(qstrlen("elComment_")));
    const QJsonObject data = quoteData(article);
    // IPS 4: the author pane's heading; 5: ipsEntry__username. The quote data has the name
    // as stored, whatever the style shows.
    post.author = data.value(QLatin1String("username")).toString().trimmed().left(200);
    if (post.author.isEmpty()) {
        if (const HtmlNode name = article.findFirst([](HtmlNode n) {
                return n.hasClass("cAuthorPane_author") || n.hasClass("ipsEntry__username")
                    || (n.is("h3") && n.parent() && n.parent().hasClass("ipsComment_author"));
            }))
            post.author = shortText(name, 200);
    }
    post.date = headerDate(article);
    if (!post.date.isValid()) {
        const qint64 epoch = qint64(data.value(QLatin1String("timestamp")).toDouble());
        if (epoch > 0)
            post.date = QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::UTC);
    }
    if (const HtmlNode photo = article.findFirst(
            [](HtmlNode n) { return n.hasClass("cAuthorPane_photo") || n.hasClass("ipsUserPhoto"); }))
        post.avatarUrl = pictureUrl(photo.findFirstTag("img"), base);
    InvisionBodyReader reader;
    reader.setBaseUrl(base);
    post.body = reader.read(article.findFirst(isCommentContent), 0);
    fillTextAndQuotes(&post);
    return post;
}

QString pageTitle(HtmlNode body, HtmlNode document)
{
    if (const HtmlNode h1 = body.findFirst([](HtmlNode n) {
            return n.is("h1") && (n.hasClass("ipsType_pageTitle") || n.hasClass("ipsPageHeader__title"));
        }))
        return shortText(h1);
    if (const HtmlNode og = document.findFirst(
            [](HtmlNode n) { return n.is("meta") && n.attribute("property") == QByteArrayView("og:title"); }))
        return og.attributeString("content").simplified().left(300);
    QString title = shortText(document.findFirstTag("title"));
    if (const qsizetype at = title.lastIndexOf(QLatin1String(" - ")); at > 0)
        title = title.left(at); // "Title - Forum - Site"
    return title;
}

int numberAttribute(HtmlNode n, QByteArrayView name)
{
    return std::max(0, countFrom(n.attributeString(name).left(12)));
}

// <ul class="ipsPagination" data-pages="9" data-ipsPagination-perPage="25"> with the
// current page's <li class="ipsPagination_page ipsPagination_active"> (5:
// ipsPagination__active); the page size only where the forum paginates by AJAX.
void readPagination(HtmlNode body, ParsedPage *page, int *perPage)
{
    const HtmlNode nav = body.findFirst([](HtmlNode n) { return n.hasClass("ipsPagination"); });
    if (!nav)
        return;
    page->pageCount = std::max({page->pageCount, numberAttribute(nav, "data-pages"),
        numberAttribute(nav, "data-ipspagination-pages")});
    *perPage = std::min(MaxPostsPerPage, numberAttribute(nav, "data-ipspagination-perpage"));
    if (const HtmlNode active = nav.findFirst([](HtmlNode n) {
            return n.hasClass("ipsPagination_active") || n.hasClass("ipsPagination__active")
                || n.attribute("aria-current") == QByteArrayView("page");
        })) {
        int current = countFrom(shortText(active, 20));
        if (current <= 0)
            if (const HtmlNode a = active.findFirst([](HtmlNode n) { return n.hasAttribute("data-page"); }))
                current = numberAttribute(a, "data-page");
        if (current > 0)
            page->page = current;
    }
}

} // namespace

bool InvisionEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    if (!url.isValid() || !isWeb(url))
        return false;
    ThreadRef result;
    if (routeInQuery(url)) {
        const QString route = topicRoute(url.query().section(QLatin1Char('&'), 0, 0), &result.page);
        if (route.isEmpty())
            return false;
        result.canonical = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        result.canonical.setQuery(route);
    } else if (isRawTopic(url)) {
        result.canonical = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        result.canonical.setQuery(QStringLiteral("app=forums&module=forums&controller=topic&id=")
            + numberParameter(url, QStringLiteral("id")));
        result.page = std::max(1, QUrlQuery(url).queryItemValue(QStringLiteral("page")).left(7).toInt());
    } else {
        const QString route = topicRoute(url.path(), &result.page);
        if (route.isEmpty())
            return false;
        result.canonical = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        result.canonical.setPath(route);
        if (result.page == 1)
            result.page = std::max(1, QUrlQuery(url).queryItemValue(QStringLiteral("page")).left(7).toInt());
    }
    result.postId = commentOf(url);
    if (ref)
        *ref = result;
    return true;
}

bool InvisionEngine::recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const
{
    static const QRegularExpression marker(
        QStringLiteral("class\\s*=\\s*[\"'][^\"']*\\bipsApp\\b|/applications/core/interface/|"
                       "\\bdata-pageapp\\s*=\\s*[\"']forums[\"']"),
        QRegularExpression::CaseInsensitiveOption);
    if (!marker.match(QString::fromUtf8(html.left(512 * 1024))).hasMatch())
        return false;
    const ParsedPage page = parsePage(html, url);
    if (!page.error.isEmpty() || page.canonical.isEmpty())
        return false;
    ThreadRef result;
    if (!parseUrl(page.canonical, &result)) {
        result = ThreadRef {}; // a forum that renamed /topic/: cached under its canonical link
        result.canonical = page.canonical;
    }
    result.page = page.page;
    result.postId = commentOf(url);
    if (ref)
        *ref = result;
    return true;
}

QUrl InvisionEngine::pageUrl(const QUrl &canonical, int page) const
{
    if (page <= 1)
        return canonical;
    QUrl url = canonical;
    if (routeInQuery(canonical))
        url.setQuery(canonical.query() + QStringLiteral("page/%1/").arg(page));
    else if (isRawTopic(canonical))
        url.setQuery(canonical.query() + QStringLiteral("&page=%1").arg(page));
    else
        url.setPath(pagelessAddress(canonical).path() + QStringLiteral("page/%1/").arg(page));
    return url;
}

QUrl InvisionEngine::postUrl(const QUrl &canonical, const QString &postId) const
{
    QUrl url = canonical;
    const QString find = QStringLiteral("do=findComment&comment=") + postId;
    url.setQuery(routeInQuery(canonical) || isRawTopic(canonical)
            ? canonical.query() + QLatin1Char('&') + find
            : find);
    return url;
}

ParsedPage InvisionEngine::parsePage(const QByteArray &html, const QUrl &url) const
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
        page.page = asked.page; // unless the pagination says
    int perPage = 0;
    readPagination(body, &page, &perPage);
    page.pageCount = std::max(page.pageCount, page.page);
    // The canonical link names the topic (with the page after the first); a post link
    // landed anywhere.
    if (const HtmlNode link = doc.document().findFirst(
            [](HtmlNode n) { return n.is("link") && n.attribute("rel") == QByteArrayView("canonical"); })) {
        const QString href = link.attributeString("href").trimmed();
        const QUrl target = href.size() <= 4096 ? url.resolved(QUrl(href)) : QUrl();
        ThreadRef ref;
        if (parseUrl(target, &ref))
            page.canonical = ref.canonical;
        else if (isWeb(target) && target.host() == url.host())
            page.canonical = pagelessAddress(target);
    }
    if (page.canonical.isEmpty())
        page.canonical = asked.canonical;
    body.forEachMatch(isPostArticle, [&page, &url](HtmlNode article) {
        if (page.posts.size() < MaxPostsPerPage)
            page.posts.append(readPost(article, url));
    });
    if (page.posts.isEmpty()) {
        page.error
            = QCoreApplication::translate("ForumEngine", "no Invision Community posts found on the page");
        return page;
    }
    // IPS shows no post numbers; they follow from the page size, where the page says it.
    const int size = perPage > 0 ? perPage : (page.pageCount == 1 ? MaxPostsPerPage : 0);
    for (qsizetype i = 0; size > 0 && i < page.posts.size(); ++i)
        page.posts[i].number = (page.page - 1) * size + int(i) + 1;
    return page;
}

} // namespace Threadkeeper
