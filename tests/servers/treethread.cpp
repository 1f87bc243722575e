// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "treethread.h"

#include "servers/threadgenerator.h"

#include <QRegularExpression>

namespace Threadkeeper::Testing {

QList<int> TreeThread::repliesOf(int index) const
{
    QList<int> replies;
    for (int i = 0; i < parents.size(); ++i) {
        if (parents[i] == index)
            replies.append(i);
    }
    return replies;
}

QMap<int, int> TreeThread::expectedParents() const
{
    QMap<int, int> out;
    for (int i = 1; i < parents.size(); ++i)
        out.insert(i, std::max(0, parents[i]));
    return out;
}

TreeThread treeFromSeed(const FixtureThread &seed, const QMap<int, int> &parents)
{
    TreeThread tree;
    tree.title = seed.title;
    QHash<int, int> indexOfNumber;
    for (int i = 0; i < seed.posts.size(); ++i) {
        tree.posts.append(seed.posts[i]);
        indexOfNumber.insert(seed.posts[i].number, i);
    }
    for (const FixturePost &p : std::as_const(tree.posts))
        tree.parents.append(p.number == 0 ? -1 : indexOfNumber.value(parents.value(p.number), 0));
    return tree;
}

TreeThread generatedTree(int count, quint32 seed)
{
    const FixtureThread thread = generateThread(count + 1, seed);
    TreeThread tree;
    tree.title = thread.title;
    tree.link = QStringLiteral("https://example.org/news/%1").arg(seed);
    tree.posts = thread.posts;
    tree.parents.append(-1);
    for (int i = 1; i < tree.posts.size(); ++i)
        tree.parents.append(
            i % 5 == 1 ? 0 : i - 1 - int((quint32(i) * 2654435761u + seed) % quint32(std::min(i, 4))));
    return tree;
}

QStringList plainParagraphs(const QString &bbcode)
{
    static const QRegularExpression quote(QStringLiteral("\\[QUOTE[^\\]]*\\](.*?)\\[/QUOTE\\]"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("\\[/?[A-Za-z*][^\\]]*\\]"));
    QString text = bbcode;
    // Quotes first, their lines marked; then list items; then every other tag goes.
    for (QRegularExpressionMatch m = quote.match(text); m.hasMatch(); m = quote.match(text)) {
        QStringList lines;
        for (const QString &line : m.captured(1).split(QLatin1Char('\n'))) {
            const QString words = QString(line).remove(tag).trimmed();
            if (!words.isEmpty())
                lines.append(QStringLiteral("> ") + words);
        }
        text.replace(m.capturedStart(), m.capturedLength(),
            QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n"));
    }
    text.replace(QStringLiteral("[*]"), QStringLiteral("\n- "));
    text.remove(tag);
    QStringList paragraphs;
    for (const QString &p : text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")))) {
        QStringList lines;
        for (const QString &line : p.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
        if (!lines.isEmpty())
            paragraphs.append(lines.join(QLatin1Char('\n')));
    }
    return paragraphs;
}

} // namespace Threadkeeper::Testing
