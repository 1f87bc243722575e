// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a XenForo page, through charset detection, the engine's
// completeness check and its parser (post bodies read into our block tree on the way).
#include "engines/xenforo/xenforoengine.h"
#include "html/htmlcharset.h"

#include <QUrl>

using namespace Threadkeeper;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const XenForoEngine engine;
    static const QUrl url(QStringLiteral("https://forum.example/threads/fuzz.1/page-2"));
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)engine.incompletePage(body);
    // The first bytes pick a Content-Type, so header charsets get their share too.
    const QByteArray type = size > 0 && data[0] % 3 == 0 ? QByteArray("text/html; charset=windows-1252")
        : size > 0 && data[0] % 3 == 1                   ? QByteArray("text/html; charset=utf-16le")
                                                         : QByteArray("text/html");
    const ParsedPage page = engine.parsePage(htmlAsUtf8(body, type), url);
    for (const Post &p : page.posts) {
        if (p.id.isEmpty())
            __builtin_trap(); // the engine never hands over a post without an id
    }
    return 0;
}
