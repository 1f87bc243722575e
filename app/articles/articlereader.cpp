// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlereader.h"

#include "engines/postbody.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQueue>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace Threadkeeper {

namespace {

constexpr qsizetype MaxField = 1000; // characters of a title or an author kept
constexpr int MaxMeta = 1000;
constexpr int MaxArticles = 50;
constexpr int MaxJsonDepth = 8; // @graph inside @graph inside …: far enough for any real page
constexpr int MaxJsonValues = 5000;

QString field(const QString &text)
{
    return normalizedText(text.left(MaxField * 4)).left(MaxField);
}

bool isArticleType(const QJsonValue &type)
{
    auto one = [](const QString &t) {
        return t.endsWith(QLatin1String("Article")) || t == QLatin1String("BlogPosting")
            || t == QLatin1String("LiveBlogPosting") || t == QLatin1String("SocialMediaPosting");
    };
    if (type.isString())
        return one(type.toString());
    const QJsonArray types = type.toArray();
    return std::any_of(types.begin(), types.end(), [&](const QJsonValue &t) { return one(t.toString()); });
}

// The first article object of a JSON-LD value: breadth first through arrays, @graph
// and nested objects, bounded in depth and in values looked at.
QJsonObject findArticleObject(const QJsonValue &root)
{
    QQueue<std::pair<QJsonValue, int>> queue;
    queue.enqueue({root, 0});
    int seen = 0;
    while (!queue.isEmpty() && seen < MaxJsonValues) {
        const auto [value, depth] = queue.dequeue();
        ++seen;
        if (depth > MaxJsonDepth)
            continue;
        if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                queue.enqueue({v, depth + 1});
        } else if (value.isObject()) {
            const QJsonObject o = value.toObject();
            if (isArticleType(o.value(QLatin1String("@type"))))
                return o;
            if (o.contains(QLatin1String("@graph")))
                queue.enqueue({o.value(QLatin1String("@graph")), depth + 1});
            if (o.contains(QLatin1String("mainEntity")))
                queue.enqueue({o.value(QLatin1String("mainEntity")), depth + 1});
        }
    }
    return {};
}

// An author as JSON-LD gives one: a name, a Person or Organization, or a list of them.
QString jsonAuthor(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return value.toObject().value(QLatin1String("name")).toString();
    QStringList names;
    for (const QJsonValue &v : value.toArray()) {
        if (names.size() >= 10)
            break;
        if (const QString name
            = v.isString() ? v.toString() : v.toObject().value(QLatin1String("name")).toString();
            !name.trimmed().isEmpty())
            names.append(name.trimmed());
    }
    return names.join(QStringLiteral(", "));
}

bool looksLikeUrl(const QString &s)
{
    return s.startsWith(QLatin1String("http://")) || s.startsWith(QLatin1String("https://"))
        || s.startsWith(QLatin1String("//"));
}

// What one walk of the page gathers for the article.
struct PageFacts
{
    QHash<QString, QString> meta; // property, name or itemprop (lower case) → content, first kept
    QList<QByteArray> jsonLd;
    QString title; // <title>
    HtmlNode h1;
    HtmlNode time; // the first <time datetime>
    HtmlNode articleBody; // itemprop="articleBody"
    HtmlNode main;
    QString authorText; // rel="author" or itemprop="author"
};

PageFacts gather(HtmlNode root)
{
    PageFacts f;
    root.walk([&f](HtmlNode n) {
        if (!n.isElement())
            return HtmlNode::Walk::Skip;
        const QByteArrayView tag = n.tag();
        if (tag == "meta") {
            if (f.meta.size() < MaxMeta) {
                QString key = n.attributeString("property");
                if (key.isEmpty())
                    key = n.attributeString("name");
                if (key.isEmpty())
                    key = n.attributeString("itemprop");
                const QString content = n.attributeString("content").trimmed();
                key = key.trimmed().toLower();
                if (!key.isEmpty() && !content.isEmpty() && !f.meta.contains(key))
                    f.meta.insert(key, content.left(MaxField * 4));
            }
            return HtmlNode::Walk::Skip;
        }
        if (tag == "script") {
            if (n.attribute("type").trimmed().compare("application/ld+json", Qt::CaseInsensitive) == 0
                && f.jsonLd.size() < ArticleReader::MaxJsonLdScripts) {
                const QByteArrayView text = n.firstChild().ownText();
                if (text.size() <= ArticleReader::MaxJsonLd)
                    f.jsonLd.append(text.toByteArray());
            }
            return HtmlNode::Walk::Skip;
        }
        if (tag == "style" || tag == "template" || tag == "svg" || tag == "noscript")
            return HtmlNode::Walk::Skip;
        if (tag == "title" && f.title.isEmpty())
            f.title = field(n.textContent());
        else if (tag == "h1" && !f.h1)
            f.h1 = n;
        else if (tag == "time" && !f.time && n.hasAttribute("datetime"))
            f.time = n;
        else if (tag == "main" && !f.main)
            f.main = n;
        if (!f.articleBody && n.attribute("itemprop") == "articleBody")
            f.articleBody = n;
        if (f.authorText.isEmpty() && (n.attribute("rel") == "author" || n.attribute("itemprop") == "author"))
            f.authorText = field(n.textContent());
        return HtmlNode::Walk::Descend;
    });
    return f;
}

// The article's own markup, without what pages put around the text: the title (shown
// above it), the byline, sharing buttons, related links, comments.
class ArticleBodyReader final : public PostBodyReader
{
protected:
    Element classify(HtmlNode n) const override
    {
        static const QByteArrayView skipped[] = {"h1", "header", "footer", "nav", "aside"};
        const QByteArrayView tag = n.tag();
        for (const QByteArrayView s : skipped) {
            if (tag == s)
                return Element::Skip;
        }
        static const QByteArrayView noise[]
            = {"comment", "share", "social", "related", "newsletter", "byline", "footer"};
        for (const QByteArrayView attr : {QByteArrayView("class"), QByteArrayView("id")}) {
            const QByteArray value = n.attribute(attr).left(256).toByteArray().toLower();
            for (const QByteArrayView word : noise) {
                if (value.contains(word))
                    return Element::Skip;
            }
        }
        return PostBodyReader::classify(n);
    }
    Block readQuote(HtmlNode n, int quoteDepth) override
    {
        Block quote;
        quote.kind = Block::Kind::Quote;
        ArticleBodyReader inner;
        inner.setBaseUrl(baseUrl());
        quote.children = inner.read(n, quoteDepth + 1);
        return quote;
    }
};

QList<HtmlNode> topLevelArticles(HtmlNode root)
{
    QList<HtmlNode> articles;
    root.forEachMatch([](HtmlNode n) { return n.is("article"); },
        [&articles](HtmlNode n) {
            if (articles.size() < MaxArticles)
                articles.append(n);
        });
    return articles;
}

// The element holding the article's text: the one marked articleBody, else the top-level
// <article> holding the page's <h1>, else the one with the most text, else <main>.
HtmlNode bodyContainer(const QList<HtmlNode> &articles, const PageFacts &f)
{
    if (f.articleBody)
        return f.articleBody;
    if (f.h1 && !articles.isEmpty()) {
        // One climb from the <h1>: its depth, whatever the nesting, bounds the cost.
        for (HtmlNode n = f.h1.parent(); n; n = n.parent()) {
            if (articles.contains(n))
                return n;
        }
    }
    HtmlNode best;
    qsizetype most = 0;
    for (const HtmlNode &a : articles) {
        const qsizetype size = normalizedText(a.textContent()).size();
        if (size > most) {
            most = size;
            best = a;
        }
    }
    return best ? best : f.main;
}

Block paragraph(const QString &text)
{
    Block block;
    block.kind = Block::Kind::Paragraph;
    block.text = text;
    return block;
}

QList<Block> paragraphs(const QString &text)
{
    QList<Block> blocks;
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    for (const QString &p : text.left(PostBodyReader::MaxBlockText).split(blank, Qt::SkipEmptyParts)) {
        if (const QString t = normalizedText(p); !t.isEmpty())
            blocks.append(paragraph(t));
    }
    return blocks;
}

} // namespace

QDateTime ArticleReader::parseDate(const QString &text)
{
    QString s = text.trimmed().left(64);
    if (s.isEmpty())
        return {};
    static const QRegularExpression spaced(QStringLiteral("^(\\d{4}-\\d\\d-\\d\\d) (\\d)"));
    s.replace(spaced, QStringLiteral("\\1T\\2"));
    static const QRegularExpression bareOffset(QStringLiteral("(T[\\d:.]+[+-]\\d\\d)(\\d\\d)$"));
    s.replace(bareOffset, QStringLiteral("\\1:\\2"));
    QDateTime date = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::fromString(s, Qt::ISODate);
    if (!date.isValid())
        date = QDateTime::fromString(s, Qt::RFC2822Date);
    if (date.isValid() && date.timeSpec() == Qt::LocalTime)
        date = QDateTime(date.date(), date.time(), QTimeZone::UTC);
    return date;
}

Article ArticleReader::read(const HtmlDocument &document, const QUrl &url)
{
    Article article;
    article.url = url;
    if (!document.isValid())
        return article;
    const HtmlNode root = document.document();
    const PageFacts f = gather(root);

    QJsonObject ld;
    for (const QByteArray &script : f.jsonLd) {
        // Qt's parser refuses nesting deeper than it handles: a hostile script is no article.
        const QJsonDocument json = QJsonDocument::fromJson(script.trimmed());
        ld = findArticleObject(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()));
        if (!ld.isEmpty())
            break;
    }
    auto ldString = [&ld](const char *key) { return field(ld.value(QLatin1String(key)).toString()); };
    auto meta = [&f](std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            if (const QString v = f.meta.value(QLatin1String(key)); !v.isEmpty())
                return v;
        }
        return QString();
    };

    article.title = ldString("headline");
    if (article.title.isEmpty())
        article.title = field(meta({"og:title", "twitter:title", "title", "sailthru.title", "dc.title"}));
    if (article.title.isEmpty() && f.h1)
        article.title = field(f.h1.textContent());
    if (article.title.isEmpty())
        article.title = f.title;

    article.author = field(jsonAuthor(ld.value(QLatin1String("author"))));
    if (article.author.isEmpty()) {
        for (const char *key : {"author", "article:author", "og:article:author", "sailthru.author",
                 "parsely-author", "dc.creator", "byl"}) {
            const QString v = f.meta.value(QLatin1String(key));
            if (!v.isEmpty() && !looksLikeUrl(v)) { // article:author is often a profile's address
                article.author = field(v);
                break;
            }
        }
    }
    if (article.author.isEmpty())
        article.author = f.authorText;

    article.date = parseDate(ldString("datePublished"));
    if (!article.date.isValid())
        article.date = parseDate(meta({"article:published_time", "og:article:published_time", "datepublished",
            "sailthru.date", "parsely-pub-date", "dc.date", "dc.date.issued", "date", "pubdate"}));
    if (!article.date.isValid() && f.time)
        article.date = parseDate(f.time.attributeString("datetime"));
    if (!article.date.isValid())
        article.date = parseDate(ldString("dateCreated"));
    if (!article.date.isValid())
        article.date = parseDate(ldString("dateModified"));
    if (!article.date.isValid())
        article.date = parseDate(meta({"article:modified_time", "og:article:modified_time"}));

    if (const QString discussion = ld.value(QLatin1String("discussionUrl")).toString().trimmed();
        !discussion.isEmpty() && discussion.size() <= PostBodyReader::MaxUrl)
        article.discussionUrl = url.resolved(QUrl(discussion));

    const QList<HtmlNode> articles = topLevelArticles(root);
    article.declared = !ld.isEmpty()
        || f.meta.value(QLatin1String("og:type")).toLower() == QLatin1String("article")
        || !meta({"article:published_time", "og:article:published_time"}).isEmpty() || f.articleBody
        || articles.size() == 1;
    if (const HtmlNode container = bodyContainer(articles, f)) {
        ArticleBodyReader reader;
        reader.setBaseUrl(url);
        article.body = reader.read(container, 0);
    }
    if (article.body.isEmpty())
        article.body = paragraphs(ld.value(QLatin1String("articleBody")).toString());
    if (article.body.isEmpty()) {
        const QString description
            = normalizedText(meta({"og:description", "description", "twitter:description"})
                                 .left(PostBodyReader::MaxBlockText));
        if (!description.isEmpty())
            article.body.append(paragraph(description));
    }
    return article;
}

Post ArticleReader::toPost(const Article &article)
{
    Post post;
    post.id = postId();
    post.number = 0;
    post.page = 0;
    post.position = -1; // before the first post of any engine's thread
    post.author = article.author.isEmpty() ? article.url.host() : article.author;
    post.date = article.date;
    post.body = article.body;
    fillTextAndQuotes(&post);
    return post;
}

} // namespace Threadkeeper
