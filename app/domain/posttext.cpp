// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posttext.h"

#include <QHash>

namespace Threadkeeper {

QString normalizedText(const QString &text)
{
    return text.simplified();
}

namespace {
void collectOwnText(const QList<Block> &blocks, QStringList *lines, bool spoilers)
{
    for (const Block &b : blocks) {
        if (b.kind == Block::Kind::Quote)
            continue;
        if (b.kind == Block::Kind::Spoiler && !spoilers) {
            lines->append(
                b.text.isEmpty() ? QStringLiteral("[Spoiler]") : QStringLiteral("[Spoiler: %1]").arg(b.text));
            continue;
        }
        if (!b.text.isEmpty())
            lines->append(b.text);
        collectOwnText(b.children, lines, spoilers);
    }
}

// As collectOwnText with spoilers, counting where each line starts.
void walkOwnLines(
    const QList<Block> &blocks, int *offset, const std::function<void(const Block &, int)> &visit)
{
    for (const Block &b : blocks) {
        if (b.kind == Block::Kind::Quote)
            continue;
        if (!b.text.isEmpty()) {
            if (*offset >= 0)
                *offset += 1; // the '\n' that joins it to the line before
            else
                *offset = 0;
            visit(b, *offset);
            *offset += int(b.text.size());
        }
        walkOwnLines(b.children, offset, visit);
    }
}

void numberSpoilers(const QList<Block> &blocks, QHash<const Block *, int> *numbers)
{
    for (const Block &b : blocks) {
        if (b.kind == Block::Kind::Spoiler)
            numbers->insert(&b, int(numbers->size()));
        numberSpoilers(b.children, numbers);
    }
}

// Quotes with their paths as the renderer names them (see PostRenderer): the n-th quote
// of a list is "n" after its container's prefix, a quote's children have its path and
// a dot, a spoiler's children "sN." with spoilers numbered over the post in document order.
bool walkQuotes(const QList<Block> &blocks, const QString &prefix, const QHash<const Block *, int> &spoilers,
    const std::function<bool(const QString &, const Block &)> &visit)
{
    int quoteIndex = 0;
    for (const Block &b : blocks) {
        if (b.kind == Block::Kind::Quote) {
            const QString path = prefix + QString::number(quoteIndex++);
            if (!visit(path, b) || !walkQuotes(b.children, path + QLatin1Char('.'), spoilers, visit))
                return false;
        } else if (b.kind == Block::Kind::Spoiler) {
            if (!walkQuotes(b.children, QStringLiteral("s%1.").arg(spoilers.value(&b)), spoilers, visit))
                return false;
        }
    }
    return true;
}
} // namespace

QString ownText(const QList<Block> &blocks)
{
    QStringList lines;
    collectOwnText(blocks, &lines, true);
    return lines.join(QLatin1Char('\n'));
}

void forEachOwnLine(const QList<Block> &blocks, const std::function<void(const Block &, int)> &visit)
{
    int offset = -1; // no line yet: the first needs no '\n' before it
    walkOwnLines(blocks, &offset, visit);
}

void forEachQuote(
    const QList<Block> &body, const std::function<bool(const QString &path, const Block &quote)> &visit)
{
    QHash<const Block *, int> spoilers;
    numberSpoilers(body, &spoilers);
    walkQuotes(body, QString(), spoilers, visit);
}

const Block *quoteAtPath(const QList<Block> &body, const QString &path)
{
    const Block *found = nullptr;
    forEachQuote(body, [&](const QString &p, const Block &quote) {
        if (p == path)
            found = &quote;
        return found == nullptr;
    });
    return found;
}

QString anchorText(const Post &post, const QString &quotePath)
{
    if (quotePath.isEmpty())
        return post.text;
    const Block *quote = quoteAtPath(post.body, quotePath);
    return quote ? ownText(quote->children) : QString();
}

QString glanceText(const QList<Block> &blocks)
{
    QStringList lines;
    collectOwnText(blocks, &lines, false);
    return lines.join(QLatin1Char('\n'));
}

QString smilieText(const QString &shortcut)
{
    static const QHash<QString, QString> emoji = {
        {QStringLiteral(":)"), QStringLiteral("\U0001F642")},
        {QStringLiteral(":-)"), QStringLiteral("\U0001F642")},
        {QStringLiteral(":("), QStringLiteral("\U0001F641")},
        {QStringLiteral(";)"), QStringLiteral("\U0001F609")},
        {QStringLiteral(":D"), QStringLiteral("\U0001F600")},
        {QStringLiteral(":P"), QStringLiteral("\U0001F61B")},
        {QStringLiteral(":p"), QStringLiteral("\U0001F61B")},
        {QStringLiteral(":o"), QStringLiteral("\U0001F62E")},
        {QStringLiteral(":O"), QStringLiteral("\U0001F62E")},
        {QStringLiteral("8-)"), QStringLiteral("\U0001F60E")},
        {QStringLiteral(":cool:"), QStringLiteral("\U0001F60E")},
        {QStringLiteral(":rolleyes:"), QStringLiteral("\U0001F644")},
        {QStringLiteral(":LOL:"), QStringLiteral("\U0001F602")},
        {QStringLiteral(":ROFLMAO:"), QStringLiteral("\U0001F923")},
        {QStringLiteral(":love:"), QStringLiteral("\U0001F60D")},
        {QStringLiteral(":cry:"), QStringLiteral("\U0001F622")},
        {QStringLiteral(":mad:"), QStringLiteral("\U0001F620")},
        {QStringLiteral(":unsure:"), QStringLiteral("\U0001F615")},
        {QStringLiteral(":oops:"), QStringLiteral("\U0001F633")},
        {QStringLiteral(":sneaky:"), QStringLiteral("\U0001F60F")},
        {QStringLiteral(":confused:"), QStringLiteral("\U0001F615")},
        {QStringLiteral(":eek:"), QStringLiteral("\U0001F631")},
        {QStringLiteral(":thumbsup:"), QStringLiteral("\U0001F44D")},
    };
    return emoji.value(shortcut.trimmed(), shortcut);
}

void fillTextAndQuotes(Post *post)
{
    post->text = ownText(post->body);
    post->quotes.clear();
    for (const Block &b : std::as_const(post->body)) {
        if (b.kind != Block::Kind::Quote)
            continue;
        Quote q;
        q.author = b.quoteAuthor;
        q.source = b.quoteSource;
        q.text = ownText(b.children);
        q.resolved = q.source;
        post->quotes.append(q);
    }
}

} // namespace Threadkeeper
