// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace Threadkeeper {

// What a thread URL says, before anything is fetched.
struct ThreadRef
{
    QUrl canonical; // the thread's first page; page N is derived from it
    int page = 1; // the page the URL pointed at, if it said
    QString postId; // the post the URL pointed at, if it said
    bool isValid() const { return canonical.isValid() && !canonical.isEmpty(); }
};

// One parsed page of a thread.
struct ParsedPage
{
    QString title;
    int page = 1;
    int pageCount = 1;
    QUrl canonical; // as the page itself says (<link rel=canonical>, pagination), if it does
    QList<Post> posts; // position and page are filled in by the caller
    QString error; // non-empty when this is not a thread page we understand
};

// The small interface every forum engine implements. Implementations are stateless
// and thread-safe: parsing runs on worker threads.
class ForumEngine
{
public:
    virtual ~ForumEngine() = default;
    virtual QString name() const = 0;
    // Whether the URL looks like a thread of this engine; fills ref if so.
    virtual bool parseUrl(const QUrl &url, ThreadRef *ref) const = 0;
    virtual QUrl pageUrl(const QUrl &canonical, int page) const = 0;
    // A link to one post, as the forum itself gives it.
    virtual QUrl postUrl(const QUrl &canonical, const QString &postId) const = 0;
    virtual ParsedPage parsePage(const QByteArray &html, const QUrl &url) const = 0;
    // Why an answer cannot be a whole page of this engine (it was cut short on the way:
    // the structures that close a page are missing), or empty when it looks whole.
    virtual QString incompleteReason(const QByteArray &body) const = 0;
    // A forum-wide link to one post that names no thread (XenForo's /posts/N/ and
    // goto/post?id=N): the post's id, or empty. The forum redirects it to the thread.
    virtual QString postLinkId(const QUrl &url) const = 0;
};

// The engines we know, by name or by URL.
const ForumEngine *engineByName(const QString &name);
const ForumEngine *engineForUrl(const QUrl &url, ThreadRef *ref);
// The engine whose forum-wide post links look like url; fills postId.
const ForumEngine *engineForPostLink(const QUrl &url, QString *postId);

} // namespace Threadkeeper
