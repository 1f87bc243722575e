// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Threadkeeper {

namespace {
constexpr int FormatVersion = 1;
constexpr int MaxRules = 100000;
} // namespace

QByteArray rulesToJson(const QList<Rule> &rules)
{
    QJsonArray array;
    for (const Rule &r : rules) {
        QJsonObject o {
            {QStringLiteral("kind"),
                r.kind == Rule::Kind::Poster ? QStringLiteral("poster") : QStringLiteral("keyword")},
            {QStringLiteral("site"), r.site}, {QStringLiteral("pattern"), r.pattern},
            {QStringLiteral("score"), r.score},
            {QStringLiteral("scope"),
                r.scope == Rule::Scope::Site ? QStringLiteral("site") : QStringLiteral("thread")}};
        if (r.scope == Rule::Scope::Thread)
            o.insert(QStringLiteral("thread"), r.threadUrl);
        if (r.expires.isValid())
            o.insert(QStringLiteral("expires"), r.expires.toUTC().toString(Qt::ISODate));
        if (!r.note.isEmpty())
            o.insert(QStringLiteral("note"), r.note);
        if (r.created.isValid())
            o.insert(QStringLiteral("created"), r.created.toUTC().toString(Qt::ISODate));
        array.append(o);
    }
    return QJsonDocument(
        QJsonObject {{QStringLiteral("version"), FormatVersion}, {QStringLiteral("rules"), array}})
        .toJson(QJsonDocument::Indented);
}

bool rulesFromJson(const QByteArray &json, QList<Rule> *rules, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON: %1 at offset %2").arg(parse.errorString()).arg(parse.offset);
        return false;
    }
    const QJsonObject root = doc.object();
    if (!root.value(QLatin1String("rules")).isArray()) {
        *error = QStringLiteral("not a Threadkeeper rules file: no \"rules\" list");
        return false;
    }
    if (root.value(QLatin1String("version")).toInt() > FormatVersion) {
        *error = QStringLiteral("rules file version %1 is newer than this Threadkeeper knows")
                     .arg(root.value(QLatin1String("version")).toInt());
        return false;
    }
    const QJsonArray array = root.value(QLatin1String("rules")).toArray();
    if (array.size() > MaxRules) {
        *error = QStringLiteral("too many rules (%1)").arg(array.size());
        return false;
    }
    QList<Rule> out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array[i].toObject();
        Rule r;
        const QString kind = o.value(QLatin1String("kind")).toString();
        const QString scope = o.value(QLatin1String("scope")).toString(QStringLiteral("site"));
        r.site = o.value(QLatin1String("site")).toString();
        r.pattern = o.value(QLatin1String("pattern")).toString();
        r.score = o.value(QLatin1String("score")).toInt();
        r.threadUrl = o.value(QLatin1String("thread")).toString();
        r.note = o.value(QLatin1String("note")).toString();
        r.expires = QDateTime::fromString(o.value(QLatin1String("expires")).toString(), Qt::ISODate);
        r.created = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate);
        if ((kind != QLatin1String("poster") && kind != QLatin1String("keyword")) || r.site.isEmpty()
            || r.pattern.isEmpty() || (scope != QLatin1String("site") && scope != QLatin1String("thread"))
            || (scope == QLatin1String("thread") && r.threadUrl.isEmpty())) {
            *error = QStringLiteral("rule %1 is incomplete (kind, site, pattern and scope are needed)")
                         .arg(i + 1);
            return false;
        }
        r.kind = kind == QLatin1String("poster") ? Rule::Kind::Poster : Rule::Kind::Keyword;
        r.scope = scope == QLatin1String("site") ? Rule::Scope::Site : Rule::Scope::Thread;
        out.append(r);
    }
    *rules = out;
    return true;
}

} // namespace Threadkeeper
