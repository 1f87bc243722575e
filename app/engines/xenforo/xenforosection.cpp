// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xenforosection.h"

#include "engines/forumtext.h"
#include "engines/sectionrows.h"
#include "html/htmldocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace Threadkeeper {

namespace {

bool isWeb(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

bool routeInQuery(const QUrl &url)
{
    return url.path().endsWith(QLatin1String("index.php"))
        && url.query().startsWith(QLatin1String("forums/"));
}

// "slug.12" or "12": a node's segment.
const QRegularExpression &nodeSegment()
{
    static const QRegularExpression re(QStringLiteral("^(?:[^/]*\\.)?\\d{1,18}$"));
    return re;
}

// The path up to and with /forums/slug.N/, or empty.
QString forumPath(const QString &path)
{
    const QStringList segments = path.split(QLatin1Char('/'));
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (segments[i] == QLatin1String("forums") && nodeSegment().match(segments[i + 1]).hasMatch())
            return segments.mid(0, i + 2).join(QLatin1Char('/')) + QLatin1Char('/');
    }
    return {};
}

// A <time> or XenForo 1 DateTime: data-timestamp (2.3), data-time, else datetime.
QDateTime timeOf(HtmlNode n)
{
    if (!n)
        return {};
    for (const QByteArrayView attribute : {QByteArrayView("data-timestamp"), QByteArrayView("data-time")}) {
        const qint64 epoch = n.attributeString(attribute).left(12).toLongLong();
        if (epoch > 0)
            return QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::UTC);
    }
    if (n.hasAttribute("datetime"))
        return dateFromIso(n.attributeString("datetime"));
    return {};
}

HtmlNode firstTime(HtmlNode scope)
{
    return scope ? scope.findFirst([](HtmlNode n) {
        return n.is("time") || ((n.is("abbr") || n.is("span")) && n.hasClass("DateTime"));
    })
                 : HtmlNode();
}

QString labelText(HtmlNode title)
{
    // Prefixes are labels linked to the forum filtered by them; several may stand in a row.
    QStringList labels;
    title.forEachMatch([](HtmlNode n) { return n.hasClass("label") || n.hasClass("prefix"); },
        [&labels](HtmlNode n) {
            if (labels.size() < 4)
                labels.append(shortText(n, SectionBounds::MaxPrefix));
        });
    labels.removeAll(QString());
    return labels.join(QLatin1Char(' '));
}

// The thread link of a title: the one marked primary, else the first that is no label.
HtmlNode threadLink(HtmlNode title)
{
    if (HtmlNode a
        = title.findFirst([](HtmlNode n) { return n.is("a") && n.hasAttribute("data-tp-primary"); }))
        return a;
    HtmlNode found;
    title.walk([&found](HtmlNode n) {
        if (n.isElement() && n.is("a") && n.hasAttribute("href") && !n.hasClass("labelLink")
            && !n.hasClass("prefixLink")
            && !n.findFirst([](HtmlNode c) { return c.hasClass("label") || c.hasClass("prefix"); })) {
            found = n;
            return HtmlNode::Walk::Stop;
        }
        return HtmlNode::Walk::Descend;
    });
    return found;
}

std::optional<int> replyCount(HtmlNode meta)
{
    // <dl class="pairs"><dt>Replies</dt><dd>12</dd></dl>: the first pair is the replies
    // in every language (views come second, as .structItem-minor).
    if (!meta)
        return std::nullopt;
    const HtmlNode dl = meta.findFirstTag("dl");
    const HtmlNode dd = dl ? dl.findFirstTag("dd") : HtmlNode();
    return dd ? abbreviatedCount(shortText(dd, 40)) : std::nullopt;
}

SectionRow readRow2(HtmlNode row, bool inStickyGroup, const QUrl &base)
{
    SectionRow r;
    const HtmlNode title = row.findFirstWithClass("structItem-title");
    if (!title)
        return r;
    const HtmlNode link = threadLink(title);
    r.link = resolvedLink(base, link.attributeString("href"));
    r.title = shortText(link, SectionBounds::MaxTitle);
    r.prefix = labelText(title);
    r.author = row.attributeString("data-author");
    const HtmlNode minor = row.findFirst([](HtmlNode n) {
        return n.hasClass("structItem-minor") && !n.parent().hasClass("structItem-cell--latest");
    });
    if (r.author.isEmpty() && minor) {
        if (HtmlNode user = minor.findFirstWithClass("username"))
            r.author = shortText(user, SectionBounds::MaxName);
    }
    r.started = timeOf(firstTime(row.findFirstWithClass("structItem-startDate")));
    r.lastPost = timeOf(firstTime(row.findFirstWithClass("structItem-cell--latest")));
    r.replies = replyCount(row.findFirstWithClass("structItem-cell--meta"));
    r.sticky = inStickyGroup || row.findFirstWithClass("structItem-status--sticky");
    return r;
}

SectionRow readRow1(HtmlNode row, const QUrl &base)
{
    SectionRow r;
    const HtmlNode title = row.findFirst([](HtmlNode n) { return n.is("h3") && n.hasClass("title"); });
    if (!title)
        return r;
    const HtmlNode link = threadLink(title);
    r.link = resolvedLink(base, link.attributeString("href"));
    r.title = shortText(link, SectionBounds::MaxTitle);
    r.prefix = labelText(title);
    r.author = row.attributeString("data-author");
    r.started = timeOf(firstTime(row.findFirstWithClass("posterDate")));
    r.lastPost = timeOf(firstTime(row.findFirstWithClass("lastPost")));
    if (HtmlNode major = row.findFirst([](HtmlNode n) { return n.is("dl") && n.hasClass("major"); })) {
        if (HtmlNode dd = major.findFirstTag("dd"))
            r.replies = abbreviatedCount(shortText(dd, 40));
    }
    r.sticky = row.hasClass("sticky");
    return r;
}

QString sectionTitle(HtmlNode body, HtmlNode document)
{
    if (HtmlNode h1 = body.findFirstWithClass("p-title-value"))
        return shortText(h1, SectionBounds::MaxName);
    if (HtmlNode bar = body.findFirstWithClass("titleBar")) {
        if (HtmlNode h1 = bar.findFirstTag("h1"))
            return shortText(h1, SectionBounds::MaxName);
    }
    QString title = shortText(document.findFirstTag("title"), SectionBounds::MaxName);
    const qsizetype bar = title.lastIndexOf(QLatin1String(" | "));
    return bar > 0 ? title.left(bar) : title;
}

int pageCountOf(HtmlNode body)
{
    int count = 1;
    if (HtmlNode nav = body.findFirstWithClass("pageNav-main")) {
        int seen = 0;
        nav.forEachMatch([](HtmlNode n) { return n.is("li"); },
            [&](HtmlNode li) {
                if (++seen <= 100)
                    count = std::max(count, countFrom(shortText(li, 20)));
            });
    } else if (HtmlNode nav = body.findFirstWithClass("PageNav")) { // XenForo 1
        count = std::max(count, countFrom(nav.attributeString("data-last")));
    }
    return std::min(count, SectionBounds::MaxPageNumber);
}

} // namespace

bool XenForoSection::parseUrl(const QUrl &url, QUrl *canonical) const
{
    if (!url.isValid() || !isWeb(url) || url.host().isEmpty())
        return false;
    if (routeInQuery(url)) {
        const QString path = forumPath(QLatin1Char('/') + url.query().section(QLatin1Char('&'), 0, 0));
        if (path.isEmpty())
            return false;
        if (canonical) {
            *canonical = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
            canonical->setQuery(path.mid(1));
        }
        return true;
    }
    const QString path = forumPath(url.path());
    if (path.isEmpty())
        return false;
    if (canonical) {
        *canonical = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        canonical->setPath(path);
    }
    return true;
}

QUrl XenForoSection::pageUrl(const QUrl &canonical, int page)
{
    if (page <= 1)
        return canonical;
    QUrl url = canonical;
    if (routeInQuery(canonical))
        url.setQuery(canonical.query() + QStringLiteral("page-%1").arg(page));
    else
        url.setPath(canonical.path() + QStringLiteral("page-%1").arg(page));
    return url;
}

bool XenForoSection::recognize(const QByteArray &body, const QByteArray &, const QUrl &) const
{
    // The <html> tag comes first and names the template; no parse needed.
    static const QRegularExpression xf2(
        QStringLiteral("<html[^>]*\\sid\\s*=\\s*[\"']?XF\\b[^>]*data-template\\s*=\\s*[\"']forum_view[\"']"),
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromUtf8(body.left(4096));
    if (xf2.match(head).hasMatch())
        return true;
    static const QRegularExpression xf1(QStringLiteral("<html[^>]*\\sid\\s*=\\s*[\"']?XenForo\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return xf1.match(head).hasMatch() && body.left(512 * 1024).contains("discussionListItems");
}

QList<ListingRequest> XenForoSection::firstRequests(const QUrl &canonical, int maxPages) const
{
    if (maxPages < 1)
        return {};
    return {ListingRequest {canonical, ListingRequest::Format::Html, 1, QByteArray()}};
}

ListingAnswer XenForoSection::readAnswer(
    const ListingRequest &request, const QByteArray &body, const QUrl &finalUrl, int maxPages) const
{
    ListingAnswer answer;
    HtmlDocument doc(body);
    if (!doc.isValid()) {
        answer.error = QCoreApplication::translate("ListingSource", "the page could not be parsed as HTML");
        return answer;
    }
    const QUrl base = documentBase(doc.document(), finalUrl.isEmpty() ? request.url : finalUrl);
    const HtmlNode page = doc.body();
    answer.page.kind = ListingKind::Section;
    answer.page.title = sectionTitle(page, doc.document());
    answer.page.link = request.url;
    bool sawRows = false;
    auto add = [&](const SectionRow &row) {
        sawRows = true;
        FeedItem item;
        if (answer.page.items.size() < SectionBounds::MaxRows && sectionItem(row, &item))
            answer.page.items.append(item);
    };
    int rows = 0;
    page.walk([&](HtmlNode n) {
        if (!n.isElement())
            return HtmlNode::Walk::Descend;
        if (++rows > 200000 || answer.page.items.size() >= SectionBounds::MaxRows)
            return HtmlNode::Walk::Stop;
        if (n.hasClass("structItem--thread")) {
            bool sticky = false;
            for (HtmlNode p = n.parent(); p && !sticky; p = p.parent()) {
                if (p.hasClass("structItemContainer-group--sticky"))
                    sticky = true;
                if (p.hasClass("structItemContainer"))
                    break;
            }
            add(readRow2(n, sticky, base));
            return HtmlNode::Walk::Skip;
        }
        if (n.is("li") && n.hasClass("discussionListItem")) {
            add(readRow1(n, base));
            return HtmlNode::Walk::Skip;
        }
        return HtmlNode::Walk::Descend;
    });
    if (!sawRows && !page.findFirst([](HtmlNode n) {
            return n.hasClass("structItemContainer") || n.hasClass("discussionListItems");
        })) {
        answer.error
            = QCoreApplication::translate("ListingSource", "no XenForo thread list found on the page");
        return answer;
    }
    if (request.page == 1) {
        QUrl canonical;
        if (!parseUrl(request.url, &canonical))
            canonical = request.url;
        const int last = std::min(pageCountOf(page), maxPages);
        answer.next = pageRequests(2, last, ListingRequest::Format::Html,
            [&canonical](int n) { return XenForoSection::pageUrl(canonical, n); });
    }
    return answer;
}

} // namespace Threadkeeper
