// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotematcher.h"

#include <algorithm>

namespace Threadkeeper {

namespace {

// A quote matches a post holding more than this share of its word pairs.
constexpr double MinShare = 0.6;

// Terms are 64-bit hashes of case-folded words and word pairs, computed as the text is
// read, with no string built per word: indexing a page costs little on the GUI thread.
// Fixed constants: the same words hash alike in every run.
quint64 mix(quint64 x)
{
    // splitmix64's finaliser: every input bit moves every output bit.
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

quint64 wordTerm(quint64 word)
{
    return mix(word ^ 0x5752444d4f4e4fULL);
}

quint64 pairTerm(quint64 first, quint64 second)
{
    return mix(first * 0x9e3779b97f4a7c15ULL + mix(second));
}

// Calls f(wordHash) for each word: a run of letters and digits, case-folded.
template<typename F> void forEachWord(const QString &text, F f)
{
    constexpr quint64 Offset = 0xcbf29ce484222325ULL;
    constexpr quint64 Prime = 0x100000001b3ULL;
    quint64 h = Offset;
    bool inWord = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            h = (h ^ c.toCaseFolded().unicode()) * Prime;
            inWord = true;
        } else if (inWord) {
            f(h);
            h = Offset;
            inWord = false;
        }
    }
    if (inWord)
        f(h);
}

void sortUnique(std::vector<quint64> *terms)
{
    std::sort(terms->begin(), terms->end());
    terms->erase(std::unique(terms->begin(), terms->end()), terms->end());
}

// Word pairs of a text of several words; a text of one word is that word. Sorted, distinct.
std::vector<quint64> pairTerms(const QString &text, bool withWords)
{
    std::vector<quint64> terms;
    quint64 previous = 0;
    int words = 0;
    forEachWord(text, [&](quint64 word) {
        if (words > 0)
            terms.push_back(pairTerm(previous, word));
        if (withWords)
            terms.push_back(wordTerm(word));
        previous = word;
        ++words;
    });
    if (words == 1 && !withWords)
        terms.push_back(wordTerm(previous));
    sortUnique(&terms);
    return terms;
}

// The fewest pairs of `total` that are more than MinShare of them, computed as the
// share is compared (in doubles), so a match means the same at every size.
int needed(int total)
{
    int need = 1;
    while (need < total && !(double(need) / double(total) > MinShare))
        ++need;
    return need;
}

int sharedCount(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    int count = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++count;
            ++i;
            ++j;
        }
    }
    return count;
}

} // namespace

QuoteMatcher::QuoteMatcher(TextOf textOf)
    : m_textOf(std::move(textOf))
{ }

double QuoteMatcher::score(const QString &quoted, const QString &candidate)
{
    const std::vector<Term> quoteTerms = pairTerms(quoted, false);
    if (quoteTerms.empty())
        return 0;
    const std::vector<Term> postTerms = QuoteMatcher::postTerms(candidate);
    return double(sharedCount(quoteTerms, postTerms)) / double(quoteTerms.size());
}

std::vector<QuoteMatcher::Term> QuoteMatcher::postTerms(const QString &text)
{
    // Every word (a one-word quote matches a post holding it) and every word pair.
    return pairTerms(text, true);
}

void QuoteMatcher::prepare(PendingQuote *quote)
{
    if (quote->prepared)
        return;
    quote->terms = pairTerms(quote->text, false);
    quote->need = needed(int(quote->terms.size()));
    quote->text = QString(); // read once
    quote->prepared = true;
}

void QuoteMatcher::index(Poster &poster, int position, const QString &text)
{
    std::vector<Term> terms = postTerms(text);
    for (const Term t : terms) {
        std::vector<int> &list = poster.postings[t];
        list.insert(std::upper_bound(list.begin(), list.end(), position), position);
    }
    poster.terms.insert(position, std::move(terms));
}

void QuoteMatcher::ensureIndexed(Poster &poster)
{
    if (poster.indexed)
        return;
    poster.indexed = true;
    for (auto it = poster.posts.cbegin(); it != poster.posts.cend(); ++it)
        index(poster, it.key(), m_textOf(it.value()));
}

void QuoteMatcher::match(Poster &poster, PendingQuote &quote)
{
    ensureIndexed(poster);
    prepare(&quote);
    quote.bestHits = 0;
    quote.bestPosition = -1;
    quote.best.clear();
    const int total = int(quote.terms.size());
    if (total == 0)
        return;
    // A post holding `need` of `total` pairs holds one of any total - need + 1 of them:
    // look up the rarest ones only.
    std::vector<const std::vector<int> *> lists;
    lists.reserve(quote.terms.size());
    static const std::vector<int> none;
    for (const Term t : quote.terms) {
        const auto it = poster.postings.constFind(t);
        lists.push_back(it == poster.postings.cend() ? &none : &*it);
    }
    std::sort(lists.begin(), lists.end(), [](auto *a, auto *b) { return a->size() < b->size(); });
    lists.resize(size_t(total - quote.need + 1));
    std::vector<int> candidates;
    for (const std::vector<int> *list : lists)
        candidates.insert(
            candidates.end(), list->begin(), std::lower_bound(list->begin(), list->end(), quote.position));
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (const int position : candidates) {
        ++m_comparisons;
        const int hits = sharedCount(quote.terms, poster.terms.value(position));
        // Candidates come in thread order: on a tie the later one wins.
        if (hits >= quote.need && hits >= quote.bestHits) {
            quote.bestHits = hits;
            quote.bestPosition = position;
            quote.best = poster.posts.value(position);
        }
    }
}

bool QuoteMatcher::offer(Poster &poster, PendingQuote &quote, int position, const QString &id)
{
    if (quote.bestHits < 0) {
        // Taken from the cache without its words: match it properly now.
        const QString before = quote.best;
        match(poster, quote);
        return quote.best != before;
    }
    ++m_comparisons;
    const int hits = sharedCount(quote.terms, poster.terms.value(position));
    if (quote.terms.empty() || hits < quote.need || hits < quote.bestHits
        || (hits == quote.bestHits && position < quote.bestPosition))
        return false;
    quote.bestHits = hits;
    quote.bestPosition = position;
    quote.best = id;
    return true;
}

QList<QuoteMatcher::Ref> QuoteMatcher::addPost(
    const QString &id, const QString &author, int position, const QString &text)
{
    Poster &poster = m_posters[author];
    poster.posts.insert(position, id);
    QList<Ref> changed;
    if (!poster.indexed)
        return changed; // nobody quoted this poster by name yet
    index(poster, position, text);
    // Only quotes after the new post can prefer it.
    auto it = std::upper_bound(poster.quotes.begin(), poster.quotes.end(), position,
        [](int pos, const PendingQuote &q) { return pos < q.position; });
    for (; it != poster.quotes.end(); ++it) {
        if (offer(poster, *it, position, id))
            changed.append(it->ref);
    }
    return changed;
}

QList<QuoteMatcher::Ref> QuoteMatcher::removePost(const QString &id, const QString &author, int position)
{
    QList<Ref> changed;
    const auto found = m_posters.find(author);
    if (found == m_posters.end() || found->posts.value(position) != id)
        return changed;
    Poster &poster = *found;
    poster.posts.remove(position);
    if (const auto terms = poster.terms.constFind(position); terms != poster.terms.cend()) {
        for (const Term t : *terms) {
            std::vector<int> &list = poster.postings[t];
            list.erase(std::remove(list.begin(), list.end(), position), list.end());
            if (list.empty())
                poster.postings.remove(t);
        }
        poster.terms.remove(position);
    }
    for (PendingQuote &q : poster.quotes) {
        if (q.best == id) {
            match(poster, q);
            changed.append(q.ref);
        }
    }
    return changed;
}

QString QuoteMatcher::addQuote(const Ref &ref, int position, const QString &author, const QString &text)
{
    Poster &poster = m_posters[author];
    PendingQuote quote;
    quote.position = position;
    quote.ref = ref;
    quote.text = text;
    auto it = std::upper_bound(poster.quotes.begin(), poster.quotes.end(), position,
        [](int pos, const PendingQuote &q) { return pos < q.position; });
    it = poster.quotes.insert(it, std::move(quote));
    match(poster, *it);
    return it->best;
}

void QuoteMatcher::addKnownQuote(
    const Ref &ref, int position, const QString &author, const QString &text, const QString &known)
{
    Poster &poster = m_posters[author];
    PendingQuote quote;
    quote.position = position;
    quote.ref = ref;
    quote.text = text;
    quote.best = known;
    auto it = std::upper_bound(poster.quotes.begin(), poster.quotes.end(), position,
        [](int pos, const PendingQuote &q) { return pos < q.position; });
    poster.quotes.insert(it, std::move(quote));
}

QuoteMatcher::PendingQuote *QuoteMatcher::find(Poster &poster, const Ref &ref, int position)
{
    return const_cast<PendingQuote *>(find(std::as_const(poster), ref, position));
}

const QuoteMatcher::PendingQuote *QuoteMatcher::find(const Poster &poster, const Ref &ref, int position) const
{
    auto it = std::lower_bound(poster.quotes.begin(), poster.quotes.end(), position,
        [](const PendingQuote &q, int pos) { return q.position < pos; });
    for (; it != poster.quotes.end() && it->position == position; ++it) {
        if (it->ref == ref)
            return &*it;
    }
    return nullptr;
}

void QuoteMatcher::removeQuote(const Ref &ref, int position, const QString &author)
{
    const auto found = m_posters.find(author);
    if (found == m_posters.end())
        return;
    if (const PendingQuote *q = find(*found, ref, position))
        found->quotes.erase(found->quotes.begin() + (q - found->quotes.data()));
}

QString QuoteMatcher::resolved(const Ref &ref, int position, const QString &author) const
{
    const auto found = m_posters.constFind(author);
    if (found == m_posters.cend())
        return {};
    const PendingQuote *q = find(*found, ref, position);
    return q ? q->best : QString();
}

void QuoteMatcher::clear()
{
    m_posters.clear();
    m_comparisons = 0;
}

} // namespace Threadkeeper
