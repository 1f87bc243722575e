// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as another device's sync journal. The fast line reader must
// agree with QJsonDocument on every line it accepts, and what decode accepts must encode
// and decode again to the same changes.
#include "sync/journalline.h"
#include "sync/syncjournal.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Threadkeeper;

namespace {
const QString Device = QStringLiteral("00112233445566aa");

[[noreturn]] void fail(const char *why, const QByteArray &line = {})
{
    std::fprintf(stderr, "fuzz_sync_journal: %s: %s\n", why, line.toPercentEncoding(" {}\":,").constData());
    __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &line : bytes.split('\n')) {
        const std::optional<JournalLine::Change> fast = JournalLine::parseChange(line);
        if (!fast)
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            fail("the fast reader took a line QJsonDocument refuses", line);
        const QJsonObject o = doc.object();
        const QJsonValue v = o.value(QStringLiteral("v"));
        if (fast->k != o.value(QStringLiteral("k")).toString()
            || fast->s != o.value(QStringLiteral("s")).toString()
            || fast->i != o.value(QStringLiteral("i")).toString()
            || fast->h != o.value(QStringLiteral("h")).toString()
            || fast->d != o.value(QStringLiteral("d")).toBool() || fast->vIsString != v.isString()
            || (v.isString() && fast->v != v.toString()))
            __builtin_trap();
    }
    const QString name = SyncJournal::segmentName(Device, 1);
    const SyncJournal::Chunk chunk = SyncJournal::decode(name, 0, bytes);
    if (chunk.consumed > bytes.size())
        fail("consumed more than it was given");
    const QByteArray again = SyncJournal::encode({Device, QStringLiteral("fuzz"), 1}, chunk.ops);
    const SyncJournal::Chunk back = SyncJournal::decode(name, 0, again);
    if (!back.damage.isEmpty() || back.ops != chunk.ops || back.consumed != again.size())
        fail("what was read did not write and read back the same", again);
    return 0;
}
