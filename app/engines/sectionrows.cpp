// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionrows.h"

#include "engines/forumengine.h"

#include <QRegularExpression>

namespace Threadkeeper {

QString boundedText(const QString &text, qsizetype limit)
{
    // Simplify a bounded slice first: a hostile field may be megabytes of spaces.
    return text.left(limit * 4).simplified().left(limit);
}

QUrl resolvedLink(const QUrl &base, const QString &href)
{
    const QString trimmed = href.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > SectionBounds::MaxLink)
        return {};
    const QUrl url = base.resolved(QUrl(trimmed));
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    return url;
}

std::optional<int> abbreviatedCount(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,9}(?:[.,]\\d{3}){0,3})(?:[.,](\\d{1,2}))?\\s*([KkMm])?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed().left(40));
    if (!m.hasMatch())
        return std::nullopt;
    const QString suffix = m.captured(3).toLower();
    QString whole = m.captured(1);
    QString fraction = m.captured(2);
    if (suffix.isEmpty()) {
        // "1,234" and "1.234" are thousands; a lone ".5" without a suffix is no count.
        if (!fraction.isEmpty())
            return std::nullopt;
        whole.remove(QLatin1Char(',')).remove(QLatin1Char('.'));
        bool ok = false;
        const qint64 n = whole.toLongLong(&ok);
        return ok && n <= std::numeric_limits<int>::max() ? std::optional<int>(int(n)) : std::nullopt;
    }
    // "1.2K": the forum's rounding; the nearest we can say.
    whole.remove(QLatin1Char(',')).remove(QLatin1Char('.'));
    const double value
        = (whole + QLatin1Char('.') + (fraction.isEmpty() ? QStringLiteral("0") : fraction)).toDouble()
        * (suffix == QLatin1String("k") ? 1e3 : 1e6);
    if (value > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(value);
}

bool sectionItem(const SectionRow &row, FeedItem *item)
{
    if (row.link.isEmpty())
        return false;
    FeedItem result;
    result.title = boundedText(row.title, SectionBounds::MaxTitle);
    if (result.title.isEmpty())
        return false;
    result.link = row.link;
    ThreadRef ref;
    if (engineForUrl(row.link, &ref) && ref.isValid()) {
        result.discussion = ref.canonical;
        result.link = ref.canonical;
    } else {
        result.discussion = row.link.adjusted(QUrl::RemoveFragment);
    }
    result.key = result.discussion.toString();
    result.author = boundedText(row.author, SectionBounds::MaxName);
    result.date = row.started;
    result.updated = row.lastPost;
    if (row.replies && *row.replies >= 0)
        result.comments = row.replies;
    result.prefix = boundedText(row.prefix, SectionBounds::MaxPrefix);
    result.sticky = row.sticky;
    *item = result;
    return true;
}

} // namespace Threadkeeper
