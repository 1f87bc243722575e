# SPDX-FileCopyrightText: 2026 Threadkeeper authors
# SPDX-License-Identifier: GPL-3.0-or-later
# glibc's heap checker over everything that parses what a server sends: MALLOC_CHECK_=3 with
# libc_malloc_debug preloaded (glibc 2.34+) aborts at the first damaged block, and
# MALLOC_PERTURB_ fills freed memory so that a read after free reads junk. Run against
# Debian's libmodest as shipped: the real-page suites, then every fuzz target's corpus and
# seeds through a replayer (tests/fuzz/replay.cpp). Label "heapcheck", left out of the dev
# and asan runs: `ctest --preset heapcheck`, after the fuzz run (packaging/dev test) has grown
# the corpus in build/fuzz/corpus. Not in sanitizer builds (their allocator is their own).
if(CMAKE_CXX_FLAGS MATCHES "-fsanitize")
    return()
endif()
find_file(THREADKEEPER_MALLOC_DEBUG libc_malloc_debug.so.0
    PATHS /usr/lib/${CMAKE_LIBRARY_ARCHITECTURE} /usr/lib64 /usr/lib NO_DEFAULT_PATH)
if(NOT THREADKEEPER_MALLOC_DEBUG)
    message(STATUS "libc_malloc_debug.so.0 not found (glibc < 2.34?): no heapcheck tests")
    return()
endif()
set(heapcheck_env
    "MALLOC_CHECK_=3;MALLOC_PERTURB_=165;LD_PRELOAD=${THREADKEEPER_MALLOC_DEBUG};QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC")

function(threadkeeper_add_heapcheck name)
    add_test(NAME ${name} COMMAND ${ARGN})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${heapcheck_env}" LABELS heapcheck)
endfunction()

# First, that the checker is on at all.
add_executable(heapcheck_selfcheck heapcheck_selfcheck.cpp)
threadkeeper_add_heapcheck(heapcheck_selfcheck heapcheck_selfcheck)

# The suites that read real pages and hostile markup (tst_hostilepages through the binary).
foreach(suite tst_xenforoengine tst_discourseengine tst_phpbbengine tst_vbulletinengine tst_invisionengine
    tst_woltlabengine tst_hackernewsengine
    tst_lemmyengine tst_wordpressengine tst_commentfeedengine tst_postrenderer tst_htmlnesting tst_hostile
    tst_hostilepages)
    threadkeeper_add_heapcheck(heapcheck_${suite} ${suite})
endforeach()
set_tests_properties(heapcheck_tst_hostilepages PROPERTIES TIMEOUT 240)

# Each fuzz target's corpus (build/fuzz/corpus/TARGET) and the seeds tests/fuzz/run.sh gives it.
set(fuzz ${PROJECT_SOURCE_DIR}/build/fuzz)
set(pages ${THREADKEEPER_SHARED_DIR}/real-pages)
set(seeds_fuzz_xenforo_page ${pages}/xenforo1 ${pages}/xenforo2 ${fuzz}/seeds/nesting
    ${PROJECT_SOURCE_DIR}/resources/demo/threads)
set(seeds_fuzz_engine_answers ${fuzz}/seeds/engines)
set(seeds_fuzz_post_render ${pages}/xenforo2/fragments ${fuzz}/seeds/nesting)
set(seeds_fuzz_quote_matcher "")
set(seeds_fuzz_json_imports ${fuzz}/seeds/json)
set(seeds_fuzz_nesting ${fuzz}/seeds/nesting ${pages}/xenforo2)
set(seeds_fuzz_sync_journal ${fuzz}/seeds/journal)
add_library(threadkeeper-fuzz-replay OBJECT fuzz/replay.cpp)
foreach(target fuzz_xenforo_page fuzz_engine_answers fuzz_post_render fuzz_quote_matcher fuzz_json_imports
    fuzz_nesting fuzz_sync_journal)
    add_executable(replay_${target} fuzz/${target}.cpp)
    target_link_libraries(replay_${target} PRIVATE threadkeeper-fuzz-replay threadkeeper-core)
    threadkeeper_add_heapcheck(heapcheck_${target} replay_${target} ${fuzz}/corpus/${target} ${seeds_${target}})
    set_tests_properties(heapcheck_${target} PROPERTIES SKIP_RETURN_CODE 77)
endforeach()
target_link_libraries(replay_fuzz_post_render PRIVATE Qt6::Gui KF6::SyntaxHighlighting)
