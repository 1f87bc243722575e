// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A fuzz target without libFuzzer: runs LLVMFuzzerTestOneInput once on every file under the
// folders given (a corpus, its seeds), as libFuzzer's -runs=0 would. Built by the dev preset
// with no sanitizer, so that glibc's heap checker (label heapcheck) watches the parsers and
// Debian's own libmodest with the corpus the fuzzers grew. A folder not there is skipped;
// with none at all it exits 77, CTest's skip.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    namespace fs = std::filesystem;
    std::size_t inputs = 0;
    for (int i = 1; i < argc; ++i) {
        std::error_code error;
        if (!fs::is_directory(argv[i], error)) {
            std::printf("replay: %s: not there, skipped\n", argv[i]);
            continue;
        }
        for (const auto &entry : fs::recursive_directory_iterator(argv[i], error)) {
            if (!entry.is_regular_file())
                continue;
            std::ifstream file(entry.path(), std::ios::binary);
            const std::vector<char> bytes {std::istreambuf_iterator<char>(file), {}};
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
            ++inputs;
        }
    }
    std::printf("replay: %zu inputs\n", inputs);
    return inputs > 0 ? 0 : 77; // nothing to read (no fuzz run yet): skipped, not passed
}
