// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postjson.h"

#include <QJsonObject>

namespace Threadkeeper {

namespace {
const char *const kindNames[] = {"p", "li", "code", "quote"};
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
        for (int i = 0; i < 4; ++i) {
            if (kind == QLatin1String(kindNames[i]))
                b.kind = Block::Kind(i);
        }
        b.text = o.value(QLatin1String("t")).toString();
        b.quoteAuthor = o.value(QLatin1String("a")).toString();
        b.quoteSource = o.value(QLatin1String("s")).toString();
        b.language = o.value(QLatin1String("l")).toString();
        b.children = blocksFromJson(o.value(QLatin1String("c")).toArray(), depth + 1);
        blocks.append(b);
    }
    return blocks;
}

} // namespace Threadkeeper
