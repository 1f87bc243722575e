// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrows.h"

namespace Threadkeeper {

const QList<SyncRowKind> &syncRowKinds()
{
    static const QList<SyncRowKind> kinds {
        {QStringLiteral("rule"), QStringLiteral("rules"), QStringLiteral("sync_id"),
            {QStringLiteral("kind"), QStringLiteral("site"), QStringLiteral("pattern"),
                QStringLiteral("score"), QStringLiteral("thread_url"), QStringLiteral("expires"),
                QStringLiteral("note"), QStringLiteral("created")},
            {QStringLiteral("kind"), QStringLiteral("site"), QStringLiteral("pattern"),
                QStringLiteral("score"), QStringLiteral("note"), QStringLiteral("created")},
            {QStringLiteral("poster"), QString(), QString(), QStringLiteral("0"), QString(),
                QStringLiteral("0")}},
        {QStringLiteral("note"), QStringLiteral("annotations"), QStringLiteral("sync_id"),
            {QStringLiteral("kind"), QStringLiteral("thread_url"), QStringLiteral("post_id"),
                QStringLiteral("note"), QStringLiteral("exact"), QStringLiteral("prefix"),
                QStringLiteral("suffix"), QStringLiteral("start_offset"), QStringLiteral("end_offset"),
                QStringLiteral("quote_path"), QStringLiteral("created")},
            {QStringLiteral("kind"), QStringLiteral("thread_url"), QStringLiteral("post_id"),
                QStringLiteral("note"), QStringLiteral("quote_path"), QStringLiteral("created")},
            {QStringLiteral("note"), QString(), QString(), QString(), QString(), QStringLiteral("0")}},
        {QStringLiteral("sub"), QStringLiteral("subscriptions"), QStringLiteral("url"),
            {QStringLiteral("title"), QStringLiteral("folder"), QStringLiteral("kind"),
                QStringLiteral("source"), QStringLiteral("interval_minutes")},
            {QStringLiteral("title"), QStringLiteral("folder"), QStringLiteral("kind"),
                QStringLiteral("source"), QStringLiteral("interval_minutes")},
            {QString(), QString(), QStringLiteral("0"), QString(), QStringLiteral("60")}},
    };
    return kinds;
}

const SyncRowKind *syncRowKind(const QString &kind)
{
    for (const SyncRowKind &k : syncRowKinds()) {
        if (k.kind == kind)
            return &k;
    }
    return nullptr;
}

} // namespace Threadkeeper
