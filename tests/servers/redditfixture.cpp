// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redditfixture.h"

#include "servers/fixtureserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Threadkeeper::Testing {

QString redditHtml(const QString &bbcode)
{
    // Reddit's markdown renderer: paragraphs, "> " lines as blockquotes, "- " as lists,
    // inside <div class="md">.
    QString html = QStringLiteral("<div class=\"md\">");
    for (const QString &p : plainParagraphs(bbcode)) {
        if (p.startsWith(QLatin1String("> "))) {
            QStringList lines;
            for (const QString &line : p.split(QLatin1Char('\n')))
                lines.append(line.mid(2).toHtmlEscaped());
            html += QStringLiteral("<blockquote>\n<p>%1</p>\n</blockquote>\n")
                        .arg(lines.join(QLatin1Char('\n')));
        } else if (p.startsWith(QLatin1String("- "))) {
            html += QStringLiteral("<ul>\n");
            for (const QString &line : p.split(QLatin1Char('\n')))
                html += QStringLiteral("<li>%1</li>\n").arg(line.mid(2).toHtmlEscaped());
            html += QStringLiteral("</ul>\n");
        } else {
            html += QStringLiteral("<p>%1</p>\n")
                        .arg(p.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;")));
        }
    }
    return html + QStringLiteral("</div>");
}

namespace {

struct Writer
{
    const RedditFixture &f;
    QHash<int, QList<int>> replies;
    QHash<QString, int> indexOfId;

    QList<int> depths; // in the whole thread (0: a reply to the link)

    explicit Writer(const RedditFixture &fixture)
        : f(fixture)
        , depths(f.thread.parents.size(), 0)
    {
        for (int i = 1; i < f.thread.parents.size(); ++i) {
            const int parent = std::max(0, f.thread.parents[i]);
            replies[parent].append(i);
            indexOfId.insert(f.commentId(i), i);
            depths[i] = parent > 0 ? depths[parent] + 1 : 0; // parents come first
        }
    }

    QString fullname(int index) const
    {
        return index == 0 ? QStringLiteral("t3_") + f.linkId : QStringLiteral("t1_") + f.commentId(index);
    }

    QJsonObject more(const QList<int> &children, int parent, int depth) const
    {
        QJsonArray ids;
        for (const int c : children)
            ids.append(f.commentId(c));
        return QJsonObject {{QStringLiteral("kind"), QStringLiteral("more")},
            {QStringLiteral("data"),
                QJsonObject {{QStringLiteral("count"), int(children.size())},
                    {QStringLiteral("name"), QStringLiteral("t1_") + f.commentId(children.first())},
                    {QStringLiteral("id"), f.commentId(children.first())},
                    {QStringLiteral("parent_id"), fullname(parent)}, {QStringLiteral("depth"), depth},
                    {QStringLiteral("children"), ids}}}};
    }

    QJsonObject continuation(int parent, int depth) const
    {
        return QJsonObject {{QStringLiteral("kind"), QStringLiteral("more")},
            {QStringLiteral("data"),
                QJsonObject {{QStringLiteral("count"), 0}, {QStringLiteral("name"), QStringLiteral("t1__")},
                    {QStringLiteral("id"), QStringLiteral("_")},
                    {QStringLiteral("parent_id"), fullname(parent)}, {QStringLiteral("depth"), depth},
                    {QStringLiteral("children"), QJsonArray()}}}};
    }

    QJsonObject commentData(int index, int depth) const
    {
        const FixturePost &p = f.thread.posts[index];
        const bool deleted = f.thread.deleted.contains(index);
        const bool removed = f.removed.contains(index);
        const QString body = deleted ? QStringLiteral("[deleted]")
            : removed                ? QStringLiteral("[removed]")
                                     : p.bbcode;
        return QJsonObject {{QStringLiteral("id"), f.commentId(index)},
            {QStringLiteral("name"), fullname(index)},
            {QStringLiteral("parent_id"),
                fullname(f.thread.parents[index] < 0 ? 0 : f.thread.parents[index])},
            {QStringLiteral("link_id"), fullname(0)},
            {QStringLiteral("author"), deleted || removed ? QStringLiteral("[deleted]") : p.author},
            {QStringLiteral("body"), body},
            {QStringLiteral("body_html"),
                deleted || removed ? QStringLiteral("<div class=\"md\"><p>%1</p>\n</div>").arg(body)
                    : p.bbcode.startsWith(QLatin1String("<div")) ? p.bbcode // written as HTML already
                                                                 : redditHtml(p.bbcode)},
            {QStringLiteral("created_utc"), double(p.date.toSecsSinceEpoch())},
            {QStringLiteral("created"), double(p.date.toSecsSinceEpoch())}, {QStringLiteral("depth"), depth},
            {QStringLiteral("score"), 1}, {QStringLiteral("subreddit"), QStringLiteral("threadkeeper")},
            {QStringLiteral("replies"), QString()}};
    }

    // A comment's replies as a page shows them: the first repliesShown, a stub for the rest,
    // or "continue this thread" where the page's depth ends.
    QJsonArray replyThings(int index, int depth, int pageDepth) const
    {
        const QList<int> all = replies.value(index);
        QJsonArray out;
        if (all.isEmpty())
            return out;
        if (pageDepth >= f.continueDepth) {
            out.append(continuation(index, depth));
            return out;
        }
        const int limit = index == 0 ? f.listedTopLevel : f.repliesShown;
        for (int i = 0; i < all.size() && i < limit; ++i)
            out.append(nested(all[i], depth, pageDepth));
        if (all.size() > limit)
            out.append(more(all.mid(limit), index, depth));
        return out;
    }

    QJsonObject nested(int index, int depth, int pageDepth) const
    {
        QJsonObject data = commentData(index, pageDepth);
        const QJsonArray below = replyThings(index, depth + 1, pageDepth + 1);
        if (!below.isEmpty())
            data.insert(QStringLiteral("replies"), listing(below));
        return QJsonObject {{QStringLiteral("kind"), QStringLiteral("t1")}, {QStringLiteral("data"), data}};
    }

    static QJsonObject listing(const QJsonArray &children)
    {
        return QJsonObject {{QStringLiteral("kind"), QStringLiteral("Listing")},
            {QStringLiteral("data"),
                QJsonObject {{QStringLiteral("children"), children}, {QStringLiteral("after"), QJsonValue()},
                    {QStringLiteral("before"), QJsonValue()}}}};
    }

    QJsonObject link() const
    {
        const FixturePost &p = f.thread.posts[0];
        const bool self = f.thread.link.isEmpty();
        return QJsonObject {{QStringLiteral("id"), f.linkId}, {QStringLiteral("name"), fullname(0)},
            {QStringLiteral("title"), f.thread.title}, {QStringLiteral("author"), p.author},
            {QStringLiteral("is_self"), self},
            {QStringLiteral("url"),
                self ? QStringLiteral("https://www.reddit.com/r/threadkeeper/comments/%1/slug/").arg(f.linkId)
                     : f.thread.link},
            {QStringLiteral("selftext"), self ? p.bbcode : QString()},
            {QStringLiteral("selftext_html"),
                self ? QJsonValue(QStringLiteral("<!-- SC_OFF -->") + redditHtml(p.bbcode)
                    + QStringLiteral("<!-- SC_ON -->"))
                     : QJsonValue()},
            {QStringLiteral("created_utc"), double(p.date.toSecsSinceEpoch())},
            {QStringLiteral("num_comments"), int(f.thread.posts.size() - 1)},
            {QStringLiteral("permalink"), QStringLiteral("/r/threadkeeper/comments/%1/slug/").arg(f.linkId)}};
    }

    int depthOf(int index) const { return depths[index]; }

    void flatten(int index, int depth, int pageDepth, QJsonArray *out) const
    {
        QJsonObject data = commentData(index, depth);
        out->append(
            QJsonObject {{QStringLiteral("kind"), QStringLiteral("t1")}, {QStringLiteral("data"), data}});
        const QList<int> all = replies.value(index);
        if (all.isEmpty())
            return;
        if (pageDepth + 1 >= f.continueDepth) {
            out->append(continuation(index, depth + 1));
            return;
        }
        for (int i = 0; i < all.size() && i < f.repliesShown; ++i)
            flatten(all[i], depth + 1, pageDepth + 1, out);
        if (all.size() > f.repliesShown)
            out->append(more(all.mid(f.repliesShown), index, depth + 1));
    }
};

} // namespace

QString RedditFixture::postIdOf(int index) const
{
    return index == 0 ? QStringLiteral("t3_") + linkId : commentId(index);
}

namespace {

QByteArray commentPageOf(const Writer &w, const QString &focus)
{
    QJsonArray comments;
    if (focus.isEmpty()) {
        comments = w.replyThings(0, 0, 0);
    } else if (const int index = w.indexOfId.value(focus, -1); index > 0) {
        comments.append(w.nested(index, w.depthOf(index), 0));
    }
    const QJsonArray page {
        Writer::listing(QJsonArray {QJsonObject {
            {QStringLiteral("kind"), QStringLiteral("t3")}, {QStringLiteral("data"), w.link()}}}),
        Writer::listing(comments)};
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

QByteArray moreChildrenOf(const Writer &w, const QStringList &ids)
{
    const RedditFixture &f = w.f;
    QJsonArray things;
    QList<int> deferred;
    for (const QString &id : ids) {
        const int index = w.indexOfId.value(id, -1);
        if (index <= 0)
            continue;
        if (things.size() >= f.moreAnswerLimit) {
            deferred.append(index);
            continue;
        }
        w.flatten(index, w.depthOf(index), 0, &things);
    }
    if (!deferred.isEmpty())
        things.append(
            w.more(deferred, std::max(0, f.thread.parents[deferred.first()]), w.depthOf(deferred.first())));
    const QJsonObject answer {{QStringLiteral("json"),
        QJsonObject {{QStringLiteral("errors"), QJsonArray()},
            {QStringLiteral("data"), QJsonObject {{QStringLiteral("things"), things}}}}}};
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

// A fixture as served: its own copy, indexed once (not per request: 1,000 requests of a
// 20,000-comment thread would index it 1,000 times).
struct Served
{
    explicit Served(const RedditFixture &fixture)
        : f(fixture)
        , w(f)
    { }
    Served(const Served &) = delete; // w refers to f
    RedditFixture f;
    Writer w;
};

} // namespace

QByteArray RedditFixture::commentPage(const QString &focus) const
{
    return commentPageOf(Writer(*this), focus);
}

QByteArray RedditFixture::moreChildren(const QStringList &ids) const
{
    return moreChildrenOf(Writer(*this), ids);
}

void RedditFixture::serve(FixtureServer *server) const
{
    // The one place a request is accepted: answer(query) makes the body.
    auto route = [server](const QString &path, std::function<QByteArray(const QString &query)> answer) {
        FixtureServer::Route r;
        r.contentType = "application/json; charset=UTF-8";
        r.headers
            = {{"x-ratelimit-used", "4"}, {"x-ratelimit-remaining", "996.0"}, {"x-ratelimit-reset", "498"}};
        r.bodyForQuery = std::move(answer);
        r.authorization = authorization();
        server->setRoute(path, r);
    };
    const auto served = std::make_shared<const Served>(*this);
    route(QStringLiteral("/api/comments/") + linkId,
        [served](const QString &) { return commentPageOf(served->w, QString()); });
    for (int i = 1; i < thread.posts.size(); ++i) {
        const QString id = commentId(i);
        route(QStringLiteral("/api/comments/%1/_/%2").arg(linkId, id),
            [served, id](const QString &) { return commentPageOf(served->w, id); });
    }
    route(QStringLiteral("/api/api/morechildren"), [served](const QString &query) {
        const QStringList ids = QUrlQuery(query)
                                    .queryItemValue(QStringLiteral("children"))
                                    .split(QLatin1Char(','), Qt::SkipEmptyParts);
        return moreChildrenOf(served->w, ids);
    });
}

void RedditFixture::serveToken(FixtureServer *server)
{
    FixtureServer::Route token;
    token.contentType = "application/json; charset=UTF-8";
    token.basicAuth = QByteArray(ClientId) + ':';
    token.body = R"({"access_token": ")" + authorization().mid(7)
        + R"(", "token_type": "bearer", )"
          R"("device_id": "DO_NOT_TRACK_THIS_DEVICE", "expires_in": 3600, "scope": "*"})";
    server->setRoute(QStringLiteral("/token"), token);
}

QMap<QString, QString> RedditFixture::expectedParents() const
{
    QMap<QString, QString> out;
    out.insert(postIdOf(0), QString());
    for (int i = 1; i < thread.posts.size(); ++i)
        out.insert(commentId(i), postIdOf(std::max(0, thread.parents[i])));
    return out;
}

QStringList RedditFixture::expectedOrder() const
{
    const Writer w(*this);
    QStringList out;
    QList<int> stack {0};
    while (!stack.isEmpty()) {
        const int index = stack.takeLast();
        out.append(postIdOf(index));
        const QList<int> below = w.replies.value(index);
        for (qsizetype i = below.size() - 1; i >= 0; --i)
            stack.append(below[i]);
    }
    return out;
}

} // namespace Threadkeeper::Testing
