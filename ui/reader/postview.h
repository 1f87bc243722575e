// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reader/readerview.h"

namespace Threadkeeper {

// Shows one post with collapsible quotes. Quote toggles are remembered per post for
// the session. Activating a quote's header (click, or Tab then Enter) toggles it.
class PostView : public ReaderView
{
    Q_OBJECT
public:
    explicit PostView(QWidget *parent = nullptr);

    // score: the post's own; quoteScore: for quotes of other posters (hidden or followed).
    void showPost(const Post &post, const QString &parentId, const PostScore &score = {});
    void setQuoteScorer(std::function<PostScore(const QString &author, const QString &postId)> quoteScore);
    void setAnnotations(const QList<Annotation> &annotations);
    const Post &post() const { return m_post; }
    // The selected words as a selector in the post's own words or a shown quote's; exact
    // is empty when the selection holds none of them (the header, the notes).
    TextSelector selectionSelector() const;
    // Empties the view; why, if given, is what the empty view says.
    void clearPost(const QString &why = {});
    void setScrollPosition(int position);
    int scrollPosition() const;
    QString postId() const { return m_post.id; }
    // Collapses every quote if any is expanded, else expands them all.
    void toggleAllQuotes();
    // Scrolls one page; false when already at the end.
    bool pageDown();

protected:
    const Post &shownPost() const override { return m_post; }
    void render() override;
    bool onReaderLink(const QUrl &url) override;

private:
    PostRenderer::Context context() const;

    Post m_post;
    QString m_parentId;
    PostScore m_score;
    QSet<QString> m_revealed; // hidden posts the reader chose to see
    std::function<PostScore(const QString &, const QString &)> m_quoteScore;
    QList<Annotation> m_annotations;
};

} // namespace Threadkeeper
