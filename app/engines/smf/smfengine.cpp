// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smfengine.h"

#include "engines/forumdate.h"
#include "engines/forumtext.h"
#include "engines/postbody.h"
#include "html/htmldocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Threadkeeper {

namespace {

constexpr int MaxPosts = 1000;
constexpr int MaxPageSize = 1000; // SMF caps messages per page far below this

bool isWeb(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

// The topic a query names: topic=N, topic=N.M (M: the page's first post's offset),
// topic=N.msgK, topic=N.new; SMF separates parameters with & or ;.
struct TopicValue
{
    QString topic;
    int offset = -1;
    QString postId;
};

TopicValue topicIn(const QString &text, const QRegularExpression &re)
{
    TopicValue value;
    const QRegularExpressionMatch m = re.match(text.left(4096));
    if (!m.hasMatch())
        return value;
    value.topic = QString::number(m.captured(1).toLongLong());
    if (!m.captured(3).isEmpty())
        value.postId = QString::number(m.captured(3).toLongLong());
    else if (!m.captured(2).isEmpty())
        value.offset = m.captured(2).toInt();
    return value;
}

TopicValue topicOf(const QUrl &url)
{
    // index.php?topic=N.M, and the query-less index.php/topic,N.M.html
    static const QRegularExpression query(QStringLiteral(
        "(?:^|[&;])topic=(\\d{1,18})(?:\\.(?:(\\d{1,9})|msg(\\d{1,18})|new|from\\d{1,12}))?(?=$|[&;#.])"));
    static const QRegularExpression path(QStringLiteral(
        "/index\\.php/topic,(\\d{1,18})(?:\\.(?:(\\d{1,9})|msg(\\d{1,18})|new|from\\d{1,12}))?(?:\\.html|/"
        "|$)"));
    if (url.path().endsWith(QLatin1String("/index.php"), Qt::CaseInsensitive)
        || url.path().compare(QLatin1String("index.php"), Qt::CaseInsensitive) == 0)
        return topicIn(url.query(QUrl::FullyDecoded), query);
    return topicIn(url.path(), path);
}

// The forum's script, index.php, whichever form the address took.
QUrl scriptOf(const QUrl &url)
{
    QUrl script = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = script.path();
    if (const qsizetype at = path.indexOf(QLatin1String("/index.php/"), 0, Qt::CaseInsensitive); at >= 0)
        path = path.left(at + 10);
    script.setPath(path);
    return script;
}

QUrl topicKey(const QUrl &url, const QString &topic)
{
    QUrl key = scriptOf(url);
    key.setQuery(QStringLiteral("topic=%1.0").arg(topic));
    return key;
}

// A post a link names: topic=N.msgK#msgK, index.php?msg=K, #msgK.
QString postIdOfLink(const QUrl &link)
{
    if (const TopicValue value = topicOf(link); !value.postId.isEmpty())
        return value.postId;
    return numberParameter(link, QStringLiteral("msg"));
}

// "Quote from: Name on June 20, 2021, 10:15:30 AM", in the forum's language ("Zitat von:
// Name am …", "Citation de : Name le …"): the name is after the label's colon, before
// the word that introduces the date; "Quote from: Name" when typed without a date;
// "Quote" alone names no one.
QString quoteAuthor(const QString &header)
{
    const QString text = header.simplified().left(1000);
    static const QRegularExpression label(QStringLiteral("^[^:]{1,40}?\\s?:\\s*"));
    const QRegularExpressionMatch m = label.match(text);
    if (!m.hasMatch())
        return {};
    QString name = text.mid(m.capturedEnd());
    static const QRegularExpression onDate(
        QStringLiteral("^(.+)\\s+(?:on|am|le|en|op|em|il|el|den|w|от|в|-|—)\\s+(?=.*\\d).*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (const QRegularExpressionMatch d = onDate.match(name); d.hasMatch())
        name = d.captured(1);
    return name.trimmed().left(200);
}

HtmlNode previousElement(HtmlNode n)
{
    HtmlNode before;
    const HtmlNode parent = n.parent();
    for (HtmlNode c = parent ? parent.firstChild() : HtmlNode(); c && c != n; c = c.next()) {
        if (c.isElement())
            before = c;
    }
    return before;
}

// Where a quote says whose it is: 2.1 puts a <cite> first inside the blockquote, 2.0 a
// div.quoteheader just before it.
HtmlNode quoteHeader(HtmlNode quote)
{
    for (HtmlNode c = quote.firstChild(); c; c = c.next()) {
        if (c.isElement()) {
            if (c.is("cite"))
                return c;
            break;
        }
    }
    const HtmlNode before = previousElement(quote);
    return before && before.hasClass("quoteheader") ? before : HtmlNode();
}

class SmfBodyReader final : public PostBodyReader
{
protected:
    Element classify(HtmlNode n) const override
    {
        // The attribution is read with the quote; the code block's "Code: [Select]" is chrome.
        // (and a popular image mod's "Show Image" toggle).
        if (n.hasClass("quoteheader") || n.hasClass("quotefooter") || n.hasClass("codeheader")
            || n.hasClass("more_image"))
            return Element::Skip;
        if (n.is("cite") && n.parent() && n.parent().is("blockquote"))
            return Element::Skip;
        if (n.is("code") && n.hasClass("bbc_code"))
            return Element::Code;
        return PostBodyReader::classify(n);
    }
    Block readQuote(HtmlNode n, int depth) override
    {
        Block quote;
        quote.kind = Block::Kind::Quote;
        if (const HtmlNode header = quoteHeader(n)) {
            quote.quoteAuthor = quoteAuthor(shortText(header, 1000));
            if (const HtmlNode link
                = header.findFirst([](HtmlNode a) { return a.is("a") && a.hasAttribute("href"); })) {
                const QString href = link.attributeString("href").trimmed().left(4096);
                quote.quoteSource = postIdOfLink(baseUrl().resolved(QUrl(href)));
            }
        }
        SmfBodyReader inner;
        inner.setBaseUrl(baseUrl());
        quote.children = inner.read(n, depth + 1);
        return quote;
    }
};

QString pageTitle(HtmlNode body, HtmlNode document)
{
    if (const QString title = shortText(document.findFirstTag("title")); !title.isEmpty())
        return title;
    return shortText(body.findFirst([](HtmlNode n) { return n.attributeString("id") == u"top_subject"; }));
}

// 2.0: "Pages: [<strong>2</strong>] <a class="navPages" href="…topic=N.15">3</a>"; 2.1:
// <span class="current_page">2</span> <a class="nav_page" href="…">3</a>. The links' offsets
// give the page size: page L starts at (L-1) × size.
void readPagination(HtmlNode body, const QUrl &url, ParsedPage *page)
{
    // 2.0 RC themes print the same links in a plain div: then the first link's parent.
    HtmlNode nav = body.findFirstWithClass("pagelinks");
    if (!nav) {
        if (const HtmlNode link = body.findFirst(
                [](HtmlNode n) { return n.is("a") && (n.hasClass("navPages") || n.hasClass("nav_page")); }))
            nav = link.parent();
    }
    static const QRegularExpression number(QStringLiteral("^\\[?(\\d{1,7})\\]?$"));
    int seen = 0;
    if (nav) {
        nav.walk([&](HtmlNode n) {
            if (!n.isElement())
                return HtmlNode::Walk::Descend;
            if (++seen > 500)
                return HtmlNode::Walk::Stop;
            const QRegularExpressionMatch m = number.match(shortText(n, 30));
            if (!m.hasMatch())
                return HtmlNode::Walk::Descend;
            const int label = m.captured(1).toInt();
            page->pageCount = std::max(page->pageCount, label);
            if (n.is("a")) {
                const TopicValue value
                    = topicOf(url.resolved(QUrl(n.attributeString("href").trimmed().left(4096))));
                if (label > 1 && value.offset > 0 && value.offset % (label - 1) == 0 && page->pageSize == 0)
                    page->pageSize = std::min(MaxPageSize, value.offset / (label - 1));
            } else if (n.is("strong") || n.hasClass("current_page")) {
                page->page = label;
            }
            return HtmlNode::Walk::Skip;
        });
    }
    page->pageCount = std::max(page->pageCount, page->page);
    // A page after the first knows its size from its own address.
    const TopicValue own = topicOf(url);
    if (page->pageSize == 0 && page->page > 1 && own.offset > 0 && own.offset % (page->page - 1) == 0)
        page->pageSize = std::min(MaxPageSize, own.offset / (page->page - 1));
}

// "« Reply #3 on: January 05, 2014, 09:12:33 pm »" (2.0), "June 20, 2021, 10:15:30 AM"
// (2.1), "Today at 10:15:00 am": the date after the label's colon, and the reply's
// number before it (2.1 shows it apart, "#3").
QDateTime postDate(HtmlNode keyinfo, const ForumClock &clock, int *reply)
{
    const HtmlNode small = keyinfo.findFirst([](HtmlNode n) {
        static const QRegularExpression digit(QStringLiteral("\\d"));
        return n.hasClass("smalltext") && !n.hasClass("modified") && !n.hasClass("page_number")
            && digit.match(shortText(n, 200)).hasMatch();
    });
    if (!small)
        return {};
    QString text = shortText(small, 200);
    text.remove(QChar(0xab)).remove(QChar(0xbb));
    static const QRegularExpression label(QStringLiteral(":\\s"));
    if (const QRegularExpressionMatch m = label.match(text); m.hasMatch()) {
        static const QRegularExpression hash(QStringLiteral("#(\\d{1,9})"));
        if (const QRegularExpressionMatch h = hash.match(text.left(m.capturedStart())); h.hasMatch())
            *reply = h.captured(1).toInt();
        text = text.mid(m.capturedEnd());
    }
    QDateTime date = forumDate(text, clock);
    if (!date.isValid() && small.hasAttribute("title"))
        date = forumDate(small.attributeString("title"), clock);
    return date;
}

const QRegularExpression &bodyId()
{
    static const QRegularExpression re(QStringLiteral("^msg_(\\d{1,18})$"));
    return re;
}

// A post's body is div#msg_N in every SMF 2 theme; the post is the nearest block around
// it that holds the poster too (2.0 and 2.1's div.post_wrapper, 2.0 RC's div.windowbg).
HtmlNode postContainer(HtmlNode body)
{
    HtmlNode n = body.parent();
    for (int up = 0; n && up < 8 && !n.is("body"); ++up, n = n.parent()) {
        if (n.findFirstWithClass("poster"))
            return n;
    }
    return {};
}

Post readPost(HtmlNode wrapper, const QString &id, const QUrl &base, const ForumClock &clock, int *reply)
{
    Post post;
    post.id = id;
    if (const HtmlNode poster = wrapper.findFirstWithClass("poster")) {
        if (const HtmlNode h4 = poster.findFirstTag("h4")) {
            const HtmlNode link = h4.findFirstTag("a");
            post.author = shortText(link ? link : h4, 200);
        }
        post.avatarUrl = pictureUrl(
            poster.findFirst([](HtmlNode n) { return n.is("img") && n.hasClass("avatar"); }), base);
    }
    if (const HtmlNode keyinfo = wrapper.findFirstWithClass("keyinfo")) {
        post.date = postDate(keyinfo, clock, reply);
        // 2.1: <span class="page_number">#3</span>
        if (const HtmlNode number = keyinfo.findFirstWithClass("page_number"))
            *reply = countFrom(shortText(number, 20));
    }
    const QString contentId = QStringLiteral("msg_") + id;
    HtmlNode content
        = wrapper.findFirst([&contentId](HtmlNode n) { return n.attributeString("id") == contentId; });
    SmfBodyReader reader;
    reader.setBaseUrl(base);
    post.body = reader.read(content, 0);
    fillTextAndQuotes(&post);
    return post;
}

} // namespace

bool SmfEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    if (!url.isValid() || !isWeb(url))
        return false;
    const TopicValue value = topicOf(url);
    if (value.topic.isEmpty())
        return false; // index.php?msg=K alone: postLinkId()
    ThreadRef result;
    result.canonical = topicKey(url, value.topic);
    result.postId = value.postId.isEmpty() ? numberParameter(url, QStringLiteral("msg")) : value.postId;
    if (ref)
        *ref = result;
    return true;
}

QString SmfEngine::postLinkId(const QUrl &url) const
{
    if (!url.isValid() || !isWeb(url) || !url.path().endsWith(QLatin1String("index.php"), Qt::CaseInsensitive)
        || !topicOf(url).topic.isEmpty())
        return {};
    static const QRegularExpression msg(QStringLiteral("(?:^|[&;])msg=(\\d{1,18})(?=$|[&;])"));
    const QRegularExpressionMatch m = msg.match(url.query(QUrl::FullyDecoded).left(4096));
    return m.hasMatch() ? QString::number(m.captured(1).toLongLong()) : QString();
}

bool SmfEngine::recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const
{
    static const QRegularExpression marker(
        QStringLiteral("var smf_theme_url\\s*=\\s*\"|var smf_scripturl\\s*=\\s*\""));
    const QString head = QString::fromUtf8(html.left(256 * 1024));
    if (!marker.match(head).hasMatch())
        return false;
    const ParsedPage page = parsePage(html, url);
    if (!page.error.isEmpty() || page.canonical.isEmpty() || !parseUrl(page.canonical, ref))
        return false;
    if (ref)
        ref->postId = postIdOfLink(url);
    return true;
}

QUrl SmfEngine::pageUrl(const QUrl &canonical, int page) const
{
    ParsedPage unknown;
    return pageUrlAfter(canonical, page, unknown);
}

QUrl SmfEngine::pageUrlAfter(const QUrl &canonical, int page, const ParsedPage &first) const
{
    const TopicValue value = topicOf(canonical);
    if (page <= 1 || value.topic.isEmpty())
        return canonical;
    const int size = first.pageSize > 0 ? first.pageSize : DefaultPageSize;
    QUrl url = canonical;
    url.setQuery(QStringLiteral("topic=%1.%2").arg(value.topic).arg(qint64(page - 1) * size));
    return url;
}

QUrl SmfEngine::postUrl(const QUrl &canonical, const QString &postId) const
{
    QUrl url = canonical;
    url.setQuery(QStringLiteral("topic=%1.msg%2").arg(topicOf(canonical).topic, postId));
    url.setFragment(QStringLiteral("msg") + postId);
    return url;
}

ParsedPage SmfEngine::parsePage(const QByteArray &html, const QUrl &url) const
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
    readPagination(body, url, &page);
    ThreadRef ref;
    if (const HtmlNode link = doc.document().findFirst(
            [](HtmlNode n) { return n.is("link") && n.attribute("rel") == QByteArrayView("canonical"); })) {
        const QString href = link.attributeString("href").trimmed().left(4096);
        if (parseUrl(base.resolved(QUrl(href)), &ref))
            page.canonical = ref.canonical;
    }
    if (page.canonical.isEmpty() && parseUrl(url, &ref))
        page.canonical = ref.canonical;
    // Dates in the zone the page states, "Today at" against the moment it was read.
    const ForumClock clock = pageClock(html);
    QList<int> replies;
    HtmlNode previous;
    body.forEachMatch(
        [](HtmlNode n) { return n.is("div") && bodyId().match(n.attributeString("id")).hasMatch(); },
        [&](HtmlNode content) {
            const HtmlNode wrapper = postContainer(content);
            if (!wrapper || wrapper == previous || page.posts.size() >= MaxPosts)
                return;
            previous = wrapper;
            int reply = -1;
            page.posts.append(readPost(
                wrapper, bodyId().match(content.attributeString("id")).captured(1), base, clock, &reply));
            replies.append(reply);
        });
    if (page.posts.isEmpty()) {
        page.error
            = QCoreApplication::translate("ForumEngine", "no Simple Machines Forum posts found on the page");
        return page;
    }
    if (page.pageSize == 0 && page.page < page.pageCount)
        page.pageSize = int(page.posts.size());
    // Numbered by place, the opening post 1: "Reply #N" is post N + 1.
    const int size = page.pageSize > 0 ? page.pageSize : (page.page == 1 ? int(page.posts.size()) : 0);
    for (qsizetype i = 0; i < page.posts.size(); ++i) {
        if (replies[i] >= 0)
            page.posts[i].number = replies[i] + 1;
        else if (size > 0)
            page.posts[i].number = (page.page - 1) * size + int(i) + 1;
    }
    return page;
}

} // namespace Threadkeeper
