// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Threadkeeper {

// `threadkeeper annotations export --format md|json [--thread URL] [--cache FILE]` and
// `threadkeeper annotations import FILE [--cache FILE]`. Returns the exit code.
int runAnnotationsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Threadkeeper
