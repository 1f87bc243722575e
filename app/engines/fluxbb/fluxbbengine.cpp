// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fluxbbengine.h"

#include "engines/forumdate.h"
#include "engines/forumtext.h"
#include "engines/postbody.h"
#include "html/htmldocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

constexpr int MaxPostsPerPage = 1000; // FluxBB caps disp_posts at 75

bool isViewtopic(const QUrl &url)
{
    const QString scheme = url.scheme();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && url.path().endsWith(QLatin1String("viewtopic.php"), Qt::CaseInsensitive);
}

// Only the query: numberParameter() would also read "#p12" as p=12, and p= is a page here.
QString queryNumber(const QUrl &url, const QString &key)
{
    return numberParameter(url.adjusted(QUrl::RemoveFragment), key);
}

// The post a link names: viewtopic.php?pid=K, or its #pK anchor.
QString postIdOf(const QUrl &url)
{
    if (QString pid = queryNumber(url, QStringLiteral("pid")); !pid.isEmpty())
        return pid;
    static const QRegularExpression anchor(QStringLiteral("^p(\\d{1,18})$"));
    const QRegularExpressionMatch m = anchor.match(url.fragment());
    return m.hasMatch() ? QString::number(m.captured(1).toLongLong()) : QString();
}

// "Name wrote:" as a quote's <cite> (FluxBB 1.4+, PunBB 1.3+) or <h4> (1.2) says it, in the
// board's language; a mod's link to the quoted post, where there is one, is not the name.
QString attributionName(HtmlNode cite, QString *source)
{
    QString text;
    for (HtmlNode c = cite.firstChild(); c && text.size() < 1000; c = c.next()) {
        if (c.isElement() && c.is("a")) {
            const QString id = postIdOf(QUrl(c.attributeString("href").trimmed().left(2048)));
            if (!id.isEmpty()) {
                if (source && source->isEmpty())
                    *source = id;
                continue;
            }
        }
        text += c.textContent();
    }
    // A link's leftovers: "Name wrote in #12:" reads as "Name wrote in:".
    return nameBeforeLastWord(text.simplified()).left(200);
}

// The <h4> of a 1.2 quote: <blockquote><div class="incqbox"><h4>Name wrote:</h4>.
HtmlNode oldAttribution(HtmlNode blockquote)
{
    for (HtmlNode c = blockquote.firstChild(); c; c = c.next()) {
        if (!c.isElement())
            continue;
        if (!c.hasClass("incqbox"))
            return {};
        for (HtmlNode h = c.firstChild(); h; h = h.next()) {
            if (h.isElement())
                return h.is("h4") ? h : HtmlNode();
        }
    }
    return {};
}

HtmlNode childElement(HtmlNode parent, QByteArrayView tag)
{
    for (HtmlNode c = parent.firstChild(); c; c = c.next()) {
        if (c.isElement() && c.is(tag))
            return c;
    }
    return {};
}

class FluxbbBodyReader final : public PostBodyReader
{
public:
    // attribution: the 1.2 quote's <h4>, read already as the quote's author.
    explicit FluxbbBodyReader(HtmlNode attribution = {})
        : m_attribution(attribution)
    { }

protected:
    Element classify(HtmlNode n) const override
    {
        if (m_attribution && n == m_attribution)
            return Element::Skip;
        if (n.is("div") && n.hasClass("quotebox"))
            return Element::Quote;
        if (n.is("div") && n.hasClass("codebox"))
            return Element::Code;
        // "Last edited by …" (FluxBB's p.postedit, PunBB 1.4's p.lastedit) is not the post.
        if (n.hasClass("postedit") || n.hasClass("lastedit"))
            return Element::Skip;
        return PostBodyReader::classify(n);
    }
    Block readQuote(HtmlNode n, int depth) override
    {
        Block quote;
        quote.kind = Block::Kind::Quote;
        HtmlNode content = n;
        HtmlNode attribution;
        if (n.hasClass("quotebox")) {
            // <div class="quotebox"><cite>Name wrote:</cite><blockquote><div><p>…
            if (const HtmlNode cite = childElement(n, "cite"))
                quote.quoteAuthor = attributionName(cite, &quote.quoteSource);
            if (const HtmlNode inner = childElement(n, "blockquote"))
                content = inner;
        } else if ((attribution = oldAttribution(n))) {
            quote.quoteAuthor = attributionName(attribution, &quote.quoteSource);
        }
        FluxbbBodyReader inner(attribution);
        inner.setBaseUrl(baseUrl());
        quote.children = inner.read(content, depth + 1);
        return quote;
    }

private:
    HtmlNode m_attribution;
};

bool isPost(HtmlNode n)
{
    static const QRegularExpression id(QStringLiteral("^p\\d{1,18}$"));
    return n.is("div") && (n.hasClass("blockpost") || n.hasClass("post"))
        && id.match(n.attributeString("id")).hasMatch();
}

// The post's own message, not the signature FluxBB 1.5 also classes "postmsg".
HtmlNode messageOf(HtmlNode post)
{
    if (HtmlNode msg = post.findFirst(
            [](HtmlNode n) { return n.is("div") && n.hasClass("postmsg") && !n.hasClass("postsignature"); }))
        return msg;
    return post.findFirst([](HtmlNode n) { return n.is("div") && n.hasClass("entry-content"); });
}

QString authorOf(HtmlNode post)
{
    // FluxBB: <div class="postleft"><dl><dt><strong>Name</strong></dt>.
    if (const HtmlNode left = post.findFirstWithClass("postleft")) {
        if (const HtmlNode dt = left.findFirstTag("dt"))
            return shortText(dt, 200);
    }
    // PunBB 1.3/1.4: <li class="username">, or the byline's <strong>.
    if (const HtmlNode name = post.findFirst([](HtmlNode n) { return n.is("li") && n.hasClass("username"); }))
        return shortText(name, 200);
    if (const HtmlNode byline = post.findFirstWithClass("post-byline")) {
        if (const HtmlNode strong = byline.findFirstTag("strong"))
            return shortText(strong, 200);
    }
    return {};
}

// The permalink to the post carries its date: FluxBB's header <h2>…<a href="viewtopic.php?
// pid=K#pK">2019-09-29 10:46:47</a>, PunBB 1.4's a.permalink; "Today 20:47:30" on boards
// that say so.
QDateTime dateOf(HtmlNode post, const QString &id)
{
    const HtmlNode link = post.findFirst([&id](HtmlNode a) {
        return a.is("a")
            && (a.hasClass("permalink") || postIdOf(QUrl(a.attributeString("href").left(2048))) == id);
    });
    return link ? forumDate(shortText(link, 160)) : QDateTime();
}

int numberOf(HtmlNode post)
{
    // FluxBB: <span class="conr">#12</span>; PunBB 1.4: <span class="post-num">12</span>.
    const HtmlNode head = post.findFirst([](HtmlNode n) { return n.is("h2") || n.hasClass("posthead"); });
    if (!head)
        return 0;
    if (const HtmlNode num
        = head.findFirst([](HtmlNode n) { return n.hasClass("conr") || n.hasClass("post-num"); }))
        return countFrom(shortText(num, 20));
    return 0;
}

Post readPost(HtmlNode div, const QUrl &base)
{
    Post post;
    post.id = div.attributeString("id").mid(1);
    post.author = authorOf(div);
    post.date = dateOf(div, post.id);
    post.number = numberOf(div);
    if (const HtmlNode avatar
        = div.findFirst([](HtmlNode n) { return n.hasClass("postavatar") || n.hasClass("useravatar"); }))
        post.avatarUrl = pictureUrl(avatar.findFirstTag("img"), base);
    FluxbbBodyReader reader;
    reader.setBaseUrl(base);
    post.body = reader.read(messageOf(div), 0);
    fillTextAndQuotes(&post);
    return post;
}

QUrl topicOf(const QUrl &base, const QString &href)
{
    if (href.isEmpty() || href.size() > 4096)
        return {};
    const QUrl url = base.resolved(QUrl(href));
    ThreadRef ref;
    if (FluxbbEngine().parseUrl(url, &ref))
        return ref.canonical;
    // "post.php?tid=N" (Post reply, Quote) and "extern.php?…&tid=N" (the topic's feed).
    const QString tid = queryNumber(url, QStringLiteral("tid"));
    const QString path = url.path();
    if (tid.isEmpty()
        || !(path.endsWith(QLatin1String("post.php")) || path.endsWith(QLatin1String("extern.php"))))
        return {};
    QUrl topic = url.adjusted(QUrl::RemoveFilename | QUrl::RemoveQuery | QUrl::RemoveFragment);
    topic.setPath(topic.path() + QStringLiteral("viewtopic.php"));
    topic.setQuery(QStringLiteral("id=") + tid);
    return topic;
}

// Which topic the page shows: its canonical link (1.4+), the breadcrumbs' or the reply
// links' topic, the feed's; else the address it came from.
QUrl canonicalOf(HtmlNode document, const QUrl &url)
{
    if (const HtmlNode link = document.findFirst(
            [](HtmlNode n) { return n.is("link") && n.attribute("rel") == QByteArrayView("canonical"); })) {
        if (QUrl topic = topicOf(url, link.attributeString("href")); !topic.isEmpty())
            return topic;
    }
    QUrl found;
    int seen = 0;
    document.walk([&](HtmlNode n) {
        if (++seen > 20000)
            return HtmlNode::Walk::Stop;
        if (n.isElement() && isPost(n))
            return HtmlNode::Walk::Skip; // a post's links name other topics
        if (n.isElement() && (n.is("a") || n.is("link"))) {
            const QUrl topic = topicOf(url, n.attributeString("href"));
            if (!topic.isEmpty()) {
                found = topic;
                return HtmlNode::Walk::Stop;
            }
        }
        return HtmlNode::Walk::Descend;
    });
    return found.isEmpty() ? topicOf(url, url.toString()) : found;
}

QString titleOf(HtmlNode document, HtmlNode body)
{
    // FluxBB 1.4/1.5: the breadcrumbs end with <strong><a href="viewtopic.php?id=N">Title</a>.
    if (const HtmlNode crumbs
        = body.findFirst([](HtmlNode n) { return n.is("ul") && n.hasClass("crumbs"); })) {
        HtmlNode last;
        for (HtmlNode li = crumbs.firstChild(); li; li = li.next()) {
            if (li.isElement() && li.is("li"))
                last = li;
        }
        if (last) {
            if (const HtmlNode strong = last.findFirstTag("strong"))
                return shortText(strong, 500);
        }
    }
    // PunBB 1.3/1.4: <h1 class="main-title">.
    if (const HtmlNode h1 = body.findFirst([](HtmlNode n) { return n.hasClass("main-title"); }))
        return shortText(h1, 500);
    // 1.2: the first post's subject (replies say "Re: …"), else the crumbs' last item.
    if (const HtmlNode first = body.findFirst(isPost)) {
        if (const HtmlNode right = first.findFirstWithClass("postright")) {
            if (const HtmlNode h3 = right.findFirstTag("h3")) {
                QString subject = shortText(h3, 500);
                static const QRegularExpression re(QStringLiteral("^Re:\\s*"));
                subject.remove(re);
                if (!subject.isEmpty())
                    return subject;
            }
        }
    }
    // "Topic / Forum / Board" (FluxBB 1.4+).
    QString title = shortText(document.findFirstTag("title"), 500);
    if (const qsizetype at = title.indexOf(QLatin1String(" / ")); at > 0)
        title = title.left(at);
    return title;
}

// "Pages: 1 2 3 … 9 Next": FluxBB's p.pagelink, PunBB 1.4's p.paging. The current page is
// the number that is not a link.
void readPagination(HtmlNode body, const QUrl &url, ParsedPage *page)
{
    int current = 0, count = 0, links = 0;
    body.forEachMatch([](HtmlNode n) { return n.hasClass("pagelink") || n.hasClass("paging"); },
        [&](HtmlNode nav) {
            nav.walk([&](HtmlNode n) {
                if (!n.isElement())
                    return HtmlNode::Walk::Descend;
                if (++links > 2000)
                    return HtmlNode::Walk::Stop;
                static const QRegularExpression number(QStringLiteral("^\\d{1,7}$"));
                const QString text = shortText(n, 20);
                if (!number.match(text).hasMatch())
                    return HtmlNode::Walk::Descend;
                const int label = text.toInt();
                count = std::max(count, label);
                if (!n.is("a") && current == 0)
                    current = label;
                return HtmlNode::Walk::Skip;
            });
        });
    if (current == 0) {
        // No pagination: the page the address asked for, if it said.
        const int asked = queryNumber(url, QStringLiteral("p")).left(7).toInt();
        current = asked > 0 ? asked : 1;
    }
    page->page = std::clamp(current, 1, PagedHtmlEngine::MaxPages);
    page->pageCount = std::clamp(std::max(count, current), 1, PagedHtmlEngine::MaxPages);
}

} // namespace

bool FluxbbEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    if (!url.isValid() || !isViewtopic(url))
        return false;
    const QString topic = queryNumber(url, QStringLiteral("id"));
    // t= is phpBB's topic: a URL with both is not ours.
    if (topic.isEmpty() || QUrlQuery(url).hasQueryItem(QStringLiteral("t")))
        return false;
    ThreadRef result;
    result.canonical = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    result.canonical.setQuery(QStringLiteral("id=") + topic);
    const int page = queryNumber(url, QStringLiteral("p")).left(7).toInt();
    result.page = std::clamp(page, 1, MaxPages);
    result.postId = postIdOf(url);
    if (ref)
        *ref = result;
    return true;
}

QString FluxbbEngine::postLinkId(const QUrl &url) const
{
    if (!isViewtopic(url) || !queryNumber(url, QStringLiteral("id")).isEmpty())
        return {};
    return queryNumber(url, QStringLiteral("pid"));
}

bool FluxbbEngine::recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const
{
    static const QRegularExpression marker(
        QStringLiteral("<div[^>]*\\sid\\s*=\\s*[\"']?(?:punviewtopic|brd-viewtopic)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (!marker.match(QString::fromUtf8(html.left(256 * 1024))).hasMatch())
        return false;
    const ParsedPage page = parsePage(html, url);
    if (!page.error.isEmpty() || page.canonical.isEmpty())
        return false;
    ThreadRef found;
    if (!parseUrl(page.canonical, &found))
        return false;
    found.page = page.page;
    found.postId = postIdOf(url);
    if (ref)
        *ref = found;
    return true;
}

QUrl FluxbbEngine::pageUrl(const QUrl &canonical, int page) const
{
    if (page <= 1)
        return canonical;
    QUrl url = canonical;
    url.setQuery(canonical.query() + QStringLiteral("&p=%1").arg(page));
    return url;
}

QUrl FluxbbEngine::postUrl(const QUrl &canonical, const QString &postId) const
{
    QUrl url = canonical;
    url.setQuery(QStringLiteral("pid=") + postId);
    url.setFragment(QStringLiteral("p") + postId);
    return url;
}

ParsedPage FluxbbEngine::parsePage(const QByteArray &html, const QUrl &url) const
{
    ParsedPage page;
    HtmlDocument doc(html);
    if (!doc.isValid()) {
        page.error = QCoreApplication::translate("ForumEngine", "the page could not be parsed as HTML");
        return page;
    }
    const HtmlNode body = doc.body();
    const QUrl base = documentBase(doc.document(), url);
    readPagination(body, url, &page);
    page.canonical = canonicalOf(doc.document(), base);
    body.forEachMatch(isPost, [&page, &base](HtmlNode div) {
        if (page.posts.size() < MaxPostsPerPage)
            page.posts.append(readPost(div, base));
    });
    if (page.posts.isEmpty()) {
        page.error = QCoreApplication::translate("ForumEngine", "no FluxBB posts found on the page");
        return page;
    }
    page.title = titleOf(doc.document(), body);
    return page;
}

} // namespace Threadkeeper
