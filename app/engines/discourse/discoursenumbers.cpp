// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discoursenumbers.h"

#include <limits>

namespace Threadkeeper {

QHash<int, QString> DiscoursePostNumbers::deduce(
    const QList<qint64> &stream, const QHash<qint64, int> &known, int highest)
{
    QHash<int, QString> out;
    const qsizetype n = stream.size();
    constexpr qint64 unbounded = std::numeric_limits<int>::max();
    // The least and the greatest number each place can hold; where they meet it is known.
    QList<qint64> lo(n), hi(n);
    bool ordered = true;
    qint64 previous = 0; // numbers start at 1
    for (qsizetype k = 0; k < n; ++k) {
        const auto it = known.constFind(stream[k]);
        lo[k] = it != known.cend() ? qint64(*it) : previous + 1;
        ordered = ordered && lo[k] >= previous + 1;
        previous = lo[k];
    }
    qint64 next = highest > 0 ? qint64(highest) + 1 : unbounded + 1;
    for (qsizetype k = n - 1; k >= 0; --k) {
        const auto it = known.constFind(stream[k]);
        hi[k] = it != known.cend() ? qint64(*it) : std::min(next - 1, unbounded);
        ordered = ordered && hi[k] <= next - 1;
        next = hi[k];
    }
    for (qsizetype k = 0; k < n; ++k) {
        const auto it = known.constFind(stream[k]);
        // A stream out of number order (hostile, or a forum that moved posts oddly)
        // says nothing beyond what each post says of itself.
        const bool determined = it != known.cend() || (ordered && lo[k] == hi[k]);
        if (determined && lo[k] >= 1 && lo[k] <= unbounded)
            out.insert(int(lo[k]), QString::number(stream[k]));
    }
    return out;
}

QByteArray DiscoursePostNumbers::encode(const QHash<int, QString> &idOfNumber)
{
    QByteArray out;
    out.reserve(idOfNumber.size() * 14);
    for (auto it = idOfNumber.cbegin(); it != idOfNumber.cend(); ++it) {
        out += QByteArray::number(it.key());
        out += '=';
        out += it.value().toLatin1();
        out += ',';
    }
    return out;
}

QHash<int, QString> DiscoursePostNumbers::decode(QByteArrayView encoded, qsizetype limit)
{
    QHash<int, QString> out;
    qsizetype start = 0;
    while (start < encoded.size() && out.size() < limit) {
        qsizetype end = encoded.indexOf(',', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView entry = encoded.sliced(start, end - start);
        start = end + 1;
        const qsizetype eq = entry.indexOf('=');
        if (eq <= 0)
            continue;
        bool ok = false;
        const int number = entry.first(eq).toInt(&ok);
        if (ok && number > 0)
            out.insert(number, QString::fromLatin1(entry.sliced(eq + 1)));
    }
    return out;
}

} // namespace Threadkeeper
