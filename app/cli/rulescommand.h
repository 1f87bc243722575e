// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Threadkeeper {

// `threadkeeper rules list|add|remove|export|import [--cache FILE] ...`: the scoring
// rules, headless. Works on the cache file directly and returns the exit code.
int runRulesCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Threadkeeper
