// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vbulletinsection.h"

#include "engines/forumdate.h"
#include "engines/forumtext.h"
#include "engines/sectionrows.h"
#include "html/htmldocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

bool isWeb(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

bool isForumdisplay(const QUrl &url)
{
    return url.path().endsWith(QLatin1String("forumdisplay.php"), Qt::CaseInsensitive);
}

// "12-General-Discussion": the forum's id, then a dash.
const QRegularExpression &idTitle()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,18})-[^./]*$"));
    return re;
}

// vBulletin prints dates in the board's format; these are its defaults ("m-d-Y",
// "h:i A") and the common variants, the time after a comma or a space.
QDateTime dateFrom(const QString &text, const ForumClock &clock)
{
    static const QStringList formats
        = {QStringLiteral("MM-dd-yyyy, hh:mm AP"), QStringLiteral("MM-dd-yyyy hh:mm AP"),
            QStringLiteral("dd-MM-yyyy, HH:mm"), QStringLiteral("dd.MM.yyyy, HH:mm"),
            QStringLiteral("yyyy-MM-dd, HH:mm"), QStringLiteral("MMM d, yyyy, hh:mm AP")};
    const QDateTime date = dateFromText(text.simplified().left(60), formats);
    return date.isValid() ? clock.at(date.date(), date.time()) : forumDate(text, clock); // "Today 10:15 AM"
}

// vBulletin 4's li.threadbit.
SectionRow readRow4(HtmlNode li, bool inStickies, const QUrl &base, const ForumClock &clock)
{
    SectionRow r;
    const HtmlNode title = li.findFirst([](HtmlNode n) { return n.is("a") && n.hasClass("title"); });
    if (!title)
        return r;
    r.link = resolvedLink(base, title.attributeString("href"));
    r.title = shortText(title, SectionBounds::MaxTitle);
    if (HtmlNode h3 = li.findFirstWithClass("threadtitle")) {
        if (HtmlNode prefix = h3.findFirstWithClass("prefix"))
            r.prefix = shortText(prefix, SectionBounds::MaxPrefix);
    }
    if (HtmlNode author = li.findFirstWithClass("author")) {
        if (HtmlNode user = author.findFirstWithClass("username"))
            r.author = shortText(user, SectionBounds::MaxName);
        // "Started by Name, 06-04-2016 03:15 PM": the date after the name's comma.
        const QString text = shortText(author, 300);
        if (const qsizetype comma = text.indexOf(QLatin1String(", "), text.indexOf(r.author)); comma >= 0)
            r.started = dateFrom(text.mid(comma + 2), clock);
    }
    if (HtmlNode stats = li.findFirstWithClass("threadstats")) {
        if (HtmlNode first = stats.findFirstTag("li")) {
            // "Replies: 12": the number after the label, in any language.
            const QString text = shortText(first, 60);
            r.replies = abbreviatedCount(text.section(QLatin1Char(':'), -1));
        }
    }
    if (HtmlNode last = li.findFirstWithClass("threadlastpost")) {
        HtmlNode dd;
        last.forEachMatch([](HtmlNode n) { return n.is("dd"); }, [&dd](HtmlNode n) { dd = n; });
        if (dd)
            r.lastPost = dateFrom(shortText(dd, 80), clock);
    }
    r.sticky = inStickies || li.hasClass("sticky");
    return r;
}

// vBulletin 3's table row.
SectionRow readRow3(HtmlNode tr, const QUrl &base, const ForumClock &clock)
{
    SectionRow r;
    const HtmlNode title
        = tr.findFirst([](HtmlNode n) { return n.is("a") && n.attribute("id").startsWith("thread_title_"); });
    if (!title)
        return r;
    r.link = resolvedLink(base, title.attributeString("href"));
    r.title = shortText(title, SectionBounds::MaxTitle);
    const HtmlNode cell = tr.findFirst(
        [](HtmlNode n) { return n.is("td") && n.attribute("id").startsWith("td_threadtitle_"); });
    if (cell) {
        if (HtmlNode prefix
            = cell.findFirst([](HtmlNode n) { return n.attribute("id").startsWith("thread_prefix_"); }))
            r.prefix = shortText(prefix, SectionBounds::MaxPrefix);
        // The starter is the title cell's small print.
        if (HtmlNode small
            = cell.findFirst([](HtmlNode n) { return n.is("div") && n.hasClass("smallfont"); }))
            r.author = shortText(small, SectionBounds::MaxName);
        // "Sticky:" (translated) is the text before the title's link, after any prefix.
        const HtmlNode div = title.parent();
        QString before;
        for (HtmlNode c = div.firstChild(); c && c != title; c = c.next()) {
            if (c.isText())
                before += QString::fromUtf8(c.ownText().left(100));
            else if (c.isElement() && (c.is("b") || c.is("strong")))
                before += shortText(c, 60);
        }
        r.sticky = before.trimmed().endsWith(QLatin1Char(':'));
        // A sticky's status icon says so in every language.
        if (HtmlNode icon
            = tr.findFirst([](HtmlNode n) { return n.attribute("id").startsWith("thread_statusicon_"); }))
            r.sticky = r.sticky || icon.attribute("src").contains("sticky");
    }
    // The cell whose title is "Replies: N, Views: M" holds the last post's date.
    tr.forEachMatch([](HtmlNode n) { return n.is("td") && n.attribute("title").contains(","); },
        [&](HtmlNode td) {
            const QString counts = td.attributeString("title").left(100);
            r.replies
                = abbreviatedCount(counts.section(QLatin1Char(','), 0, 0).section(QLatin1Char(':'), -1));
            if (HtmlNode small
                = td.findFirst([](HtmlNode n) { return n.is("div") && n.hasClass("smallfont"); })) {
                QString text;
                for (HtmlNode c = small.firstChild(); c && !c.is("br"); c = c.next())
                    text += c.isText() ? QString::fromUtf8(c.ownText().left(100)) : shortText(c, 60);
                r.lastPost = dateFrom(text, clock);
            }
        });
    return r;
}

} // namespace

bool VBulletinSection::parseUrl(const QUrl &url, QUrl *canonical) const
{
    if (!url.isValid() || !isWeb(url) || url.host().isEmpty())
        return false;
    QUrl result = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (isForumdisplay(url)) {
        QString forum = numberParameter(url, QStringLiteral("f"));
        if (forum.isEmpty())
            forum = numberParameter(url, QStringLiteral("forumid"));
        if (forum.isEmpty()) {
            // forumdisplay.php?12-Title: the friendly form in the query.
            static const QRegularExpression id(QStringLiteral("^(\\d{1,18})-"));
            const QRegularExpressionMatch m = id.match(url.query());
            if (!m.hasMatch())
                return false;
            forum = m.captured(1);
        }
        result.setQuery(QStringLiteral("f=") + forum);
        if (canonical)
            *canonical = result;
        return true;
    }
    // forumdisplay.php/12-Title and /forums/12-Title, optionally /pageN.
    QStringList segments = url.path().split(QLatin1Char('/'));
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        const bool parent = segments[i] == QLatin1String("forums")
            || segments[i].compare(QLatin1String("forumdisplay.php"), Qt::CaseInsensitive) == 0;
        if (!parent || !idTitle().match(segments[i + 1]).hasMatch())
            continue;
        result.setPath(segments.mid(0, i + 2).join(QLatin1Char('/')));
        if (canonical)
            *canonical = result;
        return true;
    }
    return false;
}

QUrl VBulletinSection::pageUrl(const QUrl &canonical, int page)
{
    if (page <= 1)
        return canonical;
    QUrl url = canonical;
    if (isForumdisplay(canonical) && canonical.hasQuery())
        url.setQuery(canonical.query() + QStringLiteral("&page=%1").arg(page));
    else
        url.setPath(canonical.path() + QStringLiteral("/page%1").arg(page));
    return url;
}

bool VBulletinSection::recognize(const QByteArray &body, const QByteArray &, const QUrl &) const
{
    static const QRegularExpression marker(
        QStringLiteral(
            "<meta[^>]*name\\s*=\\s*[\"']generator[\"'][^>]*content\\s*=\\s*[\"']vBulletin\\s*[34]"),
        QRegularExpression::CaseInsensitiveOption);
    if (!marker.match(QString::fromUtf8(body.left(64 * 1024))).hasMatch())
        return false;
    const QByteArray head = body.left(1024 * 1024);
    return head.contains("threadbits_forum_") || head.contains("id=\"threads\"");
}

QList<ListingRequest> VBulletinSection::firstRequests(const QUrl &canonical, int maxPages) const
{
    if (maxPages < 1)
        return {};
    return {ListingRequest {canonical, ListingRequest::Format::Html, 1, QByteArray()}};
}

ListingAnswer VBulletinSection::readAnswer(
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
    answer.page.link = request.url;
    QString title = shortText(doc.document().findFirstTag("title"), SectionBounds::MaxName);
    if (const qsizetype at = title.lastIndexOf(QLatin1String(" - ")); at > 0)
        title = title.left(at);
    answer.page.title = title;

    const ForumClock clock = pageClock(body);
    bool sawList = false;
    auto add = [&](const SectionRow &row) {
        FeedItem item;
        if (answer.page.items.size() < SectionBounds::MaxRows && sectionItem(row, &item))
            answer.page.items.append(item);
    };
    page.forEachMatch(
        [](HtmlNode n) {
            return (n.is("ol")
                       && (n.attribute("id") == QByteArrayView("stickies")
                           || n.attribute("id") == QByteArrayView("threads")))
                || (n.is("tbody") && n.attribute("id").startsWith("threadbits_forum_"));
        },
        [&](HtmlNode list) {
            sawList = true;
            if (list.is("tbody")) {
                for (HtmlNode tr = list.firstChild(); tr; tr = tr.next()) {
                    if (tr.isElement() && tr.is("tr"))
                        add(readRow3(tr, base, clock));
                }
                return;
            }
            const bool stickies = list.attribute("id") == QByteArrayView("stickies");
            list.forEachMatch([](HtmlNode n) { return n.is("li") && n.hasClass("threadbit"); },
                [&](HtmlNode li) { add(readRow4(li, stickies, base, clock)); });
        });
    if (!sawList) {
        answer.error
            = QCoreApplication::translate("ListingSource", "no vBulletin thread list found on the page");
        return answer;
    }
    if (request.page != 1)
        return answer;
    // "Page 1 of 5" in the page navigation (vB3 .pagenav, vB4 .pagination).
    int count = 1;
    int seen = 0;
    page.walk([&](HtmlNode n) {
        if (!n.isElement())
            return HtmlNode::Walk::Descend;
        if (++seen > 100000)
            return HtmlNode::Walk::Stop;
        if (!(n.hasClass("pagenav") || n.hasClass("pagination") || n.hasClass("pagination_top")))
            return HtmlNode::Walk::Descend;
        int inner = 0;
        n.walk([&](HtmlNode c) {
            if (!c.isElement() || ++inner > 300)
                return inner > 300 ? HtmlNode::Walk::Stop : HtmlNode::Walk::Descend;
            int current = 0, total = 0;
            const QString text = shortText(c, 60);
            static const QRegularExpression pageOf(
                QStringLiteral("^\\S+\\s+\\d[\\d,.]*\\s+\\S+\\s+\\d[\\d,.]*$"));
            if (pageOf.match(text).hasMatch() && pageOfPages(text, &current, &total)) {
                count = std::max(count, total);
                return HtmlNode::Walk::Stop;
            }
            return HtmlNode::Walk::Descend;
        });
        return HtmlNode::Walk::Skip;
    });
    QUrl canonical;
    if (!parseUrl(request.url, &canonical))
        canonical = request.url;
    answer.next = pageRequests(2, std::min({count, maxPages, SectionBounds::MaxPageNumber}),
        ListingRequest::Format::Html,
        [&canonical](int n) { return VBulletinSection::pageUrl(canonical, n); });
    return answer;
}

} // namespace Threadkeeper
