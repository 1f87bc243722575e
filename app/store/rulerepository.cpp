// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulerepository.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

namespace Threadkeeper {

RuleRepository::RuleRepository(QSqlDatabase &db)
    : SqlAccess(db)
{ }

QList<Rule> RuleRepository::rules() const
{
    QList<Rule> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, kind, site, pattern, score, thread_url, expires, note, created FROM rules"
            " ORDER BY id")))
        return list;
    while (q.next()) {
        Rule r;
        r.id = q.value(0).toLongLong();
        r.kind = q.value(1).toString() == QLatin1String("keyword") ? Rule::Kind::Keyword : Rule::Kind::Poster;
        r.site = q.value(2).toString();
        r.pattern = q.value(3).toString();
        r.score = q.value(4).toInt();
        r.threadUrl = q.value(5).toString();
        r.scope = r.threadUrl.isEmpty() ? Rule::Scope::Site : Rule::Scope::Thread;
        r.expires = fromSecs(q.value(6));
        r.note = q.value(7).toString();
        r.created = fromSecs(q.value(8));
        list.append(r);
    }
    return list;
}

bool RuleRepository::saveRule(Rule *rule, QString *error)
{
    if (!rule->created.isValid()) // whole seconds, as stored
        rule->created = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::UTC);
    const QList<QVariant> values {
        QVariant(rule->kind == Rule::Kind::Poster ? QStringLiteral("poster") : QStringLiteral("keyword")),
        QVariant(rule->site), QVariant(rule->pattern), QVariant(rule->score),
        rule->scope == Rule::Scope::Thread ? QVariant(rule->threadUrl) : QVariant(), secs(rule->expires),
        text(rule->note), secs(rule->created)};
    return writeRow(QStringLiteral("rules"),
        {QStringLiteral("kind"), QStringLiteral("site"), QStringLiteral("pattern"), QStringLiteral("score"),
            QStringLiteral("thread_url"), QStringLiteral("expires"), QStringLiteral("note"),
            QStringLiteral("created")},
        values, &rule->id, error);
}

bool RuleRepository::addRules(QList<Rule> *rules, QString *error)
{
    return inTransaction(error, saveAllAsNew(rules, [&](Rule *r) { return saveRule(r, error); }));
}

bool RuleRepository::removeRule(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM rules WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = lastError(q);
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = QCoreApplication::translate("RuleBook", "there is no rule %1").arg(id);
        return false;
    }
    return true;
}

} // namespace Threadkeeper
