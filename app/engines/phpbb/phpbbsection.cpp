// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phpbbsection.h"

#include "engines/forumdate.h"
#include "engines/forumtext.h"
#include "engines/sectionrows.h"
#include "html/htmldocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

bool isViewforum(const QUrl &url)
{
    return (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && url.path().endsWith(QLatin1String("viewforum.php"), Qt::CaseInsensitive);
}

const QStringList &boardFormats()
{
    // phpBB's defaults ("D M d, Y g:i a", "d M Y, H:i") and their common variants.
    static const QStringList formats
        = {QStringLiteral("ddd MMM dd, yyyy h:mm ap"), QStringLiteral("d MMM yyyy, HH:mm"),
            QStringLiteral("dd MMM yyyy, HH:mm"), QStringLiteral("ddd MMM dd, yyyy HH:mm"),
            QStringLiteral("MMM dd, yyyy h:mm ap"), QStringLiteral("ddd dd MMM, yyyy HH:mm"),
            QStringLiteral("dd.MM.yyyy, HH:mm"), QStringLiteral("yyyy-MM-dd HH:mm")};
    return formats;
}

// 3.3 writes <time datetime>; before, the date is the scope's last words: after "»" in
// the starter's line, after the last <br> in the last post's cell.
QDateTime dateIn(HtmlNode scope, const ForumClock &clock)
{
    if (!scope)
        return {};
    if (HtmlNode time
        = scope.findFirst([](HtmlNode n) { return n.is("time") && n.hasAttribute("datetime"); }))
        return dateFromIso(time.attributeString("datetime"));
    QByteArrayView last;
    int seen = 0;
    scope.walk([&](HtmlNode n) {
        if (++seen > 2000)
            return HtmlNode::Walk::Stop;
        if (n.isText() && !QByteArrayView(n.ownText()).trimmed().isEmpty())
            last = n.ownText();
        return HtmlNode::Walk::Descend;
    });
    QString text = QString::fromUtf8(last.left(200));
    if (const qsizetype at = text.lastIndexOf(QChar(0xbb)); at >= 0)
        text = text.mid(at + 1);
    const QDateTime date = dateFromText(text.simplified(), boardFormats());
    return date.isValid() ? clock.at(date.date(), date.time()) : forumDate(text, clock);
}

SectionRow readRow(HtmlNode li, const QUrl &base, const ForumClock &clock)
{
    SectionRow r;
    const HtmlNode title = li.findFirst([](HtmlNode n) { return n.is("a") && n.hasClass("topictitle"); });
    if (!title)
        return r;
    r.link = resolvedLink(base, title.attributeString("href"));
    r.title = shortText(title, SectionBounds::MaxTitle);
    // The starter: the topic-poster block (3.1+), else the title cell's profile link.
    HtmlNode poster = li.findFirstWithClass("topic-poster");
    const HtmlNode dt = li.findFirstTag("dt");
    if (!poster)
        poster = dt;
    if (poster) {
        if (HtmlNode user = poster.findFirst([](HtmlNode n) {
                return n.is("a")
                    && (n.hasClass("username") || n.hasClass("username-coloured")
                        || n.attribute("href").contains("mode=viewprofile"));
            }))
            r.author = shortText(user, SectionBounds::MaxName);
        r.started = dateIn(poster, clock);
    }
    r.lastPost = dateIn(li.findFirst([](HtmlNode n) { return n.is("dd") && n.hasClass("lastpost"); }), clock);
    if (HtmlNode posts = li.findFirst([](HtmlNode n) { return n.is("dd") && n.hasClass("posts"); })) {
        // "12 <dfn>Replies</dfn>": the number before the label.
        for (HtmlNode c = posts.firstChild(); c; c = c.next()) {
            if (c.isText()) {
                if (const auto n = abbreviatedCount(QString::fromUtf8(c.ownText().left(40)))) {
                    r.replies = n;
                    break;
                }
            }
        }
    }
    // Prefixes come from extensions (Topic Prefixes): a labelled span before the title.
    if (dt) {
        if (HtmlNode prefix
            = dt.findFirst([](HtmlNode n) { return n.hasClass("topic-prefix") || n.hasClass("prefix"); }))
            r.prefix = shortText(prefix, SectionBounds::MaxPrefix);
    }
    r.sticky = li.hasClass("sticky") || li.hasClass("announce") || li.hasClass("global-announce");
    return r;
}

bool isTopicRow(HtmlNode n)
{
    return n.is("li") && n.hasClass("row") && n.parent().is("ul") && n.parent().hasClass("topics");
}

} // namespace

bool PhpbbSection::parseUrl(const QUrl &url, QUrl *canonical) const
{
    if (!url.isValid() || !isViewforum(url))
        return false;
    const QString forum = numberParameter(url, QStringLiteral("f"));
    if (forum.isEmpty())
        return false;
    if (canonical) {
        *canonical = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        canonical->setQuery(QStringLiteral("f=") + forum);
    }
    return true;
}

bool PhpbbSection::recognize(const QByteArray &body, const QByteArray &, const QUrl &) const
{
    static const QRegularExpression marker(
        QStringLiteral("<body[^>]*\\sid\\s*=\\s*[\"']?phpbb\\b[^>]*section-viewforum"),
        QRegularExpression::CaseInsensitiveOption);
    return marker.match(QString::fromUtf8(body.left(256 * 1024))).hasMatch();
}

QList<ListingRequest> PhpbbSection::firstRequests(const QUrl &canonical, int maxPages) const
{
    if (maxPages < 1)
        return {};
    return {ListingRequest {canonical, ListingRequest::Format::Html, 1, QByteArray()}};
}

ListingAnswer PhpbbSection::readAnswer(
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
    if (HtmlNode h2 = page.findFirst([](HtmlNode n) { return n.is("h2"); }))
        answer.page.title = shortText(h2, SectionBounds::MaxName);
    const ForumClock clock = pageClock(body);
    bool sawList = false;
    page.forEachMatch([](HtmlNode n) { return n.is("ul") && n.hasClass("topics"); },
        [&](HtmlNode list) {
            sawList = true;
            list.forEachMatch(isTopicRow, [&](HtmlNode li) {
                FeedItem item;
                if (answer.page.items.size() < SectionBounds::MaxRows
                    && sectionItem(readRow(li, base, clock), &item))
                    answer.page.items.append(item);
            });
        });
    if (!sawList) {
        answer.error = QCoreApplication::translate("ListingSource", "no phpBB topic list found on the page");
        return answer;
    }
    if (request.page != 1)
        return answer;
    // The page size and the last page from the pagination's links (start=N), outside the
    // rows (whose own links page through each topic).
    QUrl canonical;
    if (!parseUrl(request.url, &canonical))
        canonical = request.url;
    const QString forum = numberParameter(canonical, QStringLiteral("f"));
    qint64 smallest = 0, largest = 0;
    int seen = 0;
    page.walk([&](HtmlNode n) {
        if (!n.isElement())
            return HtmlNode::Walk::Descend;
        if (isTopicRow(n))
            return HtmlNode::Walk::Skip;
        if (!n.is("a") || ++seen > 5000)
            return seen > 5000 ? HtmlNode::Walk::Stop : HtmlNode::Walk::Descend;
        const QUrl link = resolvedLink(base, n.attributeString("href"));
        if (link.isEmpty() || numberParameter(link, QStringLiteral("f")) != forum
            || numberParameter(link, QStringLiteral("t")).size() > 0)
            return HtmlNode::Walk::Skip;
        const qint64 start = numberParameter(link, QStringLiteral("start")).left(9).toLongLong();
        if (start > 0) {
            smallest = smallest == 0 ? start : std::min(smallest, start);
            largest = std::max(largest, start);
        }
        return HtmlNode::Walk::Skip;
    });
    const qint64 size = smallest > 0 ? smallest : DefaultPageSize;
    const int pages = int(std::min<qint64>(largest / size + 1, SectionBounds::MaxPageNumber));
    answer.next = pageRequests(2, std::min(pages, maxPages), ListingRequest::Format::Html, [&](int n) {
        QUrl url = canonical;
        url.setQuery(canonical.query() + QStringLiteral("&start=%1").arg(qint64(n - 1) * size));
        return url;
    });
    return answer;
}

} // namespace Threadkeeper
