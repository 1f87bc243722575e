// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleengine.h"

#include "articles/articlepage.h"

#include <QCoreApplication>

namespace Threadkeeper {

const ArticleEngine *ArticleEngine::instance()
{
    static const ArticleEngine engine;
    return &engine;
}

QString ArticleEngine::displayName() const
{
    return QCoreApplication::translate("ArticleEngine", "Article");
}

bool ArticleEngine::parseUrl(const QUrl &, ThreadRef *) const
{
    return false;
}

QUrl ArticleEngine::postUrl(const QUrl &canonical, const QString &) const
{
    return canonical;
}

QList<EngineRequest> ArticleEngine::firstRequests(const ThreadRef &ref, const QUrl &) const
{
    return {EngineRequest {ref.canonical, EngineRequest::Format::Html, 1, QByteArrayLiteral("article")}};
}

EngineAnswer ArticleEngine::readAnswer(
    const EngineRequest &, const QByteArray &body, const AnswerContext &context) const
{
    EngineAnswer answer;
    const ArticlePage page = readArticlePage(body, context.thread);
    if (page.article.isEmpty()) {
        answer.error = QCoreApplication::translate("ArticleEngine", "the page has no article to read");
        return answer;
    }
    answer.facts = ThreadFacts {page.article.title, {}, 1, {}};
    answer.posts.append(ArticleReader::toPost(page.article));
    return answer;
}

QString ArticleEngine::incompleteReason(const EngineRequest &, const QByteArray &) const
{
    return {}; // any part of a page is an article of sorts: nothing to check it by
}

} // namespace Threadkeeper
