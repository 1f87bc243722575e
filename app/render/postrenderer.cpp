// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postrenderer.h"

#include "engines/postbody.h"

#include <QLocale>

namespace Threadkeeper {

namespace {

QString esc(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return html;
}

QString preview(const QList<Block> &blocks)
{
    QString text = ownText(blocks).simplified();
    if (text.isEmpty()) {
        for (const Block &b : blocks) {
            if (b.kind == Block::Kind::Quote)
                return preview(b.children);
        }
    }
    if (text.size() > PostRenderer::CollapsedPreview)
        text = text.left(PostRenderer::CollapsedPreview - 1).trimmed() + QChar(0x2026);
    return text;
}

QString byline(const Post &post)
{
    return QLocale().toString(post.date.toLocalTime(), QLocale::LongFormat);
}

} // namespace

namespace {
// The quote block at a path such as "0.1": the second quote inside the first.
const Block *quoteAt(const QList<Block> &blocks, const QString &path)
{
    const QList<Block> *level = &blocks;
    const Block *found = nullptr;
    for (const QString &step : path.split(QLatin1Char('.'))) {
        int wanted = step.toInt();
        found = nullptr;
        for (const Block &b : *level) {
            if (b.kind == Block::Kind::Quote && wanted-- == 0) {
                found = &b;
                break;
            }
        }
        if (!found)
            return nullptr;
        level = &found->children;
    }
    return found;
}
} // namespace

bool PostRenderer::startsCollapsed(const Post &post, const QString &path, const Context &context)
{
    // A quote of a hidden poster folds like the poster's own posts.
    if (context.quoteScore) {
        if (const Block *quote = quoteAt(post.body, path);
            quote && !quote->quoteAuthor.isEmpty() && context.quoteScore(quote->quoteAuthor).hidden)
            return true;
    }
    if (context.parentId.isEmpty() || path.contains(QLatin1Char('.')))
        return false;
    // Top-level quote i is post.quotes[i], which carries the resolved source.
    const int quoteIndex = path.toInt();
    return quoteIndex < post.quotes.size() && post.quotes[quoteIndex].resolved == context.parentId;
}

QString PostRenderer::blocksHtml(
    const Post &post, const QList<Block> &blocks, const QString &pathPrefix, const Context &context)
{
    const Style &style = context.style;
    QString html;
    bool inList = false;
    int quoteIndex = 0;
    for (const Block &b : blocks) {
        if (inList && b.kind != Block::Kind::ListItem) {
            html += QLatin1String("</ul>");
            inList = false;
        }
        switch (b.kind) {
        case Block::Kind::Paragraph:
            html += QStringLiteral("<p>%1</p>").arg(esc(b.text));
            break;
        case Block::Kind::ListItem:
            if (!inList)
                html += QLatin1String("<ul>");
            inList = true;
            html += QStringLiteral("<li>%1</li>").arg(esc(b.text));
            break;
        case Block::Kind::Code:
            html += QStringLiteral("<pre>%1</pre>")
                        .arg(context.highlightCode ? context.highlightCode(b.text, b.language)
                                                   : b.text.toHtmlEscaped());
            break;
        case Block::Kind::Quote: {
            const QString path = pathPrefix + QString::number(quoteIndex++);
            const bool collapsed = startsCollapsed(post, path, context) != context.toggled.contains(path);
            const PostScore quoted = context.quoteScore && !b.quoteAuthor.isEmpty()
                ? context.quoteScore(b.quoteAuthor)
                : PostScore {};
            const QString who
                = b.quoteAuthor.isEmpty() ? QObject::tr("Quote") : QObject::tr("%1 said:").arg(b.quoteAuthor);
            const QString toggle = QStringLiteral("%1:%2").arg(quoteLinkScheme(), path);
            const QString source = !pathPrefix.isEmpty() || post.quotes.size() <= path.toInt()
                ? b.quoteSource
                : post.quotes[path.toInt()].resolved;
            QString jump;
            if (!source.isEmpty()) {
                jump = QStringLiteral(" &nbsp;<a href=\"%1:%2\" style=\"color:%3\">%4</a>")
                           .arg(postLinkScheme(), source.toHtmlEscaped(), style.link.name(),
                               QObject::tr("go to post"));
            }
            const QColor background = quoted.followed ? style.followedBackground : style.quoteBackground;
            html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" bgcolor=\"%1\" "
                                   "style=\"margin-top:4px; margin-bottom:8px\"><tr><td>")
                        .arg(background.name());
            if (collapsed && quoted.hidden) {
                const QString placeholder
                    = QObject::tr("Hidden: quote of %1 — %2")
                          .arg(b.quoteAuthor, quoted.reasons.join(QStringLiteral("; ")));
                html += QStringLiteral(
                    "<a href=\"%1\" style=\"text-decoration:none; color:%2\">%3 <i>%4</i></a>")
                            .arg(toggle, style.mutedText.name(), QStringLiteral("\u25B8"),
                                placeholder.toHtmlEscaped());
            } else if (collapsed) {
                html += QStringLiteral(
                    "<a href=\"%1\" style=\"text-decoration:none; color:%2\">%3 <b>%4</b> %5</a>%6")
                            .arg(toggle, style.mutedText.name(), QStringLiteral("\u25B8"),
                                who.toHtmlEscaped(), preview(b.children).toHtmlEscaped(), jump);
            } else {
                html += QStringLiteral(
                    "<a href=\"%1\" style=\"text-decoration:none; color:%2\">%3 <b>%4</b></a>%5")
                            .arg(toggle, style.mutedText.name(), QStringLiteral("\u25BE"),
                                who.toHtmlEscaped(), jump);
                html += blocksHtml(post, b.children, path + QLatin1Char('.'), context);
            }
            html += QLatin1String("</td></tr></table>");
            break;
        }
        }
    }
    if (inList)
        html += QLatin1String("</ul>");
    return html;
}

QString PostRenderer::postHtml(const Post &post, const Context &context)
{
    const Style &style = context.style;
    const QString number = post.number > 0 ? QStringLiteral("#%1 · ").arg(post.number) : QString();
    QString header = QStringLiteral("%1<b>%2</b> · %3")
                         .arg(number, post.author.toHtmlEscaped(), byline(post).toHtmlEscaped());
    if (context.score.followed)
        header += QStringLiteral(" · \u2605 %1").arg(QObject::tr("followed"));
    if (!context.score.reasons.isEmpty())
        header += QStringLiteral("<br/><i>%1</i>").arg(context.score.explanation().toHtmlEscaped());
    const QString head = context.score.followed
        ? QStringLiteral("<table width=\"100%\" cellpadding=\"4\" bgcolor=\"%1\"><tr><td "
                         "style=\"color:%2\">%3</td></tr></table>")
              .arg(style.followedBackground.name(), style.mutedText.name(), header)
        : QStringLiteral("<p style=\"color:%1\">%2</p>").arg(style.mutedText.name(), header);
    if (context.score.hidden && !context.revealed) {
        return head
            + QStringLiteral(
                "<p style=\"color:%1\"><i>%2</i> &nbsp;<a href=\"%3:%4\" style=\"color:%5\">%6</a></p>")
                  .arg(style.mutedText.name(),
                      QObject::tr("Hidden: post by %1 — %2")
                          .arg(post.author, context.score.reasons.join(QStringLiteral("; ")))
                          .toHtmlEscaped(),
                      revealLinkScheme(), post.id.toHtmlEscaped(), style.link.name(),
                      QObject::tr("Show anyway"));
    }
    return head + blocksHtml(post, post.body, QString(), context) + notesHtml(context);
}

QString PostRenderer::notesHtml(const Context &context)
{
    if (context.annotations.isEmpty())
        return {};
    const Style &style = context.style;
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" bgcolor=\"%1\" "
                                  "style=\"margin-top:10px\"><tr><td>")
                       .arg(style.noteBackground.name());
    for (const Annotation &a : context.annotations) {
        if (a.kind == Annotation::Kind::Highlight) {
            html += QStringLiteral("<p>\u270E <i>\u201C%1\u201D</i>%2%3</p>")
                        .arg(a.selector.exact.toHtmlEscaped(),
                            a.orphaned ? QStringLiteral(" <span style=\"color:%1\">(%2)</span>")
                                             .arg(style.mutedText.name(),
                                                 QObject::tr("orphaned: no longer in the post"))
                                       : QString(),
                            a.note.isEmpty() ? QString() : QStringLiteral(" — ") + esc(a.note));
        } else {
            html += QStringLiteral("<p>\u270E %1</p>").arg(esc(a.note));
        }
    }
    return html + QLatin1String("</td></tr></table>");
}

QString PostRenderer::articleHtml(const QString &title, const Post &article, const Style &style)
{
    Context context;
    context.style = style;
    return QStringLiteral("<h2>%1</h2><p style=\"color:%2\">%3 · %4</p>")
               .arg(title.toHtmlEscaped(), style.mutedText.name(), article.author.toHtmlEscaped(),
                   byline(article).toHtmlEscaped())
        + blocksHtml(article, article.body, QString(), context);
}

} // namespace Threadkeeper
