// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/rule.h"
#include "services/localids.h"

#include <QObject>
#include <QPointer>
#include <QUndoCommand>

namespace Threadkeeper {

class CacheStore;

// The reader's scoring rules: loaded from the cache at start, changed here, written
// back, and announced to whoever applies them.
class RuleBook : public QObject
{
    Q_OBJECT
public:
    explicit RuleBook(CacheStore *store, QObject *parent = nullptr);

    void load();
    bool isLoaded() const { return m_loaded; }
    const QList<Rule> &rules() const { return m_rules; }
    // Replaces the rule with its id, or adds it as a new rule (with a local id until the
    // database numbers it) when it has none or its id is no longer here (re-added by an
    // undo). Returns the id it goes by.
    qint64 addRule(Rule rule);
    // Adds rules as new ones (an import): one write, one change announced. Their ids.
    QList<qint64> addRules(QList<Rule> rules);
    void removeRule(qint64 id);
    void removeRules(const QList<qint64> &ids);
    const Rule *rule(qint64 id) const;

Q_SIGNALS:
    void rulesChanged(const QList<Threadkeeper::Rule> &rules);

private:
    static Rule prepared(Rule rule);
    static const Rule *rule(qint64 id, const QList<Rule> &rules);

    QPointer<CacheStore> m_store;
    QList<Rule> m_rules;
    LocalIds m_ids;
    bool m_loaded = false;
};

// Adding several rules as one step (an import), undoably.
class AddRulesCommand : public QUndoCommand
{
public:
    AddRulesCommand(RuleBook *book, const QList<Rule> &rules, const QString &text);
    void redo() override;
    void undo() override;

private:
    QPointer<RuleBook> m_book;
    QList<Rule> m_rules;
    QList<qint64> m_ids;
};

// Adding a rule, undoably (Hide poster, Follow poster, a keyword score).
class AddRuleCommand : public QUndoCommand
{
public:
    AddRuleCommand(RuleBook *book, const Rule &rule, const QString &text);
    void redo() override;
    void undo() override;
    qint64 ruleId() const { return m_rule.id; }

private:
    QPointer<RuleBook> m_book;
    Rule m_rule;
};

// Removing a rule, undoably.
class RemoveRuleCommand : public QUndoCommand
{
public:
    RemoveRuleCommand(RuleBook *book, qint64 id, const QString &text);
    void redo() override;
    void undo() override;

private:
    QPointer<RuleBook> m_book;
    Rule m_rule;
};

} // namespace Threadkeeper
