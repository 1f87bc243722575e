// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mybbengine.h"

#include "engines/forumdate.h"
#include "engines/forumtext.h"
#include "engines/postbody.h"
#include "html/htmldocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

constexpr int MaxPosts = 1000; // MyBB caps posts per page far below this

bool isWeb(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

QString lastSegment(const QUrl &url)
{
    return url.path().section(QLatin1Char('/'), -1);
}

bool isScript(const QUrl &url, QLatin1StringView script)
{
    return lastSegment(url).compare(script, Qt::CaseInsensitive) == 0;
}

// thread-12.html, thread-12-page-3.html, thread-12-post-345.html, thread-12-lastpost.html
const QRegularExpression &seoThread()
{
    static const QRegularExpression re(QStringLiteral(
        "^thread-(\\d{1,18})(?:-page-(\\d{1,7})|-post-(\\d{1,18})|-lastpost|-newpost)?\\.html$"));
    return re;
}

const QRegularExpression &seoPost()
{
    static const QRegularExpression re(QStringLiteral("^post-(\\d{1,18})\\.html$"));
    return re;
}

// The thread's key: showthread.php?tid=N beside the script or page that named it.
QUrl threadKey(const QUrl &url, const QString &tid)
{
    QUrl key = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveFilename);
    key.setPath(key.path() + QStringLiteral("showthread.php"));
    key.setQuery(QStringLiteral("tid=") + tid);
    return key;
}

QString numberOf(const QString &digits)
{
    return digits.isEmpty() ? QString() : QString::number(digits.toLongLong());
}

// The post a link names: showthread.php?pid=N#pidN, post-N.html, thread-T-post-N.html, #pidN.
QString postIdOfLink(const QUrl &link)
{
    if (QString pid = numberParameter(link, QStringLiteral("pid")); !pid.isEmpty())
        return pid;
    const QString last = lastSegment(link);
    if (const QRegularExpressionMatch m = seoPost().match(last); m.hasMatch())
        return numberOf(m.captured(1));
    if (const QRegularExpressionMatch m = seoThread().match(last); m.hasMatch())
        return numberOf(m.captured(3));
    return {};
}

// A thread named by one of the page's own links: the canonical link, the thread tools'
// printthread.php?tid=N and sendthread.php?tid=N (kept by the Google SEO plugin), the
// reply button's newreply.php?tid=N, or a showthread/SEO address.
QUrl threadOfLink(const QUrl &base, const QString &href)
{
    if (href.isEmpty() || href.size() > 4096)
        return {};
    const QUrl url = base.resolved(QUrl(href.trimmed()));
    if (!isWeb(url))
        return {};
    for (const QLatin1StringView script : {QLatin1StringView("printthread.php"),
             QLatin1StringView("sendthread.php"), QLatin1StringView("newreply.php")}) {
        if (isScript(url, script)) {
            const QString tid = numberParameter(url, QStringLiteral("tid"));
            return tid.isEmpty() ? QUrl() : threadKey(url, tid);
        }
    }
    ThreadRef ref;
    return MybbEngine().parseUrl(url, &ref) ? ref.canonical : QUrl();
}

// <cite><span> (date)</span>Name Wrote: <a href="…showthread.php?pid=N#pidN" class="quick_jump"></a></cite>
// (the date only when the quote was made with Reply; "Quote:" alone when it names no one).
HtmlNode citeOf(HtmlNode quote)
{
    for (HtmlNode c = quote.firstChild(); c; c = c.next()) {
        if (c.isElement())
            return c.is("cite") ? c : HtmlNode();
        if (!c.textContent().trimmed().isEmpty())
            return {};
    }
    return {};
}

QString quoteAuthor(HtmlNode cite)
{
    QString text;
    for (HtmlNode c = cite.firstChild(); c && text.size() < 1000; c = c.next()) {
        if (c.isElement() && (c.is("span") || c.is("a")))
            continue; // the date, the link to the quoted post
        text += c.textContent();
    }
    text = text.simplified();
    // "Quote:" names no one; "Name Wrote:" (localised: "Name schrieb:").
    if (!text.contains(QLatin1Char(' ')))
        return {};
    return nameBeforeLastWord(text).left(200);
}

QString quoteSource(HtmlNode cite, const QUrl &base)
{
    const HtmlNode link = cite.findFirst([](HtmlNode a) { return a.is("a") && a.hasAttribute("href"); });
    if (!link)
        return {};
    const QString href = link.attributeString("href").trimmed().left(4096);
    return postIdOfLink(base.resolved(QUrl(href)));
}

class MybbBodyReader final : public PostBodyReader
{
protected:
    Element classify(HtmlNode n) const override
    {
        const HtmlNode parent = n.parent();
        const bool inCodeBlock = parent && parent.is("div") && parent.hasClass("codeblock");
        // <div class="codeblock"><div class="title">Code:</div><div class="body"><code>…
        if (inCodeBlock && n.hasClass("title"))
            return Element::Skip;
        if (inCodeBlock && n.hasClass("body"))
            return Element::Code;
        // The attribution is read with the quote.
        if (n.is("cite") && parent && parent.is("blockquote"))
            return Element::Skip;
        return PostBodyReader::classify(n);
    }
    Block readQuote(HtmlNode n, int depth) override
    {
        Block quote;
        quote.kind = Block::Kind::Quote;
        if (const HtmlNode cite = citeOf(n)) {
            quote.quoteAuthor = quoteAuthor(cite);
            quote.quoteSource = quoteSource(cite, baseUrl());
        }
        MybbBodyReader inner;
        inner.setBaseUrl(baseUrl());
        quote.children = inner.read(n, depth + 1);
        return quote;
    }
};

QString pageTitle(HtmlNode body, HtmlNode document)
{
    // The breadcrumb's last item is the thread's subject.
    if (const HtmlNode nav = body.findFirstWithClass("navigation")) {
        if (const HtmlNode active = nav.findFirstWithClass("active"))
            return shortText(active);
    }
    return shortText(document.findFirstTag("title"));
}

// <div class="pagination"><span class="pages">Pages (5):</span> … <span
// class="pagination_current">3</span> … <a class="pagination_last">5</a> …</div>
void readPagination(HtmlNode body, ParsedPage *page)
{
    const HtmlNode nav = body.findFirstWithClass("pagination");
    if (!nav)
        return;
    static const QRegularExpression inParens(QStringLiteral("\\((\\d[\\d,.]{0,9})\\)"));
    static const QRegularExpression number(QStringLiteral("^\\d{1,7}$"));
    int seen = 0;
    nav.walk([&](HtmlNode n) {
        if (!n.isElement())
            return HtmlNode::Walk::Descend;
        if (++seen > 500)
            return HtmlNode::Walk::Stop;
        const QString text = shortText(n, 60);
        if (n.hasClass("pages")) {
            if (const QRegularExpressionMatch m = inParens.match(text); m.hasMatch())
                page->pageCount = std::max(page->pageCount, countFrom(m.captured(1)));
            return HtmlNode::Walk::Skip;
        }
        if (!number.match(text).hasMatch())
            return HtmlNode::Walk::Descend;
        const int label = text.toInt();
        page->pageCount = std::max(page->pageCount, label);
        if (n.hasClass("pagination_current"))
            page->page = label;
        return HtmlNode::Walk::Skip;
    });
    page->pageCount = std::max(page->pageCount, page->page);
}

// The date as the board shows it: "04-09-2020, 10:15 PM" in its own format, or relative
// with the absolute date in a title: <span title="04-09-2020">Yesterday</span>, 10:15 PM
// (the title holds the date only) or <span title="04-09-2020, 10:15 PM">2 hours ago</span>.
QDateTime postDate(HtmlNode dateSpan, const ForumClock &clock)
{
    QString text;
    QString titled;
    for (HtmlNode c = dateSpan.firstChild(); c && text.size() < 300; c = c.next()) {
        if (c.isElement() && c.hasClass("post_edit"))
            continue; // "(This post was last modified: …)"
        if (c.isElement() && c.hasAttribute("title") && titled.isEmpty()) {
            titled = c.attributeString("title").simplified().left(100);
            const bool hasTime = titled.contains(QLatin1Char(':'));
            text += hasTime ? QString() : titled;
            if (hasTime) {
                text = titled;
                break;
            }
            continue;
        }
        text += c.textContent();
    }
    return forumDate(text.simplified(), clock);
}

bool isPost(HtmlNode n)
{
    static const QRegularExpression id(QStringLiteral("^post_\\d{1,18}$"));
    return n.is("div") && id.match(n.attributeString("id")).hasMatch();
}

int postNumber(HtmlNode post)
{
    // <div class="post_head"><div class="float_right"><strong><a href="…#pidN">#12</a>
    static const QRegularExpression hash(QStringLiteral("^#(\\d{1,9})$"));
    const HtmlNode head = post.findFirstWithClass("post_head");
    const HtmlNode link = (head ? head : post).findFirst([](HtmlNode a) {
        return a.is("a") && hash.match(shortText(a, 20)).hasMatch();
    });
    return link ? hash.match(shortText(link, 20)).captured(1).toInt() : 0;
}

Post readPost(HtmlNode div, const QUrl &base, const ForumClock &clock)
{
    Post post;
    post.id = div.attributeString("id").mid(5);
    if (const HtmlNode info = div.findFirstWithClass("author_information")) {
        const HtmlNode name
            = info.findFirst([](HtmlNode n) { return n.is("strong") || n.hasClass("largetext"); });
        post.author = shortText(name ? name : info.findFirstTag("a"), 200);
    }
    // A theme of its own: the first link to a profile (member.php?action=profile&uid=N, or
    // the SEO plugins' user-N.html and /User-Name) is the poster's.
    if (post.author.isEmpty()) {
        static const QRegularExpression profile(
            QStringLiteral("member\\.php\\?action=profile|(?:^|/)user-\\d+\\.html|(?:^|/)User-[^/]+$"));
        HtmlNode name = div.findFirstWithClass("profilelink");
        if (!name)
            name = div.findFirst([](HtmlNode a) {
                return a.is("a") && profile.match(a.attributeString("href").left(1024)).hasMatch()
                    && !shortText(a, 10).isEmpty();
            });
        if (name)
            post.author = shortText(name, 200);
    }
    if (const HtmlNode avatar = div.findFirstWithClass("author_avatar"))
        post.avatarUrl = pictureUrl(avatar.findFirstTag("img"), base);
    if (const HtmlNode date = div.findFirstWithClass("post_date"))
        post.date = postDate(date, clock);
    post.number = postNumber(div);
    const QString bodyId = QStringLiteral("pid_") + post.id;
    HtmlNode content = div.findFirst([&bodyId](HtmlNode n) { return n.attributeString("id") == bodyId; });
    if (!content)
        content = div.findFirstWithClass("post_body");
    MybbBodyReader reader;
    reader.setBaseUrl(base);
    post.body = reader.read(content, 0);
    fillTextAndQuotes(&post);
    return post;
}

} // namespace

bool MybbEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    if (!url.isValid() || !isWeb(url))
        return false;
    ThreadRef result;
    const QString last = lastSegment(url);
    const QUrlQuery query(url);
    if (last.compare(QLatin1String("showthread.php"), Qt::CaseInsensitive) == 0) {
        const QString tid = numberParameter(url, QStringLiteral("tid"));
        if (tid.isEmpty())
            return false; // showthread.php?pid=N alone: postLinkId(); ?t=N is vBulletin's
        result.canonical = threadKey(url, tid);
        result.page = std::max(1, query.queryItemValue(QStringLiteral("page")).left(7).toInt());
        result.postId = numberParameter(url, QStringLiteral("pid"));
    } else if (const QRegularExpressionMatch m = seoThread().match(last); m.hasMatch()) {
        result.canonical = threadKey(url, numberOf(m.captured(1)));
        result.page = std::max(1, m.captured(2).toInt());
        result.postId = numberOf(m.captured(3));
        if (result.postId.isEmpty())
            result.postId = numberParameter(url, QStringLiteral("pid"));
    } else {
        // The Google SEO plugin's /Thread-Subject names no id: recognizePage() reads it off
        // the page, so that it is keyed as showthread.php?tid=N like every other form.
        return false;
    }
    if (ref)
        *ref = result;
    return true;
}

QString MybbEngine::postLinkId(const QUrl &url) const
{
    if (!url.isValid() || !isWeb(url))
        return {};
    if (isScript(url, QLatin1StringView("showthread.php"))) {
        if (!numberParameter(url, QStringLiteral("tid")).isEmpty())
            return {};
        return numberParameter(url, QStringLiteral("pid"));
    }
    if (const QRegularExpressionMatch m = seoPost().match(lastSegment(url)); m.hasMatch())
        return numberOf(m.captured(1));
    return {};
}

bool MybbEngine::recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const
{
    static const QRegularExpression marker(
        QStringLiteral("jscripts/general\\.js\\?ver=\\d|Powered By\\s*<a[^>]*mybb\\.com"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(html.left(512 * 1024));
    if (!marker.match(text).hasMatch() || !text.contains(QLatin1String("id=\"pid_")))
        return false;
    const ParsedPage page = parsePage(html, url);
    if (!page.error.isEmpty() || page.canonical.isEmpty() || !parseUrl(page.canonical, ref))
        return false;
    if (ref)
        ref->postId = postIdOfLink(url);
    return true;
}

QUrl MybbEngine::pageUrl(const QUrl &canonical, int page) const
{
    if (page <= 1)
        return canonical;
    QUrl url = canonical;
    const QString query = canonical.query();
    url.setQuery(
        query.isEmpty() ? QStringLiteral("page=%1").arg(page) : query + QStringLiteral("&page=%1").arg(page));
    return url;
}

QUrl MybbEngine::postUrl(const QUrl &canonical, const QString &postId) const
{
    QUrl url = canonical.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveFilename);
    url.setPath(url.path() + QStringLiteral("showthread.php"));
    url.setQuery(QStringLiteral("pid=") + postId);
    url.setFragment(QStringLiteral("pid") + postId);
    return url;
}

ParsedPage MybbEngine::parsePage(const QByteArray &html, const QUrl &url) const
{
    ParsedPage page;
    HtmlDocument doc(html);
    if (!doc.isValid()) {
        page.error = QCoreApplication::translate("ForumEngine", "the page could not be parsed as HTML");
        return page;
    }
    const HtmlNode body = doc.body();
    const QUrl base = documentBase(doc.document(), url);
    page.title = pageTitle(body, doc.document());
    readPagination(body, &page);
    if (const HtmlNode link = doc.document().findFirst(
            [](HtmlNode n) { return n.is("link") && n.attribute("rel") == QByteArrayView("canonical"); }))
        page.canonical = threadOfLink(base, link.attributeString("href"));
    // The thread tools' links name the thread by its id, whatever the address looks like.
    if (page.canonical.isEmpty()) {
        body.walk([&](HtmlNode n) {
            if (n.is("a") && n.hasAttribute("href")) {
                const QUrl link = base.resolved(QUrl(n.attributeString("href").trimmed().left(4096)));
                for (const QLatin1StringView script : {QLatin1StringView("printthread.php"),
                         QLatin1StringView("sendthread.php"), QLatin1StringView("newreply.php")}) {
                    if (isScript(link, script) && !numberParameter(link, QStringLiteral("tid")).isEmpty()) {
                        page.canonical = threadOfLink(base, link.toString());
                        return HtmlNode::Walk::Stop;
                    }
                }
            }
            return HtmlNode::Walk::Descend;
        });
    }
    if (page.canonical.isEmpty()) {
        ThreadRef ref;
        if (parseUrl(url, &ref))
            page.canonical = ref.canonical;
    }
    // Dates in the zone the page states, "Today" against the moment it was read.
    const ForumClock clock = pageClock(html);
    body.forEachMatch(isPost, [&](HtmlNode div) {
        if (page.posts.size() < MaxPosts)
            page.posts.append(readPost(div, base, clock));
    });
    if (page.posts.isEmpty()) {
        page.error = QCoreApplication::translate("ForumEngine", "no MyBB posts found on the page");
        return page;
    }
    // A theme without the "#N" links: numbered by place where the page size is known.
    if (page.page < page.pageCount)
        page.pageSize = int(page.posts.size());
    const int size = page.pageSize > 0 ? page.pageSize : (page.page == 1 ? int(page.posts.size()) : 0);
    for (qsizetype i = 0; size > 0 && i < page.posts.size(); ++i) {
        if (page.posts[i].number == 0)
            page.posts[i].number = (page.page - 1) * size + int(i) + 1;
    }
    return page;
}

} // namespace Threadkeeper
