// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedsource.h"

#include "engines/forumengine.h"
#include "engines/forumtext.h"
#include "html/htmldocument.h"

#include <Syndication/Atom/Entry>
#include <Syndication/Atom/Link>
#include <Syndication/DocumentSource>
#include <Syndication/ElementWrapper>
#include <Syndication/Feed>
#include <Syndication/Global>
#include <Syndication/Item>
#include <Syndication/Person>
#include <Syndication/SpecificItem>

#include <QCoreApplication>
#include <QDomElement>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace Threadkeeper {

namespace {

const QString AtomNs = QStringLiteral("http://www.w3.org/2005/Atom");
const QString Atom03Ns = QStringLiteral("http://purl.org/atom/ns#");
const QString RdfNs = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString ThrNs = QStringLiteral("http://purl.org/syndication/thread/1.0");
const QString DcNs = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString XmlNs = QStringLiteral("http://www.w3.org/XML/1998/namespace");

// Syndication's global state (parser registry, lazily built static tables, one MD5
// machine) is not safe to use from two threads at once.
QMutex &syndicationLock()
{
    static QMutex lock;
    return lock;
}

// XML allows no white space before its declaration; feeds written by careless templates
// often start with a blank line, which every reader forgives.
QByteArray withoutLeadingSpace(const QByteArray &body)
{
    qsizetype i = 0;
    if (body.startsWith("\xEF\xBB\xBF"))
        i = 3;
    qsizetype j = i;
    while (j < body.size() && (body[j] == ' ' || body[j] == '\n' || body[j] == '\r' || body[j] == '\t'))
        ++j;
    return j == 0 || (i > 0 && j == i) ? body : body.mid(j);
}

enum class Root
{
    None,
    Rss,
    Rdf,
    Atom,
};

Root rootOf(const QStringView name, const QStringView ns)
{
    if (name == QLatin1String("rss") && ns.isEmpty())
        return Root::Rss;
    if (name == QLatin1String("RDF") && ns == RdfNs)
        return Root::Rdf;
    if (name == QLatin1String("feed") && (ns == AtomNs || ns == Atom03Ns))
        return Root::Atom;
    return Root::None;
}

// Reads the XML through once, without building anything: whether it is well formed
// (else where it breaks), how deep it nests, and what its root is.
struct XmlCheck
{
    QString error;
    Root root = Root::None;
    QString rootName;
};

XmlCheck checkXml(const QByteArray &xml, bool rootOnly)
{
    XmlCheck check;
    QXmlStreamReader reader(xml);
    int depth = 0;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (depth == 0) {
                check.rootName = reader.qualifiedName().toString();
                check.root = rootOf(reader.name(), reader.namespaceUri());
                if (rootOnly || check.root == Root::None)
                    return check;
            }
            if (++depth > FeedSource::MaxDepth) {
                check.error = FeedSource::tr("line %1: elements nested deeper than %2")
                                  .arg(reader.lineNumber())
                                  .arg(FeedSource::MaxDepth);
                return check;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    if (reader.hasError()) {
        check.error = FeedSource::tr("line %1, column %2: %3")
                          .arg(reader.lineNumber())
                          .arg(reader.columnNumber())
                          .arg(reader.errorString());
    }
    return check;
}

QString bounded(QString text, qsizetype limit)
{
    if (text.size() > limit)
        text.truncate(limit);
    return text;
}

// Plain text of what Syndication hands over as HTML (titles, summaries): tags dropped,
// entities resolved, white space collapsed; at most limit characters.
// XML's own entities and character references, the only ones most titles hold ("Tom &amp;
// Jerry" as Syndication hands it over); false for anything else (a named HTML entity).
bool decodeSimpleEntities(QStringView text, QString *out)
{
    out->reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('&')) {
            out->append(text[i]);
            continue;
        }
        const qsizetype end = text.indexOf(QLatin1Char(';'), i);
        if (end < 0 || end - i > 10)
            return false;
        const QStringView name = text.mid(i + 1, end - i - 1);
        if (name == QLatin1String("amp"))
            out->append(QLatin1Char('&'));
        else if (name == QLatin1String("lt"))
            out->append(QLatin1Char('<'));
        else if (name == QLatin1String("gt"))
            out->append(QLatin1Char('>'));
        else if (name == QLatin1String("quot"))
            out->append(QLatin1Char('"'));
        else if (name == QLatin1String("apos"))
            out->append(QLatin1Char('\''));
        else if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X'))
                ? name.mid(2).toUInt(&ok, 16)
                : name.mid(1).toUInt(&ok, 10);
            if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                return false;
            const char32_t c = code;
            out->append(QString::fromUcs4(&c, 1));
        } else {
            return false;
        }
        i = end;
    }
    return true;
}

QString plainText(const QString &html, qsizetype limit)
{
    if (!html.contains(QLatin1Char('<'))) {
        const QStringView start = QStringView(html).left(limit * 4);
        if (!start.contains(QLatin1Char('&')))
            return start.toString().simplified().left(limit);
        // Entities without markup: decoded here, MyHTML is for markup.
        if (QString decoded; decodeSimpleEntities(start, &decoded))
            return decoded.simplified().left(limit);
    }
    // A bounded piece: the start of a long text is all a summary shows.
    const HtmlDocument document(html.left(std::max<qsizetype>(limit * 8, 4096)).toUtf8());
    return document.isValid() ? shortText(document.body(), limit) : QString();
}

QUrl webUrl(const QString &text, const QUrl &base)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > FeedSource::MaxUrl)
        return {};
    const QUrl url = base.resolved(QUrl(trimmed));
    // Never a file: or javascript: link out of a page of the web.
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    return url;
}

// A count a feed gives (slash:comments, thr:total, thr:count): a whole number, not negative.
std::optional<int> countFrom(const QString &text)
{
    bool ok = false;
    const qlonglong n = text.trimmed().toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return int(std::min<qlonglong>(n, 1'000'000'000));
}

QDateTime fromTimeT(time_t t)
{
    return t > 0 ? QDateTime::fromSecsSinceEpoch(qint64(t), QTimeZone::UTC) : QDateTime();
}

// A date read off the raw element where there is one, Syndication's reading else.
QDateTime dateOf(const QString &raw, time_t syndication)
{
    if (!raw.isEmpty()) {
        const QDateTime parsed = FeedSource::parseDate(raw);
        if (parsed.isValid())
            return parsed;
    }
    return fromTimeT(syndication);
}

bool isFeedType(const QString &type)
{
    const QString t = type.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return t == QLatin1String("application/atom+xml") || t == QLatin1String("application/rss+xml")
        || t == QLatin1String("application/rdf+xml") || t == QLatin1String("application/xml")
        || t == QLatin1String("text/xml");
}

bool isPageType(const QString &type)
{
    const QString t = type.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return t == QLatin1String("text/html") || t == QLatin1String("application/xhtml+xml");
}

// The name in an RSS <author> or dc:creator: "ed@example.org (Ed Itor)", "Ed Itor
// <ed@example.org>", a name, or an address alone. (Syndication's reading compiles three
// regular expressions a call: a third of the time of a long feed.)
QString personName(const QString &raw)
{
    static const QRegularExpression mailThenName(QStringLiteral("^\\S+@\\S+\\s*\\((.+)\\)$"));
    static const QRegularExpression nameThenMail(QStringLiteral("^(.+?)\\s*<[^<>\\s]+@[^<>\\s]+>$"));
    const QString text = raw.simplified().left(4 * FeedSource::MaxAuthor);
    if (const QRegularExpressionMatch m = mailThenName.match(text); m.hasMatch())
        return m.captured(1).trimmed();
    if (const QRegularExpressionMatch m = nameThenMail.match(text); m.hasMatch())
        return m.captured(1).trimmed();
    return text;
}

// An Atom link, or an atom:link inside an RSS item.
// What addresses inside an element are relative to: its xml:base and its ancestors', each
// resolved against the one above, the feed's own address at the top. (Syndication's
// xmlBase() starts from nothing, which loses "../" of a relative base or link.)
QUrl baseOf(const QDomElement &element, const QUrl &document)
{
    QStringList bases;
    for (QDomNode n = element; n.isElement() && bases.size() < FeedSource::MaxDepth; n = n.parentNode()) {
        const QDomElement e = n.toElement();
        if (e.hasAttributeNS(XmlNs, QStringLiteral("base")))
            bases.append(e.attributeNS(XmlNs, QStringLiteral("base")).trimmed().left(FeedSource::MaxUrl));
    }
    QUrl base = document;
    while (!bases.isEmpty())
        base = base.resolved(QUrl(bases.takeLast()));
    return base;
}

// An Atom link, or an atom:link inside an RSS item.
struct Link
{
    QString rel;
    QString type;
    QUrl url; // resolved, a web address; empty if none
    QString count; // thr:count
};

QList<Link> atomLinks(const Syndication::ElementWrapper &element, const QUrl &document)
{
    QList<Link> links;
    const QList<QDomElement> elements = element.elementsByTagNameNS(AtomNs, QStringLiteral("link"));
    for (const QDomElement &e : elements) {
        const Syndication::Atom::Link link(e); // rel defaults to "alternate"
        links.append(
            Link {link.rel(), link.type(), webUrl(e.attribute(QStringLiteral("href")), baseOf(e, document)),
                e.attributeNS(ThrNs, QStringLiteral("count"))});
    }
    return links;
}

class ItemReader
{
public:
    explicit ItemReader(const QUrl &feedUrl)
        : m_feedUrl(feedUrl)
    { }

    FeedItem read(const Syndication::Item &item) const
    {
        FeedItem out;
        const Syndication::SpecificItemPtr specific = item.specificItem();
        // RSS 2.0 items and Atom entries are elements (RSS2::Item's header is not installed,
        // but it is an ElementWrapper); RSS 1.0 items are RDF resources, read through Item.
        const auto *element = dynamic_cast<const Syndication::ElementWrapper *>(specific.data());
        const bool atom = dynamic_cast<const Syndication::Atom::Entry *>(specific.data()) != nullptr;
        // What the feed writes relative: against the item's xml:base, then the feed's address.
        const QUrl base = element ? baseOf(element->element(), m_feedUrl) : m_feedUrl;
        const auto resolve = [&base](const QString &raw) { return webUrl(raw, base); };

        out.title = plainText(item.title(), MaxTitleLength);
        QString rawDate;
        QString rawUpdated;
        QList<Link> links;
        QString rawLink;
        QString guid;
        if (element && atom) {
            links = atomLinks(*element, m_feedUrl);
            for (const Link &l : std::as_const(links)) {
                if (l.rel == QLatin1String("alternate") && !l.url.isEmpty()
                    && (l.type.isEmpty() || isPageType(l.type))) {
                    out.link = l.url;
                    break;
                }
            }
            guid = element->extractElementTextNS(AtomNs, QStringLiteral("id"));
            rawDate = element->extractElementTextNS(AtomNs, QStringLiteral("published"));
            rawUpdated = element->extractElementTextNS(AtomNs, QStringLiteral("updated"));
        } else if (element) {
            links = atomLinks(*element, m_feedUrl); // RSS 2.0 items may carry atom:link rel="replies"
            rawLink = element->extractElementTextNS(QString(), QStringLiteral("link"));
            guid = element->extractElementTextNS(QString(), QStringLiteral("guid"));
            rawDate = element->extractElementTextNS(QString(), QStringLiteral("pubDate"));
            if (rawDate.isEmpty())
                rawDate = element->extractElementTextNS(DcNs, QStringLiteral("date"));
            rawUpdated = element->extractElementTextNS(AtomNs, QStringLiteral("updated"));
        }
        // Without a <link>, RSS's permalink guid is the link; Syndication knows the rule.
        if (!atom)
            out.link = resolve(rawLink.isEmpty() ? item.link() : rawLink);
        out.key = bounded(guid.trimmed(), MaxUrlLength);
        if (out.key.isEmpty())
            out.key = out.link.toString();
        if (out.key.isEmpty())
            out.key = item.id(); // a hash of the item's words: stable while they are

        if (atom) {
            out.updated = dateOf(rawUpdated, item.dateUpdated());
            out.date = rawDate.isEmpty() ? out.updated : dateOf(rawDate, item.datePublished());
        } else {
            out.date = dateOf(rawDate, item.datePublished());
            if (!rawUpdated.isEmpty())
                out.updated = FeedSource::parseDate(rawUpdated);
        }

        if (element && !atom) {
            QString author = element->extractElementTextNS(QString(), QStringLiteral("author"));
            if (author.isEmpty())
                author = element->extractElementTextNS(DcNs, QStringLiteral("creator"));
            out.author = plainText(personName(author), MaxAuthorLength);
        }
        const QList<Syndication::PersonPtr> authors
            = out.author.isEmpty() && (atom || !element) ? item.authors() : QList<Syndication::PersonPtr>();
        for (const Syndication::PersonPtr &person : authors) {
            const QString name = !person->name().trimmed().isEmpty() ? person->name() : person->email();
            if (!name.trimmed().isEmpty()) {
                out.author = plainText(name, MaxAuthorLength);
                break;
            }
        }

        const QString description = item.description();
        const QString content = item.content();
        out.contentHtml = bounded(content.isEmpty() ? description : content, MaxContentLength);
        out.summary = plainText(description.isEmpty() ? content : description, MaxSummaryLength);

        // The count of comments: slash:comments, else thr:total, else a replies link's thr:count.
        if (const int slash = item.commentsCount(); slash >= 0)
            out.comments = slash;
        if (!out.comments && element)
            out.comments = countFrom(element->extractElementTextNS(ThrNs, QStringLiteral("total")));

        QUrl repliesPage;
        for (const Link &l : std::as_const(links)) {
            if (l.rel != QLatin1String("replies"))
                continue;
            if (!out.comments && !l.count.isEmpty())
                out.comments = countFrom(l.count);
            const QUrl &url = l.url;
            if (isPageType(l.type) && repliesPage.isEmpty())
                repliesPage = url;
            else if ((l.type.isEmpty() || isFeedType(l.type)) && out.commentFeed.isEmpty())
                out.commentFeed = url;
        }
        if (out.commentFeed.isEmpty())
            out.commentFeed = resolve(item.commentsFeed());

        // The discussion: an address one of our engines opens, preferring what the feed names
        // as the comments; else the comments page the feed names.
        const QUrl commentsPage = resolve(item.commentsLink());
        for (const QUrl &candidate : {commentsPage, repliesPage, out.link}) {
            ThreadRef ref;
            if (!candidate.isEmpty() && engineForUrl(candidate, &ref)) {
                out.discussion = candidate;
                break;
            }
        }
        if (out.discussion.isEmpty())
            out.discussion = !commentsPage.isEmpty() ? commentsPage : repliesPage;
        return out;
    }

private:
    static constexpr qsizetype MaxTitleLength = FeedSource::MaxTitle;
    static constexpr qsizetype MaxSummaryLength = FeedSource::MaxSummary;
    static constexpr qsizetype MaxContentLength = FeedSource::MaxContent;
    static constexpr qsizetype MaxAuthorLength = FeedSource::MaxAuthor;
    static constexpr qsizetype MaxUrlLength = FeedSource::MaxUrl;
    QUrl m_feedUrl;
};

// RFC 822 zone names (and RFC 1123's); a military letter is as good as unknown: UTC.
std::optional<int> zoneMinutes(const QString &zone)
{
    static const QHash<QString, int> names = {
        {QStringLiteral("UT"), 0},
        {QStringLiteral("UTC"), 0},
        {QStringLiteral("GMT"), 0},
        {QStringLiteral("Z"), 0},
        {QStringLiteral("EST"), -5 * 60},
        {QStringLiteral("EDT"), -4 * 60},
        {QStringLiteral("CST"), -6 * 60},
        {QStringLiteral("CDT"), -5 * 60},
        {QStringLiteral("MST"), -7 * 60},
        {QStringLiteral("MDT"), -6 * 60},
        {QStringLiteral("PST"), -8 * 60},
        {QStringLiteral("PDT"), -7 * 60},
        {QStringLiteral("CET"), 60},
        {QStringLiteral("CEST"), 120},
        {QStringLiteral("BST"), 60},
    };
    const QString upper = zone.toUpper();
    if (const auto it = names.constFind(upper); it != names.cend())
        return *it;
    static const QRegularExpression offset(QStringLiteral("^(?:GMT|UTC)?([+-])(\\d{1,2}):?(\\d{2})?$"));
    if (const QRegularExpressionMatch m = offset.match(upper); m.hasMatch()) {
        const int minutes = m.captured(2).toInt() * 60 + m.captured(3).toInt();
        if (minutes > 18 * 60)
            return std::nullopt;
        return m.captured(1) == QLatin1String("-") ? -minutes : minutes;
    }
    if (upper.size() == 1 && upper[0].isLetter())
        return 0;
    return std::nullopt;
}

int monthOf(QStringView name)
{
    static const char *const months[]
        = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3)
        return 0;
    const QString lower = name.left(3).toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == QLatin1String(months[i]))
            return i + 1;
    }
    return 0;
}

QDateTime rfc822Date(const QString &text)
{
    // [Wed,] 2 Oct 2002 [13:00[:00]] [zone]; also "2 October 2002", "Wed, 02-Oct-02".
    static const QRegularExpression rfc(
        QStringLiteral("^(?:[A-Za-z]+,?\\s+)?(\\d{1,2})[\\s-]+([A-Za-z]+)\\.?[\\s-]+(\\d{2,4})"
                       "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?)?(?:\\s*([A-Za-z]{1,5}|(?:GMT|"
                       "UTC)?[+-]\\d{1,2}:?\\d{2}))?$"));
    const QRegularExpressionMatch m = rfc.match(text);
    if (!m.hasMatch())
        return {};
    const int month = monthOf(m.capturedView(2));
    int year = m.captured(3).toInt();
    if (m.capturedLength(3) == 2)
        year += year < 50 ? 2000 : 1900;
    else if (m.capturedLength(3) == 3)
        year += 1900;
    const QDate date(year, month, m.captured(1).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (month == 0 || !date.isValid() || !time.isValid())
        return {};
    int offset = 0;
    if (m.capturedLength(7) > 0) {
        const std::optional<int> zone = zoneMinutes(m.captured(7));
        if (!zone)
            return {};
        offset = *zone;
    }
    return QDateTime(date, time, QTimeZone::UTC).addSecs(-qint64(offset) * 60);
}

QDateTime isoDate(const QString &text)
{
    // 2003-12-13[T18:30[:02][.25]][Z|+01:00|+0100]; a space for the T too.
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?\\s*"
                       "([Zz]|[+-]\\d{2}(?::?\\d{2})?|[A-Za-z]{2,4})?)?$"));
    const QRegularExpressionMatch m = iso.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int ms = m.capturedLength(7) > 0 ? (m.captured(7) + QLatin1String("00")).left(3).toInt() : 0;
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};
    int offset = 0;
    if (m.capturedLength(8) > 0) {
        QString zone = m.captured(8);
        if (zone.size() == 3 && (zone[0] == QLatin1Char('+') || zone[0] == QLatin1Char('-')))
            zone += QLatin1String("00"); // "+05": hours alone
        const std::optional<int> minutes = zoneMinutes(zone);
        if (!minutes)
            return {};
        offset = *minutes;
    }
    return QDateTime(date, time, QTimeZone::UTC).addSecs(-qint64(offset) * 60);
}

} // namespace

QDateTime FeedSource::parseDate(const QString &text)
{
    const QString t = text.simplified();
    if (t.isEmpty() || t.size() > 64)
        return {};
    const QDateTime rfc = rfc822Date(t);
    return rfc.isValid() ? rfc : isoDate(t);
}

QString FeedSource::displayName() const
{
    return tr("RSS/Atom feed");
}

bool FeedSource::parseUrl(const QUrl &, QUrl *) const
{
    return false; // a feed is known by what it holds
}

bool FeedSource::recognize(const QByteArray &body, const QByteArray &, const QUrl &) const
{
    // The root decides, whatever the server called it (feeds come as text/xml,
    // application/octet-stream, text/html): an HTML page is never a feed.
    return checkXml(withoutLeadingSpace(body), true).root != Root::None;
}

QList<ListingRequest> FeedSource::firstRequests(const QUrl &canonical, int) const
{
    return {ListingRequest {canonical, ListingRequest::Format::Xml, 1, QByteArrayLiteral("feed")}};
}

ListingAnswer FeedSource::readAnswer(
    const ListingRequest &, const QByteArray &body, const QUrl &finalUrl, int) const
{
    ListingAnswer answer;
    const QByteArray xml = withoutLeadingSpace(body);
    const XmlCheck check = checkXml(xml, false);
    if (check.root == Root::None && check.error.isEmpty()) {
        answer.error = check.rootName.isEmpty()
            ? tr("not a feed: it holds no XML element")
            : tr("not a feed: its root element is <%1>, not <rss>, <rdf:RDF> or an Atom <feed>")
                  .arg(check.rootName.left(100));
        return answer;
    }
    if (!check.error.isEmpty()) {
        answer.error = tr("the feed does not parse: %1").arg(check.error);
        return answer;
    }
    const QUrl base = finalUrl.adjusted(QUrl::RemoveFragment);
    const Syndication::DocumentSource source(xml, base.toString());
    (void)source.asDomDocument(); // the costly part, outside the lock: kept in the source

    QMutexLocker lock(&syndicationLock());
    const Syndication::FeedPtr feed = Syndication::parse(source);
    if (!feed) {
        answer.error = tr("the feed does not parse: Syndication does not read this %1 document")
                           .arg(check.rootName.left(100));
        return answer;
    }
    FeedPage &page = answer.page;
    page.kind = ListingKind::Feed;
    page.title = plainText(feed->title(), MaxTitle);
    page.link = webUrl(feed->link(), base);
    const QList<Syndication::ItemPtr> items = feed->items();
    const ItemReader reader(base);
    page.items.reserve(std::min<qsizetype>(items.size(), MaxItems));
    for (const Syndication::ItemPtr &item : items) {
        if (page.items.size() >= MaxItems)
            break;
        page.items.append(reader.read(*item));
    }
    return answer;
}

} // namespace Threadkeeper
