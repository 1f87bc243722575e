// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forumdate.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace Threadkeeper {

namespace {

// Month names and their common abbreviations, lower case, by language; a name matches
// by any prefix of at least three letters that one of these starts with.
int monthOf(const QString &word)
{
    static const QList<QStringList> months = {
        {QStringLiteral("january"), QStringLiteral("januar"), QStringLiteral("janvier"),
            QStringLiteral("enero"), QStringLiteral("gennaio"), QStringLiteral("januari"),
            QStringLiteral("janeiro"), QStringLiteral("stycznia"), QStringLiteral("jänner")},
        {QStringLiteral("february"), QStringLiteral("februar"), QStringLiteral("février"),
            QStringLiteral("fevrier"), QStringLiteral("febrero"), QStringLiteral("febbraio"),
            QStringLiteral("februari"), QStringLiteral("fevereiro"), QStringLiteral("lutego")},
        {QStringLiteral("march"), QStringLiteral("märz"), QStringLiteral("maerz"), QStringLiteral("mars"),
            QStringLiteral("marzo"), QStringLiteral("maart"), QStringLiteral("março"),
            QStringLiteral("marca")},
        {QStringLiteral("april"), QStringLiteral("avril"), QStringLiteral("abril"), QStringLiteral("aprile"),
            QStringLiteral("kwietnia")},
        {QStringLiteral("may"), QStringLiteral("mai"), QStringLiteral("mayo"), QStringLiteral("maggio"),
            QStringLiteral("mei"), QStringLiteral("maio"), QStringLiteral("maja")},
        {QStringLiteral("june"), QStringLiteral("juni"), QStringLiteral("juin"), QStringLiteral("junio"),
            QStringLiteral("giugno"), QStringLiteral("junho"), QStringLiteral("czerwca")},
        {QStringLiteral("july"), QStringLiteral("juli"), QStringLiteral("juillet"), QStringLiteral("julio"),
            QStringLiteral("luglio"), QStringLiteral("julho"), QStringLiteral("lipca")},
        {QStringLiteral("august"), QStringLiteral("août"), QStringLiteral("aout"), QStringLiteral("agosto"),
            QStringLiteral("augustus"), QStringLiteral("sierpnia")},
        {QStringLiteral("september"), QStringLiteral("septembre"), QStringLiteral("septiembre"),
            QStringLiteral("settembre"), QStringLiteral("setembro"), QStringLiteral("września"),
            QStringLiteral("sept")},
        {QStringLiteral("october"), QStringLiteral("oktober"), QStringLiteral("octobre"),
            QStringLiteral("octubre"), QStringLiteral("ottobre"), QStringLiteral("outubro"),
            QStringLiteral("października")},
        {QStringLiteral("november"), QStringLiteral("novembre"), QStringLiteral("noviembre"),
            QStringLiteral("novembro"), QStringLiteral("listopada")},
        {QStringLiteral("december"), QStringLiteral("dezember"), QStringLiteral("décembre"),
            QStringLiteral("decembre"), QStringLiteral("diciembre"), QStringLiteral("dicembre"),
            QStringLiteral("dezembro"), QStringLiteral("grudnia")},
    };
    if (word.size() < 3)
        return 0;
    for (int m = 0; m < months.size(); ++m) {
        for (const QString &name : months[m]) {
            if (name.startsWith(word))
                return m + 1;
        }
    }
    return 0;
}

// Words that stand for a day, against today.
std::optional<int> daysAgo(const QString &text)
{
    static const QRegularExpression today(
        QStringLiteral("\\b(?:today|heute|aujourd['’]hui|hoy|oggi|vandaag|hoje|dzisiaj|dziś|сегодня)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression yesterday(
        QStringLiteral("\\b(?:yesterday|gestern|hier|ayer|ieri|gisteren|ontem|wczoraj|вчера)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (today.match(text).hasMatch())
        return 0;
    if (yesterday.match(text).hasMatch())
        return 1;
    return std::nullopt;
}

QTime timeIn(const QString &text, QString *rest)
{
    static const QRegularExpression clock(
        QStringLiteral("\\b(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?(?:\\s*([ap])\\.?\\s?m\\b\\.?)?"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = clock.match(text);
    if (!m.hasMatch())
        return {};
    int hour = m.captured(1).toInt();
    const QString half = m.captured(4);
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (half == u"p" ? 12 : 0);
    }
    *rest = text.left(m.capturedStart()) + u' ' + text.mid(m.capturedEnd());
    return QTime(hour, m.captured(2).toInt(), m.captured(3).toInt());
}

int fullYear(int year)
{
    return year < 100 ? 2000 + year : year; // "14.12.19": forums are younger than 2000
}

QDate dateIn(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression dotted(QStringLiteral("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression slashed(QStringLiteral("\\b(\\d{1,2})[-/](\\d{1,2})[-/](\\d{4})\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression dayMonth(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?(\\p{L}{3,})\\.?,?\\s+(?:de\\s+)?("
                       "\\d{4})\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression monthDay(
        QStringLiteral("\\b(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (const auto m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = dotted.match(text); m.hasMatch())
        return QDate(fullYear(m.captured(3).toInt()), m.captured(2).toInt(), m.captured(1).toInt());
    if (const auto m = slashed.match(text); m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        // vBulletin's and phpBB's US default puts the month first; a first number over 12
        // is a day.
        return a > 12 ? QDate(m.captured(3).toInt(), b, a) : QDate(m.captured(3).toInt(), a, b);
    }
    if (const auto m = dayMonth.match(text); m.hasMatch()) {
        if (const int month = monthOf(m.captured(2)))
            return QDate(m.captured(3).toInt(), month, m.captured(1).toInt());
    }
    if (const auto m = monthDay.match(text); m.hasMatch()) {
        if (const int month = monthOf(m.captured(1)))
            return QDate(m.captured(3).toInt(), month, m.captured(2).toInt());
    }
    return {};
}

} // namespace

QDateTime forumDate(const QString &text, const QDate &today)
{
    const QString lower = text.simplified().left(160).toLower();
    if (lower.isEmpty())
        return {};
    QString rest = lower;
    QTime time = timeIn(lower, &rest);
    QDate date;
    if (const std::optional<int> ago = daysAgo(rest))
        date = today.addDays(-*ago);
    else
        date = dateIn(rest);
    if (!date.isValid() || date.year() < 1990 || date.year() > 2200)
        return {};
    if (!time.isValid())
        time = QTime(0, 0);
    return QDateTime(date, time, QTimeZone::UTC);
}

} // namespace Threadkeeper
