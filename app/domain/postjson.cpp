// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postjson.h"

#include <QJsonObject>

namespace Threadkeeper {

namespace {
const char *const kindNames[] = {"p", "li", "code", "quote", "h", "table", "tr", "spoiler", "img", "file"};
constexpr int KindCount = int(std::size(kindNames));
constexpr int MaxJsonDepth = 32;
} // namespace

QJsonArray blocksToJson(const QList<Block> &blocks)
{
    QJsonArray array;
    for (const Block &b : blocks) {
        QJsonObject o;
        o.insert(QLatin1String("k"), QLatin1String(kindNames[int(b.kind)]));
        if (!b.text.isEmpty())
            o.insert(QLatin1String("t"), b.text);
        if (!b.quoteAuthor.isEmpty())
            o.insert(QLatin1String("a"), b.quoteAuthor);
        if (!b.quoteSource.isEmpty())
            o.insert(QLatin1String("s"), b.quoteSource);
        if (!b.language.isEmpty())
            o.insert(QLatin1String("l"), b.language);
        if (!b.url.isEmpty())
            o.insert(QLatin1String("u"), b.url);
        if (!b.link.isEmpty())
            o.insert(QLatin1String("h"), b.link);
        if (b.level != 0)
            o.insert(QLatin1String("v"), b.level);
        if (!b.spans.isEmpty()) {
            // Compact: [start, length, styles, href?] per span.
            QJsonArray spans;
            for (const Span &span : b.spans) {
                QJsonArray a {span.start, span.length, span.styles};
                if (!span.href.isEmpty())
                    a.append(span.href);
                spans.append(a);
            }
            o.insert(QLatin1String("f"), spans);
        }
        if (!b.children.isEmpty())
            o.insert(QLatin1String("c"), blocksToJson(b.children));
        array.append(o);
    }
    return array;
}

QList<Block> blocksFromJson(const QJsonArray &array, int depth)
{
    QList<Block> blocks;
    if (depth > MaxJsonDepth)
        return blocks;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Block b;
        const QString kind = o.value(QLatin1String("k")).toString();
        for (int i = 0; i < KindCount; ++i) {
            if (kind == QLatin1String(kindNames[i]))
                b.kind = Block::Kind(i);
        }
        b.text = o.value(QLatin1String("t")).toString();
        b.quoteAuthor = o.value(QLatin1String("a")).toString();
        b.quoteSource = o.value(QLatin1String("s")).toString();
        b.language = o.value(QLatin1String("l")).toString();
        b.url = o.value(QLatin1String("u")).toString();
        b.link = o.value(QLatin1String("h")).toString();
        b.level = o.value(QLatin1String("v")).toInt();
        for (const QJsonValue &f : o.value(QLatin1String("f")).toArray()) {
            const QJsonArray a = f.toArray();
            Span span {a.at(0).toInt(), a.at(1).toInt(), quint8(a.at(2).toInt()), a.at(3).toString()};
            // Cached data is trusted little more than a page: keep spans inside the text.
            if (span.start >= 0 && span.length > 0 && span.start + span.length <= b.text.size())
                b.spans.append(span);
        }
        b.children = blocksFromJson(o.value(QLatin1String("c")).toArray(), depth + 1);
        blocks.append(b);
    }
    return blocks;
}

} // namespace Threadkeeper
