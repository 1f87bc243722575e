// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"
#include "reader/readerview.h"

namespace Threadkeeper {

// The thread's first post: the news item of a news comment thread.
class ArticlePanel : public ReaderView
{
    Q_OBJECT
public:
    explicit ArticlePanel(QWidget *parent = nullptr);
    void showArticle(const QString &title, const Post &article);
    void clearArticle();
    QString articleId() const { return m_article.id; }
    const Post &article() const { return m_article; }
    void setAnnotations(const QList<Annotation> &annotations);
    TextSelector selectionSelector() const;

protected:
    const Post &shownPost() const override { return m_article; }
    void render() override;

private:
    QString m_title;
    Post m_article;
    QList<Annotation> m_annotations;
};

} // namespace Threadkeeper
