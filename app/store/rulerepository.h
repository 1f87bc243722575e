// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/rule.h"
#include "sqlaccess.h"

namespace Threadkeeper {

// The rules table: the reader's scoring rules, all sites.
class RuleRepository : private SqlAccess
{
public:
    explicit RuleRepository(QSqlDatabase &db);

    QList<Rule> rules() const;
    // Stores a new rule (rule->id is set) or updates the row with its id; a rule whose
    // row is gone is stored anew (rule->id changes). Never writes over another row.
    bool saveRule(Rule *rule, QString *error);
    bool removeRule(qint64 id, QString *error);
    // Adds all of them as new rules in one transaction: all or nothing.
    bool addRules(QList<Rule> *rules, QString *error);
};

} // namespace Threadkeeper
