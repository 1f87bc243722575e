// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "domain/post.h"
#include "domain/refresh.h"

#include <QByteArray>
#include <QFlags>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Threadkeeper {

// What a thread URL says, before anything is fetched.
struct ThreadRef
{
    QUrl canonical; // the thread's own address, the key it is cached under
    int page = 1; // the page the URL pointed at, if it said
    QString postId; // the post the URL pointed at, if it said
    int postNumber = 0; // or its number in the thread ("/t/slug/12/5": the 5th), if that is all it said
    bool isValid() const { return canonical.isValid() && !canonical.isEmpty(); }
};

// One request an engine wants made. The loader fetches it (in parallel with the rest,
// within the per-host limit, retried and checked for completeness) and hands the answer
// back to the engine that asked.
struct EngineRequest
{
    QUrl url;
    // What to ask for. Html answers are decoded to UTF-8 (header, BOM or <meta>) before
    // the engine reads them; Json and Xml answers are handed over as they came (XML
    // names its own encoding).
    enum class Format
    {
        Html,
        Json,
        Xml
    };
    Format format = Format::Html;
    // The part of the thread the answer holds (a page, a batch of posts): its posts are
    // cached together, and "page N failed" names it. Positive.
    int unit = 1;
    QByteArray key; // the engine's own note of what it asked for ("first", "posts"); opaque to the loader

    bool operator==(const EngineRequest &) const = default;
};

// What the first answer tells about the thread.
struct ThreadFacts
{
    QString title;
    QUrl canonical; // as the answer says, when it corrects the URL's
    int unitCount = 1; // parts the thread has (pages, batches): progress counts them
    QString targetPostId; // the post the URL pointed at, when only the answer can tell
};

// Where an answer came from.
struct AnswerContext
{
    QUrl thread; // the thread's canonical address (ThreadRef::canonical)
    QUrl finalUrl; // where the answer came from, after redirects
    bool first = false; // the answer to one of firstRequests() (or refreshRequests())
    // In a refresh: what the cache holds, so that next asks only for what it lacks (new
    // pages, post ids not cached). Null in a load.
    const CachedParts *cached = nullptr;
};

// An engine's reading of one answer.
struct EngineAnswer
{
    QString error; // not an answer this engine understands (the request failed)
    std::optional<ThreadFacts> facts; // from the first answer
    int unit = 0; // the part this answer turned out to hold, if not the one asked for (0)
    // In thread order within the answer; the engine sets each post's position (thread
    // order across answers) and page (its unit).
    QList<Post> posts;
    // Of posts, how many the page shows beside its share of the thread (Vanilla's page 1
    // heads its comments with the discussion's own post): a full page is posts less these.
    int extraPosts = 0;
    QList<EngineRequest> next; // further requests this answer calls for
};

// The interface every forum engine implements: turn a URL into its first requests, and
// each answer into posts, thread facts and the next requests. Implementations are
// stateless and thread-safe: answers are read on worker threads.
class ForumEngine
{
public:
    enum class Capability
    {
        Pages = 1, // the thread is numbered pages of posts
        ExplicitParents = 2, // posts name the post they reply to
        QuoteSources = 4, // quotes can name the post they quote
        EditTimes = 8,
        Avatars = 16,
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    virtual ~ForumEngine() = default;
    virtual QString name() const = 0; // stored with the thread: "xenforo"
    virtual QString displayName() const = 0; // "XenForo"
    virtual Capabilities capabilities() const = 0;

    // Whether the URL looks like a thread of this engine; fills ref if so.
    virtual bool parseUrl(const QUrl &url, ThreadRef *ref) const = 0;
    // Whether a page fetched from an address no engine recognised is one of this
    // engine's thread pages (its generator tag, its markup); fills ref from the page.
    virtual bool recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const;
    // A forum-wide link to one post that names no thread (XenForo's /posts/N/): the
    // post's id, or empty. The forum redirects it to the thread.
    virtual QString postLinkId(const QUrl &url) const;
    // A link to one post, as the forum itself gives it.
    virtual QUrl postUrl(const QUrl &canonical, const QString &postId) const = 0;

    // The requests that start loading the thread; asked is the URL as the reader gave it
    // (a permalink may need to be fetched as it is).
    virtual QList<EngineRequest> firstRequests(const ThreadRef &ref, const QUrl &asked) const = 0;
    // The requests that start refreshing a cached thread: what can have changed, each asked
    // as "has it changed?" where the cache kept validators. Their answers are read with
    // AnswerContext::cached set and need not give facts. By default the first requests of
    // a load of the thread's own address (one answer holding the whole thread).
    virtual QList<EngineRequest> refreshRequests(const ThreadRef &ref, const CachedParts &cached) const;
    virtual EngineAnswer readAnswer(
        const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const = 0;
    // Why an answer cannot be whole (cut short on the way: the structures that close it
    // are missing, JSON that does not parse), or empty when it looks whole.
    virtual QString incompleteReason(const EngineRequest &request, const QByteArray &body) const = 0;
    // What to ask instead when a request failed for good (the network, an answer cut
    // short, or one readAnswer() refused): another source of the same part, such as a
    // second API. The loader asks them in its place (as first requests, if it was one)
    // and the failure is not reported. None by default: the failure stands.
    virtual QList<EngineRequest> fallbackRequests(const EngineRequest &failed) const;
    // Why the site refused a request, from its error answer (HTTP status and body), in the
    // reader's words; empty when the answer says nothing the status does not.
    virtual QString refusalReason(const EngineRequest &request, int httpStatus, const QByteArray &body) const;

    // What the site needs of the reader to read the thread (an account, a token): none by
    // default. The loader prepares it before the first request and sends it to the
    // need's API hosts only.
    virtual AccountNeed accountNeed(const ThreadRef &ref) const;
    // The site's stated budget for the hosts this engine asks; none by default (the
    // per-host limit alone). The loader keeps within it, and within what the site's
    // RateLimit headers say is left.
    virtual RateBudget rateBudget() const { return {}; }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ForumEngine::Capabilities)

// The engines we know, by name or by URL.
QList<const ForumEngine *> engines();
const ForumEngine *engineByName(const QString &name);
const ForumEngine *engineForUrl(const QUrl &url, ThreadRef *ref);
// The engine whose forum-wide post links look like url; fills postId.
const ForumEngine *engineForPostLink(const QUrl &url, QString *postId);
// The engine whose thread page this is (for an address no engine recognised).
const ForumEngine *engineForPage(const QByteArray &html, const QUrl &url, ThreadRef *ref);
// "XenForo, Discourse, …": what was tried, for an error.
QString knownEngineNames();
// What the engine of a cached or loading thread can do (all, for an engine unknown here).
ForumEngine::Capabilities capabilitiesOf(const QString &engineName);

} // namespace Threadkeeper
