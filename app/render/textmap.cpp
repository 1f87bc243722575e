// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textmap.h"

#include <algorithm>

namespace Threadkeeper {

void TextMap::add(const QString &space, int text, int document, int length)
{
    if (length > 0)
        m_runs.append(Run {space, text, document, length});
}

QList<std::pair<int, int>> TextMap::toDocument(const QString &space, int start, int end) const
{
    QList<std::pair<int, int>> ranges;
    for (const Run &r : m_runs) {
        if (r.space != space)
            continue;
        const int from = std::max(start, r.text);
        const int to = std::min(end, r.text + r.length);
        if (from < to)
            ranges.append({r.document + from - r.text, r.document + to - r.text});
    }
    return ranges;
}

TextMap::Range TextMap::fromDocument(int from, int to) const
{
    Range range;
    for (const Run &r : m_runs) {
        const int a = std::max(from, r.document);
        const int b = std::min(to, r.document + r.length);
        if (a >= b || (range.isValid() && r.space != range.space))
            continue;
        if (!range.isValid()) {
            range.space = r.space;
            range.start = r.text + a - r.document;
        }
        range.end = r.text + b - r.document;
    }
    return range;
}

} // namespace Threadkeeper
