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

bool PostRenderer::startsCollapsed(const Post &post, const QString &path, const QString &parentId)
{
    if (parentId.isEmpty() || path.contains(QLatin1Char('.')))
        return false;
    // Top-level quote i is post.quotes[i], which carries the resolved source.
    const int quoteIndex = path.toInt();
    return quoteIndex < post.quotes.size() && post.quotes[quoteIndex].resolved == parentId;
}

QString PostRenderer::blocksHtml(const Post &post, const QList<Block> &blocks, const QString &pathPrefix,
    const QString &parentId, const QSet<QString> &toggled, const Style &style)
{
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
            html += QStringLiteral("<pre>%1</pre>").arg(b.text.toHtmlEscaped());
            break;
        case Block::Kind::Quote: {
            const QString path = pathPrefix + QString::number(quoteIndex++);
            const bool collapsed = startsCollapsed(post, path, parentId) != toggled.contains(path);
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
            html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" bgcolor=\"%1\" "
                                   "style=\"margin-top:4px; margin-bottom:8px\"><tr><td>")
                        .arg(style.quoteBackground.name());
            if (collapsed) {
                html += QStringLiteral(
                    "<a href=\"%1\" style=\"text-decoration:none; color:%2\">%3 <b>%4</b> %5</a>%6")
                            .arg(toggle, style.mutedText.name(), QStringLiteral("\u25B8"),
                                who.toHtmlEscaped(), preview(b.children).toHtmlEscaped(), jump);
            } else {
                html += QStringLiteral(
                    "<a href=\"%1\" style=\"text-decoration:none; color:%2\">%3 <b>%4</b></a>%5")
                            .arg(toggle, style.mutedText.name(), QStringLiteral("\u25BE"),
                                who.toHtmlEscaped(), jump);
                html += blocksHtml(post, b.children, path + QLatin1Char('.'), parentId, toggled, style);
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

QString PostRenderer::postHtml(
    const Post &post, const QString &parentId, const QSet<QString> &toggled, const Style &style)
{
    const QString number = post.number > 0 ? QStringLiteral("#%1 · ").arg(post.number) : QString();
    return QStringLiteral("<p style=\"color:%1\">%2<b>%3</b> · %4</p>")
               .arg(style.mutedText.name(), number, post.author.toHtmlEscaped(), byline(post).toHtmlEscaped())
        + blocksHtml(post, post.body, QString(), parentId, toggled, style);
}

QString PostRenderer::articleHtml(const QString &title, const Post &article, const Style &style)
{
    return QStringLiteral("<h2>%1</h2><p style=\"color:%2\">%3 · %4</p>")
               .arg(title.toHtmlEscaped(), style.mutedText.name(), article.author.toHtmlEscaped(),
                   byline(article).toHtmlEscaped())
        + blocksHtml(article, article.body, QString(), QString(), {}, style);
}

} // namespace Threadkeeper
