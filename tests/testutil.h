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

// Pages a session saved beside the ones the project was given: CI's copy of ../shared holds
// only the given ones, so a test on an added page skips, saying so, where it is absent.
inline QString absentRealPage(const QString &relative)
{
    return QStringLiteral("real page %1 is not in this copy of ../shared/real-pages").arg(relative);
}

} // namespace Threadkeeper::Testing

#define TK_REAL_PAGE_OR_SKIP(var, relative)                                                                  \
    const QByteArray var = Threadkeeper::Testing::readFile(                                                  \
        Threadkeeper::Testing::sharedPath(QStringLiteral("real-pages/") + (relative)));                      \
    if (var.isEmpty())                                                                                       \
        QSKIP(qPrintable(Threadkeeper::Testing::absentRealPage(relative)));
