// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/threadtreemodel.h"
#include "services/replytree.h"

#include <QMap>
#include <QStringList>

namespace Threadkeeper::Testing {

// The seed thread's reply tree, by the numbers the seed shows: child → parent, 0 for
// top level. Worked out by reading the thread, not by running our code. The article
// (number 0) and every comment that quotes nothing are top level.
inline QMap<int, int> expectedSeedParents()
{
    return {{1, 0}, {3, 1}, {4, 3}, {5, 1}, {6, 4}, {7, 6}, {8, 1}, {9, 8}, {10, 0}, {11, 3}, {12, 0},
        {13, 0}, {14, 0}, {15, 0}, {16, 7}, {17, 0}, {18, 0}, {19, 0}, {20, 19}, {21, 20}, {22, 21}, {23, 0},
        {24, 0}, {25, 24}};
}

// The tree a model shows, in the same form (posts numbered 0 are left out).
inline QMap<int, int> parentsInModel(const ThreadTreeModel &model, const QModelIndex &parent = {})
{
    QMap<int, int> out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const int number = index.data(ThreadTreeModel::NumberRole).toInt();
        if (number > 0)
            out.insert(number, parent.isValid() ? parent.data(ThreadTreeModel::NumberRole).toInt() : 0);
        out.insert(parentsInModel(model, index));
    }
    return out;
}

inline QMap<int, int> parentsInTree(const ReplyTree &tree)
{
    QMap<int, int> out;
    for (const Post *p : tree.posts()) {
        if (p->number == 0)
            continue;
        const Post *parent = tree.post(tree.parentOf(p->id));
        out.insert(p->number, parent ? parent->number : 0);
    }
    return out;
}

// "#9: expected under #8, is under #1" lines, for a readable failure.
inline QString treeDifference(const QMap<int, int> &expected, const QMap<int, int> &actual)
{
    QStringList lines;
    auto name = [](int n) { return n == 0 ? QStringLiteral("top level") : QStringLiteral("#%1").arg(n); };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            lines.append(QStringLiteral("#%1: missing").arg(it.key()));
        else if (actual[it.key()] != it.value())
            lines.append(QStringLiteral("#%1: expected under %2, is under %3")
                             .arg(it.key())
                             .arg(name(it.value()), name(actual[it.key()])));
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            lines.append(QStringLiteral("#%1: unexpected").arg(it.key()));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Threadkeeper::Testing
