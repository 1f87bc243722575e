// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the reply tree and its name-only quote matcher on posts made from
// the input (authors, words, quotes by name or by id, replaced posts, any order); the
// tree grown post by post must equal the tree built from all of them at once.
#include "services/replytree.h"

using namespace Threadkeeper;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Each record: 1 byte post slot, 1 byte author, 1 byte quote kind/target, then words
    // up to a 0 byte, drawn from a small vocabulary so that quotes do match.
    static const char *words[] = {"the", "card", "driver", "Zoë", "café", "fan", "clock", "of", "is", "a",
        "power", "vague", "argue", "李明", "1½", "boost"};
    QList<Post> posts;
    size_t i = 0;
    while (i + 3 <= size && posts.size() < 200) {
        Post p;
        const int slot = data[i] % 64;
        p.id = QString::number(slot);
        p.position = slot; // a slot arriving twice replaces the post (an edit)
        p.author = QStringLiteral("poster%1").arg(data[i + 1] % 5);
        const uint8_t quote = data[i + 2];
        i += 3;
        QStringList text;
        while (i < size && data[i] != 0 && text.size() < 40)
            text.append(QString::fromUtf8(words[data[i++] % 16]));
        ++i;
        p.text = text.join(QLatin1Char(' '));
        if (quote & 0x80) {
            Quote q;
            q.author = QStringLiteral("poster%1").arg(quote % 5);
            q.text = text.mid(0, 1 + quote % 7).join(QLatin1Char(' '));
            if (quote & 0x40)
                q.source = QString::number(quote % 64);
            p.quotes.append(q);
        }
        posts.append(p);
    }
    ReplyTree grown;
    for (const Post &p : posts)
        grown.add({p});
    // The last version of each post, all at once.
    QHash<QString, Post> last;
    for (const Post &p : posts)
        last.insert(p.id, p);
    ReplyTree whole;
    whole.add(last.values());
    for (const Post *p : whole.posts()) {
        if (grown.parentOf(p->id) == whole.parentOf(p->id))
            continue;
        if (qEnvironmentVariableIsSet("FUZZ_VERBOSE")) { // what differs, to make a test of it
            for (const Post &q : posts)
                qInfo("add %s %s '%s' quotes %s", qPrintable(q.id), qPrintable(q.author), qPrintable(q.text),
                    q.quotes.isEmpty() ? "-"
                                       : qPrintable(q.quotes[0].author + QLatin1Char('/') + q.quotes[0].source
                                           + QLatin1Char('/') + q.quotes[0].text));
            qInfo("post %s: grown under '%s', whole under '%s'", qPrintable(p->id),
                qPrintable(grown.parentOf(p->id)), qPrintable(whole.parentOf(p->id)));
        }
        __builtin_trap();
    }
    return 0;
}
