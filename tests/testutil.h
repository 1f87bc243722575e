// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/rule.h"

#include <QFile>
#include <QString>

namespace Threadkeeper::Testing {

// A poster rule: site-wide, or for one thread when threadUrl is given.
inline Rule posterRule(const QString &site, const QString &name, int score, const QString &threadUrl = {})
{
    Rule r;
    r.kind = Rule::Kind::Poster;
    r.site = site;
    r.pattern = name;
    r.score = score;
    r.scope = threadUrl.isEmpty() ? Rule::Scope::Site : Rule::Scope::Thread;
    r.threadUrl = threadUrl;
    return r;
}

inline QString sharedPath(const QString &relative)
{
    return QStringLiteral(THREADKEEPER_SHARED_DIR "/") + relative;
}

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(THREADKEEPER_SOURCE_DIR "/") + relative;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace Threadkeeper::Testing
