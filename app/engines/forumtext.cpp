// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forumtext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

namespace Threadkeeper {

QString nameBeforeLastWord(const QString &attribution)
{
    QString name = attribution.simplified();
    // French typography sets a space before the colon: "Name a écrit :".
    static const QRegularExpression colon(QStringLiteral("\\s*:$"));
    if (!name.contains(colon))
        return name;
    name.remove(colon);
    // The forum's word for "wrote" or "said" (phpBB's WROTE, XenForo's said, as their
    // language packs have them) takes two words in some languages; else it is the last word.
    static const QRegularExpression phrase(QStringLiteral("\\s+(?:a écrit|a dit|hat geschrieben|hat gesagt|"
                                                          "ha scritto|ha detto|heeft geschreven|har skrivit|"
                                                          "har skrevet|on kirjoittanut|napisał\\(a\\)|"
                                                          "писал\\(а\\)|сказал\\(а\\)|\\S+)$"),
        QRegularExpression::CaseInsensitiveOption);
    name.remove(phrase);
    return name.trimmed();
}

int countFrom(QString text)
{
    text.remove(QLatin1Char(',')).remove(QLatin1Char('.')).remove(QLatin1Char('#'));
    text.remove(QChar(0xa0)).remove(QChar(0x202f)); // thousands as spaces
    bool ok = false;
    const int n = text.trimmed().left(12).toInt(&ok);
    return ok && n > 0 ? n : 0;
}

bool pageOfPages(const QString &text, int *page, int *count)
{
    static const QRegularExpression number(QStringLiteral("\\d[\\d,.]{0,12}"));
    QList<int> numbers;
    for (auto it = number.globalMatch(text.left(200)); it.hasNext() && numbers.size() < 3;)
        numbers.append(countFrom(it.next().captured()));
    if (numbers.size() != 2 || numbers[0] < 1 || numbers[0] > numbers[1])
        return false;
    *page = numbers[0];
    *count = numbers[1];
    return true;
}

QString numberParameter(const QUrl &url, const QString &key)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,18}$"));
    // As the number it is: "t=009" is topic 9 to the forum, and one cache key with "t=9".
    const QString value = QUrlQuery(url).queryItemValue(key);
    if (digits.match(value).hasMatch())
        return QString::number(value.toLongLong());
    // "#p123", "#post123"
    const QString fragment = url.fragment();
    if (fragment.startsWith(key) && digits.match(fragment.mid(key.size())).hasMatch())
        return QString::number(fragment.mid(key.size()).toLongLong());
    return {};
}

QDateTime dateFromText(const QString &text, const QStringList &formats)
{
    const QString simple = text.simplified().left(80);
    for (const QString &format : formats) {
        QDateTime date = QLocale::c().toDateTime(simple, format);
        if (date.isValid()) {
            date.setTimeZone(QTimeZone::UTC);
            return date;
        }
    }
    return {};
}

QDateTime dateFromIso(QString iso)
{
    iso = iso.trimmed().left(40);
    static const QRegularExpression offset(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
    iso.replace(offset, QStringLiteral("\\1:\\2"));
    QDateTime date = QDateTime::fromString(iso, Qt::ISODate);
    if (date.isValid() && date.timeSpec() == Qt::LocalTime)
        date.setTimeZone(QTimeZone::UTC);
    return date.isValid() ? date.toUTC() : date;
}

QString missingHtmlEnd(const QByteArray &body)
{
    const QByteArrayView tail = QByteArrayView(body).trimmed().right(1024);
    if (QByteArray(tail.data(), tail.size()).toLower().contains("</html>"))
        return {};
    return QCoreApplication::translate(
        "ForumEngine", "the page ends before its closing </html> (%1 bytes arrived)")
        .arg(body.size());
}

QString pictureUrl(HtmlNode img, const QUrl &base)
{
    if (!img)
        return {};
    QString src = img.attributeString("data-src").trimmed();
    if (src.isEmpty())
        src = img.attributeString("src").trimmed();
    if (src.isEmpty() || src.size() > 4096)
        return {};
    const QUrl url = base.resolved(QUrl(src));
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ? url.toString()
                                                                                           : QString();
}

QUrl documentBase(HtmlNode document, const QUrl &url)
{
    const HtmlNode base
        = document.findFirst([](HtmlNode n) { return n.is("base") && n.hasAttribute("href"); });
    const QString href = base ? base.attributeString("href").trimmed() : QString();
    if (href.isEmpty() || href.size() > 4096)
        return url;
    const QUrl resolved = url.resolved(QUrl(href));
    return resolved.scheme() == QLatin1String("http") || resolved.scheme() == QLatin1String("https")
        ? resolved
        : url;
}

QString shortText(HtmlNode node, qsizetype limit)
{
    return node.textContent().left(limit * 4).simplified().left(limit);
}

} // namespace Threadkeeper
