// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/forumengine.h"

namespace Threadkeeper {

// Hacker News: https://news.ycombinator.com/item?id=N. The whole tree in one answer from
// Algolia's items API; if that fails, the official Firebase API, one request per item,
// each answer's replies asked for next. The item asked for (a story, its text or link)
// is the article. The API addresses come from THREADKEEPER_HN_ALGOLIA and
// THREADKEEPER_HN_API when set (tests serve them over loopback). A refresh asks Algolia
// for the whole tree again: one request, answered 304 where the server keeps validators.
class HackerNewsEngine final : public ForumEngine
{
public:
    QString name() const override { return QStringLiteral("hackernews"); }
    QString displayName() const override { return QStringLiteral("Hacker News"); }
    Capabilities capabilities() const override { return Capability::ExplicitParents; }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    QList<EngineRequest> firstRequests(const ThreadRef &ref, const QUrl &asked) const override;
    EngineAnswer readAnswer(
        const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const override;
    QString incompleteReason(const EngineRequest &request, const QByteArray &body) const override;
    // Algolia failing: the Firebase API, from the story down.
    QList<EngineRequest> fallbackRequests(const EngineRequest &failed) const override;

    static QString algoliaBase();
    static QString firebaseBase();
    static constexpr int MaxPosts = 100000; // read from one Algolia answer

private:
    EngineAnswer readAlgolia(const QByteArray &body, const AnswerContext &context) const;
    EngineAnswer readFirebase(const EngineRequest &request, const QByteArray &body) const;
};

} // namespace Threadkeeper
