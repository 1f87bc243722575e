#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Threadkeeper authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Merges the JSON each benchmark wrote (BENCH_DIR/bench_*.json) into one Markdown table
on stdout and one JSON file, with a line about the machine they ran on.

    report.py BENCH_DIR OUT_JSON"""
import json
import os
import platform
import re
import sys

# The benchmarks `packaging/dev bench` runs; one that wrote nothing still gets a row.
BENCHES = ["bench_sync", "bench_window", "bench_memory", "bench_parse", "bench_nesting", "bench_render", "bench_search",
           "bench_library", "bench_feed", "bench_subscriptions", "bench_devicesync"]


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def number(value):
    if value is None:
        return "—"
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:,.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def with_unit(value, unit):
    return "—" if value is None else f"{number(value)} {unit}"


def figure_key(fig):
    # "4b. …" sorts after "4a. …" and before "5a. …"; unnumbered rows last.
    m = re.match(r"(\d+)([a-z]?)\.", fig.get("figure", ""))
    return (int(m.group(1)), m.group(2)) if m else (99, "")


def load(bench_dir):
    runs, figures, missing = [], [], []
    for bench in BENCHES:
        path = os.path.join(bench_dir, bench + ".json")
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError):
            missing.append(bench)
            continue
        runs.append({"bench": bench, "started": data.get("started"), "qt": data.get("qt"),
                     "load": data.get("loadAtStart"), "waited_ms": data.get("waitedForAnotherMs")})
        if not data.get("figures"):
            missing.append(bench)
        for fig in data.get("figures", []):
            figures.append(dict(fig, bench=bench))
    figures.sort(key=figure_key)
    return runs, figures, missing


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    bench_dir, out_json = sys.argv[1], sys.argv[2]
    runs, figures, missing = load(bench_dir)
    qt = next((r["qt"] for r in runs if r.get("qt")), "unknown")
    machine = {"cpu": cpu_model(), "cores": os.cpu_count(), "qt": qt, "system": platform.platform()}

    print(f"Machine: {machine['cpu']}, {machine['cores']} cores, Qt {qt}, {machine['system']}")
    print()
    print("| Figure | Ours | Peer or limit | Ratio | Goal | Met |")
    print("|---|---|---|---|---|---|")
    for fig in figures:
        met = {True: "met", False: "**missed**", None: "—"}[fig.get("met")]
        ratio = fig.get("ratio")
        ours = with_unit(fig.get("ours"), fig.get("unit", ""))
        if fig.get("ours") is None:
            ours = "not measured"
        print(f"| {fig['figure']} | {ours} | {with_unit(fig.get('peer'), fig.get('unit', ''))} | "
              f"{'—' if ratio is None else f'{ratio:.2f}×'} | {fig.get('goal', '')} | {met} |")
    for bench in missing:
        print(f"| {bench}: no figures (did not run, or failed before its first figure) | — | — | — | — | **missed** |")
    print()
    notes = {}  # the same note for several rows is printed once, with all their numbers
    for fig in figures:
        if fig.get("note"):
            notes.setdefault(fig["note"], []).append(fig["figure"].split(".")[0])
    for note, ids in notes.items():
        print(f"- {', '.join(ids)}: {note}")
    print()
    # Each run alone (BenchReport's lock), and the load it started under: a run that started on
    # a busy machine says so here.
    print("Runs (start, load average 1/5/15 min): "
          + ", ".join(f"{r['bench']} {r['started']} ({r.get('load') or '?'})" for r in runs))

    os.makedirs(os.path.dirname(os.path.abspath(out_json)), exist_ok=True)
    with open(out_json, "w", encoding="utf-8") as f:
        json.dump({"machine": machine, "runs": runs, "figures": figures, "missing": missing}, f,
                  indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
