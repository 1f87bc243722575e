// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discussionfinder.h"

#include <QHash>

#include <algorithm>

namespace Threadkeeper {

namespace {

constexpr qsizetype MaxLinkText = 200;
constexpr int Strong = 3;
constexpr int Weak = 1;

struct Candidate
{
    const ForumEngine *engine = nullptr;
    ThreadRef ref;
    int score = 0;
    int order = 0; // first seen: the earlier wins a tie
};

} // namespace

int DiscussionFinder::commentWeight(QStringView text)
{
    // Lower-case stems: "Comments", "Kommentare", "Commentaires", "Comentarios",
    // "Commenti", "Komentarze", "Discuss", "Diskussion", "Discussione", "Replies",
    // "Antworten", "Reacties", "Réponses".
    static const QStringView strong[] = {u"comment", u"kommentar", u"comentar", u"komentar", u"discus",
        u"diskus", u"repl", u"antwort", u"reactie", u"r\u00e9ponse", u"respuesta", u"risposte"};
    static const QStringView weak[] = {u"forum", u"thread"};
    const QString lower = text.left(MaxLinkText).toString().toLower();
    for (const QStringView w : strong) {
        if (lower.contains(w))
            return Strong;
    }
    for (const QStringView w : weak) {
        if (lower.contains(w))
            return Weak;
    }
    return 0;
}

Discussion DiscussionFinder::find(const HtmlDocument &document, const QUrl &url, const QUrl &discussionUrl)
{
    Discussion found;
    if (!document.isValid())
        return found;
    QHash<QString, Candidate> candidates; // by the thread's canonical address
    int order = 0;
    auto consider = [&](const QUrl &target, int score) {
        ThreadRef ref;
        const ForumEngine *engine = target.isValid() ? engineForUrl(target, &ref) : nullptr;
        if (!engine || score <= 0)
            return;
        Candidate &c = candidates[ref.canonical.toString()];
        if (!c.engine) {
            // The thread from its start, whichever post or page the link named.
            ThreadRef whole;
            whole.canonical = ref.canonical;
            c = Candidate {engine, whole, 0, order++};
        }
        c.score += score;
    };
    if (discussionUrl.isValid())
        consider(discussionUrl, 2 * Strong);

    int links = 0;
    document.document().walk([&](HtmlNode n) {
        if (!n.isElement())
            return HtmlNode::Walk::Skip;
        const QByteArrayView tag = n.tag();
        if (tag == "script" || tag == "style" || tag == "template" || tag == "svg")
            return HtmlNode::Walk::Skip;
        if (tag == "link" && found.commentsFeed.isEmpty()) {
            const QString rel = n.attributeString("rel").toLower();
            const QString type = n.attributeString("type").toLower();
            const QString href = n.attributeString("href").trimmed();
            if (rel.split(QLatin1Char(' ')).contains(QLatin1String("alternate"))
                && (type.contains(QLatin1String("rss")) || type.contains(QLatin1String("atom")))
                && (commentWeight(n.attributeString("title")) == Strong || commentWeight(href) == Strong)
                && href.size() <= 4096)
                found.commentsFeed = url.resolved(QUrl(href));
            return HtmlNode::Walk::Skip;
        }
        if (tag != "a")
            return HtmlNode::Walk::Descend;
        if (++links > MaxLinks)
            return HtmlNode::Walk::Stop;
        const QString href = n.attributeString("href").trimmed();
        if (href.isEmpty() || href.size() > 4096 || href.startsWith(QLatin1Char('#')))
            return HtmlNode::Walk::Skip;
        // Links cannot nest: the text of every link is read once, whatever the page.
        int weight = std::max({commentWeight(n.textContent().simplified()),
            commentWeight(n.attributeString("class")), commentWeight(n.attributeString("id")),
            commentWeight(n.attributeString("rel")), commentWeight(n.attributeString("title"))});
        HtmlNode up = n.parent();
        for (int level = 0; level < AncestorLevels && up && weight < Strong; ++level, up = up.parent())
            weight = std::max({weight, commentWeight(up.attributeString("class")),
                commentWeight(up.attributeString("id"))});
        consider(url.resolved(QUrl(href)), weight);
        return HtmlNode::Walk::Skip;
    });

    const Candidate *best = nullptr;
    for (const Candidate &c : std::as_const(candidates)) {
        if (!best || c.score > best->score || (c.score == best->score && c.order < best->order))
            best = &c;
    }
    // Words of a forum alone (a sidebar of threads) are not enough: something must say comments.
    if (best && best->score >= Strong) {
        found.engine = best->engine;
        found.thread = best->ref;
    }
    // A comments feed an engine can read is a discussion too.
    if (!found.found() && found.commentsFeed.isValid()) {
        ThreadRef ref;
        if (const ForumEngine *engine = engineForUrl(found.commentsFeed, &ref)) {
            found.engine = engine;
            found.thread = ref;
        }
    }
    return found;
}

} // namespace Threadkeeper
