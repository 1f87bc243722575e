// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulebook.h"

#include "store/cachestore.h"

#include <QTimeZone>

namespace Threadkeeper {

RuleBook::RuleBook(CacheStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (m_store) {
        connect(m_store, &CacheStore::rulesLoaded, this, [this](const QList<Rule> &rules) {
            if (m_loaded)
                return; // an export's read, not ours
            m_loaded = true;
            m_rules = rules;
            Q_EMIT rulesChanged(m_rules);
        });
    }
}

void RuleBook::load()
{
    if (m_store)
        m_store->loadRules();
}

const Rule *RuleBook::rule(qint64 id) const
{
    for (const Rule &r : m_rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

qint64 RuleBook::addRule(Rule rule)
{
    if (rule.id <= 0) {
        qint64 next = 1;
        for (const Rule &r : std::as_const(m_rules))
            next = std::max(next, r.id + 1);
        rule.id = next;
    }
    if (!rule.created.isValid())
        rule.created = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::UTC);
    const auto it
        = std::find_if(m_rules.begin(), m_rules.end(), [&](const Rule &r) { return r.id == rule.id; });
    if (it != m_rules.end())
        *it = rule;
    else
        m_rules.append(rule);
    if (m_store)
        m_store->saveRule(rule);
    Q_EMIT rulesChanged(m_rules);
    return rule.id;
}

void RuleBook::removeRule(qint64 id)
{
    const auto removed = m_rules.removeIf([id](const Rule &r) { return r.id == id; });
    if (removed == 0)
        return;
    if (m_store)
        m_store->removeRule(id);
    Q_EMIT rulesChanged(m_rules);
}

AddRuleCommand::AddRuleCommand(RuleBook *book, const Rule &rule, const QString &text)
    : QUndoCommand(text)
    , m_book(book)
    , m_rule(rule)
{ }

void AddRuleCommand::redo()
{
    if (m_book)
        m_rule.id = m_book->addRule(m_rule); // the same id on every redo
}

void AddRuleCommand::undo()
{
    if (m_book)
        m_book->removeRule(m_rule.id);
}

RemoveRuleCommand::RemoveRuleCommand(RuleBook *book, qint64 id, const QString &text)
    : QUndoCommand(text)
    , m_book(book)
{
    if (const Rule *r = book->rule(id))
        m_rule = *r;
}

void RemoveRuleCommand::redo()
{
    if (m_book && m_rule.id > 0)
        m_book->removeRule(m_rule.id);
}

void RemoveRuleCommand::undo()
{
    if (m_book && m_rule.id > 0)
        m_book->addRule(m_rule);
}

} // namespace Threadkeeper
