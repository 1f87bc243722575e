// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xenforofixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

namespace Threadkeeper::Testing {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

struct BbParser
{
    const QString &src;
    QuoteWriter writer = nullptr; // another forum's quote markup; XenForo's if none
    qsizetype pos = 0;

    // Parses until [/closing] (or the end); returns HTML.
    QString parse(const QString &closing)
    {
        QString html;
        QString text;
        auto flushText = [&] {
            QString escaped = esc(text);
            escaped.replace(QLatin1Char('\n'), QStringLiteral("<br />\n"));
            // Smilies as XenForo 2.2 sprites: a blank picture carrying the shortcut.
            for (const auto &[shortcut, title] : {std::pair {":)", "Smile"}, std::pair {":D", "Big grin"}}) {
                escaped.replace(QLatin1String(shortcut),
                    QStringLiteral(
                        "<img "
                        "src=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///"
                        "yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\" "
                        "class=\"smilie smilie--sprite smilie--sprite1\" alt=\"%1\" title=\"%2    %1\" "
                        "loading=\"lazy\" data-shortname=\"%1\" />")
                        .arg(QLatin1String(shortcut), QLatin1String(title)));
            }
            html += escaped;
            text.clear();
        };
        while (pos < src.size()) {
            if (src[pos] != QLatin1Char('[')) {
                text += src[pos++];
                continue;
            }
            const qsizetype end = src.indexOf(QLatin1Char(']'), pos);
            if (end < 0) {
                text += src.mid(pos);
                pos = src.size();
                break;
            }
            const QString tag = src.mid(pos + 1, end - pos - 1);
            const QString name = tag.section(QLatin1Char('='), 0, 0).toUpper();
            const QString arg = tag.section(QLatin1Char('='), 1).remove(QLatin1Char('"'));
            if (name == QLatin1Char('/') + closing) {
                pos = end + 1;
                break;
            }
            static const QStringList known = {QStringLiteral("QUOTE"), QStringLiteral("LIST"),
                QStringLiteral("B"), QStringLiteral("I"), QStringLiteral("U"), QStringLiteral("S"),
                QStringLiteral("CODE"), QStringLiteral("ICODE"), QStringLiteral("URL"), QStringLiteral("*"),
                QStringLiteral("IMG"), QStringLiteral("SPOILER"), QStringLiteral("ISPOILER"),
                QStringLiteral("HEADING"), QStringLiteral("TABLE"), QStringLiteral("TR"),
                QStringLiteral("TH"), QStringLiteral("TD")};
            if (!known.contains(name)) {
                text += src[pos++];
                continue;
            }
            flushText();
            pos = end + 1;
            if (name == QLatin1String("QUOTE")) {
                html += quote(arg, parse(QStringLiteral("QUOTE")));
                skipNewline();
            } else if (name == QLatin1String("LIST")) {
                const QString inner = parse(QStringLiteral("LIST"));
                QStringList items = inner.split(QStringLiteral("\x01"), Qt::SkipEmptyParts);
                html += QStringLiteral("<ul>");
                for (QString item : items) {
                    item = item.trimmed();
                    while (item.endsWith(QLatin1String("<br />")))
                        item = item.chopped(6).trimmed();
                    if (!item.isEmpty())
                        html += QStringLiteral("<li data-xf-list-type=\"ul\">%1</li>").arg(item);
                }
                html += QStringLiteral("</ul>");
                skipNewline();
            } else if (name == QLatin1String("*")) {
                html += QStringLiteral("\x01");
            } else if (name.size() == 1) { // B, I, U, S as XenForo 2.2 writes them
                const QString t = name == QLatin1String("B") ? QStringLiteral("b")
                    : name == QLatin1String("I")             ? QStringLiteral("i")
                    : name == QLatin1String("U")             ? QStringLiteral("u")
                                                             : QStringLiteral("s");
                html += QStringLiteral("<%1>%2</%1>").arg(t, parse(name));
            } else if (name == QLatin1String("URL")) {
                const qsizetype at = pos;
                const QString inner = parse(name);
                // [URL]target[/URL] links to its own text; relative targets stay relative.
                const QString target
                    = arg.isEmpty() ? src.mid(at, src.indexOf(QLatin1Char('['), at) - at) : arg;
                const bool internal = !target.startsWith(QLatin1String("http"));
                html += QStringLiteral("<a href=\"%1\" %2class=\"link link--%3\"%4>%5</a>")
                            .arg(esc(target), internal ? QString() : QStringLiteral("target=\"_blank\" "),
                                internal ? QStringLiteral("internal") : QStringLiteral("external"),
                                internal ? QString() : QStringLiteral(" rel=\"nofollow ugc noopener\""),
                                inner);
            } else if (name == QLatin1String("ICODE")) {
                html += QStringLiteral("<code class=\"bbCodeInline\">%1</code>").arg(parse(name));
            } else if (name == QLatin1String("IMG")) {
                const qsizetype close = src.indexOf(QStringLiteral("[/IMG]"), pos, Qt::CaseInsensitive);
                const QString url = src.mid(pos, close < 0 ? -1 : close - pos).trimmed();
                pos = close < 0 ? src.size() : close + 6;
                // Lazy loading as XenForo does it: the picture in data-src, a blank in src.
                html += QStringLiteral(
                    "<img "
                    "src=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\" "
                    "data-src=\"%1\" data-url=\"%1\" class=\"bbImage\" loading=\"lazy\" alt=\"%2\" "
                    "title=\"%2\" style=\"\" width=\"\" height=\"\" />")
                            .arg(esc(url), esc(arg.isEmpty() ? url.section(QLatin1Char('/'), -1) : arg));
            } else if (name == QLatin1String("SPOILER")) {
                const QString inner = parse(name);
                html += QStringLiteral(
                    "<div class=\"bbCodeSpoiler\">\n\t<button type=\"button\" class=\"button "
                    "bbCodeSpoiler-button\" "
                    "data-xf-click=\"toggle\" data-xf-init=\"tooltip\" title=\"Click to reveal or hide "
                    "spoiler\">"
                    "<span class=\"button-text\">\n\t\t<span>Spoiler%1</span>\n\t</span></button>\n\t"
                    "<div class=\"bbCodeSpoiler-content\">\n\t\t<div class=\"bbCodeBlock "
                    "bbCodeBlock--spoiler\">\n"
                    "\t\t\t<div class=\"bbCodeBlock-content\">%2</div>\n\t\t</div>\n\t</div>\n</div>")
                            .arg(arg.isEmpty()
                                    ? QString()
                                    : QStringLiteral(": <span class=\"bbCodeSpoiler-button-title\">%1</span>")
                                          .arg(esc(arg)),
                                inner);
                skipNewline();
            } else if (name == QLatin1String("ISPOILER")) {
                html += QStringLiteral("<span class=\"bbCodeInlineSpoiler\" data-xf-click=\"toggle-class\" "
                                       "data-class=\"bbCodeInlineSpoiler--active\">%1</span>")
                            .arg(parse(name));
            } else if (name == QLatin1String("HEADING")) {
                const int level = std::clamp(arg.toInt(), 1, 3) + 1;
                html += QStringLiteral("<h%1 class=\"bbHeading\">%2</h%1>").arg(level).arg(parse(name));
                skipNewline();
            } else if (name == QLatin1String("TABLE")) {
                html += QStringLiteral(
                    "<div class=\"bbTable\">\n<table style='width: 100%'>%1</table>\n</div>")
                            .arg(parse(name));
                skipNewline();
            } else if (name == QLatin1String("TR") || name == QLatin1String("TH")
                || name == QLatin1String("TD")) {
                QString inner = parse(name).trimmed();
                while (inner.endsWith(QLatin1String("<br />")))
                    inner = inner.chopped(6).trimmed();
                html += QStringLiteral("<%1>%2</%1>").arg(name.toLower(), inner);
                skipNewline();
            } else if (name == QLatin1String("CODE")) {
                const qsizetype close = src.indexOf(QStringLiteral("[/CODE]"), pos, Qt::CaseInsensitive);
                const QString code = src.mid(pos, close < 0 ? -1 : close - pos);
                pos = close < 0 ? src.size() : close + 7;
                html += QStringLiteral(
                    "<div class=\"bbCodeBlock bbCodeBlock--screenLimited bbCodeBlock--code\">"
                    "<div class=\"bbCodeBlock-title\">Code:</div><div class=\"bbCodeBlock-content\" "
                    "dir=\"ltr\"><pre class=\"bbCodeCode\" dir=\"ltr\" data-xf=\"unset\"><code%1>%2"
                    "</code></pre></div></div>")
                            .arg(arg.isEmpty() ? QString()
                                               : QStringLiteral(" class=\"language-%1\"").arg(esc(arg)),
                                esc(code.trimmed()));
                skipNewline();
            }
        }
        flushText();
        return html;
    }

    void skipNewline()
    {
        if (pos < src.size() && src[pos] == QLatin1Char('\n'))
            ++pos;
    }

    QString quote(const QString &arg, const QString &inner) const
    {
        // [QUOTE="Name, post: 123, member: 45"] or [QUOTE="Name"]
        const QStringList parts = arg.split(QLatin1Char(','));
        const QString name = parts.value(0).trimmed();
        QString postId, member;
        for (const QString &p : parts.mid(1)) {
            const QString t = p.trimmed();
            if (t.startsWith(QLatin1String("post:")))
                postId = t.mid(5).trimmed();
            else if (t.startsWith(QLatin1String("member:")))
                member = t.mid(7).trimmed();
        }
        if (writer)
            return writer(name, postId, inner);
        QString attrs;
        if (!member.isEmpty())
            attrs += QStringLiteral(" data-attributes=\"member: %1\"").arg(member);
        if (!name.isEmpty())
            attrs += QStringLiteral(" data-quote=\"%1\"").arg(esc(name));
        if (!postId.isEmpty())
            attrs += QStringLiteral(" data-source=\"post: %1\"").arg(postId);
        QString title;
        if (!name.isEmpty()) {
            title = postId.isEmpty()
                ? QStringLiteral("%1 said:").arg(esc(name))
                : QStringLiteral(
                    "<a href=\"/goto/post?id=%1\" class=\"bbCodeBlock-sourceJump\" rel=\"nofollow\" "
                    "data-xf-click=\"attribution\" data-content-selector=\"#post-%1\">%2 said:</a>")
                      .arg(postId, esc(name));
            title = QStringLiteral("\n\t<div class=\"bbCodeBlock-title\">\n\t\t%1\n\t</div>").arg(title);
        }
        return QStringLiteral(
            "<blockquote%1\n\tclass=\"bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote "
            "js-expandWatch\">%2\n\t<div class=\"bbCodeBlock-content\">\n\t\t<div "
            "class=\"bbCodeBlock-expandContent js-expandContent \">\n\t\t\t%3\n\t\t</div>\n\t\t"
            "<div class=\"bbCodeBlock-expandLink js-expandLink\"><a role=\"button\" "
            "tabindex=\"0\">Click to expand...</a></div>\n\t</div>\n</blockquote>")
            .arg(attrs, title, inner);
    }
};

QString slugOf(const QString &title)
{
    QString slug = title.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return slug.left(60).remove(QRegularExpression(QStringLiteral("^-+|-+$")));
}

QString postArticle(const FixtureThread &thread, const FixturePost &p)
{
    const QString permalink = thread.path + QStringLiteral("post-") + p.id;
    const QString number = p.number > 0 ? QStringLiteral(R"(
				<li>
					<a href="%1" rel="nofollow">
						#%2
					</a>
				</li>)")
                                              .arg(permalink)
                                              .arg(p.number)
                                        : QString();
    // A poster with a picture gets XenForo's <img> avatar; the others its letter avatar.
    const QString avatar = p.avatar.isEmpty()
        ? QStringLiteral(
            "<a href=\"/members/%1/\" class=\"avatar avatar--m avatar--default avatar--default--dynamic\" "
            "data-user-id=\"%2\" data-xf-init=\"member-tooltip\" style=\"background-color: #6b8e23; "
            "color: #f0fff0\">\n\t\t\t\t\t\t<span class=\"avatar-u%2-m\" role=\"img\" "
            "aria-label=\"%3\">%4</span>\n"
            "\t\t\t\t\t</a>")
              .arg(slugOf(p.author) + QLatin1Char('.') + QString::number(qHash(p.author) % 90000),
                  QString::number(qHash(p.author) % 90000), esc(p.author), esc(p.author.left(1).toUpper()))
        : QStringLiteral(
            "<a href=\"/members/%1/\" class=\"avatar avatar--m\" data-user-id=\"%2\" "
            "data-xf-init=\"member-tooltip\">\n\t\t\t\t\t\t<img src=\"%3\" alt=\"%4\" class=\"avatar-u%2-m\" "
            "width=\"96\" height=\"96\" loading=\"lazy\" itemprop=\"image\" />\n\t\t\t\t\t</a>")
              .arg(slugOf(p.author) + QLatin1Char('.') + QString::number(qHash(p.author) % 90000),
                  QString::number(qHash(p.author) % 90000), esc(p.avatar), esc(p.author));
    return QStringLiteral(R"(
<article class="message message--post js-post js-inlineModContainer  "
		data-author="%1"
		data-content="post-%2"
		id="js-post-%2"
		itemscope itemtype="https://schema.org/Comment">
	<span class="u-anchorTarget" id="post-%2"></span>
	<div class="message-inner">
		<div class="message-cell message-cell--user">
			<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person">
				<div class="message-avatar "><div class="message-avatar-wrapper">
					%5
				</div></div>
				<div class="message-userDetails">
					<h4 class="message-name"><a href="/members/%3/" class="username " dir="auto" data-user-id="%4" data-xf-init="member-tooltip"><span itemprop="name">%1</span></a></h4>
					<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">Member</h5>
				</div>
				<span class="message-userArrow"></span>
			</section>
		</div>
		<div class="message-cell message-cell--main">
			<div class="message-main js-quickEditTarget">
				<header class="message-attribution message-attribution--split">
					<ul class="message-attribution-main listInline ">
						<li class="u-concealed">
							<a href="%6" rel="nofollow" itemprop="url">
								<time  class="u-dt" dir="auto" datetime="%7" data-timestamp="%8" data-date="%9" data-time="%10" title="%9 at %10" itemprop="datePublished">%9</time>
							</a>
						</li>
					</ul>
					<ul class="message-attribution-opposite message-attribution-opposite--list ">
						<li>
							<a href="%6" class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="/posts/%2/share" aria-label="Share" rel="nofollow">
								<i class="fa--xf far fa-share-alt" aria-hidden="true"></i>
							</a>
						</li>%11
					</ul>
				</header>
				<div class="message-content js-messageContent">
					<div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-%2" data-lb-caption-desc="%1 &middot; %9">
						<article class="message-body js-selectToQuote">
							<div itemprop="text">
<div class="bbWrapper">%12</div>
							</div>
							<div class="js-selectToQuoteEnd">&nbsp;</div>
						</article>
					</div>
				</div>
				<footer class="message-footer">
					<div class="message-actionBar actionBar">
						<div class="actionBar-set actionBar-set--external">
							<a href="/posts/%2/react?reaction_id=1" class="reaction reaction--small actionBar-action" data-xf-click="reaction" rel="nofollow"><span class="reaction-text">Like</span></a>
							<a href="%13" class="actionBar-action actionBar-action--reply" data-xf-click="quote" data-quote-href="/posts/%2/quote">Reply</a>
						</div>
					</div>
				</footer>
			</div>
		</div>
	</div>
</article>)")
        .arg(esc(p.author), p.id,
            slugOf(p.author) + QLatin1Char('.') + QString::number(qHash(p.author) % 90000),
            QString::number(qHash(p.author) % 90000), avatar, permalink,
            p.date.toString(Qt::ISODateWithMs).replace(QStringLiteral(".000Z"), QStringLiteral("+0000")),
            QString::number(p.date.toSecsSinceEpoch()), p.date.toString(QStringLiteral("MMM d, yyyy")))
        .arg(p.date.toString(QStringLiteral("h:mm AP")), number, bbcodeToHtml(p.bbcode),
            thread.path + QStringLiteral("reply"));
}

QString pageNav(const FixtureThread &thread, int page)
{
    const int count = thread.pageCount();
    if (count <= 1)
        return {};
    QString items;
    // A long thread lists, as XenForo does, the first and last pages and two either side
    // of this one, with a gap between; listing all its pages would make every page of a
    // 5,000-page thread half a megabyte of links. Short threads list every page.
    const bool windowed = count > 7;
    bool gap = false;
    for (int i = 1; i <= count; ++i) {
        if (windowed && i != 1 && i != count && std::abs(i - page) > 2) {
            if (!gap)
                items += QStringLiteral("\n\t\t<li class=\"pageNav-page pageNav-page--skip\"><a "
                                        "title=\"Go to page\" role=\"button\">…</a></li>");
            gap = true;
            continue;
        }
        gap = false;
        items
            += QStringLiteral("\n\t\t<li class=\"pageNav-page %1\"><a href=\"%2\">%3</a></li>")
                   .arg(i == page ? QStringLiteral("pageNav-page--current ") : QString(), thread.pagePath(i))
                   .arg(i);
    }
    QString next = page < count
        ? QStringLiteral("\n\t<a href=\"%1\" class=\"pageNav-jump pageNav-jump--next\">Next</a>")
              .arg(thread.pagePath(page + 1))
        : QString();
    return QStringLiteral(
        "<nav class=\"pageNavWrapper pageNavWrapper--mixed \">\n<div class=\"pageNav  \">\n\t<ul "
        "class=\"pageNav-main\">%1\n\t</ul>%2\n</div>\n</nav>")
        .arg(items, next);
}

} // namespace

QString bbcodeToHtml(const QString &bbcode, QuoteWriter quote)
{
    BbParser parser {bbcode, quote};
    return parser.parse(QString()).trimmed();
}

QByteArray xenforoPage(const FixtureThread &thread, int page)
{
    QString articles;
    const int first = (page - 1) * thread.perPage;
    for (int i = first; i < std::min(int(thread.posts.size()), first + thread.perPage); ++i)
        articles += postArticle(thread, thread.posts[i]);
    const QString nav = pageNav(thread, page);
    const QString title = esc(thread.title) + (page > 1 ? QStringLiteral(" | Page %1").arg(page) : QString());
    return QStringLiteral(R"(<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-app="public" data-template="thread_view" data-container-key="node-5" data-content-key="thread" class="has-no-js template-thread_view">
<head>
	<meta charset="utf-8" />
	<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
	<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
	<title>%1 | Threadkeeper Fixture Forums</title>
	<link rel="canonical" href="%2" />
	<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less&amp;s=1&amp;l=1" />
	<script>document.documentElement.className = document.documentElement.className.replace('has-no-js', 'has-js');</script>
	<script src="/js/xf/preamble.min.js?_v=1a2b3c4d"></script>
</head>
<body data-template="thread_view">
<div class="p-pageWrapper" id="top">
<div class="p-body">
	<div class="p-body-inner">
		<div class="p-body-header">
			<div class="p-title "><h1 class="p-title-value">%3</h1></div>
		</div>
		<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/">
	<div class="block-outer">%4</div>
	<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-message-selector=".js-post">
		<div class="block-body js-replyNewMessageContainer">%5
		</div>
	</div>
	<div class="block-outer block-outer--after">%4</div>
</div>
		</div></div></div>
	</div>
</div>
</div>
<script>XF.config = { url: { fullBase: "/" } };</script>
</body>
</html>
)")
        .arg(title, thread.pagePath(page), esc(thread.title), nav, articles)
        .toUtf8();
}

QString seedPostId(int number)
{
    return QString::number(5140000 + number * 37);
}

namespace {

QStringList wordsOf(const QString &s)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"));
    return s.toLower().split(nonWord, Qt::SkipEmptyParts);
}

bool containsWords(const QString &haystack, const QString &needle)
{
    const QString n = wordsOf(needle).join(QLatin1Char(' '));
    return !n.isEmpty() && wordsOf(haystack).join(QLatin1Char(' ')).contains(n);
}

struct SeedComment
{
    int number = 0;
    QString author;
    QStringList lines;
    QString ownText; // lines outside quotes
};

} // namespace

FixtureThread seedThread(const QString &seedPath)
{
    QFile file(seedPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    FixtureThread thread;
    thread.title = lines.value(2).trimmed();
    thread.path = QStringLiteral("/threads/%1.331822/").arg(slugOf(thread.title));

    // The article: from after the title to "Add your own comment".
    qsizetype i = 3;
    QStringList article;
    for (; i < lines.size() && lines[i].trimmed() != QLatin1String("Add your own comment"); ++i) {
        if (!lines[i].trimmed().isEmpty())
            article.append(lines[i].trimmed());
    }
    const QDateTime start(QDate(2025, 1, 26), QTime(8, 0), QTimeZone::UTC);
    thread.posts.append(FixturePost {
        seedPostId(0), 0, QStringLiteral("TPU News Desk"), start, article.join(QStringLiteral("\n\n"))});

    QList<SeedComment> comments;
    static const QRegularExpression numberLine(QStringLiteral("^#(\\d+)$"));
    for (; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = numberLine.match(lines[i].trimmed());
        if (!m.hasMatch())
            continue;
        SeedComment c;
        c.number = m.captured(1).toInt();
        c.author = lines.value(i + 1).trimmed();
        for (i += 2; i < lines.size() && lines[i].trimmed() != QLatin1String("Posted on Reply"); ++i)
            c.lines.append(lines[i]);
        comments.append(c);
    }

    QStringList authors;
    for (qsizetype k = 0; k < comments.size(); ++k) {
        SeedComment &c = comments[k];
        QString bb;
        QStringList own;
        QStringList listItems;
        auto flushList = [&] {
            if (listItems.isEmpty())
                return;
            bb += QStringLiteral("[LIST]\n");
            for (const QString &item : std::as_const(listItems))
                bb += QStringLiteral("[*]") + item + QLatin1Char('\n');
            bb += QStringLiteral("[/LIST]\n");
            listItems.clear();
        };
        for (qsizetype l = 0; l < c.lines.size(); ++l) {
            const QString line = c.lines[l];
            const QString trimmed = line.trimmed();
            // A quote: the line starts with an earlier poster's name, glued to the quoted words.
            QString quoted;
            for (const QString &a : std::as_const(authors)) {
                if (trimmed.startsWith(a) && trimmed.size() > a.size() && !trimmed[a.size()].isSpace()
                    && a.size() > quoted.size())
                    quoted = a;
            }
            if (!quoted.isEmpty()) {
                flushList();
                // Earlier own words of that poster, to find where the quote ends and what it quotes.
                QList<const SeedComment *> candidates;
                for (qsizetype e = k - 1; e >= 0; --e) {
                    if (comments[e].author == quoted)
                        candidates.append(&comments[e]);
                }
                QStringList quoteLines {trimmed.mid(quoted.size())};
                while (l + 1 < c.lines.size()) {
                    const QString nextLine = c.lines[l + 1].trimmed();
                    QString bare = nextLine;
                    if (bare.startsWith(QChar(0x2022)))
                        bare = bare.mid(1).trimmed();
                    const bool inQuote = nextLine.isEmpty()
                        || std::any_of(candidates.begin(), candidates.end(),
                            [&](const SeedComment *s) { return containsWords(s->ownText, bare); });
                    if (!inQuote)
                        break;
                    quoteLines.append(nextLine);
                    ++l;
                }
                while (!quoteLines.isEmpty() && quoteLines.last().isEmpty())
                    quoteLines.removeLast();
                QString source;
                const QString head = wordsOf(quoteLines.first()).mid(0, 6).join(QLatin1Char(' '));
                for (const SeedComment *s : std::as_const(candidates)) {
                    if (containsWords(s->ownText, head)) {
                        source = seedPostId(s->number);
                        break;
                    }
                }
                QString body;
                QStringList items;
                for (const QString &q : std::as_const(quoteLines)) {
                    if (q.startsWith(QChar(0x2022))) {
                        items.append(q.mid(1).trimmed());
                        continue;
                    }
                    if (!items.isEmpty()) {
                        body += QStringLiteral("[LIST]\n[*]") + items.join(QStringLiteral("\n[*]"))
                            + QStringLiteral("\n[/LIST]\n");
                        items.clear();
                    }
                    body += q + QLatin1Char('\n');
                }
                if (!items.isEmpty())
                    body += QStringLiteral("[LIST]\n[*]") + items.join(QStringLiteral("\n[*]"))
                        + QStringLiteral("\n[/LIST]\n");
                const bool withSource = c.number % 3 == 0 && !source.isEmpty();
                bb += withSource ? QStringLiteral("[QUOTE=\"%1, post: %2, member: %3\"]")
                                       .arg(quoted, source)
                                       .arg(qHash(quoted) % 90000)
                                 : QStringLiteral("[QUOTE=\"%1\"]").arg(quoted);
                bb += body.trimmed() + QStringLiteral("[/QUOTE]\n");
                continue;
            }
            if (trimmed.startsWith(QChar(0x2022))) {
                listItems.append(trimmed.mid(1).trimmed());
                own.append(trimmed.mid(1).trimmed());
                continue;
            }
            flushList();
            bb += trimmed + QLatin1Char('\n');
            own.append(trimmed);
        }
        flushList();
        c.ownText = own.join(QLatin1Char('\n'));
        if (!authors.contains(c.author))
            authors.append(c.author);
        thread.posts.append(FixturePost {seedPostId(c.number), c.number, c.author,
            start.addSecs(3600 + c.number * 17 * 60), bb.trimmed()});
    }
    return thread;
}

FixtureThread parseDemoSource(const QString &text)
{
    FixtureThread thread;
    static const QRegularExpression header(QStringLiteral("^== #(\\d+) (.+?) \\| (\\S+)(?: \\| (\\d+))?$"));
    FixturePost *current = nullptr;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("title: "))) {
            thread.title = line.mid(7).trimmed();
        } else if (line.startsWith(QLatin1String("path: "))) {
            thread.path = line.mid(6).trimmed();
        } else if (line.startsWith(QLatin1String("per-page: "))) {
            thread.perPage = line.mid(10).toInt();
        } else if (const QRegularExpressionMatch m = header.match(line); m.hasMatch()) {
            FixturePost p;
            p.number = m.captured(1).toInt();
            p.author = m.captured(2);
            p.date = QDateTime::fromString(m.captured(3), Qt::ISODate);
            p.id = m.captured(4).isEmpty() ? QString::number(880000 + p.number * 11) : m.captured(4);
            thread.posts.append(p);
            current = &thread.posts.last();
        } else if (current) {
            current->bbcode += line + QLatin1Char('\n');
        }
    }
    for (FixturePost &p : thread.posts)
        p.bbcode = p.bbcode.trimmed();
    return thread;
}

} // namespace Threadkeeper::Testing
