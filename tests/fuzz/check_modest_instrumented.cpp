// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Proves the fuzz build parses with an instrumented MyHTML (packaging/modest-asan.sh): it has
// MyHTML write four bytes into a one-byte heap block. Linked against the ASan build of
// libmodest, AddressSanitizer stops it with a heap-buffer-overflow inside
// myencoding_codepoint_to_ascii_utf_8; against Debian's uninstrumented library the write
// lands unseen and it returns 0, which tests/fuzz/run.sh takes as a failure.
#include <myencoding/encoding.h>

#include <cstdio>
#include <cstdlib>

int main()
{
    auto *byte = static_cast<char *>(std::malloc(1));
    // U+1F600 is four bytes of UTF-8.
    const std::size_t written = myencoding_codepoint_to_ascii_utf_8(0x1F600, byte);
    std::free(byte);
    std::printf(
        "MyHTML wrote %zu bytes past a 1-byte block unseen: libmodest is not instrumented\n", written);
    return 0;
}
