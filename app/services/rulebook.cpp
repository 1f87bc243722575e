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
            // Rules added before the cache answered are written after what it read.
            QList<Rule> merged = rules;
            for (const Rule &r : std::as_const(m_rules)) {
                if (!rule(m_ids.resolve(r.id), merged))
                    merged.append(r);
            }
            m_rules = merged;
            Q_EMIT rulesChanged(m_rules);
        });
        connect(m_store, &CacheStore::rulesStored, this, [this](const QHash<qint64, qint64> &ids) {
            for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
                m_ids.learn(it.key(), it.value());
                for (Rule &r : m_rules) {
                    if (r.id == it.key())
                        r.id = it.value();
                }
            }
        });
    }
}

void RuleBook::load()
{
    if (m_store)
        m_store->loadRules();
}

const Rule *RuleBook::rule(qint64 id, const QList<Rule> &rules)
{
    for (const Rule &r : rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const Rule *RuleBook::rule(qint64 id) const
{
    return rule(m_ids.resolve(id), m_rules);
}

Rule RuleBook::prepared(Rule rule)
{
    if (!rule.created.isValid())
        rule.created = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::UTC);
    return rule;
}

qint64 RuleBook::addRule(Rule rule)
{
    rule = prepared(rule);
    rule.id = m_ids.resolve(rule.id);
    const auto it = std::find_if(
        m_rules.begin(), m_rules.end(), [&](const Rule &r) { return rule.id != 0 && r.id == rule.id; });
    if (it != m_rules.end()) {
        *it = rule;
    } else {
        rule.id = m_ids.next(); // a new row: the database numbers it
        m_rules.append(rule);
    }
    if (m_store)
        m_store->saveRule(rule);
    Q_EMIT rulesChanged(m_rules);
    return rule.id;
}

QList<qint64> RuleBook::addRules(QList<Rule> rules)
{
    QList<qint64> ids;
    for (Rule &r : rules) {
        r = prepared(r);
        r.id = m_ids.next();
        ids.append(r.id);
    }
    m_rules += rules;
    if (m_store)
        m_store->addRules(rules);
    Q_EMIT rulesChanged(m_rules);
    return ids;
}

void RuleBook::removeRule(qint64 id)
{
    removeRules({id});
}

void RuleBook::removeRules(const QList<qint64> &ids)
{
    qsizetype removed = 0;
    for (const qint64 asked : ids) {
        const qint64 id = m_ids.resolve(asked);
        if (id == 0 || m_rules.removeIf([id](const Rule &r) { return r.id == id; }) == 0)
            continue;
        ++removed;
        if (m_store)
            m_store->removeRule(id);
    }
    if (removed > 0)
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
    if (m_book && m_rule.id != 0)
        m_book->removeRule(m_rule.id);
}

void RemoveRuleCommand::undo()
{
    if (m_book && m_rule.id != 0)
        m_rule.id = m_book->addRule(m_rule); // back as a new row; redo removes that one
}

AddRulesCommand::AddRulesCommand(RuleBook *book, const QList<Rule> &rules, const QString &text)
    : QUndoCommand(text)
    , m_book(book)
    , m_rules(rules)
{ }

void AddRulesCommand::redo()
{
    if (m_book)
        m_ids = m_book->addRules(m_rules);
}

void AddRulesCommand::undo()
{
    if (m_book)
        m_book->removeRules(m_ids);
}

} // namespace Threadkeeper
