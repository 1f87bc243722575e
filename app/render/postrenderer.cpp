// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postrenderer.h"

#include "domain/posttext.h"
#include "linkpolicy.h"
#include "render/codehighlighter.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <utility>

namespace Threadkeeper {

namespace {

QString preview(const QList<Block> &blocks)
{
    QString text = glanceText(blocks).simplified(); // a folded quote does not give spoilers away
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

int countQuotes(const QList<Block> &blocks)
{
    int n = 0;
    for (const Block &b : blocks)
        n += (b.kind == Block::Kind::Quote ? 1 : 0) + countQuotes(b.children);
    return n;
}

template<typename Fn> void forEachBlock(const QList<Block> &blocks, Fn &&fn)
{
    for (const Block &b : blocks) {
        fn(b);
        forEachBlock(b.children, fn);
    }
}

} // namespace

// Writes blocks at a cursor that always sits at the end of the frame being filled.
class PostRenderer::Builder
{
public:
    Builder(QTextDocument *document, const Post &post, const Context &context)
        : m_document(document)
        , m_cursor(document)
        , m_post(post)
        , m_context(context)
        , m_style(context.style)
    {
        m_document->clear();
        m_base = m_document->defaultFont();
        m_fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        m_fixed.setPointSizeF(m_base.pointSizeF() > 0 ? m_base.pointSizeF() * 0.95 : m_fixed.pointSizeF());
        // Code blocks and spoilers are numbered over the whole post, folded ones included,
        // so that a copy link or a spoiler toggle means the same block however much is open.
        int code = 0, spoilers = 0, inlineSpoilers = 0;
        forEachBlock(post.body, [&](const Block &b) {
            if (b.kind == Block::Kind::Code)
                m_numbers.insert(&b, code++);
            else if (b.kind == Block::Kind::Spoiler)
                m_numbers.insert(&b, spoilers++);
            for (const Span &span : b.spans) {
                if (span.styles & Span::Spoiler)
                    m_spanNumbers.insert(&span, inlineSpoilers++);
            }
        });
        // Where each block's words start in the words highlights count in: the post's
        // own, or each quote's own.
        forEachOwnLine(post.body, [this](const Block &b, int offset) { m_textOffsets.insert(&b, offset); });
        forEachQuote(post.body, [this](const QString &, const Block &quote) {
            forEachOwnLine(
                quote.children, [this](const Block &b, int offset) { m_textOffsets.insert(&b, offset); });
            return true;
        });
    }

    TextMap takeMap() { return std::move(m_map); }

    void header(const QString &number, const QString &author, const QString &date)
    {
        const PostScore &score = m_context.score;
        if (score.followed) {
            beginFrame(box(m_style.followedBackground, 4, 0, 0));
        }
        block(QTextBlockFormat {});
        if (m_context.avatars && m_context.image && !m_post.avatarUrl.isEmpty()) {
            const ImageView avatar = m_context.image(m_post.avatarUrl);
            if (avatar.state == ImageView::State::Ready && !avatar.image.isNull()) {
                m_document->addResource(QTextDocument::ImageResource, QUrl(m_post.avatarUrl), avatar.image);
                QTextImageFormat f;
                f.setName(m_post.avatarUrl);
                const qreal side = QFontMetricsF(m_base).height() * 2;
                f.setHeight(side);
                f.setWidth(side * avatar.image.width() / std::max(1, avatar.image.height()));
                f.setVerticalAlignment(QTextCharFormat::AlignMiddle);
                m_cursor.insertImage(f);
                m_cursor.insertText(QStringLiteral(" "), plain());
            }
        }
        const QTextCharFormat muted = mutedFormat();
        QTextCharFormat bold = muted;
        bold.setFontWeight(QFont::Bold);
        m_cursor.insertText(number, muted);
        m_cursor.insertText(author, bold);
        m_cursor.insertText(QStringLiteral(" · ") + date, muted);
        if (score.followed)
            m_cursor.insertText(QStringLiteral(" · \u2605 ") + PostRenderer::tr("followed"), muted);
        if (!score.reasons.isEmpty()) {
            QTextCharFormat why = muted;
            why.setFontItalic(true);
            block(QTextBlockFormat {});
            m_cursor.insertText(score.explanation(), why);
        }
        if (score.followed)
            endFrame();
    }

    void title(const QString &text)
    {
        QTextBlockFormat f;
        f.setHeadingLevel(1);
        f.setBottomMargin(4);
        block(f);
        QTextCharFormat c = plain();
        c.setFontWeight(QFont::Bold);
        c.setFontPointSize(fontSize(1.45));
        m_cursor.insertText(text, c);
    }

    void hiddenPlaceholder()
    {
        block(QTextBlockFormat {});
        QTextCharFormat muted = mutedFormat();
        muted.setFontItalic(true);
        m_cursor.insertText(PostRenderer::tr("Hidden: post by %1 — %2")
                                .arg(m_post.author, m_context.score.reasons.join(QStringLiteral("; "))),
            muted);
        m_cursor.insertText(QStringLiteral("  "), plain());
        link(PostRenderer::tr("Show anyway"), revealLinkScheme() + QLatin1Char(':') + m_post.id);
    }

    void blocks(const QList<Block> &blocks, const QString &pathPrefix, int depth)
    {
        int quoteIndex = 0;
        QTextList *list = nullptr;
        int listLevel = -1;
        for (const Block &b : blocks) {
            if (b.kind != Block::Kind::ListItem) {
                list = nullptr;
                listLevel = -1;
            }
            switch (b.kind) {
            case Block::Kind::Paragraph: {
                QTextBlockFormat f;
                f.setBottomMargin(6);
                block(f);
                mapText(b);
                inlineText(b.text, b.spans);
                break;
            }
            case Block::Kind::Heading: {
                QTextBlockFormat f;
                f.setHeadingLevel(b.level);
                f.setTopMargin(6);
                f.setBottomMargin(4);
                block(f);
                QTextCharFormat c = plain();
                c.setFontWeight(QFont::Bold);
                c.setFontPointSize(fontSize(b.level <= 1 ? 1.35 : b.level == 2 ? 1.2 : 1.08));
                mapText(b);
                inlineText(b.text, b.spans, c);
                break;
            }
            case Block::Kind::ListItem: {
                block(QTextBlockFormat {});
                if (list && listLevel == b.level) {
                    list->add(m_cursor.block());
                } else {
                    QTextListFormat lf;
                    lf.setStyle(b.level % 2 ? QTextListFormat::ListCircle : QTextListFormat::ListDisc);
                    lf.setIndent(b.level + 1 + depth);
                    list = m_cursor.createList(lf);
                    listLevel = b.level;
                }
                mapText(b);
                inlineText(b.text, b.spans);
                break;
            }
            case Block::Kind::Code:
                code(b);
                break;
            case Block::Kind::Quote:
                quote(b, pathPrefix + QString::number(quoteIndex++), pathPrefix.isEmpty(), depth);
                break;
            case Block::Kind::Table:
                table(b);
                break;
            case Block::Kind::TableRow: // only inside a table
                break;
            case Block::Kind::Spoiler:
                spoiler(b, depth);
                break;
            case Block::Kind::Image:
                image(b);
                break;
            case Block::Kind::Attachment: {
                block(QTextBlockFormat {});
                m_cursor.insertText(QStringLiteral("\U0001F4CE "), plain());
                mapText(b);
                if (b.url.isEmpty())
                    m_cursor.insertText(b.text, plain());
                else
                    link(b.text, b.url);
                break;
            }
            }
        }
    }

    void notes()
    {
        if (m_context.annotations.isEmpty())
            return;
        beginFrame(box(m_style.noteBackground, 6, 10, 0));
        const QTextCharFormat muted = mutedFormat();
        QTextCharFormat italic = plain();
        italic.setFontItalic(true);
        for (const Annotation &a : m_context.annotations) {
            block(QTextBlockFormat {});
            m_cursor.insertText(QStringLiteral("\u270E "), plain());
            if (a.kind == Annotation::Kind::Highlight) {
                m_cursor.insertText(QStringLiteral("\u201C%1\u201D").arg(a.selector.exact), italic);
                if (a.orphaned)
                    m_cursor.insertText(
                        QStringLiteral(" (%1)").arg(PostRenderer::tr("orphaned: no longer in the post")),
                        muted);
                if (!a.note.isEmpty())
                    m_cursor.insertText(QStringLiteral(" — ") + a.note, plain());
            } else {
                m_cursor.insertText(a.note, plain());
            }
        }
        endFrame();
    }

private:
    QTextCharFormat plain() const { return QTextCharFormat {}; }
    // Call just before writing b.text at the cursor.
    void mapText(const Block &b)
    {
        const auto offset = m_textOffsets.constFind(&b);
        if (offset != m_textOffsets.cend())
            m_map.add(m_space, *offset, m_cursor.position(), int(b.text.size()));
    }
    QTextCharFormat mutedFormat() const
    {
        QTextCharFormat f;
        f.setForeground(m_style.mutedText);
        return f;
    }
    // A framed box: quotes, code, spoilers, notes.
    static QTextFrameFormat box(const QBrush &background, qreal padding, qreal top, qreal bottom)
    {
        QTextFrameFormat f;
        f.setBackground(background);
        f.setPadding(padding);
        f.setTopMargin(top);
        f.setBottomMargin(bottom);
        f.setBorder(0);
        return f;
    }
    qreal fontSize(qreal factor) const
    {
        const qreal base = m_base.pointSizeF() > 0 ? m_base.pointSizeF() : 10;
        return base * factor;
    }

    // Starts a block: the empty one a new frame (or the document) begins with, else a new one.
    void block(const QTextBlockFormat &format)
    {
        if (m_fresh) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(plain());
            m_fresh = false;
        } else {
            m_cursor.insertBlock(format, plain());
        }
    }

    void beginFrame(const QTextFrameFormat &format)
    {
        m_frames.append(m_cursor.currentFrame());
        m_cursor.insertFrame(format);
        m_fresh = true;
    }

    void endFrame()
    {
        m_cursor = m_frames.takeLast()->lastCursorPosition();
        // Qt keeps an empty block after a frame; the next block reuses it.
        m_fresh = true;
    }

    void link(const QString &text, const QString &href)
    {
        QTextCharFormat f = plain();
        linkFormat(&f, href);
        m_cursor.insertText(text, f);
    }

    void linkFormat(QTextCharFormat *f, const QString &href) const
    {
        const LinkTarget target = classifyLink(QUrl(href), m_context.threadUrl);
        if (target.kind == LinkTarget::Kind::Blocked) {
            // Not a link at all, so nothing can activate it; the reader still sees where
            // it pointed.
            f->setForeground(m_style.mutedText);
            f->setFontStrikeOut(true);
            f->setToolTip(PostRenderer::tr("Blocked link: %1").arg(href.left(200)));
        } else {
            f->setAnchor(true);
            f->setAnchorHref(href);
            f->setForeground(m_style.link);
            f->setFontUnderline(true);
            if (target.kind != LinkTarget::Kind::Reader)
                f->setToolTip(href.left(500));
        }
    }

    void inlineText(const QString &text, const QList<Span> &spans, const QTextCharFormat &base = {})
    {
        if (spans.isEmpty()) {
            m_cursor.insertText(text, base);
            return;
        }
        // Cut the text at every span edge; each piece takes every span covering it.
        QList<int> cuts {0, int(text.size())};
        for (const Span &s : spans) {
            cuts.append(std::clamp(s.start, 0, int(text.size())));
            cuts.append(std::clamp(s.start + s.length, 0, int(text.size())));
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
            const int from = cuts[i], to = cuts[i + 1];
            QTextCharFormat f = base;
            quint8 styles = 0;
            QString href;
            QString spoiler; // the path of the inline spoiler covering this piece
            for (const Span &s : spans) {
                if (s.start <= from && s.start + s.length >= to) {
                    styles |= s.styles;
                    if (!s.href.isEmpty())
                        href = s.href; // the innermost link wins
                    if (s.styles & Span::Spoiler)
                        spoiler = QStringLiteral("i%1").arg(m_spanNumbers.value(&s));
                }
            }
            if (styles & Span::Bold)
                f.setFontWeight(QFont::Bold);
            if (styles & Span::Italic)
                f.setFontItalic(true);
            if (styles & Span::Underline)
                f.setFontUnderline(true);
            if (styles & Span::Strike)
                f.setFontStrikeOut(true);
            if (styles & Span::InlineCode) {
                f.setFontFamilies(m_fixed.families());
                f.setBackground(m_style.codeBackground);
            }
            if (!href.isEmpty())
                linkFormat(&f, href);
            if (!spoiler.isEmpty() && m_context.toggled.contains(spoiler)) {
                f.setBackground(m_style.quoteBackground); // revealed, still marked as a spoiler
            } else if (!spoiler.isEmpty()) {
                // Unreadable until clicked (or selected), like the site's own inline spoilers.
                f.setForeground(m_style.mutedText);
                f.setBackground(m_style.mutedText);
                f.setToolTip(PostRenderer::tr("Spoiler: click to read it"));
                if (href.isEmpty()) {
                    f.setAnchor(true);
                    f.setAnchorHref(QStringLiteral("%1:%2").arg(quoteLinkScheme(), spoiler));
                }
            }
            m_cursor.insertText(text.mid(from, to - from), f);
        }
    }

    void code(const Block &b)
    {
        const int index = m_numbers.value(&b);
        QTextFrameFormat f = box(m_style.codeBackground, 6, 2, 8);
        f.setBorder(1);
        f.setBorderBrush(m_style.border);
        f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        beginFrame(f);
        block(QTextBlockFormat {});
        const QTextCharFormat muted = mutedFormat();
        QString language = b.language;
        if (m_context.highlighter) {
            const auto definition = m_context.highlighter->definitionFor(b.language, b.text);
            if (definition.isValid())
                language = definition.name();
        }
        m_cursor.insertText(
            language.isEmpty() ? PostRenderer::tr("Code") : PostRenderer::tr("Code · %1").arg(language),
            muted);
        m_cursor.insertText(QStringLiteral("   "), muted);
        link(PostRenderer::tr("Copy"), QStringLiteral("%1:%2").arg(copyLinkScheme()).arg(index));

        QTextBlockFormat lines;
        lines.setNonBreakableLines(true);
        block(lines);
        QTextCharFormat fixed = plain();
        fixed.setFontFamilies(m_fixed.families());
        fixed.setFontFixedPitch(true);
        mapText(b);
        const QList<QTextLayout::FormatRange> ranges = m_context.highlighter
            ? m_context.highlighter->formats(b.text, b.language, m_context.theme)
            : QList<QTextLayout::FormatRange> {};
        int done = 0;
        for (const QTextLayout::FormatRange &r : ranges) {
            if (r.start > done)
                m_cursor.insertText(b.text.mid(done, r.start - done), fixed);
            QTextCharFormat coloured = fixed;
            coloured.merge(r.format);
            m_cursor.insertText(b.text.mid(r.start, r.length), coloured);
            done = r.start + r.length;
        }
        if (done < b.text.size())
            m_cursor.insertText(b.text.mid(done), fixed);
        endFrame();
    }

    void quote(const Block &b, const QString &path, bool topLevel, int depth)
    {
        const bool collapsed = startsCollapsed(m_post, path, m_context) != m_context.toggled.contains(path);
        const QString source = !topLevel || m_post.quotes.size() <= path.toInt()
            ? b.quoteSource
            : m_post.quotes[path.toInt()].resolved;
        const PostScore quoted = m_context.quoteScore && !b.quoteAuthor.isEmpty()
            ? m_context.quoteScore(b.quoteAuthor, source)
            : PostScore {};
        const QString who = b.quoteAuthor.isEmpty() ? PostRenderer::tr("Quote")
                                                    : PostRenderer::tr("%1 said:").arg(b.quoteAuthor);
        const QString toggle = QStringLiteral("%1:%2").arg(quoteLinkScheme(), path);

        QTextFrameFormat f
            = box(quoted.followed ? m_style.followedBackground : m_style.quoteBackground, 6, 4, 8);
        f.setLeftMargin(depth > 0 ? 8 : 0);
        beginFrame(f);
        block(QTextBlockFormat {});
        QTextCharFormat head = plain();
        head.setAnchor(true);
        head.setAnchorHref(toggle);
        head.setForeground(m_style.mutedText);
        QTextCharFormat headBold = head;
        headBold.setFontWeight(QFont::Bold);
        const bool deep = path.count(QLatin1Char('.')) >= MaxQuoteNesting;
        if (collapsed && quoted.hidden) {
            head.setFontItalic(true);
            m_cursor.insertText(QStringLiteral("\u25B8 ")
                    + PostRenderer::tr("Hidden: quote of %1 — %2")
                          .arg(b.quoteAuthor, quoted.reasons.join(QStringLiteral("; "))),
                head);
        } else if (collapsed && deep) {
            const int more = 1 + countQuotes(b.children);
            m_cursor.insertText(QStringLiteral("\u25B8 "), head);
            m_cursor.insertText(PostRenderer::tr("more quotes… (%1)").arg(more), headBold);
            if (!b.quoteAuthor.isEmpty())
                m_cursor.insertText(QLatin1Char(' ') + PostRenderer::tr("from %1").arg(b.quoteAuthor), head);
        } else if (collapsed) {
            m_cursor.insertText(QStringLiteral("\u25B8 "), head);
            m_cursor.insertText(who, headBold);
            m_cursor.insertText(QLatin1Char(' ') + preview(b.children), head);
        } else {
            m_cursor.insertText(QStringLiteral("\u25BE "), head);
            m_cursor.insertText(who, headBold);
        }
        if (!source.isEmpty() && !(collapsed && quoted.hidden)) {
            m_cursor.insertText(QStringLiteral("  "), plain());
            link(PostRenderer::tr("go to post"), QStringLiteral("%1:%2").arg(postLinkScheme(), source));
        }
        if (!collapsed) {
            const QString outer = std::exchange(m_space, path); // its words count in its own space
            blocks(b.children, path + QLatin1Char('.'), depth + 1);
            m_space = outer;
        }
        endFrame();
    }

    void spoiler(const Block &b, int depth)
    {
        const QString path = QStringLiteral("s%1").arg(m_numbers.value(&b));
        const bool open = m_context.toggled.contains(path); // spoilers start closed
        QTextFrameFormat f = box(Qt::NoBrush, 5, 2, 8);
        f.setBorder(1);
        f.setBorderBrush(m_style.border);
        f.setBorderStyle(QTextFrameFormat::BorderStyle_Dashed);
        beginFrame(f);
        block(QTextBlockFormat {});
        QTextCharFormat head = plain();
        head.setAnchor(true);
        head.setAnchorHref(QStringLiteral("%1:%2").arg(quoteLinkScheme(), path));
        head.setForeground(m_style.mutedText);
        m_cursor.insertText(open ? QStringLiteral("\u25BE ") : QStringLiteral("\u25B8 "), head);
        if (b.text.isEmpty()) {
            m_cursor.insertText(PostRenderer::tr("Spoiler"), head);
        } else {
            // The title is a line of the post's words: written on its own, so it maps.
            const QString title = PostRenderer::tr("Spoiler: %1");
            const qsizetype at = std::max<qsizetype>(0, title.indexOf(QLatin1String("%1")));
            m_cursor.insertText(title.left(at), head);
            mapText(b);
            m_cursor.insertText(b.text, head);
            m_cursor.insertText(title.mid(at + 2), head);
        }
        if (open)
            blocks(b.children, QStringLiteral("%1.").arg(path), depth + 1);
        endFrame();
    }

    void table(const Block &b)
    {
        int columns = 0;
        for (const Block &row : b.children)
            columns = std::max(columns, int(row.children.size()));
        if (columns == 0)
            return;
        block(QTextBlockFormat {});
        QTextTableFormat f;
        f.setBorder(1);
        f.setBorderBrush(m_style.border);
        f.setBorderCollapse(true);
        f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        f.setCellPadding(4);
        f.setCellSpacing(0);
        f.setBottomMargin(8);
        m_frames.append(m_cursor.currentFrame());
        QTextTable *table = m_cursor.insertTable(int(b.children.size()), columns, f);
        for (int r = 0; r < b.children.size(); ++r) {
            const Block &row = b.children[r];
            for (int c = 0; c < columns; ++c) {
                // Collapsed borders are drawn per cell.
                QTextTableCellFormat cf;
                cf.setBorder(1);
                cf.setBorderBrush(m_style.border);
                cf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                cf.setPadding(4);
                if (row.level == 1)
                    cf.setBackground(m_style.quoteBackground);
                table->cellAt(r, c).setFormat(cf);
                if (c >= row.children.size())
                    continue;
                m_cursor = table->cellAt(r, c).firstCursorPosition();
                QTextCharFormat cell = plain();
                if (row.level == 1)
                    cell.setFontWeight(QFont::Bold);
                mapText(row.children[c]);
                inlineText(row.children[c].text, row.children[c].spans, cell);
            }
        }
        endFrame();
    }

    void image(const Block &b)
    {
        // Past the limit a picture stays a line of text: nothing is asked for it.
        const bool beyond = !m_pictures.contains(b.url) && m_pictures.size() >= MaxPicturesPerPost;
        m_pictures.insert(b.url);
        const ImageView view = m_context.image && !beyond ? m_context.image(b.url) : ImageView {};
        if (beyond) {
            block(QTextBlockFormat {});
            m_cursor.insertText(QStringLiteral("\U0001F5BC %1 (%2)")
                                    .arg(b.text.isEmpty() ? b.url : b.text,
                                        PostRenderer::tr("not shown: more than %1 pictures in one post")
                                            .arg(MaxPicturesPerPost)),
                mutedFormat());
            return;
        }
        QTextBlockFormat bf;
        bf.setBottomMargin(6);
        block(bf);
        const QTextCharFormat muted = mutedFormat();
        const QString host = QUrl(b.url).host();
        const QString what
            = b.text.isEmpty() ? PostRenderer::tr("Image") : PostRenderer::tr("Image: %1").arg(b.text);
        switch (view.state) {
        case ImageView::State::Ready: {
            const QUrl name(b.url);
            m_document->addResource(QTextDocument::ImageResource, name, view.image);
            QTextImageFormat f;
            f.setName(b.url);
            const qreal scale = view.image.width() > m_context.imageWidth && view.image.width() > 0
                ? qreal(m_context.imageWidth) / view.image.width()
                : 1.0;
            f.setWidth(view.image.width() * scale);
            f.setHeight(view.image.height() * scale);
            f.setToolTip(b.text.isEmpty() ? b.url : b.text + QLatin1Char('\n') + b.url);
            // A linked picture (a thumbnail of the full size) opens its link, as links do.
            if (!b.link.isEmpty()
                && classifyLink(QUrl(b.link), m_context.threadUrl).kind != LinkTarget::Kind::Blocked) {
                f.setAnchor(true);
                f.setAnchorHref(b.link);
                f.setToolTip(f.toolTip() + QLatin1Char('\n') + PostRenderer::tr("Opens %1").arg(b.link));
            }
            m_cursor.insertImage(f);
            return;
        }
        case ImageView::State::Loading:
            m_cursor.insertText(QStringLiteral("\U0001F5BC ") + what + QStringLiteral(" — ")
                    + PostRenderer::tr("loading from %1…").arg(host),
                muted);
            return;
        case ImageView::State::Failed:
            m_cursor.insertText(QStringLiteral("\U0001F5BC ") + what + QStringLiteral(" — ")
                    + PostRenderer::tr("could not be loaded: %1").arg(view.error) + QStringLiteral("  "),
                muted);
            link(PostRenderer::tr("Try again"), imageLink(b.url));
            return;
        case ImageView::State::Blocked:
            m_cursor.insertText(
                QStringLiteral("\U0001F5BC ") + what + QStringLiteral(" (%1)  ").arg(host), muted);
            link(PostRenderer::imageUrls(m_post).size() > 1 ? PostRenderer::tr("Show this post's pictures")
                                                            : PostRenderer::tr("Show"),
                imageLink(b.url));
            m_cursor.insertText(QStringLiteral("  ·  "), muted);
            link(PostRenderer::tr("Always show images from %1").arg(host),
                QStringLiteral("%1:%2").arg(siteImagesLinkScheme(), host));
            return;
        }
    }

    static QString imageLink(const QString &url)
    {
        QUrl link;
        link.setScheme(imageLinkScheme());
        link.setPath(QStringLiteral("load"));
        link.setQuery(QStringLiteral("u=") + QString::fromLatin1(QUrl::toPercentEncoding(url)));
        return link.toString();
    }

    QTextDocument *m_document;
    QTextCursor m_cursor;
    const Post &m_post;
    const Context &m_context;
    const Style &m_style;
    QFont m_base;
    QFont m_fixed;
    QList<QTextFrame *> m_frames;
    bool m_fresh = true;
    QHash<const Block *, int> m_numbers; // code blocks and spoilers, each in document order
    QHash<const Span *, int> m_spanNumbers; // inline spoilers, in document order
    QSet<QString> m_pictures; // met so far, for the per-post limit
    QHash<const Block *, int> m_textOffsets; // each block's words in its space's words
    QString m_space; // the quote being written, empty for the post's own words
    TextMap m_map;
};

bool PostRenderer::startsCollapsed(const Post &post, const QString &path, const Context &context)
{
    if (path.startsWith(QLatin1Char('s')) && !path.contains(QLatin1Char('.'))) // spoilers start closed
        return true;
    // A quote of a hidden post or poster folds like the post itself, in every hide mode.
    if (context.quoteScore) {
        if (const Block *quote = quoteAt(post.body, path); quote && !quote->quoteAuthor.isEmpty()) {
            const int top = path.section(QLatin1Char('.'), 0, 0).toInt();
            const QString source = !path.contains(QLatin1Char('.')) && top < post.quotes.size()
                ? post.quotes[top].resolved
                : quote->quoteSource;
            if (context.quoteScore(quote->quoteAuthor, source).hidden)
                return true;
        }
    }
    if (path.count(QLatin1Char('.')) >= MaxQuoteNesting)
        return true;
    if (!context.foldParentQuotes || context.parentId.isEmpty() || path.contains(QLatin1Char('.')))
        return false;
    // Top-level quote i is post.quotes[i], which carries the resolved source.
    const int quoteIndex = path.toInt();
    return quoteIndex < post.quotes.size() && post.quotes[quoteIndex].resolved == context.parentId;
}

TextMap PostRenderer::renderPost(QTextDocument *document, const Post &post, const Context &context)
{
    Builder builder(document, post, context);
    const QString number = post.number > 0 ? QStringLiteral("#%1 · ").arg(post.number) : QString();
    builder.header(number, post.author, byline(post));
    if (context.score.hidden && !context.revealed) {
        builder.hiddenPlaceholder();
        return builder.takeMap();
    }
    builder.blocks(post.body, QString(), 0);
    builder.notes();
    return builder.takeMap();
}

TextMap PostRenderer::renderArticle(
    QTextDocument *document, const QString &title, const Post &article, const Context &context)
{
    Builder builder(document, article, context);
    builder.title(title);
    builder.header(QString(), article.author, byline(article));
    builder.blocks(article.body, QString(), 0);
    return builder.takeMap();
}

QString PostRenderer::codeBlock(const Post &post, int n)
{
    QString found;
    int index = 0;
    // Document order: the builder numbers code blocks as it meets them, quotes included.
    forEachBlock(post.body, [&](const Block &b) {
        if (b.kind == Block::Kind::Code && index++ == n)
            found = b.text;
    });
    return found;
}

QStringList PostRenderer::imageUrls(const Post &post)
{
    QStringList urls;
    forEachBlock(post.body, [&](const Block &b) {
        if (b.kind == Block::Kind::Image && !urls.contains(b.url) && urls.size() < MaxPicturesPerPost)
            urls.append(b.url);
    });
    return urls;
}

} // namespace Threadkeeper
