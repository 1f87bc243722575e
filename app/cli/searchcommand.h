// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Threadkeeper {

// `threadkeeper search [--cache FILE] [--limit N] QUERY...`: every cached post whose own
// words match, best first, one JSON object a line. Returns the exit code.
int runSearchCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Threadkeeper
