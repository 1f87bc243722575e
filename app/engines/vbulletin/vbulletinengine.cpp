// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vbulletinengine.h"

#include "engines/forumtext.h"
#include "engines/vbulletin/vbulletinposts.h"
#include "html/htmldocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

constexpr int MaxPosts = 1000;

bool isWeb(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

bool isShowthread(const QUrl &url)
{
    return url.path().endsWith(QLatin1String("showthread.php"), Qt::CaseInsensitive);
}

// "1234-thread-title": the id, then a dash. XenForo's "title.1234" has a dot before the id.
const QRegularExpression &idTitle()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,18})-[^./]*$"));
    return re;
}

const QRegularExpression &pageSegment()
{
    static const QRegularExpression re(QStringLiteral("^page(\\d{1,7})$"));
    return re;
}

// The friendly forms: the path up to the thread's "ID-title" segment, and its page.
bool parseFriendly(const QUrl &url, QUrl *canonical, int *page)
{
    QStringList segments = url.path().split(QLatin1Char('/'));
    while (!segments.isEmpty() && segments.last().isEmpty())
        segments.removeLast();
    *page = 1;
    if (segments.size() >= 2) {
        if (const QRegularExpressionMatch m = pageSegment().match(segments.last()); m.hasMatch()) {
            *page = std::max(1, m.captured(1).toInt());
            segments.removeLast();
        }
    }
    if (segments.size() < 3 || !idTitle().match(segments.last()).hasMatch())
        return false;
    const QString before = segments[segments.size() - 2];
    // vB4: /threads/ID-title and showthread.php/ID-title; vB5: /forum/…/ID-title.
    const bool vb4 = before == QLatin1String("threads")
        || before.compare(QLatin1String("showthread.php"), Qt::CaseInsensitive) == 0;
    // vB5: /forum/CHANNEL[/…]/ID-title, a channel always between. Not Invision's forum
    // listing (/forum/5-general/, /forum/forum/5-general/) nor a WoltLab board
    // (/forum/board/3-x/).
    const bool vb5 = segments.size() >= 4 && segments[1] == QLatin1String("forum")
        && !QStringList {QStringLiteral("forum"), QStringLiteral("board"), QStringLiteral("topic"),
            QStringLiteral("thread")}
                .contains(segments[2]);
    if (!vb4 && !vb5)
        return false;
    *canonical = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    canonical->setPath(segments.join(QLatin1Char('/')));
    return true;
}

QString pageTitle(HtmlNode body, HtmlNode document)
{
    if (const HtmlNode h1 = body.findFirst([](HtmlNode n) { return n.is("h1") && n.hasClass("main-title"); }))
        return shortText(h1); // vB5
    if (const HtmlNode span = body.findFirst([](HtmlNode n) { return n.hasClass("threadtitle"); }))
        return shortText(span); // vB4
    // vB3: "Title - Page 152 - Board"
    QString title = shortText(document.findFirstTag("title"));
    static const QRegularExpression pageSuffix(QStringLiteral("\\s+-\\s+\\S+\\s+\\d+(?=\\s+-\\s+|$)"));
    title.remove(pageSuffix);
    if (const qsizetype at = title.lastIndexOf(QLatin1String(" - ")); at > 0)
        title = title.left(at);
    return title;
}

void readPagination(HtmlNode body, ParsedPage *page)
{
    // vB5: buttons carrying data-page, the current one marked.
    if (const HtmlNode nav = body.findFirstWithClass("js-pagenav")) {
        int seen = 0;
        nav.forEachMatch([](HtmlNode n) { return n.hasAttribute("data-page"); },
            [&](HtmlNode n) {
                const int number = countFrom(n.attributeString("data-page"));
                if (++seen > 200 || number <= 0 || number > 10000000)
                    return;
                page->pageCount = std::max(page->pageCount, number);
                if (n.hasClass("js-pagenav-current-button"))
                    page->page = number;
            });
        return;
    }
    // vB3 and vB4: "Page 2 of 10" in the page navigation.
    const HtmlNode nav = body.findFirst([](HtmlNode n) {
        return n.hasClass("pagenav") || n.hasClass("pagination") || n.hasClass("pagination_top");
    });
    if (!nav)
        return;
    int seen = 0;
    static const QRegularExpression pageOf(QStringLiteral("^\\S+\\s+\\d[\\d,.]*\\s+\\S+\\s+\\d[\\d,.]*$"));
    nav.walk([&](HtmlNode n) {
        if (!n.isElement())
            return HtmlNode::Walk::Descend;
        if (++seen > 500)
            return HtmlNode::Walk::Stop;
        const QString text = shortText(n, 60);
        int current = 0, count = 0;
        if (pageOf.match(text).hasMatch() && pageOfPages(text, &current, &count)) {
            page->page = current;
            page->pageCount = count;
            return HtmlNode::Walk::Stop;
        }
        return HtmlNode::Walk::Descend;
    });
}

QUrl canonicalOf(const VBulletinEngine &engine, const QUrl &base, const QString &href)
{
    ThreadRef ref;
    if (href.isEmpty() || href.size() > 4096 || !engine.parseUrl(base.resolved(QUrl(href.trimmed())), &ref))
        return {};
    return ref.canonical;
}

} // namespace

bool VBulletinEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    if (!url.isValid() || !isWeb(url))
        return false;
    ThreadRef result;
    if (isShowthread(url)) {
        QString thread = numberParameter(url, QStringLiteral("t"));
        if (thread.isEmpty())
            thread = numberParameter(url, QStringLiteral("threadid"));
        result.page = std::max(1, QUrlQuery(url).queryItemValue(QStringLiteral("page")).left(7).toInt());
        // vB4's "basic" friendly form: showthread.php?123-Title, pages ?123-Title/page2.
        static const QRegularExpression basic(
            QStringLiteral("^(\\d{1,18})(?:-[^&/]*)?(?:/page(\\d{1,7}))?(?:&|$)"));
        if (const QRegularExpressionMatch m = basic.match(url.query(QUrl::FullyDecoded));
            thread.isEmpty() && m.hasMatch()) {
            thread = QString::number(m.captured(1).toLongLong());
            if (m.capturedLength(2) > 0)
                result.page = std::max(1, m.captured(2).toInt());
        }
        if (thread.isEmpty())
            return false; // showthread.php?p=N alone: postLinkId()
        result.canonical = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        result.canonical.setQuery(QStringLiteral("t=") + thread);
    } else if (!parseFriendly(url, &result.canonical, &result.page)) {
        return false;
    }
    result.postId = numberParameter(url, QStringLiteral("p"));
    if (result.postId.isEmpty())
        result.postId = numberParameter(url, QStringLiteral("post"));
    if (ref)
        *ref = result;
    return true;
}

QString VBulletinEngine::postLinkId(const QUrl &url) const
{
    if (!isWeb(url) || !isShowthread(url) || parseUrl(url, nullptr))
        return {};
    return numberParameter(url, QStringLiteral("p"));
}

bool VBulletinEngine::recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const
{
    // The generator tag, or (a style that dropped it) the scripts every vB3/4 page loads.
    static const QRegularExpression marker(
        QStringLiteral("<meta[^>]*name\\s*=\\s*[\"']generator[\"'][^>]*content\\s*=\\s*[\"']vBulletin|"
                       "clientscript/vbulletin[_-][a-z_]{1,40}\\.js"),
        QRegularExpression::CaseInsensitiveOption);
    if (!marker.match(QString::fromUtf8(html.left(64 * 1024))).hasMatch())
        return false;
    const ParsedPage page = parsePage(html, url);
    if (!page.error.isEmpty() || page.canonical.isEmpty() || !parseUrl(page.canonical, ref))
        return false;
    if (ref)
        ref->postId = numberParameter(url, QStringLiteral("p"));
    return true;
}

QUrl VBulletinEngine::pageUrl(const QUrl &canonical, int page) const
{
    if (page <= 1)
        return canonical;
    QUrl url = canonical;
    if (isShowthread(canonical) && !canonical.query().isEmpty())
        url.setQuery(canonical.query() + QStringLiteral("&page=%1").arg(page));
    else
        url.setPath(canonical.path() + QStringLiteral("/page%1").arg(page));
    return url;
}

QUrl VBulletinEngine::postUrl(const QUrl &canonical, const QString &postId) const
{
    QUrl url = canonical;
    url.setQuery(QStringLiteral("p=") + postId);
    url.setFragment(QStringLiteral("post") + postId);
    return url;
}

ParsedPage VBulletinEngine::parsePage(const QByteArray &html, const QUrl &url) const
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
    page.pageCount = std::max(page.pageCount, page.page);
    // Which thread: the canonical link, else vB3's "Go to page" base, else the address.
    if (const HtmlNode link = doc.document().findFirst(
            [](HtmlNode n) { return n.is("link") && n.attribute("rel") == QByteArrayView("canonical"); }))
        page.canonical = canonicalOf(*this, base, link.attributeString("href"));
    if (page.canonical.isEmpty()) {
        if (const HtmlNode nav = body.findFirst([](HtmlNode n) {
                return n.is("td") && n.hasClass("vbmenu_control")
                    && n.attributeString("title").contains(QLatin1String("showthread"));
            }))
            page.canonical = canonicalOf(*this, base, nav.attributeString("title"));
    }
    if (page.canonical.isEmpty())
        page.canonical = canonicalOf(*this, url, url.toString());
    page.posts = readVBulletinPosts(body, base, pageClock(html), MaxPosts);
    if (page.posts.isEmpty())
        page.error = QCoreApplication::translate("ForumEngine", "no vBulletin posts found on the page");
    return page;
}

} // namespace Threadkeeper
