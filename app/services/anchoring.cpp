// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoring.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace Threadkeeper::Anchoring {

namespace {

// How many characters of a and b agree, read outwards from where they touch the match:
// backwards for a prefix, forwards for a suffix.
int commonSuffix(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n])
        ++n;
    return n;
}

int commonPrefix(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

// 0..1: how well the text around [start, end) agrees with the selector's context.
double contextScore(const QString &text, int start, int end, const TextSelector &s)
{
    const QString before
        = text.mid(std::max(0, start - ContextLength), start - std::max(0, start - ContextLength));
    const QString after = text.mid(end, ContextLength);
    const int total = int(s.prefix.size() + s.suffix.size());
    if (total == 0)
        return 1;
    return double(commonSuffix(before, s.prefix) + commonPrefix(after, s.suffix)) / total;
}

// 0..1: how close start is to where the words were.
double positionScore(const QString &text, int start, const TextSelector &s)
{
    if (s.start < 0 || text.isEmpty())
        return 0;
    return 1.0 - std::min(1.0, std::abs(start - s.start) / double(std::max<qsizetype>(1, text.size())));
}

// Approximate substring search (Sellers): the best-matching end positions of
// pattern in text, and the edit distance there. O(pattern × text).
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
        for (int i = 1; i <= m; ++i) {
            const int up = column[i];
            const int cost = pattern[i - 1].toCaseFolded() == text[j - 1].toCaseFolded() ? 0 : 1;
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
    const QString window = text.mid(from, end - from);
    const QString reversedWindow = reversed(window);
    const QList<Approximate> hits = approximateEnds(reversedPattern, reversedWindow, maxDistance);
    if (hits.isEmpty())
        return std::max(0, end - int(pattern.size()));
    const auto best
        = std::min_element(hits.begin(), hits.end(), [](const Approximate &a, const Approximate &b) {
              return a.distance < b.distance || (a.distance == b.distance && a.end < b.end);
          });
    return end - best->end;
}

} // namespace

TextSelector makeSelector(const QString &text, int start, int end)
{
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    TextSelector s;
    s.exact = text.mid(start, end - start);
    s.prefix = text.mid(std::max(0, start - ContextLength), start - std::max(0, start - ContextLength));
    s.suffix = text.mid(end, ContextLength);
    s.start = start;
    s.end = end;
    return s;
}

Match anchor(const QString &text, const TextSelector &s)
{
    if (s.exact.isEmpty())
        return {};
    const int length = int(s.exact.size());
    // 1. Where it was, unchanged.
    if (s.start >= 0 && text.mid(s.start, length) == s.exact
        && contextScore(text, s.start, s.start + length, s) >= 0.5)
        return Match {true, s.start, s.start + length, 1.0};

    // 2. The exact words elsewhere; the context decides between several places.
    Match best;
    double bestScore = -1;
    for (qsizetype at = text.indexOf(s.exact); at >= 0; at = text.indexOf(s.exact, at + 1)) {
        const double score
            = 2 * contextScore(text, int(at), int(at) + length, s) + positionScore(text, int(at), s);
        if (score > bestScore) {
            bestScore = score;
            best = Match {true, int(at), int(at) + length, 0.9};
        }
    }
    if (best.found)
        return best;

    // 3. Words edited slightly: the closest approximate match, at most a quarter changed.
    const int maxDistance = std::max(1, length / 4);
    const QList<Approximate> ends = approximateEnds(s.exact, text, maxDistance);
    if (ends.isEmpty())
        return {};
    const int bestDistance
        = std::min_element(ends.begin(), ends.end(), [](const Approximate &a, const Approximate &b) {
              return a.distance < b.distance;
          })->distance;
    for (const Approximate &e : ends) {
        // Each run of neighbouring ends is one place; its best end stands for it.
        if (e.distance != bestDistance)
            continue;
        const int start = approximateStart(s.exact, text, e.end, maxDistance);
        const double score = 2 * contextScore(text, start, e.end, s) + positionScore(text, start, s);
        if (score > bestScore) {
            bestScore = score;
            best = Match {true, start, e.end, 1.0 - double(bestDistance) / length};
        }
    }
    return best;
}

TextSelector reanchored(const QString &text, const TextSelector &selector, const Match &match)
{
    if (!match.found)
        return selector;
    return makeSelector(text, match.start, match.end);
}

} // namespace Threadkeeper::Anchoring
