// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace Threadkeeper {

// Where the words a highlight counts in stand in a rendered document. A "space" is the
// post's own words (empty name) or one quote's own words (its path, "0", "0.1"); the
// renderer adds one run per block of text it writes, so a folded quote, a closed
// spoiler or a hidden post has no runs and nothing of it maps. The same runs answer
// both ways: a stored highlight to where it is drawn, a selection to the words it covers.
class TextMap
{
public:
    struct Run
    {
        QString space;
        int text = 0; // offset in the space's words
        int document = 0; // position in the document
        int length = 0;
    };
    // Words of one space: [start, end).
    struct Range
    {
        QString space;
        int start = -1;
        int end = -1;
        bool isValid() const { return start >= 0 && end > start; }
    };

    void clear() { m_runs.clear(); }
    // Runs come in document order.
    void add(const QString &space, int text, int document, int length);
    const QList<Run> &runs() const { return m_runs; }

    // The document ranges [from, to) showing words [start, end) of space, one per run
    // they touch; none when those words are not rendered.
    QList<std::pair<int, int>> toDocument(const QString &space, int start, int end) const;
    // The words a document range [from, to) shows: in the space of the first run it
    // touches, up to the last run of that space it touches; invalid when it shows none.
    Range fromDocument(int from, int to) const;

private:
    QList<Run> m_runs;
};

} // namespace Threadkeeper
