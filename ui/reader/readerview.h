// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "render/codehighlighter.h"
#include "render/postrenderer.h"

#include <QHash>
#include <QSet>
#include <QTextBrowser>
#include <QTimer>

#include <functional>
#include <optional>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Threadkeeper {

class FoldBook;
class ImageCache;

// What the post view and the article panel share: a read-only view of one rendered
// post that loads nothing by itself, opens only web and mail links (in the system
// browser), jumps within the thread for links into it, toggles quotes and spoilers,
// copies code blocks, and asks for pictures only as the reader allows.
class ReaderView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);

    // Colours code blocks with the application's syntax definitions, themed after the palette.
    void setSyntaxRepository(const KSyntaxHighlighting::Repository *repository);
    void setImageCache(ImageCache *images);
    // Where opened and folded quotes are kept; without one they last the session.
    void setFoldBook(FoldBook *folds);
    // Posters' pictures in the header: off unless the reader turns them on.
    void setShowAvatars(bool show);
    bool showsAvatars() const { return m_avatars; }
    // For web links: the id of the post of the open thread they point at, or empty.
    void setThreadLinkResolver(std::function<QString(const QUrl &)> resolver);
    // The open thread's canonical URL: links into it jump even when it was read from qrc: or file:.
    void setThreadUrl(const QUrl &url) { m_threadUrl = url; }
    // Whether a quote of the post's own parent starts folded; on unless the reader says.
    void setFoldParentQuotes(bool fold);
    void toggleQuote(const QString &path);
    bool isToggled(const QString &path) const;
    // Where the shown post's words stand in the document, as last rendered.
    const TextMap &textMap() const { return m_textMap; }

Q_SIGNALS:
    void postRequested(const QString &postId);
    // Where a hovered link goes, a blocked link, a copied block: for the status bar.
    void message(const QString &text);

protected:
    virtual const Post &shownPost() const = 0;
    virtual void render() = 0;
    // Our own tk-… links the base does not handle; true when handled.
    virtual bool onReaderLink(const QUrl &url);
    // Everything a rendering needs from the view: style, code colours, pictures, toggles.
    PostRenderer::Context renderContext() const;
    // Renders again where the reader is, keeping the scroll position.
    void rerender();
    QSet<QString> toggledPaths() const;
    void setToggledPaths(const QSet<QString> &paths);

    TextMap m_textMap; // set by render()

    QVariant loadResource(int type, const QUrl &name) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onAnchor(const QUrl &url);
    void onHovered(const QUrl &url);

    const KSyntaxHighlighting::Repository *m_repository = nullptr;
    std::optional<CodeHighlighter> m_highlighter;
    ImageCache *m_images = nullptr;
    std::function<QString(const QUrl &)> m_resolver;
    QUrl m_threadUrl;
    FoldBook *m_folds = nullptr;
    bool m_avatars = false;
    bool m_foldParentQuotes = true;
    QHash<QString, QSet<QString>> m_toggled; // without a fold book: post id → paths flipped
    QTimer m_resizeTimer; // pictures follow the width, once resizing settles
    int m_renderedWidth = 0;
};

} // namespace Threadkeeper
