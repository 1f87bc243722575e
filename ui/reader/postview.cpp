// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/postview.h"

#include "reader/annotationmarks.h"

#include <QScrollBar>

namespace Threadkeeper {

namespace {
// Quote paths in document order, for "toggle all".
void collectPaths(const QList<Block> &blocks, const QString &prefix, QStringList *out)
{
    int i = 0;
    for (const Block &b : blocks) {
        if (b.kind != Block::Kind::Quote)
            continue;
        const QString path = prefix + QString::number(i++);
        out->append(path);
        collectPaths(b.children, path + QLatin1Char('.'), out);
    }
}
} // namespace

PostView::PostView(QWidget *parent)
    : ReaderView(parent)
{
    setObjectName(QStringLiteral("postView"));
    setPlaceholderText(tr("Select a post to read it."));
}

void PostView::setQuoteScorer(
    std::function<PostScore(const QString &author, const QString &postId)> quoteScore)
{
    m_quoteScore = std::move(quoteScore);
    rerender();
}

void PostView::setAnnotations(const QList<Annotation> &annotations)
{
    if (annotations == m_annotations)
        return;
    m_annotations = annotations;
    rerender();
}

TextSelector PostView::selectionSelector() const
{
    return selectorFromSelection(this, m_textMap, m_post);
}

void PostView::showPost(const Post &post, const QString &parentId, const PostScore &score)
{
    const bool same = post.id == m_post.id;
    m_post = post;
    m_parentId = parentId;
    m_score = score;
    if (same) {
        rerender();
    } else {
        render();
        verticalScrollBar()->setValue(0);
    }
}

void PostView::clearPost(const QString &why)
{
    m_post = Post {};
    m_textMap.clear();
    setPlaceholderText(why.isEmpty() ? tr("Select a post to read it.") : why);
    clear();
}

void PostView::setScrollPosition(int position)
{
    // Lay the post out first, so the scroll range is known.
    document()->size();
    verticalScrollBar()->setValue(position);
}

int PostView::scrollPosition() const
{
    return verticalScrollBar()->value();
}

PostRenderer::Context PostView::context() const
{
    PostRenderer::Context context = renderContext();
    context.parentId = m_parentId;
    context.score = m_score;
    context.revealed = m_revealed.contains(m_post.id);
    context.quoteScore = m_quoteScore;
    context.annotations = m_annotations;
    return context;
}

void PostView::render()
{
    if (m_post.id.isEmpty())
        return;
    const PostRenderer::Context c = context();
    m_textMap = PostRenderer::renderPost(document(), m_post, c);
    showHighlights(this, m_textMap, m_post, m_annotations, c.style.highlight);
}

void PostView::toggleAllQuotes()
{
    QStringList paths;
    collectPaths(m_post.body, QString(), &paths);
    if (paths.isEmpty())
        return;
    const PostRenderer::Context c = context();
    QSet<QString> set = toggledPaths();
    auto collapsed
        = [&](const QString &p) { return PostRenderer::startsCollapsed(m_post, p, c) != set.contains(p); };
    const bool anyExpanded
        = std::any_of(paths.begin(), paths.end(), [&](const QString &p) { return !collapsed(p); });
    for (const QString &p : std::as_const(paths)) {
        if (PostRenderer::startsCollapsed(m_post, p, c) != anyExpanded)
            set.insert(p);
        else
            set.remove(p);
    }
    setToggledPaths(set);
    rerender();
}

bool PostView::pageDown()
{
    QScrollBar *bar = verticalScrollBar();
    if (bar->value() >= bar->maximum())
        return false;
    bar->setValue(bar->value() + bar->pageStep());
    return true;
}

bool PostView::onReaderLink(const QUrl &url)
{
    if (url.scheme() != PostRenderer::revealLinkScheme())
        return false;
    m_revealed.insert(url.path());
    rerender();
    return true;
}

} // namespace Threadkeeper
