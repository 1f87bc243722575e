// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "search.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace Threadkeeper {

namespace {

// A term as FTS5 reads it literally: in double quotes, its own quotes doubled.
QString quoted(const QString &term)
{
    QString t = term;
    t.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

QDateTime dayStart(const QString &text, QString *error)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid()) {
        *error = QCoreApplication::translate("Search", "not a date (YYYY-MM-DD): %1").arg(text);
        return {};
    }
    return QDateTime(day, QTime(0, 0), QTimeZone::UTC);
}

} // namespace

bool SearchQuery::isEmpty() const
{
    return terms.isEmpty() && author.isEmpty() && threadWords.isEmpty() && site.isEmpty() && !unread
        && !followed && !hasNote && !before.isValid() && !after.isValid();
}

QString SearchQuery::matchExpression() const
{
    return terms.join(QLatin1Char(' '));
}

QString SearchHit::markedSnippet(
    const QString &open, const QString &close, QString (*escape)(const QString &)) const
{
    QString out;
    QString piece;
    const auto flush = [&] {
        out += escape ? escape(piece) : piece;
        piece.clear();
    };
    for (const QChar c : snippet) {
        if (c == HitStart || c == HitEnd) {
            flush();
            out += c == HitStart ? open : close;
        } else {
            piece += c;
        }
    }
    flush();
    return out;
}

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery q;
    // A "phrase", a filter with a "quoted value", or a bare token.
    static const QRegularExpression token(QStringLiteral(R"((\w+):"([^"]*)\"?|"([^"]*)\"?|(\S+))"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = token.globalMatch(text.left(2000)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString key;
        QString value;
        if (!m.captured(1).isEmpty()) {
            key = m.captured(1).toLower();
            value = m.captured(2);
        } else if (m.capturedStart(3) >= 0) {
            if (const QString phrase = m.captured(3).simplified(); !phrase.isEmpty())
                q.terms.append(quoted(phrase));
            continue;
        } else {
            const QString bare = m.captured(4);
            const qsizetype colon = bare.indexOf(QLatin1Char(':'));
            if (colon > 0 && colon < bare.size() - 1) {
                key = bare.left(colon).toLower();
                value = bare.mid(colon + 1);
            } else {
                // A word; a trailing * makes it a prefix. Punctuation alone finds nothing.
                const bool prefix = bare.size() > 1 && bare.endsWith(QLatin1Char('*'));
                const QString word = prefix ? bare.chopped(1) : bare;
                if (word.contains(QRegularExpression(
                        QStringLiteral("\\w"), QRegularExpression::UseUnicodePropertiesOption)))
                    q.terms.append(quoted(word) + (prefix ? QStringLiteral("*") : QString()));
                continue;
            }
        }
        if (key == QLatin1String("author"))
            q.author = value;
        else if (key == QLatin1String("thread"))
            q.threadWords += value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (key == QLatin1String("site"))
            q.site = value.toLower();
        else if (key == QLatin1String("is") && value.toLower() == QLatin1String("unread"))
            q.unread = true;
        else if (key == QLatin1String("is") && value.toLower() == QLatin1String("followed"))
            q.followed = true;
        else if (key == QLatin1String("has") && value.toLower() == QLatin1String("note"))
            q.hasNote = true;
        else if (key == QLatin1String("before"))
            q.before = dayStart(value, &q.error);
        else if (key == QLatin1String("after"))
            q.after = dayStart(value, &q.error).addDays(1);
        else
            q.terms.append(quoted(key + QLatin1Char(':') + value)); // a word with a colon in it
    }
    return q;
}

} // namespace Threadkeeper
