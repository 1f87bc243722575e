// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/rule.h"

#include <QByteArray>

namespace Threadkeeper {

// Rules as a JSON file, for export and import: {"rules": [{...}], "version": 1}.
QByteArray rulesToJson(const QList<Rule> &rules);
// Reads rules back; false with error for a file that is not one of ours. Ids are
// not kept: imported rules are new rules.
bool rulesFromJson(const QByteArray &json, QList<Rule> *rules, QString *error);

} // namespace Threadkeeper
