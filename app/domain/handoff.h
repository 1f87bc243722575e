// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#if defined(__SANITIZE_THREAD__)
#define THREADKEEPER_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define THREADKEEPER_TSAN 1
#endif
#endif

#ifdef THREADKEEPER_TSAN
#include <sanitizer/tsan_interface.h>
#endif

#include <utility>

namespace Threadkeeper {

// A closure handed to another thread (a queued call, a thread pool's task), marked so that
// ThreadSanitizer sees the hand-off. Debian's Qt is not built with -fsanitize=thread: the
// queue between the two threads (Qt's own mutexes, on futexes) is invisible to it, and it
// reports every capture the other thread reads as a race. Without ThreadSanitizer it is
// nothing at all.
//
// Two marks, the closure's first and last captures: whoever copies or moves the closure
// (the receiving thread may, before calling it) first takes every hand-off made so far, and
// once every capture is in place, hands it on. One key for all hand-offs: Qt moves closures
// where we cannot see, so no address of them is known to both threads. It orders more than
// the one queue would (a race between two hand-offs can go unseen), never less.
inline char handOffKey = 0; // what every hand-off releases and acquires

template<bool first> class HandOffMark
{
public:
    HandOffMark() { sent(); }
    HandOffMark(const HandOffMark &) // reads nothing of the closure it is copied from
    {
        received();
        sent();
    }
    HandOffMark &operator=(const HandOffMark &) = default;
    ~HandOffMark() = default;

    // Before the captures after it are read (the first mark), and when the closure is called.
    void received() const
    {
#ifdef THREADKEEPER_TSAN
        if constexpr (first)
            __tsan_acquire(&handOffKey);
#endif
    }

private:
    // After the captures before it are in place (the last mark).
    void sent() const
    {
#ifdef THREADKEEPER_TSAN
        if constexpr (!first)
            __tsan_release(&handOffKey);
#endif
    }
};

// f, to be called once on another thread: handedOff([captures] { ... }). Closures copy and
// move their captures in order: the first mark before f, the last after it.
template<typename F> auto handedOff(F f)
{
    return [first = HandOffMark<true> {}, f = std::move(f),
               last = HandOffMark<false> {}]() mutable -> decltype(auto) {
        first.received();
        return f();
    };
}

// A finished QFutureWatcher, let go (deleted later). Under ThreadSanitizer its result is read
// first, wanted or not (a stale load drops it unread): that read takes the future's lock
// after the worker stored it, so the worker's writes are seen to come before the watcher
// frees them. Qt orders these itself, out of ThreadSanitizer's sight.
template<typename Watcher> void letGo(Watcher *watcher)
{
#ifdef THREADKEEPER_TSAN
    if (watcher->future().resultCount() > 0)
        (void)watcher->result();
#endif
    watcher->deleteLater();
}

} // namespace Threadkeeper
