// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/readerview.h"

#include "reader/uistyle.h"
#include "render/linkpolicy.h"
#include "services/foldbook.h"
#include "services/imagecache.h"

#include <KSyntaxHighlighting/Repository>

#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QScrollBar>
#include <QUrlQuery>

namespace Threadkeeper {

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
    connect(this, &QTextBrowser::anchorClicked, this, &ReaderView::onAnchor);
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, &ReaderView::onHovered);
    m_resizeTimer.setSingleShot(true);
    m_resizeTimer.setInterval(150);
    connect(&m_resizeTimer, &QTimer::timeout, this, [this] {
        if (!PostRenderer::imageUrls(shownPost()).isEmpty())
            rerender();
    });
}

void ReaderView::setSyntaxRepository(const KSyntaxHighlighting::Repository *repository)
{
    m_repository = repository;
    m_highlighter.reset();
    if (repository)
        m_highlighter.emplace(repository);
    rerender();
}

void ReaderView::setImageCache(ImageCache *images)
{
    m_images = images;
    connect(images, &ImageCache::imageChanged, this, [this](const QString &url) {
        if (PostRenderer::imageUrls(shownPost()).contains(url) || (m_avatars && url == shownPost().avatarUrl))
            rerender();
    });
    connect(images, &ImageCache::sitesChanged, this, &ReaderView::rerender);
}

void ReaderView::setThreadLinkResolver(std::function<QString(const QUrl &)> resolver)
{
    m_resolver = std::move(resolver);
}

void ReaderView::setFoldBook(FoldBook *folds)
{
    m_folds = folds;
    connect(folds, &FoldBook::loaded, this, &ReaderView::rerender);
}

void ReaderView::setShowAvatars(bool show)
{
    if (show == m_avatars)
        return;
    m_avatars = show;
    rerender();
}

QSet<QString> ReaderView::toggledPaths() const
{
    return m_folds ? m_folds->toggled(shownPost().id) : m_toggled.value(shownPost().id);
}

void ReaderView::setToggledPaths(const QSet<QString> &paths)
{
    if (m_folds)
        m_folds->setToggled(shownPost().id, paths);
    else
        m_toggled.insert(shownPost().id, paths);
}

bool ReaderView::isToggled(const QString &path) const
{
    return toggledPaths().contains(path);
}

void ReaderView::toggleQuote(const QString &path)
{
    QSet<QString> set = toggledPaths();
    if (!set.remove(path))
        set.insert(path);
    setToggledPaths(set);
    rerender();
}

PostRenderer::Context ReaderView::renderContext() const
{
    PostRenderer::Context context;
    context.style = readerStyle(palette());
    context.toggled = toggledPaths();
    if (m_highlighter) {
        context.highlighter = &*m_highlighter;
        context.theme = m_repository->themeForPalette(palette());
    }
    if (m_images) {
        const QStringList urls = PostRenderer::imageUrls(shownPost());
        if (!urls.isEmpty())
            m_images->prepare(urls);
        context.image = [images = m_images](const QString &url) { return images->view(url); };
        context.avatars = m_avatars;
        if (m_avatars)
            m_images->wantAvatar(shownPost().avatarUrl);
    }
    context.threadUrl = m_threadUrl;
    context.foldParentQuotes = m_foldParentQuotes;
    context.imageWidth = std::max(120, viewport()->width() - 2 * int(document()->documentMargin()) - 24);
    return context;
}

void ReaderView::setFoldParentQuotes(bool fold)
{
    if (fold == m_foldParentQuotes)
        return;
    m_foldParentQuotes = fold;
    rerender();
}

void ReaderView::rerender()
{
    if (shownPost().id.isEmpty())
        return;
    const int scroll = verticalScrollBar()->value();
    render();
    m_renderedWidth = viewport()->width();
    verticalScrollBar()->setValue(scroll);
}

QVariant ReaderView::loadResource(int type, const QUrl &name)
{
    // Pictures are added to the document by the renderer; nothing else is ever loaded,
    // not a file, not a qrc path, not a URL.
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

void ReaderView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rerender();
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (std::abs(viewport()->width() - m_renderedWidth) > 32)
        m_resizeTimer.start();
}

bool ReaderView::onReaderLink(const QUrl &)
{
    return false;
}

void ReaderView::onAnchor(const QUrl &url)
{
    const QString scheme = url.scheme();
    switch (classifyLink(url, m_threadUrl).kind) {
    case LinkTarget::Kind::Reader:
        if (onReaderLink(url))
            return;
        if (scheme == PostRenderer::quoteLinkScheme()) {
            toggleQuote(url.path());
        } else if (scheme == PostRenderer::postLinkScheme()) {
            Q_EMIT postRequested(url.path());
        } else if (scheme == PostRenderer::copyLinkScheme()) {
            const QString code = PostRenderer::codeBlock(shownPost(), url.path().toInt());
            QGuiApplication::clipboard()->setText(code);
            Q_EMIT message(tr("Copied %n line(s) of code", nullptr, int(code.count(QLatin1Char('\n')) + 1)));
        } else if (scheme == PostRenderer::imageLinkScheme() && m_images) {
            // "Show" is the reader's yes for this post: its other pictures come along.
            const QString clicked = QUrlQuery(url).queryItemValue(QStringLiteral("u"), QUrl::FullyDecoded);
            m_images->allowImage(clicked);
            for (const QString &other : PostRenderer::imageUrls(shownPost())) {
                if (other != clicked && m_images->view(other).state == ImageView::State::Blocked)
                    m_images->allowImage(other);
            }
        } else if (scheme == PostRenderer::siteImagesLinkScheme() && m_images) {
            m_images->allowSite(url.path());
            Q_EMIT message(tr("Pictures from %1 now load (View › Image Sites to undo)").arg(url.path()));
        }
        return;
    case LinkTarget::Kind::External:
        if (const QString id = m_resolver ? m_resolver(url) : QString(); !id.isEmpty()) {
            Q_EMIT postRequested(id);
            return;
        }
        QDesktopServices::openUrl(url);
        return;
    case LinkTarget::Kind::Thread:
        if (const QString id = m_resolver ? m_resolver(url) : QString(); !id.isEmpty())
            Q_EMIT postRequested(id);
        else
            Q_EMIT message(tr("That post is not in the loaded thread"));
        return;
    case LinkTarget::Kind::Blocked:
        Q_EMIT message(tr("Not opened: %1 links never open from a post")
                           .arg(scheme.isEmpty() ? tr("relative") : scheme));
        return;
    }
}

void ReaderView::onHovered(const QUrl &url)
{
    if (url.isEmpty()) {
        Q_EMIT message(QString());
        return;
    }
    switch (classifyLink(url, m_threadUrl).kind) {
    case LinkTarget::Kind::Reader:
        if (url.scheme() == PostRenderer::postLinkScheme())
            Q_EMIT message(tr("Go to the quoted post"));
        else if (url.scheme() == PostRenderer::copyLinkScheme())
            Q_EMIT message(tr("Copy this code"));
        else if (url.scheme() == PostRenderer::imageLinkScheme())
            Q_EMIT message(
                tr("Load %1").arg(QUrlQuery(url).queryItemValue(QStringLiteral("u"), QUrl::FullyDecoded)));
        else
            Q_EMIT message(QString());
        return;
    case LinkTarget::Kind::Thread:
    case LinkTarget::Kind::External: {
        const bool inThread = m_resolver && !m_resolver(url).isEmpty();
        Q_EMIT message(
            inThread ? tr("In this thread: %1").arg(url.toDisplayString()) : url.toDisplayString());
        return;
    }
    case LinkTarget::Kind::Blocked:
        Q_EMIT message(tr("Blocked link: %1").arg(url.toDisplayString().left(200)));
        return;
    }
}

} // namespace Threadkeeper
