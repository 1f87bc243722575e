// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoring.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace Threadkeeper::Anchoring {

namespace {

// How much each part of a selector counts when choosing between places, as Hypothesis
// weighs them: the words most, the context either side next, the old position least.
constexpr double QuoteWeight = 50;
constexpr double PrefixWeight = 20;
constexpr double SuffixWeight = 20;
constexpr double PositionWeight = 2;

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

// A character of a word: letters, digits, marks; an apostrophe between letters ("don't").
bool wordCharAt(const QString &text, qsizetype i)
{
    const QChar c = text[i];
    if (c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_'))
        return true;
    return isApostrophe(c) && i > 0 && i + 1 < text.size() && text[i - 1].isLetter()
        && text[i + 1].isLetter();
}

// Levenshtein distance, case-folded; O(a × b) with one row.
int editDistance(QStringView a, QStringView b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        const QChar ca = a[i - 1].toCaseFolded();
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            const int cost = ca == b[j - 1].toCaseFolded() ? 0 : 1;
            row[j] = std::min({row[j - 1] + 1, up + 1, diagonal + cost});
            diagonal = up;
        }
    }
    return row[b.size()];
}

// 0..1: how alike two pieces of context are (1: the same).
double similarity(QStringView a, QStringView b)
{
    const qsizetype longest = std::max(a.size(), b.size());
    return longest == 0 ? 1.0 : 1.0 - double(editDistance(a, b)) / double(longest);
}

// The context around [start, end) in text, as a selector would keep it.
QStringView before(const QString &text, int start)
{
    const int from = std::max(0, start - ContextLength);
    return QStringView(text).mid(from, start - from);
}

QStringView after(const QString &text, int end)
{
    return QStringView(text).mid(end, ContextLength);
}

// 0..1: how close start is to where the words were.
double positionScore(const QString &text, int start, const TextSelector &s)
{
    if (s.start < 0 || text.isEmpty())
        return 0;
    return 1.0 - std::min(1.0, std::abs(start - s.start) / double(std::max<qsizetype>(1, text.size())));
}

// The weighed score of the words [start, end) of text standing for the selector.
double score(const QString &text, int start, int end, const TextSelector &s, int distance)
{
    const double quote = 1.0 - double(distance) / double(std::max<qsizetype>(1, s.exact.size()));
    const double prefix = s.prefix.isEmpty() ? 1.0 : similarity(before(text, start), s.prefix);
    const double suffix = s.suffix.isEmpty() ? 1.0 : similarity(after(text, end), s.suffix);
    return QuoteWeight * quote + PrefixWeight * prefix + SuffixWeight * suffix
        + PositionWeight * positionScore(text, start, s);
}

// Whether the selector's words began and ended on word boundaries where they were made:
// its context tells (the character before, the first of the words, and so on).
bool madeOnWords(const TextSelector &s)
{
    const QString around = s.prefix + s.exact + s.suffix;
    const int start = int(s.prefix.size());
    const int end = start + int(s.exact.size());
    return isWordBoundary(around, start) && isWordBoundary(around, end);
}

// Approximate substring search (Sellers): the end positions where pattern matches text
// with at most maxDistance edits, and the distance there. O(pattern × text).
struct Approximate
{
    int end = -1;
    int distance = 0;
};

QList<Approximate> approximateEnds(const QString &pattern, const QString &text, int maxDistance)
{
    const int m = int(pattern.size());
    QList<int> column(m + 1);
    for (int i = 0; i <= m; ++i)
        column[i] = i;
    QList<Approximate> ends;
    for (int j = 1; j <= text.size(); ++j) {
        int diagonal = column[0];
        column[0] = 0; // a match may start anywhere
        const QChar t = text[j - 1].toCaseFolded();
        for (int i = 1; i <= m; ++i) {
            const int up = column[i];
            const int cost = pattern[i - 1].toCaseFolded() == t ? 0 : 1;
            column[i] = std::min({column[i - 1] + 1, up + 1, diagonal + cost});
            diagonal = up;
        }
        if (column[m] <= maxDistance)
            ends.append(Approximate {j, column[m]});
    }
    return ends;
}

QString reversed(QString s)
{
    std::reverse(s.begin(), s.end());
    return s;
}

// The start of the best match of pattern ending at end: the same search run backwards.
int approximateStart(const QString &pattern, const QString &text, int end, int maxDistance)
{
    const QString reversedPattern = reversed(pattern);
    const int from = std::max(0, end - int(pattern.size()) - maxDistance);
    const QString reversedWindow = reversed(text.mid(from, end - from));
    const QList<Approximate> hits = approximateEnds(reversedPattern, reversedWindow, maxDistance);
    if (hits.isEmpty())
        return std::max(0, end - int(pattern.size()));
    const auto best
        = std::min_element(hits.begin(), hits.end(), [](const Approximate &a, const Approximate &b) {
              return a.distance < b.distance || (a.distance == b.distance && a.end < b.end);
          });
    return end - best->end;
}

// Each run of neighbouring ends is one place: its best end (the first of the best)
// stands for it.
QList<Approximate> places(const QList<Approximate> &ends)
{
    QList<Approximate> out;
    int runEnd = -2;
    for (const Approximate &e : ends) {
        if (e.end == runEnd + 1 && !out.isEmpty()) {
            if (e.distance < out.last().distance)
                out.last() = e;
        } else {
            out.append(e);
        }
        runEnd = e.end;
    }
    return out;
}

} // namespace

bool isWordBoundary(const QString &text, int at)
{
    if (at <= 0 || at >= text.size())
        return true;
    return !(wordCharAt(text, at - 1) && wordCharAt(text, at));
}

std::pair<int, int> snapToWords(const QString &text, int start, int end)
{
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    // Out to the whole of a word cut at either edge...
    while (!isWordBoundary(text, start))
        --start;
    while (!isWordBoundary(text, end))
        ++end;
    // ...and in past the spaces an edit left at the edges.
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    return {start, end};
}

TextSelector makeSelector(const QString &text, int start, int end)
{
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    TextSelector s;
    s.exact = text.mid(start, end - start);
    s.prefix = before(text, start).toString();
    s.suffix = after(text, end).toString();
    s.start = start;
    s.end = end;
    return s;
}

Match anchor(const QString &text, const TextSelector &s)
{
    if (s.exact.isEmpty())
        return {};
    const int length = int(s.exact.size());
    const bool onWords = madeOnWords(s);
    const auto fits = [&](int start, int end) {
        return !onWords || (isWordBoundary(text, start) && isWordBoundary(text, end));
    };
    // 1. Where it was, unchanged, in the same surroundings.
    if (s.start >= 0 && s.start + length <= text.size() && QStringView(text).mid(s.start, length) == s.exact
        && fits(s.start, s.start + length)
        && similarity(before(text, s.start), s.prefix) + similarity(after(text, s.start + length), s.suffix)
            >= 1.0)
        return Match {true, s.start, s.start + length, 1.0};

    // 2. The exact words elsewhere; the context decides between several places.
    Match best;
    double bestScore = -1;
    for (qsizetype at = text.indexOf(s.exact); at >= 0; at = text.indexOf(s.exact, at + 1)) {
        if (!fits(int(at), int(at) + length))
            continue;
        const double sc = score(text, int(at), int(at) + length, s, 0);
        if (sc > bestScore) {
            bestScore = sc;
            best = Match {true, int(at), int(at) + length, 0.9};
        }
    }
    if (best.found)
        return best;

    // 3. Words edited: the closest approximate matches, at most a quarter changed, each
    // widened to whole words, weighed by how alike the words and their context are.
    const int maxDistance = std::max(1, length / 4);
    for (const Approximate &e : places(approximateEnds(s.exact, text, maxDistance))) {
        const int rawStart = approximateStart(s.exact, text, e.end, maxDistance);
        const auto [start, end] = snapToWords(text, rawStart, e.end);
        if (start >= end)
            continue;
        const int distance = editDistance(QStringView(text).mid(start, end - start), s.exact);
        if (distance > maxDistance + std::max(0, (end - start) - length))
            continue; // widening took in far more than an edit
        const double sc = score(text, start, end, s, distance);
        if (sc > bestScore) {
            bestScore = sc;
            best = Match {true, start, end, 1.0 - double(distance) / std::max(length, end - start)};
        }
    }
    return best;
}

TextSelector reanchored(const QString &text, const TextSelector &selector, const Match &match)
{
    if (!match.found)
        return selector;
    TextSelector moved = makeSelector(text, match.start, match.end);
    moved.quote = selector.quote;
    return moved;
}

} // namespace Threadkeeper::Anchoring
