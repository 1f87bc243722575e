// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forumdate.h"

#include <QByteArray>
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

// "5 minutes ago", "vor 3 Stunden", "il y a 2 heures", "hace un día", "2 ore fa", "3 uur
// geleden", "just now": how long before now, in seconds.
std::optional<qint64> secondsAgo(const QString &text)
{
    static const QRegularExpression justNow(
        QStringLiteral("\\b(?:just now|a moment ago|moments ago|gerade eben|soeben|à l['’]instant|"
                       "ahora mismo|adesso|zojuist|agora mesmo|przed chwilą)"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (justNow.match(text).hasMatch())
        return 0;
    // A count (a number or "a", "ein", "une", ...) and a unit, before "ago" or after
    // "vor", "il y a", "hace", or before "fa", "geleden", "temu", "atrás".
    static const QRegularExpression ago(
        QStringLiteral("(?:\\b(?:vor|il y a|hace|há|há cerca de)\\s+)?"
                       "\\b(\\d{1,4}|an?|one|eine[mr]?|ein|une?|una?|uno|één|een|jeden|jedną)\\s+"
                       "(sec|seconds?|sekunden?|secondes?|segundos?|secondi|seconde|seconden|sekund[ya]?|"
                       "min|mins|minutes?|minuten?|minutos?|minuti|minuto|minut[ya]?|"
                       "hrs?|hours?|stunden?|heures?|horas?|ore|ora|uur|godzin[ya]?|"
                       "days?|tagen?|jours?|días?|dias?|giorni|giorno|dagen?|dni|dzień|"
                       "weeks?|wochen?|semaines?|semanas?|settimane|settimana|weken|week|tygodni[e]?)"
                       "\\b(?:\\s+(ago|fa|geleden|temu|atrás))?"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = ago.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const bool before = m.capturedLength(0) > 0 && !m.captured(3).isEmpty();
    const bool after = m.captured(0).startsWith(QLatin1String("vor"))
        || m.captured(0).startsWith(QLatin1String("il y a"))
        || m.captured(0).startsWith(QLatin1String("hace")) || m.captured(0).startsWith(QLatin1String("há"));
    if (!before && !after)
        return std::nullopt;
    bool isNumber = false;
    const qint64 count = m.captured(1).toLongLong(&isNumber);
    const qint64 n = isNumber ? count : 1;
    const QString unit = m.captured(2);
    const auto startsWithAny = [&unit](std::initializer_list<const char *> prefixes) {
        for (const char *prefix : prefixes) {
            if (unit.startsWith(QLatin1String(prefix)))
                return true;
        }
        return false;
    };
    qint64 seconds = 86400;
    if (startsWithAny({"hr", "hour", "stund", "heure", "hora", "ore", "ora", "uur", "godzin"}))
        seconds = 3600;
    else if (startsWithAny({"week", "woch", "semaine", "semana", "settiman", "weken", "tygod"}))
        seconds = 7 * 86400;
    else if (startsWithAny({"min"}))
        seconds = 60;
    else if (startsWithAny({"sec", "sek", "seg"}))
        seconds = 1;
    return n * seconds;
}

} // namespace

QDateTime ForumClock::at(const QDate &date, const QTime &time) const
{
    return QDateTime(date, time, zone).toUTC();
}

QDateTime forumDate(const QString &text, const ForumClock &clock)
{
    const QString lower = text.simplified().left(160).toLower();
    if (lower.isEmpty())
        return {};
    QString rest = lower;
    QTime time = timeIn(lower, &rest);
    QDate date;
    if (const std::optional<int> ago = daysAgo(rest)) {
        date = clock.now.toTimeZone(clock.zone).date().addDays(-*ago);
    } else {
        date = dateIn(rest);
        if (!date.isValid() && !time.isValid()) {
            // Relative times say nothing finer than their unit: to the minute.
            if (const std::optional<qint64> seconds = secondsAgo(lower)) {
                QDateTime then = clock.now.toUTC().addSecs(-*seconds);
                then.setTime(QTime(then.time().hour(), then.time().minute()));
                return then;
            }
        }
    }
    if (!date.isValid() || date.year() < 1990 || date.year() > 2200)
        return {};
    if (!time.isValid())
        time = QTime(0, 0);
    return clock.at(date, time);
}

QDateTime forumDate(const QString &text, const QDate &today)
{
    return forumDate(text, ForumClock {QTimeZone::UTC, QDateTime(today, QTime(12, 0), QTimeZone::UTC)});
}

QTimeZone statedTimeZone(const QByteArray &html)
{
    static const QByteArray leadIns[] = {"all times are", "alle zeiten sind", "alle zeitangaben in",
        "toutes les heures sont", "heures au format", "todas las horas son", "tutti gli orari sono",
        "alle tijden zijn", "wszystkie czasy", "todos os horários são", "todos os horarios são"};
    const qsizetype from = std::max<qsizetype>(0, html.size() - 256 * 1024);
    const QByteArray tail = html.mid(from).toLower();
    qsizetype at = -1;
    for (const QByteArray &leadIn : leadIns)
        at = std::max(at, tail.lastIndexOf(leadIn));
    if (at < 0)
        return QTimeZone::UTC;
    const QString window = QString::fromUtf8(tail.mid(at, 400));
    // phpBB 3.1+ names the board's zone: its offset changes with summer time.
    static const QRegularExpression iana(QStringLiteral("title=\"([a-z_]+(?:/[a-z_+\\-]+){1,2})\""));
    if (const auto m = iana.match(window); m.hasMatch()) {
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
            if (QString::fromLatin1(id).compare(m.captured(1), Qt::CaseInsensitive) == 0)
                return QTimeZone(id);
        }
    }
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    const QString text = QString(window).remove(tags).simplified().left(160);
    static const QRegularExpression offset(
        QStringLiteral(
            "\\b(utc|gmt|wez|mez|cet|cest)\\b\\s*(?:([+\\-−–])\\s*(\\d{1,2})(?:[:.,](\\d{1,2}))?)?"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = offset.match(text);
    if (!m.hasMatch())
        return QTimeZone::UTC;
    int seconds = m.captured(1) == u"mez" || m.captured(1) == u"cet" ? 3600
        : m.captured(1) == u"cest"                                   ? 7200
                                                                     : 0;
    if (!m.captured(2).isEmpty()) {
        const int hours = std::min(m.captured(3).toInt(), 14);
        // "+5.5" is half past; "+05:30" minutes.
        const QString part = m.captured(4);
        const int minutes = part.isEmpty() ? 0
            : part.size() == 1             ? part.toInt() * 6
                                           : std::min(part.toInt(), 59);
        seconds += (m.captured(2) == u"+" ? 1 : -1) * (hours * 3600 + minutes * 60);
    }
    // phpBB 3.0's board-wide summer time: "[ DST ]", "[ Sommerzeit ]", "[ heure d’été ]".
    static const QRegularExpression summer(QStringLiteral(
        "\\[\\s*(?:dst|sommerzeit|heure d['’]été|horario de verano|ora legale|zomertijd)\\s*\\]"));
    if (summer.match(text).hasMatch())
        seconds += 3600;
    return seconds == 0 ? QTimeZone(QTimeZone::UTC) : QTimeZone(seconds);
}

ForumClock pageClock(const QByteArray &html)
{
    return ForumClock {statedTimeZone(html), QDateTime::currentDateTimeUtc()};
}

} // namespace Threadkeeper
