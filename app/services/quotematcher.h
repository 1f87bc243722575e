// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace Threadkeeper {

// Matches quotes typed by hand, which name only a poster, to that poster's earlier
// post whose own words hold the most of the quoted word pairs (more than 60% of them;
// a one-word quote: the word itself). On a tie the later post wins: replies usually
// answer the latest word.
//
// Built to grow by what arrives: each quoted poster's posts are indexed by their words
// and word pairs (an inverted index, built the first time the poster is quoted by name),
// a quote is matched by looking up only its rarest pairs (a post with more than 60% of
// the pairs must hold one of them), and a quote once matched is compared again only
// with posts of its poster that arrive later and sit before it.
class QuoteMatcher
{
public:
    struct Ref
    {
        QString postId;
        int index = 0; // which quote of the post
        bool operator==(const Ref &) const = default;
    };

    // The own words of the post with this id (asked when a poster's index is built).
    using TextOf = std::function<QString(const QString &postId)>;
    explicit QuoteMatcher(TextOf textOf);

    // A post that quotes may be matched to. Returns the quotes already known that now
    // resolve to another post.
    QList<Ref> addPost(const QString &id, const QString &author, int position, const QString &text);
    // Forgets a post; the quotes that resolved to it are matched again. Returns them.
    QList<Ref> removePost(const QString &id, const QString &author, int position);

    // A quote of `author` in the post at `position`; returns the post it resolves to
    // (empty: none). With `known`, takes that as the answer without reading any words
    // (a resolution the cache kept); the quote is matched afresh only if a post arrives
    // that it could prefer.
    QString addQuote(const Ref &ref, int position, const QString &author, const QString &text);
    void addKnownQuote(
        const Ref &ref, int position, const QString &author, const QString &text, const QString &known);
    void removeQuote(const Ref &ref, int position, const QString &author);
    // The post a known quote resolves to now.
    QString resolved(const Ref &ref, int position, const QString &author) const;

    void clear();
    // Candidate posts compared with a quote so far: a deterministic measure of work.
    quint64 comparisons() const { return m_comparisons; }

    // How well quoted words match a post's own words, 0..1, by the same measure.
    static double score(const QString &quoted, const QString &candidate);

private:
    using Term = quint64;
    struct PendingQuote
    {
        int position = 0;
        Ref ref;
        QString text; // kept only while unmatched from the cache: read when needed
        std::vector<Term> terms; // sorted, distinct: the quote's word pairs (or its word)
        int need = 1; // pairs a post must hold to match
        bool prepared = false; // terms and need read from the text
        int bestHits = -1; // -1: not known (a resolution taken from the cache)
        int bestPosition = -1;
        QString best;
    };
    struct Poster
    {
        QMap<int, QString> posts; // position → id, every post of the poster
        bool indexed = false;
        QHash<Term, std::vector<int>> postings; // term → positions, sorted
        QHash<int, std::vector<Term>> terms; // position → the post's terms, sorted
        std::vector<PendingQuote> quotes; // sorted by position
    };

    static std::vector<Term> postTerms(const QString &text);
    static void prepare(PendingQuote *quote);
    void index(Poster &poster, int position, const QString &text);
    void ensureIndexed(Poster &poster);
    // Matches a quote against every earlier post of the poster, through the index.
    void match(Poster &poster, PendingQuote &quote);
    // Offers one newly arrived post to a matched quote; true if it now resolves there.
    bool offer(Poster &poster, PendingQuote &quote, int position, const QString &id);
    PendingQuote *find(Poster &poster, const Ref &ref, int position);
    const PendingQuote *find(const Poster &poster, const Ref &ref, int position) const;

    TextOf m_textOf;
    QHash<QString, Poster> m_posters;
    quint64 m_comparisons = 0;
};

} // namespace Threadkeeper
