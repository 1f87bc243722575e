// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"
#include "domain/post.h"
#include "domain/scorer.h"
#include "render/textmap.h"

#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>

class QTextCursor;
class QTextDocument;

namespace Threadkeeper {

class CodeHighlighter;

// What the reader knows of one picture of a post. Nothing is fetched unless the
// reader allowed it (for the post or for the site).
struct ImageView
{
    enum class State
    {
        Blocked, // not allowed: a placeholder with the choice to load it
        Loading,
        Ready,
        Failed
    };
    State state = State::Blocked;
    QImage image; // Ready
    QString error; // Failed
};

// Builds a post or the article into a QTextDocument from our block structure. Every
// word goes in as text through QTextCursor: no markup from a site reaches Qt's HTML
// parser, and the document never loads a resource by itself.
//
// Quotes are frames that collapse to one line. A quote starts collapsed when it quotes
// the post's own tree parent (the reader just read it), when it nests deeper than
// MaxQuoteNesting ("more quotes…"), or quotes a hidden poster; the user's toggles are
// a set of paths ("0", "0.1" for a quote in the first quote; "s2" for the third
// spoiler) that flip the default. Links use our own schemes, see the *Scheme() names.
class PostRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PostRenderer)

public:
    struct Style
    {
        QColor quoteBackground = QColor(0xee, 0xf0, 0xf3);
        QColor codeBackground = QColor(0xf6, 0xf7, 0xf9);
        QColor border = QColor(0xc8, 0xcc, 0xd2);
        QColor mutedText = QColor(0x6a, 0x6f, 0x78);
        QColor link = QColor(0x1d, 0x5f, 0xa8);
        QColor followedBackground = QColor(0xfd, 0xf3, 0xd6);
        QColor noteBackground = QColor(0xf1, 0xf7, 0xe9);
        QColor highlight = QColor(0xff, 0xec, 0x8a);
    };

    // What a rendering depends on besides the post.
    struct Context
    {
        QString parentId; // the post's parent in the reply tree
        bool foldParentQuotes = true; // a quote of the parent starts folded (the reader's choice)
        QSet<QString> toggled; // quote and spoiler paths the reader flipped
        Style style;
        PostScore score; // the post's own score: hidden posts render as a placeholder
        bool revealed = false; // the reader asked to see a hidden post anyway
        // For quotes of hidden or followed posts: the quoted poster and, when known, the
        // quoted post's id.
        std::function<PostScore(const QString &author, const QString &postId)> quoteScore;
        QList<Annotation> annotations; // the reader's notes and highlights on this post
        // Code blocks are coloured when a highlighter is given; plain text otherwise.
        const CodeHighlighter *highlighter = nullptr;
        KSyntaxHighlighting::Theme theme;
        // What is known of each picture; without it every picture is a placeholder.
        std::function<ImageView(const QString &url)> image;
        int imageWidth = 640; // pictures wider than this are scaled down
        bool avatars = false; // the poster's picture in the header, once loaded
        QUrl threadUrl; // links into it stay links even when read from qrc: or file:
    };

    static QString quoteLinkScheme() { return QStringLiteral("tk-quote"); } // :PATH toggles
    static QString revealLinkScheme() { return QStringLiteral("tk-reveal"); } // :ID shows a hidden post
    static QString postLinkScheme() { return QStringLiteral("tk-post"); } // :ID jumps to a post
    static QString copyLinkScheme() { return QStringLiteral("tk-copy"); } // :N copies code block N
    static QString imageLinkScheme() { return QStringLiteral("tk-image"); } // ?URL loads one picture
    static QString siteImagesLinkScheme() { return QStringLiteral("tk-images"); } // :HOST allows a site
    static constexpr int CollapsedPreview = 90; // characters of a collapsed quote shown
    static constexpr int MaxQuoteNesting = 3; // deeper quotes fold into "more quotes…"
    static constexpr int MaxPicturesPerPost
        = 100; // below the image cache's memory, so a post never churns it

    // The post body with a small header line (number, author, date). Returns where its
    // words (its own and each shown quote's) stand in the document.
    static TextMap renderPost(QTextDocument *document, const Post &post, const Context &context);
    // The article: title, byline and body, quotes expanded; as renderPost.
    static TextMap renderArticle(
        QTextDocument *document, const QString &title, const Post &article, const Context &context);
    static bool startsCollapsed(const Post &post, const QString &path, const Context &context);
    // The text of the post's n-th code block in document order (for the copy link).
    static QString codeBlock(const Post &post, int n);
    // The pictures of a post, in order.
    static QStringList imageUrls(const Post &post);

private:
    class Builder;
};

} // namespace Threadkeeper
