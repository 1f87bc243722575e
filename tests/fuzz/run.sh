#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Threadkeeper authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every libFuzzer target for SECONDS (default 15) from the repository root, in the
# build environment (packaging/dev fuzz). Each grows its own corpus under build/fuzz/,
# seeded from the test fixtures and ../shared/real-pages read in place; a crash leaves
# its input in build/fuzz/artifacts/ and fails the run. Prints executions per target.
# Usage: tests/fuzz/run.sh [SECONDS [TARGET...]] (every target by default).
set -uo pipefail
seconds=${1:-15}
shift || true
all="fuzz_xenforo_page fuzz_engine_answers fuzz_post_render fuzz_quote_matcher fuzz_json_imports fuzz_nesting fuzz_sync_journal"
targets=${*:-$all}
bin=build/fuzz/tests/fuzz
shared=../shared
[ -d "$shared" ] || shared=/shared
out=build/fuzz
mkdir -p "$out/artifacts" "$out/seeds/json" "$out/seeds/nesting" "$out/seeds/journal"

# Nesting seeds, written here (small; nothing big is kept in the repository): deep and wide
# markup of the shapes tests/tst_hostilepages.cpp serves, a few hundred levels past the cut,
# inside a XenForo post so the page targets read them as one.
python3 - "$out/seeds/nesting" <<'PY'
import sys
out = sys.argv[1]
mix = [("<div>", "</div>"), ("<blockquote>", "</blockquote>"), ("<span>", "</span>"), ('<div class="x">', "</div>"), ("<b>", "</b>")]
def nested(depth, shapes, close=True):
    s = "Deep start " + "".join(shapes[i % len(shapes)][0] for i in range(depth)) + "deep middle"
    if close:
        s += "".join(shapes[i % len(shapes)][1] for i in reversed(range(depth)))
    return s + " deep end"
def post(body):
    return ('<!DOCTYPE html><html id="XF"><head><title>T | F</title></head><body><h1 class="p-title-value">T</h1>'
            '<article class="message message--post" data-author="A" data-content="post-1"><div class="bbWrapper">'
            + body + '</div></article><article class="message message--post" data-author="B" data-content="post-2">'
            '<div class="bbWrapper">After.</div></article></body></html>')
seeds = {
    "deep-mix-600": post(nested(600, mix)),
    "deep-div-300": post(nested(300, mix[:1])),
    "deep-unclosed-400": post(nested(400, mix, close=False)),
    "deep-comments-script": post(nested(300, [("<div><!-- <span> -->", "</div>"), ("<i><script>'<b>'</script>", "</i>")])),
    "deep-misnested": post("".join("<b><i><div>" for _ in range(150)) + "x" + "".join("</b></div></i>" for _ in range(150))),
    "wide-2000": post("<span" + "".join(' a%d="v"' % i for i in range(2000)) + ">wide</span>"),
    "wide-quotes": post('<div title="' + "<div>" * 300 + '">' + "<div>" * 10 + "x" + "</div>" * 10 + "</div>"),
}
for name, text in seeds.items():
    with open("%s/%s.html" % (out, name), "w") as f:
        f.write(text)
PY

# JSON seeds: a rules file and an annotations file as the app writes them.
cat >"$out/seeds/json/rules.json" <<'JSON'
{"version":1,"rules":[{"kind":"poster","site":"forum.example","pattern":"Zoë","score":-100,"scope":"site","note":"why","created":"2026-01-01T00:00:00Z"},{"kind":"keyword","site":"forum.example","pattern":"tariffs","score":-20,"scope":"thread","thread":"https://forum.example/threads/a.1/","expires":"2027-01-01T00:00:00Z"}]}
JSON
cat >"$out/seeds/json/annotations.json" <<'JSON'
{"version":1,"annotations":[{"kind":"note","thread":"https://forum.example/threads/a.1/","post":"7","note":"a note","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z"},{"kind":"highlight","thread":"https://forum.example/threads/a.1/","post":"8","note":"","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z","selector":{"exact":"closed brain","prefix":"Open driver, ","suffix":".","start":14,"end":26},"orphaned":false}]}
JSON

# Journal seeds: a segment as a device writes one (odd characters, tombstones, a torn last line).
cat >"$out/seeds/journal/segment.jsonl" <<'JSONL'
{"threadkeeper-sync":1,"device":"00112233445566aa","name":"Zoë's laptop","written":1796692199343}
{"k":"read","s":"https://forum.example/threads/a.1/","h":"117749002911023104","i":"1010","v":"1796692199"}
{"k":"read","s":"https://forum.example/threads/a.1/","h":"117749002911023105","i":"1011","d":true}
{"k":"note","s":"5f0c","h":"117749002911023106","i":"note","v":"\"quoted\" \\ tab\t nl\n \u00e9 \ud83d\ude00 </script>"}
{"k":"place","s":"https://forum.example/threads/a.1/","h":"117749002911023107","v":"{\"post\":\"1011\",\"scroll\":40}"}
{"k":"rule","s":"ab","h":"117749002911023108","v":"1"}
{"k":"rule","s":"ab","h":"117749002911023109","i":"note","v":""}
{"k":"read","s":"https://forum.example/threads/a.1/","h":"1177490029110231
JSONL

seeds_for() {
    case "$1" in
    fuzz_xenforo_page) echo "$shared/real-pages/xenforo1 $shared/real-pages/xenforo2 resources/demo/threads/kestrel-labs-open-sources-its-entire-gpu-driver-stack.1 $out/seeds/nesting" ;;
    fuzz_engine_answers) echo "$out/seeds/engines" ;;
    fuzz_post_render) echo "$shared/real-pages/xenforo2/fragments $out/seeds/nesting" ;;
    fuzz_nesting) echo "$out/seeds/nesting $shared/real-pages/xenforo2" ;;
    fuzz_json_imports) echo "$out/seeds/json" ;;
    fuzz_sync_journal) echo "$out/seeds/journal" ;;
    *) echo "" ;;
    esac
}

status=0
# Reports with function names and lines: the build root has no llvm-symbolizer, and ASan can
# read debug info through binutils' addr2line.
ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer-19 llvm-symbolizer addr2line | head -n 1)}
export ASAN_SYMBOLIZER_PATH
# MyHTML must be the ASan build (packaging/modest-asan.sh): a deliberate overflow inside it
# has to end in ASan's report, naming the MyHTML function that wrote.
if ASAN_OPTIONS=detect_leaks=0 "$bin/check_modest_instrumented" >"$out/check_modest_instrumented.log" 2>&1 \
    || ! grep -q 'heap-buffer-overflow' "$out/check_modest_instrumented.log" \
    || ! grep -q 'in myencoding_codepoint_to_ascii_utf_8' "$out/check_modest_instrumented.log"; then
    cat "$out/check_modest_instrumented.log" >&2
    echo "run.sh: the fuzz targets do not link an instrumented libmodest (see packaging/modest-asan.sh)" >&2
    exit 1
fi
echo "libmodest: instrumented ($(ldd "$bin/fuzz_xenforo_page" | grep -o '[^ ]*libmodest[^ ]*' | tail -1))"
printf '| target | seconds | executions | result |\n|---|---|---|---|\n'
# Engine seeds: every real page and API answer, each led by the byte that picks its engine
# (the order of engines() is the order of the target's addresses; a wrong pick is fuzz too).
mkdir -p "$out/seeds/engines"
pick=0
# The nesting seeds go to the first engine (XenForo's) too.
for f in "$out/seeds/nesting"/*; do
    { printf '\000'; cat "$f"; } >"$out/seeds/engines/nesting-$(basename "$f")"
done
for dir in xenforo2 discourse phpbb vbulletin hackernews lemmy mybb smf invision woltlab fluxbb vanilla lobsters flarum nodebb reddit mastodon bluesky; do
    # A dir absent from this copy of ../shared (pages a session added) still takes its pick.
    if [ ! -d "$shared/real-pages/$dir" ]; then
        pick=$((pick + 1))
        continue
    fi
    for f in "$shared/real-pages/$dir"/*; do
        [ -f "$f" ] || continue
        { printf "\\$(printf '%03o' $pick)"; cat "$f"; } >"$out/seeds/engines/$dir-$(basename "$f")"
    done
    pick=$((pick + 1))
done

for target in $targets; do
    corpus="$out/corpus/$target"
    mkdir -p "$corpus"
    log="$out/$target.log"
    # Fonts and their caches (fontconfig, FreeType) are kept for the process's life: not leaks.
    leaks=1
    [ "$target" = fuzz_post_render ] && leaks=0
    # shellcheck disable=SC2046
    ASAN_OPTIONS=detect_leaks=$leaks "$bin/$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$out/artifacts/$target-" "$corpus" $(seeds_for "$target") >"$log" 2>&1
    code=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    if [ $code -eq 0 ]; then
        result=ok
    else
        result="**failed** (exit $code, see $log)"
        status=1
    fi
    printf '| %s | %s | %s | %s |\n' "$target" "$seconds" "${runs:-?}" "$result"
done
exit $status
