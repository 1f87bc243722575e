// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationexport.h"

#include "domain/jsonfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

namespace Threadkeeper {

namespace {
constexpr int FormatVersion = 1;
constexpr int MaxAnnotations = 1000000;

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// Markdown quote lines: every line of the text behind "> ".
QString quoted(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = QStringLiteral("> ") + line;
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QByteArray annotationsToJson(const QList<Annotation> &annotations)
{
    QJsonArray array;
    for (const Annotation &a : annotations) {
        QJsonObject o {
            {QStringLiteral("kind"),
                a.kind == Annotation::Kind::Note ? QStringLiteral("note") : QStringLiteral("highlight")},
            {QStringLiteral("thread"), a.threadUrl}, {QStringLiteral("post"), a.postId},
            {QStringLiteral("note"), a.note}, {QStringLiteral("created"), iso(a.created)},
            {QStringLiteral("updated"), iso(a.updated)}};
        if (a.kind == Annotation::Kind::Highlight) {
            QJsonObject selector {{QStringLiteral("exact"), a.selector.exact},
                {QStringLiteral("prefix"), a.selector.prefix}, {QStringLiteral("suffix"), a.selector.suffix},
                {QStringLiteral("start"), a.selector.start}, {QStringLiteral("end"), a.selector.end}};
            if (!a.selector.quote.isEmpty()) // words the post quotes; absent: its own words
                selector.insert(QStringLiteral("quote"), a.selector.quote);
            o.insert(QStringLiteral("selector"), selector);
            o.insert(QStringLiteral("orphaned"), a.orphaned);
        }
        array.append(o);
    }
    return writeVersionedList(QStringLiteral("annotations"), FormatVersion, array);
}

bool annotationsFromJson(const QByteArray &json, QList<Annotation> *annotations, QString *error)
{
    QJsonArray array;
    if (!readVersionedList(json, QStringLiteral("annotations"),
            QCoreApplication::translate("JsonFile", "annotations"), FormatVersion, MaxAnnotations, &array,
            error))
        return false;
    QList<Annotation> out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array[i].toObject();
        Annotation a;
        const QString kind = o.value(QLatin1String("kind")).toString();
        a.kind = kind == QLatin1String("highlight") ? Annotation::Kind::Highlight : Annotation::Kind::Note;
        a.threadUrl = o.value(QLatin1String("thread")).toString();
        a.postId = o.value(QLatin1String("post")).toString();
        a.note = o.value(QLatin1String("note")).toString();
        a.created = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate);
        a.updated = QDateTime::fromString(o.value(QLatin1String("updated")).toString(), Qt::ISODate);
        const QJsonObject s = o.value(QLatin1String("selector")).toObject();
        if (a.kind == Annotation::Kind::Highlight) {
            a.selector = TextSelector {s.value(QLatin1String("exact")).toString(),
                s.value(QLatin1String("prefix")).toString(), s.value(QLatin1String("suffix")).toString(),
                s.value(QLatin1String("start")).toInt(-1), s.value(QLatin1String("end")).toInt(-1),
                s.value(QLatin1String("quote")).toString()};
            a.orphaned = o.value(QLatin1String("orphaned")).toBool();
        }
        if ((kind != QLatin1String("note") && kind != QLatin1String("highlight")) || a.threadUrl.isEmpty()
            || a.postId.isEmpty() || (a.kind == Annotation::Kind::Highlight && a.selector.exact.isEmpty())) {
            *error = QCoreApplication::translate(
                "JsonFile", "annotation %1 is incomplete (kind, thread, post, and the words of a highlight)")
                         .arg(i + 1);
            return false;
        }
        out.append(a);
    }
    *annotations = out;
    return true;
}

QString annotationsToMarkdown(
    const QList<Annotation> &annotations, const QHash<QString, AnnotatedPost> &posts)
{
    // Thread → post → annotations, threads and posts in a stable order.
    QMap<QString, QMap<QString, QList<Annotation>>> grouped;
    for (const Annotation &a : annotations)
        grouped[a.threadUrl][a.postId].append(a);
    QString md = QStringLiteral("# Annotations\n");
    for (auto thread = grouped.cbegin(); thread != grouped.cend(); ++thread) {
        QString title = thread.key();
        for (auto post = thread->cbegin(); post != thread->cend(); ++post) {
            const AnnotatedPost info = posts.value(thread.key() + QLatin1Char('#') + post.key());
            if (!info.threadTitle.isEmpty())
                title = info.threadTitle;
        }
        md += QStringLiteral("\n## [%1](%2)\n").arg(title, thread.key());
        for (auto post = thread->cbegin(); post != thread->cend(); ++post) {
            const AnnotatedPost info = posts.value(thread.key() + QLatin1Char('#') + post.key());
            const QString who = info.author.isEmpty()
                ? QStringLiteral("post %1").arg(post.key())
                : QStringLiteral("#%1 %2").arg(info.number).arg(info.author);
            md += info.url.isValid() ? QStringLiteral("\n### [%1](%2)\n").arg(who, info.url.toString())
                                     : QStringLiteral("\n### %1\n").arg(who);
            for (const Annotation &a : *post) {
                md += QLatin1Char('\n');
                if (a.kind == Annotation::Kind::Highlight) {
                    md += quoted(a.selector.exact) + QLatin1Char('\n');
                    if (a.orphaned)
                        md += QStringLiteral("\n*(orphaned: no longer found in the post)*\n");
                }
                if (!a.note.isEmpty())
                    md += (a.kind == Annotation::Kind::Highlight ? QStringLiteral("\n") : QString()) + a.note
                        + QLatin1Char('\n');
            }
        }
    }
    return md;
}

} // namespace Threadkeeper
