// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlepanel.h"

#include "annotationmarks.h"
#include "uistyle.h"

#include <QEvent>

namespace Threadkeeper {

ArticlePanel::ArticlePanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("articlePanel"));
    setOpenLinks(false);
    setSearchPaths({});
    setPlaceholderText(tr("The article appears here when a thread opens."));
}

void ArticlePanel::showArticle(const QString &title, const Post &article)
{
    if (title == m_title && article == m_article)
        return;
    m_title = title;
    m_article = article;
    render();
}

void ArticlePanel::clearArticle()
{
    m_title.clear();
    m_article = Post {};
    clear();
}

void ArticlePanel::render()
{
    if (m_article.id.isEmpty())
        return;
    const PostRenderer::Style style = readerStyle(palette());
    setHtml(PostRenderer::articleHtml(m_title, m_article, style));
    showHighlights(this, m_annotations, style.highlight);
}

void ArticlePanel::setAnnotations(const QList<Annotation> &annotations)
{
    if (annotations == m_annotations)
        return;
    m_annotations = annotations;
    render();
}

TextSelector ArticlePanel::selectionSelector() const
{
    return selectorFromSelection(this, m_article.text);
}

void ArticlePanel::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

} // namespace Threadkeeper
