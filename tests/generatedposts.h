// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"

#include <QRandomGenerator>
#include <QStringList>

namespace Threadkeeper::Testing {

// A generated thread as the engine would hand it over: posts with own words and quotes,
// about 45% quoting an earlier post (mostly a recent one), one quote in ten typed by hand
// (author and words only, sometimes cut or edited), quotes of quotes, now and then two
// quotes in a post, posters with a skewed share of the posts and non-ASCII names.
inline QList<Post> generatedThread(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    static const QStringList names {QStringLiteral("Daven"), QStringLiteral("ncrs"), QStringLiteral("李明"),
        QStringLiteral("Zoë"), QStringLiteral("Ørjan"), QStringLiteral("Jürgen"), QStringLiteral("Bomby569"),
        QStringLiteral("Vayra86"), QStringLiteral("R-T-B"), QStringLiteral("Count von Schwalbe"),
        QStringLiteral("dir_d"), QStringLiteral("Ferrum Master")};
    static const QStringList vocabulary = QStringLiteral(
        "the a of to and in is it that for on with as this was but be are not have they you at one "
        "all by from or so if can more no will about what just up out like some when than power "
        "tariffs coal plants china emissions goals statement vague argue much anything card price "
        "driver memory bandwidth cache latency thread core clock boost voltage fan noise review "
        "benchmark frame game engine patch update release market share vendor chip wafer yield node "
        "design cooling board socket lane slot bios firmware kernel scheduler café naïve über résumé")
                                              .split(QLatin1Char(' '));
    QList<Post> posts;
    for (int i = 0; i < count; ++i) {
        Post p;
        p.id = QString::number(1000 + i);
        p.number = i + 1;
        p.position = i;
        // Skewed: low indexes post far more often.
        const double u = rng.generateDouble();
        p.author = names[int(u * u * u * names.size())];
        QStringList words;
        const int length = 6 + rng.bounded(40);
        for (int w = 0; w < length; ++w)
            words.append(vocabulary[rng.bounded(int(vocabulary.size()))]);
        words.append(QStringLiteral("w%1x%2").arg(i).arg(rng.bounded(9))); // something of its own
        p.text = words.join(QLatin1Char(' '));
        if (i > 0 && rng.bounded(100) < 45) {
            const int quotes = rng.bounded(10) == 0 ? 2 : 1;
            for (int k = 0; k < quotes; ++k) {
                // Mostly a recent post, sometimes one far back.
                const int back = rng.bounded(10) < 8 ? 1 + rng.bounded(std::min(i, 15)) : 1 + rng.bounded(i);
                const Post &quoted = posts[i - back];
                const QStringList qw = quoted.text.split(QLatin1Char(' '));
                const int from = rng.bounded(int(qw.size()));
                const int n = std::min(int(qw.size()) - from, 1 + rng.bounded(12));
                QStringList cut = qw.mid(from, n);
                if (cut.size() > 4 && rng.bounded(3) == 0)
                    cut.removeAt(cut.size() / 2); // edited by hand
                Quote q;
                q.author = quoted.author;
                q.text = cut.join(QLatin1Char(' '));
                if (rng.bounded(10) != 0)
                    q.source = quoted.id;
                p.quotes.append(q);
            }
        }
        posts.append(p);
    }
    return posts;
}

} // namespace Threadkeeper::Testing
