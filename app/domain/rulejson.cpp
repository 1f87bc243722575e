// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulejson.h"

#include "domain/jsonfile.h"

#include <QCoreApplication>
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
    return writeVersionedList(QStringLiteral("rules"), FormatVersion, array);
}

bool rulesFromJson(const QByteArray &json, QList<Rule> *rules, QString *error)
{
    QJsonArray array;
    if (!readVersionedList(json, QStringLiteral("rules"), QCoreApplication::translate("JsonFile", "rules"),
            FormatVersion, MaxRules, &array, error))
        return false;
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
            *error = QCoreApplication::translate(
                "JsonFile", "rule %1 is incomplete (kind, site, pattern and scope are needed)")
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
