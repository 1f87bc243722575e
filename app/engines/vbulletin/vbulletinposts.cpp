// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vbulletinposts.h"

#include "engines/forumdate.h"
#include "engines/forumtext.h"
#include "engines/postbody.h"

#include <QRegularExpression>

namespace Threadkeeper {

namespace {

HtmlNode firstElement(HtmlNode n)
{
    HtmlNode c = n.firstChild();
    while (c && !c.isElement())
        c = c.next();
    return c;
}

HtmlNode nextElement(HtmlNode n)
{
    HtmlNode c = n.next();
    while (c && !c.isElement())
        c = c.next();
    return c;
}

// vB3: <div style="margin:20px…"><div class="smallfont">Quote:</div><table>…<td class="alt2">
// [<div>Originally Posted by <strong>Name</strong> <a href="showthread.php?p=N#postN">]
// <div style="font-style:italic">…</div></td></table></div>. Its code block has a <pre>
// where the quote has the table.
bool isVb3Quote(HtmlNode n)
{
    const HtmlNode label = firstElement(n);
    const HtmlNode table = label ? nextElement(label) : HtmlNode();
    return n.is("div") && label && label.is("div") && label.hasClass("smallfont") && table
        && table.is("table");
}

QString sourceOf(HtmlNode attribution)
{
    const HtmlNode link
        = attribution.findFirst([](HtmlNode n) { return n.is("a") && n.hasAttribute("href"); });
    if (!link)
        return {};
    // showthread.php?p=N#postN, or a friendly URL with ?p=N#postN
    const QUrl href(link.attributeString("href").trimmed().left(4096));
    QString id = numberParameter(href, QStringLiteral("p"));
    return id.isEmpty() ? numberParameter(href, QStringLiteral("post")) : id;
}

class VBulletinBodyReader final : public PostBodyReader
{
protected:
    Element classify(HtmlNode n) const override
    {
        if (n.hasClass("bbcode_quote") || isVb3Quote(n))
            return Element::Quote;
        if (n.hasClass("bbcode_description")
            || n.hasClass("bbcode_postedby")) // "Code:", "Originally Posted by"
            return Element::Skip;
        return PostBodyReader::classify(n);
    }
    Block readQuote(HtmlNode n, int depth) override
    {
        Block quote;
        quote.kind = Block::Kind::Quote;
        HtmlNode content = n;
        if (n.hasClass("bbcode_quote")) {
            // vB4/5: .quote_container > [.bbcode_postedby] .message, or the text itself
            // when the quote names no one.
            HtmlNode container = n.findFirstWithClass("quote_container");
            container = container ? container : n;
            content = container;
            for (HtmlNode c = firstElement(container); c; c = nextElement(c)) {
                if (c.hasClass("bbcode_postedby")) {
                    if (const HtmlNode name = c.findFirstTag("strong"))
                        quote.quoteAuthor = shortText(name, 200);
                    quote.quoteSource = sourceOf(c);
                } else if (c.hasClass("message")) {
                    content = c;
                }
            }
        } else if (const HtmlNode cell = n.findFirstTag("td")) {
            content = cell;
            const HtmlNode attribution = firstElement(cell);
            const HtmlNode name
                = attribution && attribution.is("div") ? attribution.findFirstTag("strong") : HtmlNode();
            if (name) {
                quote.quoteAuthor = shortText(name, 200);
                quote.quoteSource = sourceOf(attribution);
                if (const HtmlNode text = nextElement(attribution))
                    content = text;
            }
        }
        VBulletinBodyReader inner;
        inner.setBaseUrl(baseUrl());
        // The content alone: the quote's frame (its label, the attribution) is not quoted text.
        quote.children = inner.read(content, depth + 1);
        return quote;
    }
};

// Dates as vBulletin prints them by default ("06-15-2016, 03:03 PM") and as boards
// often set them ("2016-02-01, 02:21"), in the board's zone, which the footer says
// ("All times are GMT -5").
QDateTime dateOf(const QString &text, const ForumClock &clock)
{
    static const QStringList formats = {QStringLiteral("MM-dd-yyyy, hh:mm AP"),
        QStringLiteral("yyyy-MM-dd, HH:mm"), QStringLiteral("dd-MM-yyyy, HH:mm"),
        QStringLiteral("MM-dd-yyyy, HH:mm"), QStringLiteral("dd.MM.yyyy, HH:mm"),
        QStringLiteral("MMM d, yyyy, hh:mm AP"), QStringLiteral("d MMM yyyy, HH:mm")};
    const QDateTime date = dateFromText(text, formats);
    if (date.isValid())
        return clock.at(date.date(), date.time());
    return forumDate(text, clock); // a board's own format or language
}

Post readBody(Post post, HtmlNode content, const QUrl &base)
{
    VBulletinBodyReader reader;
    reader.setBaseUrl(base);
    post.body = reader.read(content, 0);
    fillTextAndQuotes(&post);
    return post;
}

Post readVb5(HtmlNode li, const QUrl &base)
{
    Post post;
    post.id = li.attributeString("data-node-id").trimmed();
    if (const HtmlNode author = li.findFirst([](HtmlNode n) { return n.hasClass("author"); }))
        post.author = shortText(author, 200);
    if (const HtmlNode time
        = li.findFirst([](HtmlNode n) { return n.is("time") && n.hasAttribute("datetime"); }))
        post.date = dateFromIso(time.attributeString("datetime"));
    if (const HtmlNode count = li.findFirstWithClass("b-post__count"))
        post.number = countFrom(shortText(count, 20));
    if (const HtmlNode avatar = li.findFirstWithClass("b-avatar"))
        post.avatarUrl = pictureUrl(avatar.findFirstTag("img"), base);
    return readBody(std::move(post), li.findFirstWithClass("js-post__content-text"), base);
}

Post readVb4(HtmlNode li, const QUrl &base, const ForumClock &clock)
{
    Post post;
    post.id = li.attributeString("id").mid(5); // post_N
    if (const HtmlNode author = li.findFirst([](HtmlNode n) { return n.hasClass("username"); }))
        post.author = shortText(author, 200);
    if (const HtmlNode date = li.findFirst([](HtmlNode n) { return n.is("span") && n.hasClass("date"); }))
        post.date = dateOf(shortText(date, 80), clock);
    if (const HtmlNode count = li.findFirstWithClass("postcounter"))
        post.number = countFrom(shortText(count, 20));
    if (const HtmlNode avatar = li.findFirstWithClass("postuseravatar"))
        post.avatarUrl = pictureUrl(avatar.findFirstTag("img"), base);
    return readBody(
        std::move(post), li.findFirst([](HtmlNode n) { return n.hasClass("postcontent"); }), base);
}

Post readVb3(HtmlNode table, const QUrl &base, const ForumClock &clock)
{
    Post post;
    post.id = table.attributeString("id").mid(4); // postN
    const QByteArray message = "post_message_" + post.id.toLatin1();
    const QByteArray counter = "postcount" + post.id.toLatin1();
    HtmlNode content, date;
    table.walk([&](HtmlNode n) {
        if (!n.isElement())
            return HtmlNode::Walk::Descend;
        if (!date && n.is("td") && n.hasClass("thead"))
            date = n;
        else if (post.author.isEmpty() && n.hasClass("bigusername"))
            post.author = shortText(n, 200);
        else if (post.number == 0 && n.attribute("id") == QByteArrayView(counter))
            post.number = countFrom(shortText(n, 20));
        else if (n.attribute("id") == QByteArrayView(message))
            content = n;
        return content ? HtmlNode::Walk::Stop : HtmlNode::Walk::Descend;
    });
    if (date)
        post.date = dateOf(shortText(date, 80), clock);
    return readBody(std::move(post), content, base);
}

enum class Kind
{
    None,
    Vb3,
    Vb4,
    Vb5
};

Kind kindOf(HtmlNode n)
{
    static const QRegularExpression vb3(QStringLiteral("^post\\d{1,18}$"));
    static const QRegularExpression vb4(QStringLiteral("^post_\\d{1,18}$"));
    static const QRegularExpression digits(QStringLiteral("^\\d{1,18}$"));
    if (n.is("li") && n.hasClass("b-post") && digits.match(n.attributeString("data-node-id")).hasMatch())
        return Kind::Vb5;
    if (n.is("li") && n.hasClass("postcontainer") && vb4.match(n.attributeString("id")).hasMatch())
        return Kind::Vb4;
    if ((n.is("table") || n.is("div")) && vb3.match(n.attributeString("id")).hasMatch())
        return Kind::Vb3;
    return Kind::None;
}

// Any skin: vBulletin 3 and 4 keep each message in div#post_message_N whatever the style
// does around it, and the post's box is its nearest ancestor with id post_N (4) or postN
// (3). In it, the poster is the profile link (member.php), the number the postcount or
// postcounter, the date whatever reads as one.
Post readBySkeleton(HtmlNode message, const QUrl &base, const ForumClock &clock)
{
    Post post;
    post.id = message.attributeString("id").mid(13); // post_message_N
    const QByteArray vb4 = "post_" + post.id.toLatin1();
    const QByteArray vb3 = "post" + post.id.toLatin1();
    HtmlNode box;
    HtmlNode up = message.parent();
    for (int steps = 0; up && steps < 16 && !box; ++steps, up = up.parent()) {
        const QByteArrayView id = up.attribute("id");
        if (id == QByteArrayView(vb4) || id == QByteArrayView(vb3))
            box = up;
    }
    if (!box)
        return {};
    const QByteArray counter = "postcount" + post.id.toLatin1();
    HtmlNode profile, number, date;
    box.walk([&](HtmlNode n) {
        if (n == message)
            return HtmlNode::Walk::Skip;
        if (!n.isElement())
            return HtmlNode::Walk::Descend;
        if (!profile && n.is("a") && n.attributeString("href").contains(QLatin1String("member.php"))
            && !shortText(n, 200).isEmpty())
            profile = n;
        else if (!number && (n.attribute("id") == QByteArrayView(counter) || n.hasClass("postcounter")))
            number = n;
        else if (!date
            && (n.hasClass("date") || n.hasClass("postdate") || (n.is("td") && n.hasClass("thead"))))
            date = n;
        return HtmlNode::Walk::Descend;
    });
    if (profile)
        post.author = shortText(profile, 200);
    if (number) // vB4's a#postcountN is empty, its name the number
        post.number = std::max(countFrom(shortText(number, 20)), countFrom(number.attributeString("name")));
    if (date)
        post.date = dateOf(shortText(date, 120), clock);
    // vB4 wraps the message in a blockquote (postcontent, however a style names it): the
    // wrapper, alone in the message, is no quote.
    HtmlNode only;
    bool alone = true;
    for (HtmlNode c = message.firstChild(); c && alone; c = c.next()) {
        if (c.isElement())
            alone = !only, only = c;
        else if (c.isText() && !c.textContent().trimmed().isEmpty())
            alone = false;
    }
    return readBody(std::move(post), alone && only && only.is("blockquote") ? only : message, base);
}

} // namespace

QList<Post> readVBulletinPosts(HtmlNode body, const QUrl &base, const ForumClock &clock, int maxPosts)
{
    QList<Post> posts;
    body.forEachMatch([](HtmlNode n) { return kindOf(n) != Kind::None; },
        [&](HtmlNode n) {
            if (posts.size() >= maxPosts)
                return;
            const Kind kind = kindOf(n);
            Post post = kind == Kind::Vb5 ? readVb5(n, base)
                : kind == Kind::Vb4       ? readVb4(n, base, clock)
                                          : readVb3(n, base, clock);
            // vB3 styles also mark other tables postN (a deleted post's stub has no message).
            if (!post.id.isEmpty() && (kind != Kind::Vb3 || !post.author.isEmpty()))
                posts.append(std::move(post));
        });
    if (!posts.isEmpty())
        return posts;
    // A style that renamed the classes the readers above know.
    static const QRegularExpression message(QStringLiteral("^post_message_\\d{1,18}$"));
    body.forEachMatch(
        [](HtmlNode n) { return n.isElement() && message.match(n.attributeString("id")).hasMatch(); },
        [&](HtmlNode n) {
            if (posts.size() >= maxPosts)
                return;
            Post post = readBySkeleton(n, base, clock);
            if (!post.id.isEmpty() && !post.author.isEmpty())
                posts.append(std::move(post));
        });
    return posts;
}

} // namespace Threadkeeper
