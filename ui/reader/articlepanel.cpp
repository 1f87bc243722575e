// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/articlepanel.h"

#include "reader/annotationmarks.h"

namespace Threadkeeper {

ArticlePanel::ArticlePanel(QWidget *parent)
    : ReaderView(parent)
{
    setObjectName(QStringLiteral("articlePanel"));
    setPlaceholderText(tr("The article appears here when a thread opens."));
}

void ArticlePanel::showArticle(const QString &title, const Post &article)
{
    if (title == m_title && article == m_article)
        return;
    m_title = title;
    m_article = article;
    rerender();
}

void ArticlePanel::clearArticle()
{
    m_title.clear();
    m_article = Post {};
    m_textMap.clear();
    clear();
}

void ArticlePanel::render()
{
    if (m_article.id.isEmpty())
        return;
    const PostRenderer::Context context = renderContext();
    m_textMap = PostRenderer::renderArticle(document(), m_title, m_article, context);
    showHighlights(this, m_textMap, m_article, m_annotations, context.style.highlight);
}

void ArticlePanel::setAnnotations(const QList<Annotation> &annotations)
{
    if (annotations == m_annotations)
        return;
    m_annotations = annotations;
    rerender();
}

TextSelector ArticlePanel::selectionSelector() const
{
    return selectorFromSelection(this, m_textMap, m_article);
}

} // namespace Threadkeeper
