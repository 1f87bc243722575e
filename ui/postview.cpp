// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postview.h"

#include "annotationmarks.h"
#include "render/codehighlighter.h"

#include "render/postrenderer.h"
#include "uistyle.h"
#include <KSyntaxHighlighting/Repository>

#include <QDesktopServices>
#include <QEvent>
#include <QScrollBar>
#include <QTextCursor>

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
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("postView"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // Nothing is loaded from the network for a post: images come with issue #5, on request.
    setSearchPaths({});
    connect(this, &QTextBrowser::anchorClicked, this, &PostView::onAnchor);
    setPlaceholderText(tr("Select a post to read it."));
}

void PostView::setQuoteScorer(std::function<PostScore(const QString &author)> quoteScore)
{
    m_quoteScore = std::move(quoteScore);
    render();
}

void PostView::setSyntaxRepository(const KSyntaxHighlighting::Repository *repository)
{
    m_repository = repository;
    render();
}

void PostView::setAnnotations(const QList<Annotation> &annotations)
{
    if (annotations == m_annotations)
        return;
    m_annotations = annotations;
    const int scroll = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(scroll);
}

TextSelector PostView::selectionSelector() const
{
    return selectorFromSelection(this, m_post.text);
}

void PostView::showPost(const Post &post, const QString &parentId, const PostScore &score)
{
    const bool same = post.id == m_post.id;
    const int scroll = verticalScrollBar()->value();
    m_post = post;
    m_parentId = parentId;
    m_score = score;
    render();
    if (same)
        verticalScrollBar()->setValue(scroll);
}

void PostView::clearPost()
{
    m_post = Post {};
    clear();
}

void PostView::render()
{
    if (m_post.id.isEmpty())
        return;
    PostRenderer::Context context;
    context.parentId = m_parentId;
    context.toggled = m_toggled.value(m_post.id);
    context.style = readerStyle(palette());
    context.score = m_score;
    context.revealed = m_revealed.contains(m_post.id);
    context.quoteScore = m_quoteScore;
    context.annotations = m_annotations;
    if (m_repository) {
        context.highlightCode
            = [highlighter = CodeHighlighter(m_repository), theme = m_repository->themeForPalette(palette())](
                  const QString &code, const QString &language) {
                  return highlighter.html(code, language, theme);
              };
    }
    setHtml(PostRenderer::postHtml(m_post, context));
    showHighlights(this, m_annotations, context.style.highlight);
}

void PostView::toggleQuote(const QString &path)
{
    QSet<QString> &set = m_toggled[m_post.id];
    if (!set.remove(path))
        set.insert(path);
    const int scroll = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(scroll);
}

void PostView::toggleAllQuotes()
{
    QStringList paths;
    collectPaths(m_post.body, QString(), &paths);
    if (paths.isEmpty())
        return;
    QSet<QString> &set = m_toggled[m_post.id];
    PostRenderer::Context context;
    context.parentId = m_parentId;
    context.quoteScore = m_quoteScore;
    auto collapsed = [&](const QString &p) {
        return PostRenderer::startsCollapsed(m_post, p, context) != set.contains(p);
    };
    const bool anyExpanded
        = std::any_of(paths.begin(), paths.end(), [&](const QString &p) { return !collapsed(p); });
    set.clear();
    for (const QString &p : std::as_const(paths)) {
        if (PostRenderer::startsCollapsed(m_post, p, context) != anyExpanded)
            set.insert(p);
    }
    render();
}

bool PostView::pageDown()
{
    QScrollBar *bar = verticalScrollBar();
    if (bar->value() >= bar->maximum())
        return false;
    bar->setValue(bar->value() + bar->pageStep());
    return true;
}

void PostView::onAnchor(const QUrl &url)
{
    if (url.scheme() == PostRenderer::quoteLinkScheme()) {
        toggleQuote(url.path());
    } else if (url.scheme() == PostRenderer::revealLinkScheme()) {
        m_revealed.insert(url.path());
        render();
    } else if (url.scheme() == PostRenderer::postLinkScheme()) {
        Q_EMIT postRequested(url.path());
    } else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
        QDesktopServices::openUrl(url);
    }
}

void PostView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

} // namespace Threadkeeper
