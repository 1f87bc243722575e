// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as an answer to every engine, as its first answer and as a
// later one (a page, a batch), through the completeness check, page detection and the
// reader. The first byte picks the engine, so each gets its share.
#include "engines/forumengine.h"
#include "html/htmlcharset.h"

#include <QUrl>

using namespace Threadkeeper;

namespace {

struct Subject
{
    const ForumEngine *engine = nullptr;
    ThreadRef ref;
    QUrl url;
};

// A thread address of each engine; an engine not (yet) registered is skipped.
QList<Subject> subjects()
{
    QList<Subject> list;
    for (const char *address : {"https://forum.example/threads/fuzz.1/page-2",
             "https://forum.example/t/fuzz/1", "https://forum.example/viewtopic.php?t=1&start=20",
             "https://forum.example/showthread.php?t=1&page=2", "https://news.ycombinator.com/item?id=1",
             "https://lemmy.example/post/1", "https://forum.example/showthread.php?tid=1&page=2",
             "https://forum.example/index.php?topic=1.20", "https://forum.example/topic/1-fuzz/page/2/",
             "https://forum.example/thread/1-fuzz/?pageNo=2", "https://forum.example/viewtopic.php?id=1&p=2",
             "https://forum.example/discussion/1/fuzz/p2", "https://lobste.rs/s/tdfoqh",
             "https://forum.example/d/1-fuzz", "https://forum.example/topic/1/fuzz",
             "https://www.reddit.com/r/fuzz/comments/abc12/fuzz/", "https://mastodon.example/@fuzz/1",
             "https://bsky.app/profile/did:plc:fuzz/post/3kbi55xm6u62v"}) {
        Subject s;
        s.url = QUrl(QString::fromLatin1(address));
        s.engine = engineForUrl(s.url, &s.ref);
        if (s.engine)
            list.append(s);
    }
    return list;
}

void check(const EngineAnswer &answer)
{
    for (const Post &p : answer.posts) {
        if (p.id.isEmpty())
            __builtin_trap(); // an engine never hands over a post without an id
    }
    if (answer.next.size() > 100000)
        __builtin_trap(); // a hostile answer must not make the loader ask without bound
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<Subject> all = subjects();
    if (size < 1 || all.isEmpty())
        return 0;
    const Subject &s = all[data[0] % all.size()];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    ThreadRef found;
    (void)engineForPage(body, s.url, &found);
    const QList<EngineRequest> first = s.engine->firstRequests(s.ref, s.url);
    for (const EngineRequest &r : first) {
        (void)s.engine->incompleteReason(r, body);
        const QByteArray read
            = r.format == EngineRequest::Format::Html ? htmlAsUtf8(body, "text/html") : body;
        const EngineAnswer answer
            = s.engine->readAnswer(r, read, AnswerContext {s.ref.canonical, r.url, true});
        check(answer);
        // The same bytes as the answer to what it asked for next.
        for (qsizetype i = 0; i < std::min<qsizetype>(2, answer.next.size()); ++i) {
            const EngineRequest &next = answer.next[i];
            (void)s.engine->incompleteReason(next, body);
            check(s.engine->readAnswer(next, read, AnswerContext {s.ref.canonical, next.url, false}));
        }
    }
    return 0;
}
