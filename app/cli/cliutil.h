// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

namespace Threadkeeper::Cli {

// One line on stderr, the way every headless command reports a failure; returns the
// exit code to pass on.
inline int fail(QTextStream &err, const QString &message, int code = 1)
{
    err << "threadkeeper: " << message << Qt::endl;
    return code;
}

} // namespace Threadkeeper::Cli
