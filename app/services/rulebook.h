// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/rule.h"

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
    // Adds the rule (giving it an id if it has none) or replaces the one with its id.
    qint64 addRule(Rule rule);
    void removeRule(qint64 id);
    const Rule *rule(qint64 id) const;

Q_SIGNALS:
    void rulesChanged(const QList<Threadkeeper::Rule> &rules);

private:
    QPointer<CacheStore> m_store;
    QList<Rule> m_rules;
    bool m_loaded = false;
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
