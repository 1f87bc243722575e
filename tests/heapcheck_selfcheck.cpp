// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Proves glibc's heap checker is on for the heapcheck tests (MALLOC_CHECK_=3 with
// libc_malloc_debug preloaded): a child writes one byte past a 13-byte block, into the slack
// plain malloc never looks at, and frees it. The checker must abort the child.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/wait.h>
#include <unistd.h>

int main()
{
    const pid_t child = fork();
    if (child == 0) {
        auto *block = static_cast<volatile char *>(std::malloc(13));
        block[13] = 'x'; // on purpose: one byte too far
        std::free(const_cast<char *>(block));
        std::_Exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    if (WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT) {
        std::puts("heap checker on: an overflow by one byte was caught at free()");
        return 0;
    }
    std::puts("heap checker off: an overflow by one byte went unseen (MALLOC_CHECK_, LD_PRELOAD?)");
    return 1;
}
