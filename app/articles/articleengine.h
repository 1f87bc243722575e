// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/forumengine.h"

namespace Threadkeeper {

// A news article with no discussion found, read as a thread of one post: the article.
// Not one of engines(): it claims no address and no page (any page is an article of
// sorts); the loader turns to it when nothing else reads a page, and when it opens an
// article cached so.
class ArticleEngine final : public ForumEngine
{
public:
    static const ArticleEngine *instance();
    static QString engineName() { return QStringLiteral("article"); }

    QString name() const override { return engineName(); }
    QString displayName() const override;
    Capabilities capabilities() const override { return {}; }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    QList<EngineRequest> firstRequests(const ThreadRef &ref, const QUrl &asked) const override;
    EngineAnswer readAnswer(
        const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const override;
    QString incompleteReason(const EngineRequest &request, const QByteArray &body) const override;
};

} // namespace Threadkeeper
