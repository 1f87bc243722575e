// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadgenerator.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <cmath>

namespace Threadkeeper::Testing {

namespace {

// No commas, quotes or brackets: they would break the [QUOTE="name, post: …"] attribute.
const char16_t *const Authors[] = {u"cpt_kernel", u"Mira Castellanos", u"李明", u"Zoë", u"Ørjan", u"Jürgen",
    u"overclocker77", u"silentfan", u"Beatriz Nunes", u"dr_latency", u"Łukasz W", u"Renée", u"tinkerer",
    u"Nguyễn Văn An", u"Мария", u"田中 浩二", u"Ólafur", u"François", u"Ayşe K", u"Ðorđe", u"heatsink_hal",
    u"bitflip", u"Ravi Menon", u"pixelpusher", u"Sven Lindqvist", u"northbridge", u"Kofi Mensah",
    u"jitterbug", u"O'Malley", u"quietpc", u"Hannah Becker", u"vram_hoarder", u"Tomás", u"legacyboot",
    u"Ingrid", u"s1licon", u"Priya S", u"retro_rig", u"Mateo", u"cachemiss", u"Yuki", u"Brandon T",
    u"lowprofile", u"Emeka", u"framepacer", u"Greta", u"undervolt", u"Wojtek", u"thermalpaste", u"Lucía",
    u"async_andy", u"Noor", u"coilwhine", u"Henrik", u"benchmarker", u"Aroha", u"ddr_dan", u"Siobhán",
    u"ecc_fan", u"Kwame"};
constexpr int AuthorCount = int(std::size(Authors));

const char *const Words[] = {"the", "a", "it", "is", "was", "and", "but", "or", "so", "that", "this", "with",
    "for", "on", "in", "at", "to", "of", "from", "not", "just", "really", "still", "already", "probably",
    "honestly", "actually", "maybe", "never", "always", "again", "only", "even", "much", "more", "less",
    "than", "about", "after", "before", "since", "until", "when", "while", "because", "though", "if", "then",
    "I", "you", "we", "they", "he", "she", "my", "your", "their", "our", "mine", "think", "guess", "know",
    "see", "said", "tried", "tested", "bought", "returned", "installed", "updated", "flashed", "measured",
    "noticed", "expect", "doubt", "wonder", "agree", "disagree", "wait", "run", "runs", "ran", "boots",
    "crashes", "works", "fails", "stutters", "throttles", "idles", "draws", "costs", "ships", "launches",
    "card", "cards", "driver", "drivers", "board", "boards", "chip", "cooler", "fan", "fans", "case", "cable",
    "power", "supply", "watts", "clock", "clocks", "memory", "cache", "latency", "bandwidth", "frame",
    "frames", "game", "games", "benchmark", "benchmarks", "review", "reviews", "price", "prices", "stock",
    "launch", "release", "version", "update", "firmware", "kernel", "setting", "settings", "profile",
    "voltage", "temperature", "temps", "noise", "load", "idle", "performance", "efficiency", "budget",
    "upgrade", "build", "system", "machine", "desktop", "laptop", "monitor", "screen", "refresh", "rate",
    "resolution", "texture", "shader", "compiler", "patch", "bug", "issue", "thread", "post", "point",
    "argument", "numbers", "chart", "graph", "test", "result", "results", "vendor", "company", "market",
    "year", "month", "week", "day", "generation", "platform", "socket", "slot", "lane", "lanes", "storage",
    "drive", "drives", "controller", "good", "bad", "better", "worse", "best", "worst", "fast", "faster",
    "slow", "slower", "cheap", "expensive", "quiet", "loud", "hot", "cool", "stable", "unstable", "new",
    "old", "previous", "next", "same", "different", "huge", "tiny", "reasonable", "ridiculous", "impressive",
    "disappointing", "fine", "solid", "weird", "obvious", "fair", "unfair", "clear", "vague", "official",
    "leaked", "rumoured", "reported", "supposed", "likely", "unlikely", "possible", "impossible", "enough",
    "overpriced", "underrated", "overrated", "every", "some", "most", "many", "few", "none", "both", "either",
    "other", "another", "which", "what", "why", "how", "where", "who", "there", "here", "now", "today",
    "yesterday", "soon", "later", "finally", "basically", "literally", "clearly", "mostly", "barely",
    "nearly", "exactly", "roughly", "twice", "half", "double", "percent", "people", "users", "owners",
    "buyers", "reviewers", "engineers", "fanboys", "folks", "everyone", "nobody", "somebody", "anyone",
    "experience", "opinion", "guess", "problem", "solution", "workaround", "difference", "reason", "evidence",
    "source", "link", "article", "comment", "manual", "spec", "specs", "sheet", "warranty", "support",
    "replacement", "RMA", "BIOS", "UEFI", "PCIe", "DDR5", "NVMe", "SSD", "GPU", "CPU", "VRM", "PSU", "Linux",
    "Windows", "Vulkan", "OpenGL", "DirectX", "Wayland", "Mesa"};
constexpr int WordCount = int(std::size(Words));

const char *const Syllables[]
    = {"ka", "ro", "vel", "tri", "mon", "sa", "qui", "dor", "zen", "lu", "pha", "gri", "nox", "bel", "ta",
        "vin", "os", "ur", "mek", "li", "stra", "po", "dex", "ith", "an", "cor", "ul", "fen", "ry", "xo"};

const char *const Snippets[] = {
    "[CODE=cpp]for (int i = 0; i < n; ++i)\n    total += samples[i];\nreturn total / n;[/CODE]",
    "[CODE=python]import statistics\nprint(statistics.median(times))[/CODE]",
    "[CODE=bash]$ sudo dmesg | grep -i amdgpu\n$ cat "
    "/sys/class/drm/card0/device/power_dpm_force_performance_level"
    "[/CODE]",
    "[CODE=json]{\n  \"fan_curve\": [[30, 20], [60, 45], [80, 100]],\n  \"zero_rpm\": true\n}[/CODE]",
    "[CODE]GPU clock: 2610 MHz\nMemory clock: 2500 MHz\nBoard power: 263 W[/CODE]",
};

struct Made
{
    QString id;
    int author = 0;
    QStringList own; // the poster's own paragraphs, BBCode
    QString firstQuote; // the post's first quote block, BBCode; empty if it quotes none
};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {
        // Zipf-like: the k-th poster writes about 1/(k+1) as much as the first.
        double sum = 0;
        for (int k = 0; k < AuthorCount; ++k) {
            sum += 1.0 / (k + 1);
            m_authorWeights.append(sum);
        }
    }

    FixtureThread generate(int count, quint32 seed)
    {
        FixtureThread thread;
        thread.title = QStringLiteral("Long thread: %1 posts about drivers, clocks and fans").arg(count);
        thread.path
            = QStringLiteral("/threads/long-thread-%1-posts.%2/").arg(count).arg(700000 + seed % 100000);
        thread.perPage = 20;
        QDateTime date(QDate(2023, 1, 10), QTime(9, 0), QTimeZone::UTC);
        qint64 id = 3000000;
        m_made.reserve(count);
        thread.posts.reserve(count);
        for (int i = 0; i < count; ++i) {
            Made made;
            made.id = QString::number(id);
            made.author = pickAuthor();
            const QString body = i > 0 && chance(0.45) ? replyBody(&made) : plainBody(&made);
            FixturePost post;
            post.id = made.id;
            post.number = i + 1;
            post.author = author(made.author);
            post.date = date;
            post.bbcode = body;
            thread.posts.append(post);
            m_made.append(made);
            id += 1 + m_rng.bounded(60); // other threads' posts in between
            // Bursts and lulls: exponential gaps, about 25 minutes on average.
            date = date.addSecs(qint64(-std::log(1.0 - m_rng.generateDouble()) * 1500) + 20);
        }
        return thread;
    }

private:
    bool chance(double p) { return m_rng.generateDouble() < p; }
    int between(int low, int high) { return low + int(m_rng.bounded(high - low + 1)); }
    static QString author(int index) { return QString::fromUtf16(Authors[index]); }

    int pickAuthor()
    {
        const double x = m_rng.generateDouble() * m_authorWeights.last();
        return int(
            std::lower_bound(m_authorWeights.cbegin(), m_authorWeights.cend(), x) - m_authorWeights.cbegin());
    }

    QString word()
    {
        // Common words come up more often than rare ones, as in any text.
        const double u = m_rng.generateDouble();
        return QString::fromLatin1(Words[int(u * u * WordCount)]);
    }

    // A made-up word, so that posts differ in more than their order of common words.
    QString ownWord()
    {
        QString w;
        for (int n = between(2, 4); n > 0; --n)
            w += QLatin1String(Syllables[m_rng.bounded(int(std::size(Syllables)))]);
        return w;
    }

    QString sentence()
    {
        const int length = between(4, 18);
        QString s;
        for (int i = 0; i < length; ++i) {
            QString w = chance(0.04) ? ownWord() : word();
            if (i == 0)
                w[0] = w[0].toUpper();
            if (chance(0.02))
                w = QStringLiteral("[B]%1[/B]").arg(w);
            else if (chance(0.01))
                w = QStringLiteral("[ICODE]%1[/ICODE]").arg(w);
            else if (chance(0.01))
                w = QStringLiteral("[URL=https://example.org/%1]%2[/URL]").arg(ownWord(), w);
            if (!s.isEmpty())
                s += QLatin1Char(' ');
            s += w;
            if (i + 1 < length && chance(0.06))
                s += QLatin1Char(',');
        }
        const double end = m_rng.generateDouble();
        return s + (end < 0.8 ? QLatin1Char('.') : end < 0.93 ? QLatin1Char('?') : QLatin1Char('!'));
    }

    QString paragraph()
    {
        QStringList sentences;
        for (int n = between(1, 4); n > 0; --n)
            sentences.append(sentence());
        // One word of the post's own in most paragraphs, with a number now and then.
        if (chance(0.6)) {
            QString &last = sentences.last();
            last.insert(last.size() - 1, QLatin1Char(' ') + ownWord());
        }
        if (chance(0.15))
            sentences.append(
                QStringLiteral("Mine does %1 at %2 W.").arg(between(900, 3100)).arg(between(40, 450)));
        return sentences.join(QLatin1Char(' '));
    }

    // Paragraph counts skewed short: most posts say one or two things.
    int paragraphCount()
    {
        static constexpr double Cumulative[] = {0.30, 0.58, 0.78, 0.89, 0.96, 1.0};
        const double u = m_rng.generateDouble();
        return int(std::lower_bound(std::begin(Cumulative), std::end(Cumulative), u) - std::begin(Cumulative))
            + 1;
    }

    QStringList paragraphs(int count)
    {
        QStringList list;
        for (int n = count; n > 0; --n)
            list.append(paragraph());
        return list;
    }

    QString withCode(QString body)
    {
        if (chance(0.03))
            body += QStringLiteral("\n\n") + QLatin1String(Snippets[m_rng.bounded(int(std::size(Snippets)))]);
        return body;
    }

    QString plainBody(Made *made)
    {
        made->own = paragraphs(paragraphCount());
        return withCode(made->own.join(QStringLiteral("\n\n")));
    }

    // Mostly a post of the last thirty or so, as a discussion goes; sometimes any earlier one.
    int pickQuoted(int author)
    {
        const int count = int(m_made.size());
        for (int attempt = 0; attempt < 3; ++attempt) {
            int index;
            if (chance(0.85))
                index = count - 1 - std::min(count - 1, int(-std::log(1.0 - m_rng.generateDouble()) * 8));
            else
                index = int(m_rng.bounded(count));
            if (m_made[index].author != author || attempt == 2)
                return index;
        }
        return count - 1;
    }

    QString quoteOf(int index, bool byNameOnly)
    {
        const Made &quoted = m_made[index];
        const QString name = author(quoted.author);
        QString words;
        if (byNameOnly) {
            // Typed by hand: a paragraph or two copied over, nothing to link it but the words.
            const int from = int(m_rng.bounded(int(quoted.own.size())));
            words = quoted.own.mid(from, between(1, 2)).join(QStringLiteral("\n\n"));
            return QStringLiteral("[QUOTE=\"%1\"]%2[/QUOTE]").arg(name, words);
        }
        // Reply quotes the whole post; people often trim it to the part they answer.
        words = chance(0.5) ? quoted.own.join(QStringLiteral("\n\n")) : quoted.own.first();
        // Some forums keep the quote inside the quoted post: a quote of a quote.
        if (!quoted.firstQuote.isEmpty() && chance(0.3))
            words = quoted.firstQuote + QLatin1Char('\n') + words;
        return QStringLiteral("[QUOTE=\"%1, post: %2, member: %3\"]%4[/QUOTE]")
            .arg(name, quoted.id)
            .arg(1000 + quoted.author * 37)
            .arg(words);
    }

    QString replyBody(Made *made)
    {
        const int quotes = chance(0.12) ? 2 : 1;
        QStringList parts;
        int last = -1;
        for (int q = 0; q < quotes; ++q) {
            int index = pickQuoted(made->author);
            if (index == last)
                index = std::max(0, index - 1);
            last = index;
            const QString quote = quoteOf(index, chance(0.1));
            if (made->firstQuote.isEmpty())
                made->firstQuote = quote;
            const QStringList answer = paragraphs(between(1, 3));
            made->own += answer;
            parts.append(quote + QLatin1Char('\n') + answer.join(QStringLiteral("\n\n")));
        }
        return withCode(parts.join(QStringLiteral("\n\n")));
    }

    QRandomGenerator m_rng;
    QList<double> m_authorWeights; // cumulative
    QList<Made> m_made;
};

} // namespace

FixtureThread generateThread(int posts, quint32 seed)
{
    return Generator(seed).generate(posts, seed);
}

} // namespace Threadkeeper::Testing
