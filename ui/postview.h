// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "render/postrenderer.h"

#include <QHash>
#include <QSet>
#include <QTextBrowser>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Threadkeeper {

// Shows one post with collapsible quotes. Quote toggles are remembered per post for
// the session. Activating a quote's header (click, or Tab then Enter) toggles it.
class PostView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PostView(QWidget *parent = nullptr);

    // score: the post's own; quoteScore: for quotes of other posters (hidden or followed).
    void showPost(const Post &post, const QString &parentId, const PostScore &score = {});
    void setQuoteScorer(std::function<PostScore(const QString &author)> quoteScore);
    void setAnnotations(const QList<Annotation> &annotations);
    // Colours code blocks with the application's syntax definitions, themed after the palette.
    void setSyntaxRepository(const KSyntaxHighlighting::Repository *repository);
    const Post &post() const { return m_post; }
    // The selected words as a selector in the post's own text; exact is empty when the
    // selection is not (only) the post's own words.
    TextSelector selectionSelector() const;
    void clearPost();
    QString postId() const { return m_post.id; }
    void toggleQuote(const QString &path);
    // Collapses every quote if any is expanded, else expands them all.
    void toggleAllQuotes();
    // Scrolls one page; false when already at the end.
    bool pageDown();

Q_SIGNALS:
    void postRequested(const QString &postId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void onAnchor(const QUrl &url);

    Post m_post;
    QString m_parentId;
    PostScore m_score;
    QSet<QString> m_revealed; // hidden posts the reader chose to see
    std::function<PostScore(const QString &)> m_quoteScore;
    QList<Annotation> m_annotations;
    const KSyntaxHighlighting::Repository *m_repository = nullptr;
    QHash<QString, QSet<QString>> m_toggled; // post id → quote paths flipped by the user
};

} // namespace Threadkeeper
